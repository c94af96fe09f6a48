// Stage 1 — ingest: bytes or string → SourceText. After it: the input is a string (decoded, BOM kept),
// `text` is its normalized form and `map` takes any offset of `text` back to `input`.

import { createHash } from 'node:crypto';
import { type InputFormat, type ReadNote, readBytes, readText } from './formats.js';
import { type NormalizedText, normalizeText } from './normalize-text.js';
import type { OffsetMap } from './offset-map.js';

export interface SourceText {
  /** The input as given (decoded; for a .docx or an HTML page, its extracted text); every output Position is an offset into it. */
  input: string;
  /** Normalized text the later stages read. */
  text: string;
  map: OffsetMap;
  encoding: string;
  /** What the bytes were: plain text, Markdown, a .docx, an HTML page. */
  format: InputFormat;
  /** How the input was read (legacy encoding, mojibake, docx, HTML), for diagnostics. */
  notes: ReadNote[];
  bytes: number;
  sha256: string;
  repairs: NormalizedText['repairs'];
}

export interface IngestOptions {
  /** The input's path: its extension helps tell Markdown and HTML apart. */
  path?: string;
}

export type IngestResult =
  | { ok: true; source: SourceText }
  | { ok: false; code: string; message: string; bytes: number; sha256: string };

/**
 * Decodes and normalizes one input.
 * @example ingest('KẾ HOẠCH\r\n').ok // true
 */
export function ingest(input: string | Uint8Array, options: IngestOptions = {}): IngestResult {
  const encoded = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const sha256 = createHash('sha256').update(encoded).digest('hex');
  const bytes = encoded.length;
  const read = typeof input === 'string' ? readText(input, 'utf-8', options.path) : readBytes(input, options.path);
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
