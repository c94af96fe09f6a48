// PDF → the plan's text. Each page is read from its text layer (pdf.js) when it has a usable one, and by
// OCR (tesseract.js, Vietnamese) when it is a scan: no text, or a hidden OCR layer that is gibberish.
// The positioned text of every page goes through one layout (layout.ts): lines by position, the two
// columns of the header and the signature as blocks, page furniture out, paragraphs joined.
// Asynchronous only (pdf.js and OCR are): the synchronous read() gives `ingest/needs-async`.
// Limits: a page count, and a time budget checked between pages; a password, a broken file or a
// page that fails give an error value with a message, never an exception.

import { repairMojibake, scoreVietnamese } from '../legacy.js';
import { type FormatReader, type ReadNote, type ReadOptions, type ReadResult, readFailure } from '../reader.js';
import { availableParallelism } from 'node:os';
import { layoutPages, type PageItems } from './layout.js';
import { createOcrEngine, type OcrEngine } from './ocr.js';
import { repairOcrHeader } from './ocr-header.js';
import { openPdf, largestImage, pageContent, pageRulings, type PdfDocument } from './pdfjs.js';
import { downscale, encodeGrayPgm } from './page-image.js';

export interface PdfLimits {
  maxPages: number;
  /** Time for the whole file, in milliseconds, checked between pages. */
  timeBudgetMs: number;
}

/** A plan is tens of pages; 500 is far past any, and bounds the time a hostile file can take. */
export const defaultPdfLimits: PdfLimits = { maxPages: 500, timeBudgetMs: 600_000 };

/** "%PDF-" in the first kilobyte (some writers put bytes before it; readers accept them). */
export function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

export const pdfReader: FormatReader = {
  format: 'pdf',
  detect: (bytes, extension) => (isPdf(bytes) ? 'content' : extension === '.pdf' ? 'extension' : false),
  read: (bytes) =>
    isPdf(bytes)
      ? readFailure('ingest/needs-async', 'This is a PDF: reading one is asynchronous (pdf.js, OCR). Use parsePlanAsync() or ingestAsync() from the library, or the kehoach command line.')
      : readFailure('ingest/pdf-corrupt', 'The file is named .pdf but is not a PDF: it does not start with "%PDF-".'),
  readAsync: (bytes, options) => readPdf(bytes, options),
};

/** Whether a page's text layer reads as text: enough of it, mostly Vietnamese syllables once repaired. */
export function usableTextLayer(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  if (letters < 20) return false;
  const repaired = repairMojibake(text)?.text ?? text;
  const words = repaired.match(/[\p{L}\p{M}]{2,}/gu) ?? [];
  const score = scoreVietnamese(repaired);
  // Vietnamese pages: 85–95% of words are syllables (abbreviations like UBND are not). Gibberish OCR
  // layers ("Ke hoach" without marks reads as syllables too, so marked words must also be there).
  return words.length > 0 && score.syllableShare >= 0.5 && (score.markedWords >= 3 || words.length < 10);
}

