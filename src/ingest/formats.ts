// Bytes → the plan's text, whatever way it reached us: UTF-8/UTF-16 text, Markdown, a .docx, an HTML
// page saved from a portal, or a pre-Unicode Vietnamese encoding (TCVN3, VNI, …). Chosen by content
// first, extension second. After it: one string of plain text and what it was read from.
// Positions of a .docx, HTML or Markdown file point into this extracted text (the markup's offsets are
// not the plan's).

import { decodeBytes } from './decode.js';
import { docxToText, isDocx } from './docx.js';
import { htmlToText, isHtml } from './html.js';
import { decodeLegacy, detectLegacyEncoding, repairMojibake } from './legacy.js';
import { markdownToText } from './markdown.js';
import { extensionOf } from '../util/extension.js';

export type InputFormat = 'text' | 'markdown' | 'docx' | 'html';

export interface ReadNote {
  code: 'ingest/legacy-encoding' | 'ingest/mojibake-repaired' | 'ingest/docx' | 'ingest/html';
  message: string;
}

export type ReadResult =
  | { ok: true; text: string; encoding: string; format: InputFormat; notes: ReadNote[] }
  | { ok: false; code: string; message: string };


/** Text already decoded: an HTML page becomes its main content; TCVN3/VNI mojibake is repaired. */
export function readText(text: string, encoding: string, path?: string): Extract<ReadResult, { ok: true }> {
  const extension = extensionOf(path ?? '');
  const notes: ReadNote[] = [];
  if (extension === '.html' || extension === '.htm' || isHtml(text)) {
    const page = htmlToText(text);
    notes.push({ code: 'ingest/html', message: `Read the main content of an HTML page${page.title ? ` ("${page.title.slice(0, 80)}")` : ''}; navigation, scripts and comment boxes were dropped.` });
    return { ok: true, ...withMojibakeRepaired(page.text, encoding, notes), format: 'html', notes };
  }
  if (extension === '.md' || extension === '.markdown') {
    return { ok: true, ...withMojibakeRepaired(markdownToText(text), encoding, notes), format: 'markdown', notes };
  }
  return { ok: true, ...withMojibakeRepaired(text, encoding, notes), format: 'text', notes };
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

/** Reads the bytes of one input. */
export function readBytes(bytes: Uint8Array, path?: string): ReadResult {
  if (isDocx(bytes)) {
    const docx = docxToText(bytes);
    if (!docx.ok) return { ok: false, code: docx.code, message: docx.message };
    const notes: ReadNote[] = [{ code: 'ingest/docx', message: `Read from a .docx: ${docx.paragraphs} paragraph(s), ${docx.tables} table(s).` }];
    return { ok: true, text: docx.text, encoding: 'utf-8', format: 'docx', notes };
  }
  const decoded = decodeBytes(bytes);
  if (decoded.ok) return readText(decoded.text, decoded.encoding, path);
  if (decoded.code !== 'ingest/undecodable') return decoded;
  const legacy = detectLegacyEncoding(bytes);
  if (!legacy) return decoded;
  const read = readText(decodeLegacy(bytes, legacy.encoding), legacy.encoding, path);
  read.notes.unshift({
    code: 'ingest/legacy-encoding',
    message: `The bytes are in the pre-Unicode ${legacy.encoding.toUpperCase()} encoding (confidence ${legacy.confidence.toFixed(2)}); they were converted to Unicode.`,
  });
  return read;
}
