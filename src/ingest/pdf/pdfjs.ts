// pdf.js (pdfjs-dist, legacy build for Node 20) behind a small surface: open a document within limits,
// and for each page its text items (with the text that signature and form widgets stamp on it: the
// number and the day of a digitally signed plan are drawn by the e-signature tool, real b13), and the
// scanned image that fills it, decoded. Loaded on the first PDF, so other inputs do not pay its start-up.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { TextItem } from './layout.js';
import type { Ruling } from './tables.js';

const require = createRequire(import.meta.url);

// Only the parts of pdf.js used here, typed structurally.
interface PdfjsModule {
  getDocument(source: Record<string, unknown>): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
  OPS: Record<string, number>;
  AnnotationMode: { ENABLE: number; ENABLE_FORMS: number; DISABLE: number };
}
export interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  getMetadata(): Promise<{ info?: Record<string, unknown> }>;
  destroy(): Promise<void>;
}
interface Viewport {
  width: number;
  height: number;
  convertToViewportPoint(x: number, y: number): [number, number];
}
export interface PdfPage {
  view: number[];
  getViewport(options: { scale: number }): Viewport;
  getTextContent(options?: Record<string, unknown>): Promise<{ items: Array<{ str?: string; transform?: number[]; width?: number; height?: number }> }>;
  getAnnotations(): Promise<Array<{ subtype?: string; hasAppearance?: boolean }>>;
  getOperatorList(options?: Record<string, unknown>): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
  objs: ObjectStore;
  commonObjs: ObjectStore;
  cleanup(): boolean;
}
interface ObjectStore {
  has(id: string): boolean;
  get(id: string, callback?: (value: unknown) => void): unknown;
}

let loaded: Promise<PdfjsModule> | null = null;
function pdfjs(): Promise<PdfjsModule> {
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs') as unknown as Promise<PdfjsModule>;
  return loaded;
}

const packageDir = dirname(require.resolve('pdfjs-dist/package.json'));

export type OpenResult = { ok: true; document: PdfDocument } | { ok: false; code: string; message: string };

/** Opens a PDF from bytes; password-protected and unreadable files give a failure, never an exception. */
export async function openPdf(bytes: Uint8Array): Promise<OpenResult> {
  const lib = await pdfjs();
  // pdf.js takes ownership of the buffer it is given: give it a copy.
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    stopAtErrors: false,
    cMapUrl: `${join(packageDir, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(packageDir, 'standard_fonts')}/`,
    wasmUrl: `${join(packageDir, 'wasm')}/`,
  });
  try {
    return { ok: true, document: await task.promise };
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const name = (error as { name?: string }).name ?? '';
    const message = error instanceof Error ? error.message : String(error);
    if (name === 'PasswordException') return { ok: false, code: 'ingest/pdf-encrypted', message: 'The PDF is protected by a password: its text cannot be read without it.' };
    return { ok: false, code: 'ingest/pdf-corrupt', message: `The PDF cannot be read (${name || 'error'}: ${message}).` };
  }
}

type Matrix = [number, number, number, number, number, number];
const identity: Matrix = [1, 0, 0, 1, 0, 0];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const asMatrix = (value: unknown): Matrix | null => {
  if (!value || typeof value !== 'object') return null;
  const m = Array.from({ length: 6 }, (_, i) => Number((value as Record<number, unknown>)[i]));
  return m.every(Number.isFinite) ? (m as Matrix) : null;
};

/** The current transform through a page's operator list: save/restore, cm, and form XObjects. */
class TransformTracker {
  ctm: Matrix = identity;
  private readonly stack: Matrix[] = [];
  constructor(private readonly ops: Record<string, number>) {}

  /** Follows `fn` when it changes the transform; false for any other operator. */
  follow(fn: number | undefined, args: unknown[]): boolean {
    const ops = this.ops;
    if (fn === ops.save) this.stack.push(this.ctm);
    else if (fn === ops.restore) this.ctm = this.stack.pop() ?? this.ctm;
    else if (fn === ops.transform) this.ctm = multiply(this.ctm, asMatrix(args) ?? identity);
    else if (fn === ops.paintFormXObjectBegin) {
      this.stack.push(this.ctm);
      this.ctm = multiply(this.ctm, asMatrix(args[0]) ?? identity);
    } else if (fn === ops.paintFormXObjectEnd) this.ctm = this.stack.pop() ?? this.ctm;
    else return false;
    return true;
  }
}

export interface PageContent {
  width: number;
  height: number;
  items: TextItem[];
  /** Non-space characters in the text layer. */
  characters: number;
  /** Border lines (tables.ts), for pages with a text layer. */
  rulings?: Ruling[];
}

