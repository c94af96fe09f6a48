// Legacy Word 97–2003 .doc (an OLE2 compound file) → the plan's text, laid out like the .docx reader's:
// one line per paragraph, layout tables (header, signature) cell by cell, data tables as TAB rows, field
// codes dropped and their results kept, footnote texts after the body. Synchronous: `cfb` (SheetJS) opens
// the container; the Word binary text is read here from [MS-DOC]: the FIB, the piece table (CLX) for the
// text, and the paragraph properties (PAPX FKPs) to tell a table row's end from an empty cell.
// Word's automatic list numbering is not rendered (real b05 and b11 type their numbers).

import { createRequire } from 'node:module';
import { repairMojibake } from './legacy.js';
import { closePlaceholders } from './placeholders.js';
import { type FormatReader, type ReadNote, readFailure } from './reader.js';

type Cfb = typeof import('cfb');
const require = createRequire(import.meta.url);
let cfbModule: Cfb | null = null;
const cfb = (): Cfb => (cfbModule ??= require('cfb') as Cfb);

const oleSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function hasOleSignature(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && oleSignature.every((b, i) => bytes[i] === b);
}

export const docReader: FormatReader = {
  format: 'doc',
  // An OLE2 file may also be an .xls or a .msg: only one with a WordDocument stream is read (see readDoc).
  detect: (bytes, extension) => (hasOleSignature(bytes) && extension !== '.xls' && extension !== '.ppt' ? 'content' : extension === '.doc' ? 'extension' : false),
  read(bytes) {
    const doc = readDoc(bytes);
    if (!doc.ok) return readFailure(doc.code, doc.message);
    const notes: ReadNote[] = [{ code: 'ingest/doc', message: `Read from a Word 97–2003 .doc: ${doc.paragraphs} paragraph(s), ${doc.tables} table(s)${doc.footnotes ? `, ${doc.footnotes} footnote(s) after the text` : ''}.` }];
    let { text } = doc;
    let encoding = 'utf-16le';
    const repaired = repairMojibake(text);
    if (repaired) {
      text = repaired.text;
      encoding = `${repaired.encoding} (mojibake)`;
      notes.push({ code: 'ingest/mojibake-repaired', message: `The .doc was typed in a ${repaired.encoding.toUpperCase()} font ("KÕ ho¹ch" for "Kế hoạch"); it was converted to Unicode.` });
    }
    // A repair that changes the text's length (VNI's two-byte letters) moves the footnotes: their start is then unknown.
    const footnotesStart = doc.footnotesStart !== undefined && text.length === doc.text.length ? doc.footnotesStart : undefined;
    return { ok: true, text, encoding, format: 'doc', notes, layout: footnotesStart !== undefined ? { footnotesStart } : {} };
  },
};

export type DocResult =
  | { ok: true; text: string; paragraphs: number; tables: number; footnotes: number; footnotesStart?: number }
  | { ok: false; code: 'ingest/doc-corrupt' | 'ingest/doc-encrypted' | 'ingest/doc-unsupported'; message: string };

type DocFailure = Extract<DocResult, { ok: false }>;
const corrupt = (message: string): DocFailure => ({ ok: false, code: 'ingest/doc-corrupt', message });

/**
 * The plan text of a .doc.
 * @example readDoc(bytes) // { ok: true, text: 'ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\n…', paragraphs: 120, tables: 2, footnotes: 1 }
 */
