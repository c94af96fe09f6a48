// PDFs made from a plan's text, the way Word exports one: A4, a serif font with Vietnamese (DejaVu, from
// the dejavu-fonts-ttf package), the Nghị định 30 header as a two-column table (issuer | quốc hiệu,
// số | địa danh, ngày), justified paragraphs with a first-line indent, a page number at the foot of every
// page from the second on, and optionally the signature as two columns (Nơi nhận | signer).
// `pdfToScan` renders a page with pdf.js + @napi-rs/canvas and wraps the picture in a PDF with no text
// layer: the input of the OCR path.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const serif = join(fontDir, 'DejaVuSerif.ttf');
const serifBold = join(fontDir, 'DejaVuSerif-Bold.ttf');

export interface TextToPdfOptions {
  /** Lay "Nơi nhận:" and what follows it out as two columns: recipients left, the signer right. */
  signatureColumns?: boolean;
  fontSize?: number;
  /** Draw the borders of data tables (rows of three cells or more), as Word and LibreOffice do. */
  ruledTables?: boolean;
}

const page = { width: 595.28, height: 841.89, left: 70, right: 55, top: 56, bottom: 60 };

function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve) => doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))));
}

const cellsOf = (line: string) => line.split('\t').map((c) => c.trim());
const isUpper = (line: string) => line === line.toUpperCase() && /\p{Lu}/u.test(line);

/** The signature block at `at` ("Nơi nhận:", its "- …" lines, then up to four signer lines): its two columns and its end. */
function signatureBlock(lines: string[], at: number): { recipients: string[]; signer: string[]; end: number } {
  const recipients = [lines[at]!.trim()];
  const signer: string[] = [];
  let i = at + 1;
  for (; i < lines.length && /^\s*[-–+•]/u.test(lines[i]!); i++) {
    // A web copy's last recipient row may carry the signer's first line in its other cell.
    const [left, right] = lines[i]!.split('\t');
    recipients.push(left!.trim());
    if (right?.trim()) signer.push(right.trim());
  }
  for (let blanks = 0; i < lines.length && signer.length < 4 && blanks <= 8; i++) {
    const line = lines[i]!.trim();
    if (!line) blanks++;
    else if (/^(?:KẾ HOẠCH|QUYẾT ĐỊNH|PHỤ LỤC)/u.test(line)) break;
    else signer.push(line);
  }
  return { recipients, signer, end: i };
}

/**
 * A text PDF of a plan. Lines with TABs are table rows (two cells: header cells, centred in their
 * column; more: a data table); other lines are paragraphs.
 */
