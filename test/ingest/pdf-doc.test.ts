// PDF (text layer and scan) and legacy .doc inputs, made here from a corpus plan: each must give the
// values of the plan's text. Plus the layout rules on positioned text, and hostile PDFs.

import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { parsePlan, parsePlanAsync, type PlanDocument } from '../../src/index.js';
import { ingestAsync } from '../../src/ingest/index.js';
import { layoutPages, type TextItem } from '../../src/ingest/pdf/layout.js';
import { readPdf, usableTextLayer } from '../../src/ingest/pdf/index.js';
import { readDoc } from '../../src/ingest/doc.js';
import { textToDoc } from '../helpers/doc.js';
import { pdfToScan, textToPdf } from '../helpers/pdf.js';

const plan102 = readFileSync(new URL('../../corpus/102_qd-ban-hanh-kh-par-sipas-duc-trong.txt', import.meta.url), 'utf8');

/** The header, basis and signer values a reader must not change. */
const values = (doc: PlanDocument) => ({
  docType: doc.docType,
  number: doc.number?.raw.replace(/\s+/g, '') ?? null,
  issuedDate: doc.issuedDate?.iso ?? null,
  place: doc.place,
  issuer: doc.issuer?.name ?? null,
  title: doc.title,
  legalBases: doc.legalBases.map((b) => b.number),
  signer: [doc.signer?.authority, doc.signer?.position, doc.signer?.name],
});

const item = (text: string, x: number, y: number, size = 12): TextItem => ({ text, x, y, width: text.length * size * 0.5, size });

