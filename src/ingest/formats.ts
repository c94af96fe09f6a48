// Bytes → the plan's text, whatever way it reached us. Only dispatches: each format has its reader
// (src/ingest/reader.ts says what a reader does), chosen by content first, extension second —
// binary formats (.docx, .doc, PDF) by their signature, then text formats (HTML, Markdown, plain text)
// after decoding (UTF-8/UTF-16, or a pre-Unicode Vietnamese encoding, legacy.ts).

import { decodeBytes } from './decode.js';
import { docReader } from './doc.js';
import { docxReader } from './docx.js';
import { htmlReader } from './html.js';
import { decodeLegacy, detectLegacyEncoding, repairMojibake } from './legacy.js';
import { markdownReader } from './markdown.js';
import { pdfReader } from './pdf/index.js';
import {
  type FormatReader,
  type ReadDocument,
  type ReadNote,
  type ReadOptions,
  type ReadResult,
  type TextFormatReader,
  readFailure,
} from './reader.js';
import { extensionOf } from '../util/extension.js';

export type { InputFormat, ReadNote, ReadOptions, ReadResult, ReadDocument, ReadProgress, Layout } from './reader.js';

/** Binary formats, tried in this order on the bytes. */
export const binaryReaders: readonly FormatReader[] = [docxReader, docReader, pdfReader];

/** Text formats, tried in this order on the decoded text; plain text takes the rest. */
const textReaders: readonly TextFormatReader[] = [htmlReader, markdownReader];

/** Text already decoded: an HTML page becomes its main content, Markdown its text; TCVN3/VNI mojibake is repaired. */
export function readText(text: string, encoding: string, path?: string): ReadDocument {
  const extension = extensionOf(path ?? '');
  const reader = textReaders.find((r) => r.detectText(text, extension) === 'content') ?? textReaders.find((r) => r.detectText(text, extension) === 'extension');
  const read = reader ? reader.readText(text) : { text, notes: [] };
  const notes: ReadNote[] = [...read.notes];
  return { ok: true, ...withMojibakeRepaired(read.text, encoding, notes), format: reader?.format ?? 'text', notes, layout: {} };
}

function withMojibakeRepaired(text: string, encoding: string, notes: ReadNote[]): { text: string; encoding: string } {
  const repaired = repairMojibake(text);
  if (!repaired) return { text, encoding };
  notes.push({
    code: 'ingest/mojibake-repaired',
    message: `The text was ${repaired.encoding.toUpperCase()} bytes read as Windows-1252 ("KÕ ho¹ch" for "Kế hoạch"); it was converted back to Unicode.`,
  });
  return { text: repaired.text, encoding: `${repaired.encoding} (mojibake)` };
}

/** The binary reader for these bytes: by signature, else by extension; undefined for text. */
function binaryReaderFor(bytes: Uint8Array, extension: string): { reader: FormatReader; byContent: boolean } | undefined {
  let named: FormatReader | undefined;
  for (const reader of binaryReaders) {
    const detection = reader.detect(bytes, extension);
    if (detection === 'content') return { reader, byContent: true };
    if (detection === 'extension') named ??= reader;
  }
  return named ? { reader: named, byContent: false } : undefined;
}

/** Reads the bytes of one input, synchronously (a PDF needs readBytesAsync: it gives `ingest/needs-async`). */
export function readBytes(bytes: Uint8Array, options: ReadOptions = {}): ReadResult {
  const extension = extensionOf(options.path ?? '');
  const found = binaryReaderFor(bytes, extension);
  if (found?.byContent) return found.reader.read(bytes, options);
  return readAsText(bytes, options.path, found?.reader);
}

/** Reads the bytes of one input, any format (PDF text layers and OCR included). */
export async function readBytesAsync(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadResult> {
  const extension = extensionOf(options.path ?? '');
  const found = binaryReaderFor(bytes, extension);
  if (found?.byContent) return found.reader.readAsync ? found.reader.readAsync(bytes, options) : found.reader.read(bytes, options);
  return readAsText(bytes, options.path, found?.reader);
}

/**
 * Text, or a pre-Unicode encoding. `named` is the binary format the extension names when the content
 * did not carry its signature: its failure is clearer than "binary" for a broken .pdf or .doc.
 */
function readAsText(bytes: Uint8Array, path: string | undefined, named: FormatReader | undefined): ReadResult {
  const decoded = decodeBytes(bytes);
  if (decoded.ok) return readText(decoded.text, decoded.encoding, path);
  if (decoded.code === 'ingest/binary' && named) return named.read(bytes, path === undefined ? {} : { path });
  if (decoded.code !== 'ingest/undecodable') return readFailure(decoded.code, decoded.message);
  const legacy = detectLegacyEncoding(bytes);
  if (!legacy) return readFailure(decoded.code, decoded.message);
  const read = readText(decodeLegacy(bytes, legacy.encoding), legacy.encoding, path);
  read.notes.unshift({
    code: 'ingest/legacy-encoding',
    message: `The bytes are in the pre-Unicode ${legacy.encoding.toUpperCase()} encoding (confidence ${legacy.confidence.toFixed(2)}); they were converted to Unicode.`,
  });
  return read;
}
