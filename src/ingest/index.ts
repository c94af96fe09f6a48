// Stage 1 — ingest: bytes or string → SourceText. After it: the input is a string (decoded, BOM kept),
// `text` is its normalized form and `map` takes any offset of `text` back to `input`.

import { createHash } from 'node:crypto';
import { decodeBytes } from './decode.js';
import { type NormalizedText, normalizeText } from './normalize-text.js';
import type { OffsetMap } from './offset-map.js';

export interface SourceText {
  /** The input as given (decoded); every output Position is an offset into it. */
  input: string;
  /** Normalized text the later stages read. */
  text: string;
  map: OffsetMap;
  encoding: string;
  bytes: number;
  sha256: string;
  repairs: NormalizedText['repairs'];
}

export type IngestResult =
  | { ok: true; source: SourceText }
  | { ok: false; code: string; message: string; bytes: number; sha256: string };

/**
 * Decodes and normalizes one input.
 * @example ingest('KẾ HOẠCH\r\n').ok // true
 */
export function ingest(input: string | Uint8Array): IngestResult {
  let text: string;
  let encoding: string;
  let bytes: number;
  let sha256: string;
  if (typeof input === 'string') {
    text = input;
    encoding = 'utf-8';
    const encoded = Buffer.from(input, 'utf8');
    bytes = encoded.length;
    sha256 = createHash('sha256').update(encoded).digest('hex');
  } else {
    sha256 = createHash('sha256').update(input).digest('hex');
    const decoded = decodeBytes(input);
    if (!decoded.ok) return { ok: false, code: decoded.code, message: decoded.message, bytes: decoded.bytes, sha256 };
    text = decoded.text;
    encoding = decoded.encoding;
    bytes = decoded.bytes;
  }
  const normalized = normalizeText(text);
  return {
    ok: true,
    source: { input: text, text: normalized.text, map: normalized.map, encoding, bytes, sha256, repairs: normalized.repairs },
  };
}

export { OffsetMap } from './offset-map.js';
export { decodeBytes } from './decode.js';
export { normalizeText } from './normalize-text.js';