export function textToPdf(text: string, options: TextToPdfOptions = {}): Promise<Uint8Array> {
  const size = options.fontSize ?? 12;
  const doc = new PDFDocument({ size: 'A4', margins: { top: page.top, bottom: page.bottom, left: page.left, right: page.right }, bufferPages: true, info: { CreationDate: new Date(0), Producer: 'kehoach tests' } });
  const done = collect(doc);
  doc.registerFont('serif', serif);
  doc.registerFont('serif-bold', serifBold);
  doc.font('serif').fontSize(size);
  const width = page.width - page.left - page.right;
  // Web copies write a header row's cells apart with " | ": in Word it is a table row.
  const lines = text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '').split('\n').map((l) => l.replace(/\s+\|\s+/g, '\t').replace(/^\|\s*|\s*\|$/g, ''));
  let seenType = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (!line) {
      doc.moveDown(0.4);
      continue;
    }
    if (options.signatureColumns && /^Nơi nhận/u.test(line)) {
      const { recipients, signer, end } = signatureBlock(lines, index);
      index = end - 1;
      // Both columns at fixed positions from one top, on one page.
      const step = 1.35 * size;
      const height = Math.max(recipients.length, signer.length + 3) * step + step;
      if (doc.y + height > page.height - page.bottom) doc.addPage();
      const top = doc.y + 0.6 * size;
      recipients.forEach((r, k) => doc.font('serif').fontSize(size - 1).text(r, page.left, top + k * step, { width: width / 2 - 20, lineBreak: false }));
      signer.forEach((s, k) => {
        const y = top + (k === signer.length - 1 && k > 0 ? k + 3 : k) * step;
        doc.font('serif-bold').fontSize(size).text(s, page.left + width / 2, y, { width: width / 2, align: 'center', lineBreak: false });
      });
      doc.font('serif').fontSize(size);
      doc.x = page.left;
      doc.y = top + height;
      continue;
    }
    // In a ruled table a row may hold only its last cells ("\t\t\t\tTrung tâm …"): it is a row all the same.
    if (line.includes('\t') || (options.ruledTables && /\t.*\S/u.test(lines[index]!))) {
      // A ruled table keeps a row's empty last cells (a group row: "I\tChi phí gia nhập thị trường\t\t\t").
      const cells = cellsOf(options.ruledTables ? lines[index]!.replace(/^ +| +$/g, '') : line);
      const columns = cells.length === 2 ? [{ x: page.left - 25, w: 215 }, { x: page.left + 200, w: width - 185 }] : cells.map((_, i) => ({ x: page.left + (i * width) / cells.length, w: width / cells.length - 6 }));
      const ruled = options.ruledTables === true && cells.length > 2;
      // A ruled row is not cut by a page break (Word's "allow row to break across pages" off).
      const height = ruled ? Math.max(...cells.map((cell, i) => doc.font('serif').fontSize(size - 2).heightOfString(cell, { width: columns[i]!.w }))) + 6 : 2 * size;
      if (doc.y + height > page.height - page.bottom) doc.addPage();
      const top = doc.y;
      let bottom = top;
      cells.forEach((cell, i) => {
        const column = columns[i]!;
        doc.font(cells.length === 2 && isUpper(cell) ? 'serif-bold' : 'serif').fontSize(cells.length === 2 ? size - 1 : size - 2);
        doc.text(cell, column.x, ruled ? top + 3 : top, { width: column.w, align: cells.length === 2 ? 'center' : 'left' });
        bottom = Math.max(bottom, doc.y);
      });
      if (ruled) {
        // Each cell's box, from the row's top to its tallest cell's bottom: neighbours share their borders.
        bottom += 3;
        columns.forEach((column) => doc.lineWidth(0.5).rect(column.x - 3, top, column.w + 6, bottom - top).stroke());
      }
      doc.font('serif').fontSize(size);
      doc.x = page.left;
      doc.y = bottom;
      continue;
    }
    const isType = /^(?:KẾ HOẠCH|QUYẾT ĐỊNH|CÔNG VĂN|CHỈ THỊ|CHƯƠNG TRÌNH|THÔNG BÁO|BÁO CÁO|NGHỊ QUYẾT|ĐỀ ÁN)$/u.test(line);
    if (isType) seenType = true;
    const heading = isUpper(line) && line.length < 90;
    doc.font(heading ? 'serif-bold' : 'serif');
    doc.text(line, page.left, doc.y, { width, align: isType || (heading && !seenType) ? 'center' : 'justify', indent: heading ? 0 : 28, paragraphGap: 3 });
  }
  const range = doc.bufferedPageRange();
  for (let i = 1; i < range.count; i++) {
    doc.switchToPage(i);
    doc.font('serif').fontSize(11).text(String(i + 1), page.left, page.height - 40, { width, align: 'center', lineBreak: false });
  }
  doc.end();
  return done;
}

interface PdfjsDocument {
  getPage(n: number): Promise<{ getViewport(o: { scale: number }): { width: number; height: number }; render(o: Record<string, unknown>): { promise: Promise<void> } }>;
  destroy(): Promise<void>;
}

/** Renders page `number` of a PDF at `dpi` and returns a PDF holding only that picture (no text layer). */
export async function pdfToScan(pdf: Uint8Array, number = 1, dpi = 200): Promise<Uint8Array> {
  const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as { getDocument(src: Record<string, unknown>): { promise: Promise<PdfjsDocument> } };
  const { createCanvas } = require('@napi-rs/canvas') as typeof import('@napi-rs/canvas');
  const document = await pdfjs.getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false, disableFontFace: true }).promise;
  const pdfPage = await document.getPage(number);
  const viewport = pdfPage.getViewport({ scale: dpi / 72 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  await pdfPage.render({ canvasContext: context, canvas, viewport }).promise;
  const png = await canvas.encode('png');
  await document.destroy();
  const scan = new PDFDocument({ size: 'A4', margin: 0, info: { CreationDate: new Date(0), Producer: 'kehoach tests (scan)' } });
  const done = collect(scan);
  scan.image(png, 0, 0, { width: page.width, height: page.height });
  scan.end();
  return done;
}