/** Reads a PDF, OCR'ing its scanned pages unless `options.ocr` is false. */
export async function readPdf(bytes: Uint8Array, options: ReadOptions = {}, limits: PdfLimits = defaultPdfLimits): Promise<ReadResult> {
  try {
    return await convertPdf(bytes, options, limits);
  } catch (error) {
    return readFailure('ingest/pdf-corrupt', `The PDF cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A scanned page waiting for OCR: its image (PGM), the scale back to points, the page's size. */
interface OcrJob {
  page: number;
  image: Buffer;
  scale: number;
  width: number;
  height: number;
}

async function convertPdf(bytes: Uint8Array, options: ReadOptions, limits: PdfLimits): Promise<ReadResult> {
  const started = performance.now();
  const opened = await openPdf(bytes);
  if (!opened.ok) return readFailure(opened.code, opened.message);
  const document = opened.document;
  // Engines being started or started; all are awaited and closed at the end, whatever happened.
  const starting: Array<Promise<OcrEngine>> = [];
  try {
    const pageCount = document.numPages;
    if (pageCount > limits.maxPages) return readFailure('ingest/pdf-too-large', `The PDF has ${pageCount} pages, over the limit of ${limits.maxPages} for one document.`);
    if (pageCount === 0) return readFailure('ingest/empty', 'The PDF has no pages.');
    const pages: PageItems[] = [];
    const scanned: number[] = [];
    const ocrPages: Array<{ page: number; confidence: number }> = [];
    // Scanned pages are recognized by up to `ocrWorkers` engines at once (one per core, at most two:
    // Tesseract's WebAssembly is single-threaded and a page takes 2–4 s of one core), while the next pages
    // are read; at most that many pages wait in memory as images.
    const maxWorkers = Math.max(1, options.ocrWorkers ?? Math.min(2, availableParallelism()));
    const idle: Array<Promise<OcrEngine>> = [];
    // An engine takes 0.3–0.6 s to start (WebAssembly compile, trained data): they are started as soon as
    // the first scanned page is seen, all at once, while its image is still being decoded.
    const newEngine = (): Promise<OcrEngine> => {
      const engine = createOcrEngine();
      engine.catch(() => undefined);
      starting.push(engine);
      return engine;
    };
    const startEngines = (wanted: number) => {
      while (starting.length < Math.min(maxWorkers, wanted)) idle.push(newEngine());
    };
    const inFlight = new Set<Promise<void>>();
    let failure: unknown = null;
    const recognize = async (job: OcrJob) => {
      let engine: OcrEngine | undefined;
      try {
        engine = await (idle.pop() ?? newEngine());
        options.onProgress?.({ stage: 'ocr', page: job.page, pages: pageCount });
        const result = await engine.recognize(job.image, job.scale);
        ocrPages.push({ page: job.page, confidence: result.confidence });
        pages[job.page - 1] = { width: job.width, height: job.height, items: result.items };
      } catch (error) {
        failure ??= error;
      } finally {
        if (engine) idle.push(Promise.resolve(engine));
      }
    };
    const overBudget = () => performance.now() - started > limits.timeBudgetMs;
    for (let number = 1; number <= pageCount; number++) {
      if (overBudget()) {
        await Promise.all(inFlight);
        return readFailure('ingest/pdf-timeout', `Reading the PDF took longer than ${Math.round(limits.timeBudgetMs / 1000)} s (stopped at page ${number} of ${pageCount}).`);
      }
      const page = await document.getPage(number);
      const content = await pageContent(page);
      const layerText = content.items.map((item) => item.text).join(' ');
      if (usableTextLayer(layerText)) {
        // Its border lines: a ruled table comes out one line per row (tables.ts).
        pages.push({ ...content, rulings: await pageRulings(page) });
      } else {
        if (options.ocr !== false) startEngines(pageCount - number + 1);
        const image = await largestImage(page).catch(() => null);
        if (image && image.coverage >= 0.3) {
          scanned.push(number);
          pages.push({ ...content, items: [] });
          if (options.ocr !== false) {
            // Scans of 260 dpi and finer are read at half their resolution or less: as legible to Tesseract,
            // and less to lay out. Real b18 (269 dpi) read at 134 dpi keeps its header (even its hand-written
            // day is read); real b09 (240 dpi) read at 120 dpi loses its number, date and place, so below
            // 260 dpi a scan stays as it is.
            const dpi = image.width / (content.width / 72);
            const factor = dpi >= 260 ? Math.max(2, Math.round(dpi / 200)) : 1;
            const small = downscale(image.gray, image.width, image.height, factor);
            const job: OcrJob = { page: number, image: encodeGrayPgm(small.gray, small.width, small.height), scale: content.width / small.width, width: content.width, height: content.height };
            while (inFlight.size >= maxWorkers) await Promise.race(inFlight);
            const running: Promise<void> = recognize(job).finally(() => inFlight.delete(running));
            inFlight.add(running);
          }
        } else pages.push(content);
      }
      page.cleanup();
    }
    await Promise.all(inFlight);
    if (failure) throw failure;
    ocrPages.sort((x, y) => x.page - y.page);
    if (options.ocr === false && scanned.length === pageCount) {
      return readFailure('ingest/pdf-scanned', `The PDF is a scan: ${describePages(scanned)} ${scanned.length === 1 ? 'has' : 'have'} no usable text layer, and OCR is off (--no-ocr). Run without --no-ocr to read it by OCR.`);
    }
    const laid = layoutPages(pages);
    const header = ocrPages.length > 0 ? repairOcrHeader(laid.text, laid.pageStarts, new Set(ocrPages.map((p) => p.page))) : { text: laid.text, pageStarts: laid.pageStarts };
    let text = header.text;
    // The OCR header's repairs are all before the footnotes: they move by the change in length.
    let footnotesStart = laid.footnotesStart !== undefined ? laid.footnotesStart + header.text.length - laid.text.length : undefined;
    let encoding = ocrPages.length > 0 ? 'pdf (ocr)' : 'pdf';
    const notes: ReadNote[] = [];
    const repaired = repairMojibake(text);
    if (repaired) {
      if (repaired.text.length !== text.length) footnotesStart = undefined;
      text = repaired.text;
      encoding = `${repaired.encoding} (pdf mojibake)`;
      notes.push({ code: 'ingest/mojibake-repaired', message: `The PDF's text layer was ${repaired.encoding.toUpperCase()} font codes ("KÕ ho¹ch" for "Kế hoạch"); it was converted to Unicode.` });
    }
    const producer = await producerOf(document);
    notes.unshift({ code: 'ingest/pdf', message: `Read ${pageCount} page(s) of a PDF${producer ? ` (${producer})` : ''}${ocrPages.length > 0 ? `: ${pageCount - ocrPages.length} from the text layer, ${ocrPages.length} by OCR` : ' from its text layer'}.` });
    const { pageNumbers, runningLines, footnoteMarks, footnotes } = laid.dropped;
    if (pageNumbers + runningLines + footnoteMarks + footnotes > 0) {
      const parts = [[pageNumbers, 'page number(s)'], [runningLines, 'running header/footer line(s)'], [footnoteMarks, 'footnote mark(s)']].filter(([n]) => Number(n) > 0).map(([n, what]) => `${n} ${what}`);
      notes.push({ code: 'ingest/pdf-furniture', message: `${parts.length > 0 ? `Removed ${parts.join(', ')}` : 'Nothing removed'}${footnotes > 0 ? `; ${footnotes} footnote line(s) moved after the text` : ''}.` });
    }
    if (ocrPages.length > 0) {
      const mean = ocrPages.reduce((sum, p) => sum + p.confidence, 0) / ocrPages.length;
      notes.push({ code: 'ingest/pdf-ocr', message: `OCR (Tesseract, Vietnamese) read ${describePages(ocrPages.map((p) => p.page))}: mean confidence ${Math.round(mean)}% (${ocrPages.map((p) => `p. ${p.page}: ${Math.round(p.confidence)}%`).join(', ')}). Stamps and handwriting are not read reliably.` });
    } else if (scanned.length > 0) {
      notes.push({ code: 'ingest/pdf-ocr', message: `${describePages(scanned)} ${scanned.length === 1 ? 'is a scan' : 'are scans'} without a usable text layer and OCR is off (--no-ocr): ${scanned.length === 1 ? 'its' : 'their'} text is missing.` });
    }
    return { ok: true, text, encoding, format: 'pdf', notes, layout: { pages: pageCount, pageStarts: header.pageStarts, ...(footnotesStart !== undefined ? { footnotesStart } : {}) } };
  } finally {
    const engines = await Promise.allSettled(starting);
    await Promise.all(engines.map((engine) => (engine.status === 'fulfilled' ? engine.value.close().catch(() => undefined) : undefined)));
    await document.destroy().catch(() => undefined);
  }
}

function describePages(pages: number[]): string {
  if (pages.length === 1) return `page ${pages[0]}`;
  const contiguous = pages.every((p, i) => i === 0 || p === pages[i - 1]! + 1);
  return contiguous ? `pages ${pages[0]}–${pages.at(-1)}` : `pages ${pages.join(', ')}`;
}

async function producerOf(document: PdfDocument): Promise<string> {
  const info: Record<string, unknown> = (await document.getMetadata().catch(() => ({ info: {} }))).info ?? {};
  const value = info.Creator || info.Producer;
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim().slice(0, 60) : '';
}