describe('PDF layout of positioned text', () => {
  it('writes a two-column header row by row with TABs, and a signature column by column', () => {
    const page = {
      width: 595,
      height: 842,
      items: [
        item('UBND TỈNH LÂM ĐỒNG', 90, 70), item('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 280, 70),
        item('SỞ NỘI VỤ', 120, 85), item('Độc lập - Tự do - Hạnh phúc', 310, 85.6),
        item('Số: 12/SNV-CCHC', 80, 110), item('Lâm Đồng, ngày 10 tháng 11 năm 2025', 285, 111.4),
        item('Căn cứ Quyết định số 820/QĐ-UBND ngày 27/8/2025 của Chủ tịch Ủy ban nhân dân tỉnh về', 70, 160),
        item('Nơi nhận:', 70, 300, 11), item('KT. GIÁM ĐỐC', 390, 302, 13),
        item('- Như trên;', 70, 313, 11), item('PHÓ GIÁM ĐỐC', 385, 318, 13),
        item('- Lưu: VT.', 70, 326, 11),
        item('Trần Hữu Tuấn', 391, 400, 13),
      ],
    };
    expect(layoutPages([page]).text.split('\n')).toEqual([
      'UBND TỈNH LÂM ĐỒNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'SỞ NỘI VỤ\tĐộc lập - Tự do - Hạnh phúc',
      'Số: 12/SNV-CCHC\tLâm Đồng, ngày 10 tháng 11 năm 2025',
      '',
      'Căn cứ Quyết định số 820/QĐ-UBND ngày 27/8/2025 của Chủ tịch Ủy ban nhân dân tỉnh về',
      '',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT.',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      '',
      'Trần Hữu Tuấn',
    ]);
  });

  it('drops page numbers and footnote marks, and joins a paragraph broken by a page', () => {
    const long = 'Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng';
    const pages = [
      { width: 595, height: 842, items: [item(long, 70, 700), { text: '1', x: 70 + long.length * 6, y: 696, width: 4, size: 7 }, item('thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 và các văn bản khác có liên', 70, 716)] },
      { width: 595, height: 842, items: [item('2', 295, 40), item('quan đến công tác cải cách hành chính của tỉnh.', 70, 80)] },
    ];
    const laid = layoutPages(pages);
    expect(laid.text).toBe(`${long} thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 và các văn bản khác có liên quan đến công tác cải cách hành chính của tỉnh.`);
    expect(laid.dropped).toMatchObject({ pageNumbers: 1, footnoteMarks: 1 });
    // Page 2 starts inside the joined line, at "quan".
    expect(laid.text.slice(laid.pageStarts[1])).toMatch(/^quan đến/u);
  });

  it('moves a footnote whose number is raised onto a line of its own after the text', () => {
    const page = {
      width: 595,
      height: 842,
      items: [
        item('a) Phát huy tinh thần đoàn kết của đội ngũ cán bộ, công chức.', 70, 100, 14),
        item('b) Nâng cao trách nhiệm của người đứng đầu.', 70, 120, 14),
        { text: '1', x: 70, y: 776, width: 4, size: 8 },
        item('Theo Quyết định số 01/2025/QĐ-UBND của Ủy ban nhân dân tỉnh.', 74, 780, 10),
      ],
    };
    const laid = layoutPages([page, { width: 595, height: 842, items: [item('c) Kịp thời phát hiện, biểu dương.', 70, 100, 14)] }]);
    expect(laid.text.split('\n')).toEqual([
      'a) Phát huy tinh thần đoàn kết của đội ngũ cán bộ, công chức.',
      'b) Nâng cao trách nhiệm của người đứng đầu.',
      'c) Kịp thời phát hiện, biểu dương.',
      '',
      '1 Theo Quyết định số 01/2025/QĐ-UBND của Ủy ban nhân dân tỉnh.',
    ]);
    expect(laid.dropped.footnotes).toBe(2);
  });

  it('puts letters drawn from a fallback font over their run back in their places', () => {
    // As LibreOffice writes a run whose font lacks some Vietnamese letters: the run with a gap where each
    // goes (pdf.js: a space), the letters drawn after it from another font, at their own places.
    const at = (text: string, x: number, width: number, size = 13): TextItem => ({ text, x, y: 100, width, size });
    const lay = (...items: TextItem[]) => layoutPages([{ width: 595, height: 842, items }]).text;
    // The letter fills its gap ("TỈNH"), or shares it with a word space ("bị nội": no word "bịnội").
    expect(lay(at('T NH LÂM Đ', 117.6, 80.4), at('Ỉ', 126.4, 6.1), at(' ', 132.5, 65.7), at('Ồ', 198.2, 11.3), at('NG', 209.3, 19.5))).toBe('TỈNH LÂM ĐỒNG');
    expect(lay(at('n b n i dung ph', 159.9, 87), at('ị', 176.1, 4.1), at('ộ', 190, 7.8))).toBe('n bị nội dung ph');
    // Two fallback letters close together come as one item: each goes to its own place.
    expect(lay(at('ng đi n t', 323.4, 51.1, 14), at('ệ', 351.9, 8.3, 14), at('t nh Lâm Đ', 387, 65.1, 14), at('ử ỉ', 374.5, 20.8, 14), at('ng.', 460.6, 17.5, 14), at('ồ', 452.1, 8.6, 14))).toBe('ng điện tử tỉnh Lâm Đồng.');
    // A letter that filled a gap pdf.js gave as an item of its own joins its neighbours; the word spaces
    // around it are read from the syllables ("Sở Nội vụ", not "SởN ội"; "thủ tục", not "thủ t ục").
    const line = (...items: TextItem[]) => lay(...items.map((i) => ({ ...i, size: 14 })));
    expect(line(at('- S', 290.4, 15.9), at('N', 318.2, 10.1), at('i v', 336.8, 14.4), at(';', 360.2, 3.9), at('ở', 306.3, 8.4), at('ộ', 328.4, 8.4), at('ụ', 351.2, 9))).toBe('- Sở Nội vụ;');
    expect(line(at('2. C', 120.6, 24.1), at('i cách th', 153.8, 50.5), at('t', 218, 4.7), at('c hành chính', 232.7, 77), at('ả', 144.7, 9.1), at('ủ ụ', 204.3, 28.5))).toBe('2. Cải cách thủ tục hành chính');
    // Ordinary runs side by side are left as they are.
    expect(lay(item('Căn cứ Luật', 70, 100), item('Tổ chức chính quyền địa phương', 70 + 11 * 6 + 3, 100))).toBe('Căn cứ Luật Tổ chức chính quyền địa phương');
  });

  it('tells a text layer from a gibberish OCR layer', () => {
    expect(usableTextLayer('Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình')).toBe(true);
    expect(usableTextLayer('Cän cü Ngh| quyét sö 76/NQ-CP ngäy 15/7/2021 cüa Chinh phü ban hänh Chuong trinh')).toBe(false);
    expect(usableTextLayer('  12  ')).toBe(false);
  });
});

describe('PDF with a text layer, made from corpus plan 102', async () => {
  const pdf = await textToPdf(plan102, { signatureColumns: true });
  const doc = await parsePlanAsync(pdf, { path: '102.pdf' });

  it('gives the values of the plan text, with pages on every position', () => {
    expect(values(doc)).toEqual(values(parsePlan(plan102)));
    expect(doc.number?.raw).toBe('35/QĐ-UBND');
    expect(doc.source).toMatchObject({ format: 'pdf', encoding: 'pdf' });
    expect(doc.source?.pages).toBeGreaterThanOrEqual(2);
    expect(doc.number?.position.page).toBe(1);
    const last = doc.sections.at(-1)!;
    expect(last.position.page).toBeGreaterThanOrEqual(2);
    expect(doc.diagnostics.find((d) => d.code === 'ingest/pdf')?.message).toMatch(/from its text layer/u);
  });

  it('reads the header as TAB rows and the signature as two blocks', async () => {
    const ingested = await ingestAsync(pdf, { path: '102.pdf' });
    expect(ingested.ok).toBe(true);
    if (!ingested.ok) return;
    const lines = ingested.source.input.split('\n');
    expect(lines).toContain('Số: 35/QĐ-UBND\tĐức Trọng, ngày 15 tháng 01 năm 2024');
    const at = lines.indexOf('Nơi nhận:');
    expect(lines.slice(at, at + 3)).toEqual(['Nơi nhận:', '- Như Điều 3;', '- Sở Nội vụ tỉnh Lâm Đồng;']);
    expect(lines.some((l) => /^\d+$/u.test(l.trim()))).toBe(false); // page numbers gone
  });

  it('a PDF given to the synchronous parsePlan says to use parsePlanAsync', () => {
    const sync = parsePlan(pdf, { path: '102.pdf' });
    expect(sync.diagnostics[0]).toMatchObject({ code: 'ingest/needs-async', severity: 'error' });
    expect(sync.diagnostics[0]!.message).toMatch(/parsePlanAsync/u);
  });
});

describe('hostile PDFs give an error record in bounded time', () => {
  it('broken, truncated, encrypted, too many pages', async () => {
    const code = async (bytes: Uint8Array, limits?: { maxPages: number; timeBudgetMs: number }) => {
      const read = await readPdf(bytes, { ocr: false }, limits);
      return read.ok ? 'ok' : read.code;
    };
    expect(await code(new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage'))).toBe('ingest/pdf-corrupt');
    const five = await textToPdf(Array.from({ length: 5 }, (_, i) => `${'Dòng văn bản của trang. '.repeat(40)}\n${i}`).join('\n'.repeat(60)));
    expect(await code(five, { maxPages: 2, timeBudgetMs: 60_000 })).toBe('ingest/pdf-too-large');
    const truncated = five.slice(0, Math.floor(five.length / 2));
    expect(['ok', 'ingest/pdf-corrupt']).toContain(await code(truncated));
    const locked = new PDFDocument({ userPassword: 'mat-khau', ownerPassword: 'x', info: { CreationDate: new Date(0) } });
    const chunks: Buffer[] = [];
    locked.on('data', (c: Buffer) => chunks.push(c));
    const ended = new Promise<void>((resolve) => locked.on('end', () => resolve()));
    locked.text('Kế hoạch');
    locked.end();
    await ended;
    expect(await code(new Uint8Array(Buffer.concat(chunks)))).toBe('ingest/pdf-encrypted');
    // A file named .pdf that is not one.
    const named = await parsePlanAsync(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), { path: 'scan.pdf' });
    expect(named.diagnostics[0]?.code).toBe('ingest/pdf-corrupt');
  });
});

describe('scanned PDF: OCR of an image-only page (one page, slow)', async () => {
  const header = plan102.split('\n').slice(0, 13).join('\n');
  const scan = await pdfToScan(await textToPdf(header, { fontSize: 13 }), 1, 200);

  it('reads docType, number, date, place, issuer and title by OCR, and says so', async () => {
    const doc = await parsePlanAsync(scan, { path: 'scan.pdf' });
    const text = parsePlan(header);
    expect(doc.docType).toBe('QUYẾT ĐỊNH');
    // OCR may misread a letter of the ký hiệu (Đ as Ð); the serial and the issuer code are read.
    expect(doc.number?.serial).toBe(text.number?.serial);
    expect(doc.number?.raw).toMatch(/^35\s*\/\s*Q.{1,2}-UBND$/u);
    expect(doc.issuedDate?.iso).toBe('2024-01-15');
    expect(doc.place).toBe('Đức Trọng');
    expect(doc.title).toBe(text.title);
    expect(doc.source).toMatchObject({ format: 'pdf', encoding: 'pdf (ocr)', pages: 1 });
    const ocr = doc.diagnostics.find((d) => d.code === 'ingest/pdf-ocr');
    expect(ocr?.message).toMatch(/page 1: mean confidence (\d+)%/u);
    expect(Number(/confidence (\d+)%/u.exec(ocr!.message)![1])).toBeGreaterThan(75);
  }, 120_000);

  it('with OCR off, a scan is an ingest/pdf-scanned error that says why', async () => {
    const doc = await parsePlanAsync(scan, { path: 'scan.pdf', ocr: false });
    expect(doc.diagnostics[0]).toMatchObject({ code: 'ingest/pdf-scanned', severity: 'error' });
    expect(doc.diagnostics[0]!.message).toMatch(/no usable text layer.*--no-ocr/u);
  });
});

describe('Word 97–2003 .doc, made from corpus plan 102', () => {
  it('gives the values of the plan text; tables are kept', () => {
    const bytes = textToDoc(plan102.replace(/ \| /g, '\t'));
    const read = readDoc(bytes);
    expect(read.ok).toBe(true);
    const doc = parsePlan(bytes, { path: '102.doc' });
    expect(doc.source?.format).toBe('doc');
    expect(values(doc)).toEqual(values(parsePlan(plan102)));
  });

  it('a data table stays TAB rows; a damaged .doc is an error record', () => {
    const rows = ['TT\tNhiệm vụ\tChủ trì\tThời gian', '1\tRà soát\tSở Nội vụ\tQuý I', '2\tKiểm tra\tVăn phòng\tQuý II'];
    const read = readDoc(textToDoc(['KẾ HOẠCH', ...rows, 'Hết.'].join('\n')));
    expect(read.ok && read.text.split('\n')).toEqual(['KẾ HOẠCH', ...rows, 'Hết.']);
    const broken = textToDoc('KẾ HOẠCH').slice(0, 1536);
    const doc = parsePlan(broken, { path: 'broken.doc' });
    expect(doc.diagnostics[0]?.code).toMatch(/^ingest\/doc-/u);
  });
});

describe('PDF with a ruled task table, made from corpus plan 706', async () => {
  const text = readFileSync(new URL('../../corpus/706_so-khdt-tay-ninh-pci-tab.txt', import.meta.url), 'utf8');
  const pdf = await textToPdf(text, { ruledTables: true });
  const tasks = (doc: PlanDocument) => doc.tableTasks.map((task) => [task.number, task.text, task.lead.map((u) => u.name), task.coordinate.map((u) => u.name)]);

  it('reads each table row as one line of TAB cells, whatever its cells wrap over', async () => {
    const ingested = await ingestAsync(pdf, { path: '706.pdf' });
    expect(ingested.ok).toBe(true);
    if (!ingested.ok) return;
    const rows = ingested.source.input.split('\n').filter((line: string) => line.split('\t').length >= 5);
    expect(rows[0]).toBe('STT\tNhiệm vụ\tThời hạn\tĐơn vị chủ trì\tĐơn vị phối hợp\tSản phẩm');
    expect(rows).toContain('1\tTiếp nhận, giải quyết hồ sơ đăng ký doanh nghiệp qua mạng điện tử\tThường xuyên\tPhòng Đăng ký kinh doanh\tVăn phòng Sở\tGiấy chứng nhận đăng ký doanh nghiệp');
  });

  it('gives the task table of the plan text', async () => {
    const fromText = tasks(parsePlan(text, { path: '706.txt' }));
    expect(fromText.length).toBe(8);
    expect(tasks(await parsePlanAsync(pdf, { path: '706.pdf' }))).toEqual(fromText);
  });
});