/** The page's text items in top-down page coordinates, with the text drawn by its widgets. */
export async function pageContent(page: PdfPage): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent({ disableNormalization: false });
  const items: TextItem[] = [];
  let characters = 0;
  for (const item of content.items) {
    if (typeof item.str !== 'string' || !item.transform) continue;
    const [a, b, c, d, e, f] = item.transform as Matrix;
    const [x, y] = viewport.convertToViewportPoint(e, f);
    const size = Math.hypot(c, d) || Math.hypot(a, b);
    characters += item.str.replace(/\s+/g, '').length;
    items.push({ text: item.str, x, y, width: item.width ?? 0, size });
  }
  const annotations = await page.getAnnotations().catch(() => []);
  if (annotations.some((a) => a.hasAppearance && (a.subtype === 'Widget' || a.subtype === 'FreeText' || a.subtype === 'Stamp'))) {
    items.push(...(await annotationText(page, viewport)));
  }
  return { width: viewport.width, height: viewport.height, items, characters };
}

/** pdf.js's path commands (DrawOPS) in a constructPath's buffer, and how many numbers each takes. */
const pathArgs = [2, 2, 6, 4, 0] as const;

/**
 * The page's border lines: stroked straight segments that run across or down, and filled rectangles
 * thin enough to be a line (Word draws cell borders so), in top-down page points.
 */
export async function pageRulings(page: PdfPage): Promise<Ruling[]> {
  const lib = await pdfjs();
  const ops = lib.OPS;
  const viewport = page.getViewport({ scale: 1 });
  const list = await page.getOperatorList().catch(() => null);
  if (!list) return [];
  const stroked = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const filled = new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const rulings: Ruling[] = [];
  const transform = new TransformTracker(ops);
  const point = (x: number, y: number): [number, number] => {
    const m = transform.ctm;
    return viewport.convertToViewportPoint(m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]);
  };
  const addLine = (a: [number, number], b: [number, number]) => {
    if (Math.abs(a[1] - b[1]) < 0.5 && Math.abs(a[0] - b[0]) >= 2) rulings.push({ x0: Math.min(a[0], b[0]), y0: a[1], x1: Math.max(a[0], b[0]), y1: a[1] });
    else if (Math.abs(a[0] - b[0]) < 0.5 && Math.abs(a[1] - b[1]) >= 2) rulings.push({ x0: a[0], y0: Math.min(a[1], b[1]), x1: a[0], y1: Math.max(a[1], b[1]) });
  };
  for (let i = 0; i < list.fnArray.length && rulings.length < 20_000; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] ?? [];
    if (transform.follow(fn, args)) continue;
    if (fn === ops.constructPath) {
      const paint = Number(args[0]);
      const buffer = (args[1] as unknown[] | undefined)?.[0];
      if (!(buffer instanceof Float32Array) || !(stroked.has(paint) || filled.has(paint))) continue;
      // Subpaths as point lists; each command's numbers follow its code.
      const subpaths: Array<Array<[number, number]>> = [];
      let current: Array<[number, number]> = [];
      for (let k = 0; k < buffer.length; ) {
        const code = buffer[k]!;
        const take = pathArgs[code as 0 | 1 | 2 | 3 | 4];
        if (take === undefined) break;
        if (code === 0) {
          if (current.length > 0) subpaths.push(current);
          current = [point(buffer[k + 1]!, buffer[k + 2]!)];
        } else if (code === 1) current.push(point(buffer[k + 1]!, buffer[k + 2]!));
        else if (code === 4 && current.length > 0) current.push(current[0]!);
        else if (code === 2 || code === 3) current.push([NaN, NaN]);
        k += 1 + take;
      }
      if (current.length > 0) subpaths.push(current);
      for (const points of subpaths) {
        if (stroked.has(paint)) for (let p = 1; p < points.length; p++) addLine(points[p - 1]!, points[p]!);
        if (filled.has(paint) && points.length >= 4 && points.every(([x]) => Number.isFinite(x))) {
          const xs = points.map(([x]) => x);
          const ys = points.map(([, y]) => y);
          const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
          // A thin filled rectangle is a line along its length.
          if (y1 - y0 <= 2.5 && x1 - x0 > 2) rulings.push({ x0, y0: (y0 + y1) / 2, x1, y1: (y0 + y1) / 2 });
          else if (x1 - x0 <= 2.5 && y1 - y0 > 2) rulings.push({ x0: (x0 + x1) / 2, y0, x1: (x0 + x1) / 2, y1 });
        }
      }
    }
  }
  return rulings;
}