export function readDoc(bytes: Uint8Array): DocResult {
  try {
    return convertDoc(bytes);
  } catch (error) {
    return corrupt(`The .doc could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function streamBytes(container: ReturnType<Cfb['read']>, name: string): Uint8Array | null {
  const entry = cfb().find(container, name);
  if (!entry?.content) return null;
  const content = entry.content as Uint8Array | number[];
  return content instanceof Uint8Array ? content : Uint8Array.from(content);
}

interface Piece {
  cpStart: number;
  cpEnd: number;
  /** Byte offset of the piece's first character in the WordDocument stream. */
  fc: number;
  compressed: boolean;
}

function convertDoc(bytes: Uint8Array): DocResult {
  if (!hasOleSignature(bytes)) return corrupt('Not a Word .doc: the file does not start with the OLE2 signature.');
  const container = cfb().read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { type: 'buffer' });
  const word = streamBytes(container, 'WordDocument');
  if (!word) return { ok: false, code: 'ingest/doc-unsupported', message: 'This OLE2 file has no WordDocument stream: it is not a Word document (an Excel or PowerPoint file?).' };
  if (word.length < 0x200) return corrupt('The WordDocument stream is too short for a Word 97 file information block.');
  const data = new DataView(word.buffer, word.byteOffset, word.byteLength);
  if (data.getUint16(0, true) !== 0xa5ec) return corrupt('The WordDocument stream does not start with the Word identifier (0xA5EC).');
  const nFib = data.getUint16(2, true);
  if (nFib < 0xc1) return { ok: false, code: 'ingest/doc-unsupported', message: `This .doc was written by Word 6 or Word 95 (nFib ${nFib}); only Word 97–2003 files are read. Save it again as .docx.` };
  const flags = data.getUint16(0x0a, true);
  if (flags & 0x0100) return { ok: false, code: 'ingest/doc-encrypted', message: 'The .doc is protected by a password: its text is encrypted.' };
  const table = streamBytes(container, flags & 0x0200 ? '1Table' : '0Table');
  if (!table) return corrupt(`The table stream (${flags & 0x0200 ? '1Table' : '0Table'}) is missing.`);

  // FibBase (32 bytes), csw + fibRgW, cslw + fibRgLw, cbRgFcLcb + fibRgFcLcb.
  const csw = data.getUint16(32, true);
  const rgLw = 34 + csw * 2 + 2;
  const cslw = data.getUint16(rgLw - 2, true);
  const rgFcLcb = rgLw + cslw * 4 + 2;
  const lw = (index: number) => data.getInt32(rgLw + index * 4, true);
  const fcLcb = (index: number) => ({ fc: data.getUint32(rgFcLcb + index * 8, true), lcb: data.getUint32(rgFcLcb + index * 8 + 4, true) });
  const ccpText = lw(3);
  const ccpFtn = lw(4);
  const pieces = readPieces(table, fcLcb(33));
  if (typeof pieces === 'string') return corrupt(pieces);
  const paragraphMarks = readTableMarks(word, table, fcLcb(13));

  const main = renderRange(word, pieces, 0, Math.max(0, ccpText), paragraphMarks);
  const footnotes = ccpFtn > 0 ? renderRange(word, pieces, ccpText, ccpText + ccpFtn, paragraphMarks) : null;
  const footnoteLines = footnotes ? footnotes.lines.filter((line) => line.trim() !== '') : [];
  const body = main.lines.join('\n');
  if (footnoteLines.length === 0) return { ok: true, text: body, paragraphs: main.paragraphs, tables: main.tables, footnotes: 0 };
  const text = `${body}\n\n${footnoteLines.join('\n')}`;
  return { ok: true, text, paragraphs: main.paragraphs, tables: main.tables, footnotes: footnoteLines.length, footnotesStart: body.length + 2 };
}

/** The piece table: which bytes of the WordDocument stream hold each run of character positions. */
function readPieces(table: Uint8Array, clx: { fc: number; lcb: number }): Piece[] | string {
  if (clx.lcb === 0 || clx.fc + clx.lcb > table.length) return 'The piece table (CLX) lies outside the table stream.';
  const view = new DataView(table.buffer, table.byteOffset, table.byteLength);
  let at = clx.fc;
  const end = clx.fc + clx.lcb;
  // Prc entries (clxt 1) carry property modifiers for fast-saved files; the Pcdt (clxt 2) follows them.
  while (at < end && table[at] === 0x01) at += 3 + view.getUint16(at + 1, true);
  if (table[at] !== 0x02 || at + 5 > end) return 'The piece table (CLX) has no piece descriptors.';
  const lcb = view.getUint32(at + 1, true);
  const plc = at + 5;
  const count = Math.floor((lcb - 4) / 12);
  if (count <= 0 || plc + lcb > table.length) return 'The piece table (CLX) is damaged.';
  const pieces: Piece[] = [];
  for (let i = 0; i < count; i++) {
    const cpStart = view.getUint32(plc + i * 4, true);
    const cpEnd = view.getUint32(plc + (i + 1) * 4, true);
    const descriptor = plc + (count + 1) * 4 + i * 8;
    const fcValue = view.getUint32(descriptor + 2, true);
    const compressed = (fcValue & 0x40000000) !== 0;
    const fc = compressed ? (fcValue & 0x3fffffff) / 2 : fcValue & 0x3fffffff;
    if (cpEnd < cpStart) return 'The piece table (CLX) has pieces out of order.';
    pieces.push({ cpStart, cpEnd, fc, compressed });
  }
  return pieces;
}

interface ParagraphMark {
  /** The paragraph is in a table (sprmPFInTable). */
  inTable: boolean;
  /** Its mark ends a table row (sprmPFTtp / sprmPFInnerTtp). */
  rowEnd: boolean;
  /** Table depth (sprmPItap); 1 for a table that is not nested. */
  depth: number;
}

/**
 * Paragraph properties by the byte offset (FC) of the paragraph's end, from the PAPX FKPs: only what tells
 * a cell mark from a row-end mark. Null when they cannot be read (then "\x07\x07" is taken as a row end).
 */
function readTableMarks(word: Uint8Array, table: Uint8Array, plcf: { fc: number; lcb: number }): ((fc: number) => ParagraphMark | undefined) | null {
  if (plcf.lcb < 12 || plcf.fc + plcf.lcb > table.length) return null;
  const tview = new DataView(table.buffer, table.byteOffset, table.byteLength);
  const wview = new DataView(word.buffer, word.byteOffset, word.byteLength);
  const count = Math.floor((plcf.lcb - 4) / 8);
  const runs: Array<{ start: number; end: number; mark: ParagraphMark }> = [];
  for (let i = 0; i < count; i++) {
    const pn = tview.getUint32(plcf.fc + (count + 1) * 4 + i * 4, true) & 0x3fffff;
    const page = pn * 512;
    if (page + 512 > word.length) continue;
    const crun = word[page + 511]!;
    for (let k = 0; k < crun; k++) {
      const start = wview.getUint32(page + k * 4, true);
      const end = wview.getUint32(page + (k + 1) * 4, true);
      const bOffset = word[page + (crun + 1) * 4 + k * 13]!;
      runs.push({ start, end, mark: bOffset === 0 ? { inTable: false, rowEnd: false, depth: 0 } : readPapx(word, page + bOffset * 2, page + 511) });
    }
  }
  if (runs.length === 0) return null;
  runs.sort((a, b) => a.start - b.start);
  return (fc: number) => {
    let lo = 0;
    let hi = runs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const run = runs[mid]!;
      if (fc < run.start) hi = mid - 1;
      else if (fc >= run.end) lo = mid + 1;
      else return run.mark;
    }
    return undefined;
  };
}

/** The table sprms of one PapxInFkp (a count byte, an istd, then sprms with their operands). */
function readPapx(word: Uint8Array, at: number, limit: number): ParagraphMark {
  const mark: ParagraphMark = { inTable: false, rowEnd: false, depth: 0 };
  let cb = word[at]!;
  let start = at + 1;
  let length = 2 * cb - 1;
  if (cb === 0) {
    cb = word[at + 1]!;
    start = at + 2;
    length = 2 * cb;
  }
  const end = Math.min(start + length, limit);
  let p = start + 2; // istd
  const view = new DataView(word.buffer, word.byteOffset, word.byteLength);
  while (p + 2 <= end) {
    const sprm = view.getUint16(p, true);
    p += 2;
    const spra = sprm >> 13;
    let size: number;
    if (spra === 6) {
      // Variable operands: a size byte, or a two-byte size for sprmTDefTable.
      if (sprm === 0xd608) {
        size = view.getUint16(p, true) + 1;
        p += 1;
      } else size = word[p]! + 1;
    } else size = [1, 1, 2, 4, 2, 2, 0, 3][spra]!;
    if (p + size > end + 1) break;
    const operand = word[p]!;
    if (sprm === 0x2416) mark.inTable = operand !== 0;
    else if (sprm === 0x2417 || sprm === 0x244c) mark.rowEnd ||= operand !== 0;
    else if (sprm === 0x6649) mark.depth = view.getInt32(p, true);
    p += size;
  }
  if (mark.inTable && mark.depth === 0) mark.depth = 1;
  return mark;
}

/** Windows-1252's 0x80–0x9F, for compressed (8-bit) pieces. */
const cp1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function charAt(word: Uint8Array, piece: Piece, cp: number): { char: string; fc: number } {
  if (piece.compressed) {
    const fc = piece.fc + (cp - piece.cpStart);
    const byte = word[fc] ?? 0;
    return { char: byte >= 0x80 && byte <= 0x9f ? cp1252High[byte - 0x80]! : String.fromCharCode(byte), fc };
  }
  const fc = piece.fc + (cp - piece.cpStart) * 2;
  return { char: String.fromCharCode((word[fc] ?? 0) | ((word[fc + 1] ?? 0) << 8)), fc };
}

interface Rendered {
  lines: string[];
  paragraphs: number;
  tables: number;
}

/** Characters [from, to) of the text, rendered: paragraphs, tables, fields resolved. */
function renderRange(word: Uint8Array, pieces: Piece[], from: number, to: number, marks: ((fc: number) => ParagraphMark | undefined) | null): Rendered {
  const out: string[] = [];
  let paragraphs = 0;
  let tables = 0;
  let paragraph = '';
  let previousWasCellMark = false;
  // Fields: "\x13 instruction \x14 result \x15"; only the result is shown. A stack for nested fields.
  const fields: Array<{ inResult: boolean }> = [];
  let rows: string[][][] = [];
  let cells: string[][] = [];
  let cellParagraphs: string[] = [];
  const flushTable = () => {
    if (cellParagraphs.length > 0 || cells.length > 0) {
      if (cellParagraphs.length > 0) cells.push(cellParagraphs);
      rows.push(cells);
    }
    if (rows.length === 0) return;
    tables++;
    out.push(...renderTableRows(rows));
    rows = [];
    cells = [];
    cellParagraphs = [];
  };
  for (const piece of pieces) {
    const start = Math.max(from, piece.cpStart);
    const end = Math.min(to, piece.cpEnd);
    for (let cp = start; cp < end; cp++) {
      const { char, fc } = charAt(word, piece, cp);
      const code = char.charCodeAt(0);
      if (code === 0x13) {
        fields.push({ inResult: false });
        continue;
      }
      if (code === 0x14) {
        if (fields.length > 0) fields[fields.length - 1]!.inResult = true;
        continue;
      }
      if (code === 0x15) {
        fields.pop();
        continue;
      }
      if (fields.some((field) => !field.inResult)) continue;
      if (code === 0x0d || code === 0x07) {
        const mark = marks?.(fc);
        paragraphs++;
        if (code === 0x07) {
          const rowEnd: boolean = mark ? mark.rowEnd : previousWasCellMark && paragraph === '';
          if (mark && mark.depth > 1) {
            // A nested table's cell: its text stays in the outer cell.
            paragraph += rowEnd ? '' : ' ';
            continue;
          }
          if (rowEnd) {
            if (paragraph.trim()) cellParagraphs.push(paragraph);
            if (cellParagraphs.length > 0) cells.push(cellParagraphs);
            rows.push(cells);
            cells = [];
          } else {
            cellParagraphs.push(paragraph);
            cells.push(cellParagraphs);
          }
          cellParagraphs = [];
          paragraph = '';
          previousWasCellMark = !rowEnd;
          continue;
        }
        previousWasCellMark = false;
        if (mark?.inTable) cellParagraphs.push(paragraph);
        else {
          flushTable();
          out.push(paragraph);
        }
        paragraph = '';
        continue;
      }
      previousWasCellMark = false;
      if (code === 0x0b || code === 0x0c || code === 0x0e) paragraph += '\n';
      else if (code === 0x09) paragraph += '\t';
      else if (code === 0x1e) paragraph += '-';
      else if (code === 0x1f || code < 0x20) continue; // optional hyphen, pictures (1), footnote marks (2), drawn objects (8)…
      else paragraph += char;
    }
  }
  if (paragraph) {
    if (cellParagraphs.length > 0 || rows.length > 0) cellParagraphs.push(paragraph);
    else out.push(paragraph);
  }
  flushTable();
  return { lines: out.flatMap((line) => line.split('\n')).map(closePlaceholders), paragraphs, tables };
}

/** Same rule as the .docx reader: small tables are the header and signature laid out, read cell by cell. */
function renderTableRows(rows: string[][][]): string[] {
  const layout = rows.length <= 4 && rows.every((cells) => cells.length <= 3);
  if (layout) {
    return rows.flatMap((cells) => cells.flatMap((cell) => cell.flatMap((p) => p.split('\n')).map((line) => line.replace(/[\t ]+/g, ' ').trim()).filter(Boolean)));
  }
  return rows.map((cells) => cells.map((cell) => cell.join(' ').replace(/[\t\n]+/g, ' ').trim()).join('\t'));
}
