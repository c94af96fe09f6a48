// Stage 1 — ingest: bytes or string → SourceText. After it: the input is a string (decoded, BOM kept),
// `text` is its normalized form and `map` takes any offset of `text` back to `input`.

import { createHash } from 'node:crypto';
import { type InputFormat, type Layout, type ReadNote, type ReadOptions, type ReadResult, readBytes, readBytesAsync, readText } from './formats.js';
import { type NormalizedText, normalizeText } from './normalize-text.js';
import type { OffsetMap } from './offset-map.js';

export interface SourceText {
  /** The input as given (decoded; for a .docx or an HTML page, its extracted text); every output Position is an offset into it. */
  input: string;
  /** Normalized text the later stages read. */
  text: string;
  map: OffsetMap;
  encoding: string;
  /** What the bytes were: plain text, Markdown, a .docx or .doc, an HTML page, a PDF. */
  format: InputFormat;
  /** Pages and where each starts in `input`, for paged formats (PDF). */
  layout: Layout;
  /** How the input was read (legacy encoding, mojibake, docx, HTML), for diagnostics. */
  notes: ReadNote[];
  bytes: number;
  sha256: string;
  repairs: NormalizedText['repairs'];
}

export interface IngestOptions extends ReadOptions {
  /** The input's path: its extension helps tell formats apart when the content does not. */
  path?: string;
}

export type IngestResult =
  | { ok: true; source: SourceText }
  | { ok: false; code: string; message: string; bytes: number; sha256: string };

/**
 * Decodes and normalizes one input. Synchronous: a PDF gives `ingest/needs-async` (use ingestAsync).
 * @example ingest('KẾ HOẠCH\r\n').ok // true
 */
export function ingest(input: string | Uint8Array, options: IngestOptions = {}): IngestResult {
  const read = typeof input === 'string' ? readText(input, 'utf-8', options.path) : readBytes(input, options);
  return fromRead(input, read);
}

/**
 * Decodes and normalizes one input of any format, PDF text layers and scans (OCR) included.
 * @example (await ingestAsync(pdfBytes)).ok // true
 */
export async function ingestAsync(input: string | Uint8Array, options: IngestOptions = {}): Promise<IngestResult> {
  const read = typeof input === 'string' ? readText(input, 'utf-8', options.path) : await readBytesAsync(input, options);
  return fromRead(input, read);
}

function fromRead(input: string | Uint8Array, read: ReadResult): IngestResult {
  const encoded = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const sha256 = createHash('sha256').update(encoded).digest('hex');
  const bytes = encoded.length;
  if (!read.ok) return { ok: false, code: read.code, message: read.message, bytes, sha256 };
  const normalized = normalizeText(read.text);
  return {
    ok: true,
    source: {
      input: read.text,
      text: normalized.text,
      map: normalized.map,
      encoding: read.encoding,
      format: read.format,
      layout: read.layout,
      notes: read.notes,
      bytes,
      sha256,
      repairs: normalized.repairs,
    },
  };
}

export { OffsetMap } from './offset-map.js';
export { decodeBytes } from './decode.js';
export { normalizeText } from './normalize-text.js';
