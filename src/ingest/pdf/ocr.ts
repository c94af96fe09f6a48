// OCR of a scanned page with tesseract.js and the Vietnamese trained data of @tesseract.js-data/vie
// (tessdata_best, integerized), both installed from the npm registry: nothing is downloaded at run time
// (langPath points into node_modules, cacheMethod 'none' writes nothing to disk). Words come back with
// their boxes and confidence, as text items for the same layout as a text layer.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { TextItem } from './layout.js';

const require = createRequire(import.meta.url);

interface Bbox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
interface TesseractWord {
  text: string;
  confidence: number;
  bbox: Bbox;
}
interface TesseractLine {
  words: TesseractWord[];
  bbox: Bbox;
  baseline?: Bbox & { has_baseline?: boolean };
  rowAttributes?: { rowHeight?: number };
}
interface TesseractPage {
  confidence: number;
  blocks: Array<{ paragraphs: Array<{ lines: TesseractLine[] }> }> | null;
}
interface TesseractWorker {
  recognize(image: Buffer, options: Record<string, unknown>, output: Record<string, boolean>): Promise<{ data: TesseractPage }>;
  terminate(): Promise<unknown>;
}

export interface OcrPage {
  /** Words as text items, in the coordinates of the image scaled by `scale` (points when scale = page/image). */
  items: TextItem[];
  /** Tesseract's mean word confidence, 0–100. */
  confidence: number;
  words: number;
}

export interface OcrEngine {
  recognize(image: Buffer, scale: number): Promise<OcrPage>;
  close(): Promise<void>;
}

/** Where @tesseract.js-data/vie keeps vie.traineddata.gz. */
export function vietnameseDataPath(): string {
  return join(dirname(require.resolve('@tesseract.js-data/vie/package.json')), '4.0.0_best_int');
}

/** Starts one OCR worker (a worker thread running Tesseract compiled to WebAssembly). */
export async function createOcrEngine(): Promise<OcrEngine> {
  const tesseract = require('tesseract.js') as { createWorker(langs: string, oem: number, options: Record<string, unknown>): Promise<TesseractWorker> };
  const worker = await tesseract.createWorker('vie', 1 /* LSTM only */, {
    langPath: vietnameseDataPath(),
    cacheMethod: 'none',
    gzip: true,
    errorHandler: () => undefined,
  });
  return {
    async recognize(image, scale) {
      const { data } = await worker.recognize(image, {}, { blocks: true, text: false });
      return toItems(data, scale);
    },
    async close() {
      await worker.terminate();
    },
  };
}

/** Letters or digits: a word made of none is a rule, a stamp's edge or a speck unless it is one of `signs`. */
const meaningful = /[\p{L}\p{N}]/u;
/** Signs that are text without letters: bullets, separator rules, punctuation. */
const signs = /^(?:[-–—+•*]|[-_=.…*]{3,}|[()“”"'.,;:!?]+)$/u;
/** A word typed around a hand-written serial: "Số:ÄÄŠ/KH-DCT" (the symbol after "/" is typed). */
const typedPlaceholder = /^[Ss5][\p{L}]{0,2}\s*:|\/[\p{Lu}Đ]{2,}/u;

/**
 * A word's text, or '' when it is noise. Signed plans get their serial and day written by hand over the
 * typed placeholders (real b09 "Số: 753/KH-DCT", "ngày 23 tháng 6"; b18 "4532", "07"); what Tesseract
 * makes of the handwriting is dropped and the typed part kept, as a draft with blanks would read:
 * "Số:ÄÄŠ/KH-DCT" (confidence 0) → "Số: /KH-DCT"; "ngày vớ tháng" → "ngày tháng".
 */
function handwritingRemoved(word: TesseractWord, before: string | undefined, after: string | undefined): string {
  const text = word.text.normalize('NFC').trim();
  if (!text) return '';
  // Tesseract's commonest Vietnamese slip: "số" read "sô"/"sỐ"; before a number it can only be "số"
  // (real b18: "Nghị định sô 63/2010/NĐ-CP").
  if (/^s[ôỐốo]$/iu.test(text) && /^\d/.test(after ?? '')) return text[0] === 'S' ? 'Số' : 'số';
  // The typed words around the blanks stay, however the handwriting over them lowered their confidence.
  if (/^(?:ngày|tháng|năm|Số:?)$/iu.test(text)) return text;
  // A serial that was typed ("Số: 35/QĐ-UBND") is kept as it is.
  if (word.confidence < 50 && !/^(?:[Ss5][\p{L}]{0,2}\s*:\s*)?\d+\s*\//u.test(text)) {
    const symbol = /\/[\p{Lu}Đ][\p{L}\d&.-]*$/u.exec(text);
    if (symbol && symbol.index > 0) return /^[Ss5][\p{L}]{0,2}\s*:/u.test(text) ? `Số: ${symbol[0]}` : symbol[0];
    if (/^ngày$/iu.test(before ?? '') && /^tháng$/iu.test(after ?? '') && !/^\d{1,2}$/.test(text)) return '';
  }
  if (word.confidence < 20 || (!meaningful.test(text) && (word.confidence < 70 || !signs.test(text)))) return '';
  return text;
}

/**
 * Words → text items. Scans are skewed (real b18: about 1°, so a line's baseline drops 25 px over its
 * width at 300 dpi, more than the quarter em that tells lines apart): the page is deskewed by the median
 * slope of its long baselines, and every word of a line takes the line's baseline.
 */
function toItems(page: TesseractPage, scale: number): OcrPage {
  const lines = (page.blocks ?? []).flatMap((block) => block.paragraphs.flatMap((paragraph) => paragraph.lines));
  const slopes = lines
    .map((line) => line.baseline)
    .filter((b): b is NonNullable<TesseractLine['baseline']> => !!b && b.x1 - b.x0 > 200)
    .map((b) => (b.y1 - b.y0) / (b.x1 - b.x0))
    .sort((a, b) => a - b);
  const slope = slopes.length > 0 ? slopes[Math.floor(slopes.length / 2)]! : 0;
  // Rotating by -slope (small angle): x' = x + slope·y, y' = y − slope·x.
  const items: TextItem[] = [];
  let words = 0;
  for (const line of lines) {
    // A line Tesseract is unsure of throughout is a stamp, a scanner's streak or handwriting, not text.
    if (line.words.every((word) => word.confidence < 60 && !typedPlaceholder.test(word.text.normalize('NFC')))) continue;
    const height = line.rowAttributes?.rowHeight ?? (line.bbox.y1 - line.bbox.y0) * 0.8;
    const middle = (line.bbox.x0 + line.bbox.x1) / 2;
    const b = line.baseline;
    const baseline = b && b.x1 !== b.x0 ? b.y0 + ((b.y1 - b.y0) * (middle - b.x0)) / (b.x1 - b.x0) : line.bbox.y1;
    const y = baseline - slope * middle;
    line.words.forEach((word, index) => {
      const text = handwritingRemoved(word, line.words[index - 1]?.text.normalize('NFC'), line.words[index + 1]?.text.normalize('NFC'));
      if (!text) return;
      words++;
      const x = word.bbox.x0 + slope * baseline;
      items.push({ text, x: x * scale, y: y * scale, width: (word.bbox.x1 - word.bbox.x0) * scale, size: Math.max(1, height * scale), word: true });
    });
  }
  return { items, confidence: page.confidence, words };
}