/** Text shown by annotation appearances (signature widgets stamp "2775", "10", "11"), positioned on the page. */
async function annotationText(page: PdfPage, viewport: Viewport): Promise<TextItem[]> {
  const lib = await pdfjs();
  const ops = lib.OPS;
  const list = await page.getOperatorList({ annotationMode: lib.AnnotationMode.ENABLE }).catch(() => null);
  if (!list) return [];
  const items: TextItem[] = [];
  let depth = 0;
  let ctm: Matrix = identity;
  const stack: Matrix[] = [];
  let tm: Matrix = identity;
  let tlm: Matrix = identity;
  let fontSize = 0;
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] ?? [];
    if (fn === ops.beginAnnotation) {
      depth++;
      stack.push(ctm);
      const transform = asMatrix(args[2]) ?? identity;
      const matrix = asMatrix(args[3]) ?? identity;
      ctm = multiply(multiply(ctm, transform), matrix);
      continue;
    }
    if (fn === ops.endAnnotation) {
      depth = Math.max(0, depth - 1);
      ctm = stack.pop() ?? identity;
      continue;
    }
    if (depth === 0) continue;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) ctm = multiply(ctm, (asMatrix(args) ?? identity));
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      ctm = multiply(ctm, asMatrix(args[0]) ?? identity);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.beginText) tm = tlm = identity;
    else if (fn === ops.setTextMatrix) tm = tlm = asMatrix(args[0]) ?? asMatrix(args) ?? identity;
    else if (fn === ops.moveText || fn === ops.setLeadingMoveText) tm = tlm = multiply(tlm, [1, 0, 0, 1, Number(args[0]) || 0, Number(args[1]) || 0]);
    else if (fn === ops.setFont) fontSize = Number(args[1]) || fontSize;
    else if (fn === ops.showText || fn === ops.showSpacedText) {
      const glyphs = (args[0] ?? []) as Array<number | { unicode?: string; width?: number } | null>;
      let text = '';
      let advance = 0;
      for (const glyph of glyphs) {
        if (typeof glyph === 'number') advance -= (glyph / 1000) * fontSize;
        else if (glyph) {
          text += glyph.unicode ?? '';
          advance += ((glyph.width ?? 0) / 1000) * fontSize;
        }
      }
      const placed = multiply(ctm, tm);
      const [x, y] = viewport.convertToViewportPoint(placed[4], placed[5]);
      const scale = Math.hypot(placed[2], placed[3]) || 1;
      if (text.trim()) items.push({ text, x, y, width: advance * Math.hypot(placed[0], placed[1]), size: fontSize * scale });
      tm = multiply(tm, [1, 0, 0, 1, advance, 0]);
    }
  }
  return items;
}

export interface PageImage {
  width: number;
  height: number;
  /** 1 byte per pixel, gray. */
  gray: Uint8Array;
  /** Share of the page the image covers. */
  coverage: number;
}

/**
 * The largest image painted on the page, decoded to gray (from the red channel, so that red seals and
 * stamps fade instead of covering the text they overlap), with the share of the page it covers.
 */
export async function largestImage(page: PdfPage): Promise<PageImage | null> {
  const lib = await pdfjs();
  const ops = lib.OPS;
  const viewport = page.getViewport({ scale: 1 });
  const list = await page.getOperatorList();
  const transform = new TransformTracker(ops);
  let best: { id: string; area: number; inline?: unknown } | null = null;
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] ?? [];
    if (transform.follow(fn, args)) continue;
    if (fn === ops.paintImageXObject || fn === ops.paintInlineImageXObject) {
      const ctm = transform.ctm;
      const area = Math.abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]);
      if (!best || area > best.area) best = fn === ops.paintImageXObject ? { id: String(args[0]), area } : { id: '', area, inline: args[0] };
    }
  }
  if (!best) return null;
  const image = (best.inline ?? (await objectOf(page, best.id))) as { width?: number; height?: number; kind?: number; data?: Uint8Array | Uint8ClampedArray } | null;
  if (!image?.data || !image.width || !image.height) return null;
  return { width: image.width, height: image.height, gray: toGray(image.width, image.height, image.kind ?? 2, image.data), coverage: Math.min(1, best.area / (viewport.width * viewport.height)) };
}

function objectOf(page: PdfPage, id: string): Promise<unknown> {
  const store = id.startsWith('g_') ? page.commonObjs : page.objs;
  return new Promise((resolve) => {
    try {
      if (store.has(id)) resolve(store.get(id));
      else store.get(id, resolve);
    } catch {
      resolve(null);
    }
  });
}

/** pdf.js image kinds: 1 = 1 bit gray (rows padded to bytes), 2 = RGB, 3 = RGBA. */
function toGray(width: number, height: number, kind: number, data: Uint8Array | Uint8ClampedArray): Uint8Array {
  const gray = new Uint8Array(width * height);
  if (kind === 1) {
    const rowBytes = (width + 7) >> 3;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) gray[y * width + x] = (data[y * rowBytes + (x >> 3)]! >> (7 - (x & 7))) & 1 ? 255 : 0;
    }
    return gray;
  }
  const channels = kind === 3 ? 4 : 3;
  for (let i = 0, p = 0; i < gray.length; i++, p += channels) gray[i] = data[p]!;
  return gray;
}
