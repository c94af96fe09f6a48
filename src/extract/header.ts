// The header of the main document (Nghị định 30 boxes 2–5): issuer and its superior body, số/ký hiệu,
// địa danh and date, type line and trích yếu — read from header cells, with spans.

import type { Segments } from '../segment/index.js';
import { isUpperLine, mottoFragmentPattern, nationalMottoPattern, separatorPattern, subjectLinePattern, typeLinePattern } from '../segment/genre-lines.js';
import { squash } from '../util/fold.js';
import { blankRange } from '../util/blank.js';
import { splitCells } from '../util/cells.js';
import { type Span, span } from '../util/span.js';
import { parseVietnameseDate } from './dates.js';
import { documentNumberPattern, type DocumentNumber, parseDocumentNumber } from './document-number.js';

export interface Valued<T> {
  value: T;
  span: Span;
}

export interface HeaderFields {
  organizations: Array<Valued<string>>;
  number: Valued<DocumentNumber> | null;
  blankNumber: boolean;
  date: Valued<{ iso: string | null }> | null;
  place: Valued<string> | null;
  docType: Valued<string> | null;
  title: Valued<string> | null;
  /** The trích yếu came from a "V/v …" line: the document is a công văn. */
  subjectLine: boolean;
  found: boolean;
}

interface Cell {
  text: string;
  start: number;
  line: number;
}

function cellsOfLine(text: string, lineStart: number, line: number): Cell[] {
  return splitCells(text).map((c) => ({ text: c.text, start: lineStart + c.offset, line }));
}

const numberCellPattern = new RegExp(String.raw`(?:Số|SỐ|(?<=(?:Luật|Pháp\s+lệnh|Nghị\s+quyết|Lệnh)\s+)số)\s*[:.]?\s*((?:${documentNumberPattern.source})|/\s*[\p{Lu}][\p{L}\d&]*(?:\s*-\s*[\p{L}\d&]+)*)`, 'u');

const orgHead =
  /^(?:ỦY\s+BAN|UBND|HỘI\s+ĐỒNG|HĐND|BCĐ|BCH|BQL|UBMTTQ|MTTQ|HỘI|ĐOÀN|BAN\s+THƯỜNG\s+TRỰC|SỞ|PHÒNG|BAN|VĂN\s+PHÒNG|TRUNG\s+TÂM|BỘ|TỔNG\s+CỤC|CỤC|CHI\s+CỤC|THANH\s+TRA|ĐẢNG\s+ỦY|ĐẢNG\s+BỘ|TỈNH\s+ỦY|THÀNH\s+ỦY|HUYỆN\s+ỦY|QUẬN\s+ỦY|THỊ\s+ỦY|CÔNG\s+AN|BỘ\s+CHỈ\s+HUY|TRƯỜNG|BỆNH\s+VIỆN|ĐÀI|BẢO\s+HIỂM|KHO\s+BẠC|CHÍNH\s+PHỦ|THỦ\s+TƯỚNG|MẶT\s+TRẬN|ỦY\s+BAN\s+MẶT\s+TRẬN)(?!\p{L}|\p{M}|\d)/u;
// A second body named on the same flattened line: "UBND TỈNH HÀ TĨNH SỞ LAO ĐỘNG …".
// Not inside "VĂN PHÒNG HĐND VÀ UBND", where the councils are the office's own name.
const innerHead = /(?<!VĂN)\s(?=(?:SỞ|PHÒNG|TRUNG\s+TÂM|CHI\s+CỤC|BAN\s+QUẢN\s+LÝ|THANH\s+TRA)\s)|(?<!VĂN\s+PHÒNG|\sVÀ|&|HĐND|NHÂN\s+DÂN)\s(?=(?:ỦY\s+BAN\s+NHÂN\s+DÂN|UBND)\s)/u;

/** Reads the header of document part 0. */
export function readHeader(segments: Segments): HeaderFields {
  const fields: HeaderFields = {
    organizations: [],
    number: null,
    blankNumber: false,
    date: null,
    place: null,
    docType: null,
    title: null,
    subjectLine: false,
    found: false,
  };
  const header = segments.headers.find((h) => h.part === 0);
  // An empty region (a text that is one long line) has no header to read.
  if (!header || header.end <= header.start || !segments.lines[header.end - 1]) return fields;
  fields.found = true;
  const { lines } = segments;
  const orgPieces: Cell[] = [];
  const beforeType = header.typeLine ?? header.end;
  // The motto may be broken over lines ("CỘNG HÒA XÃ HỘI CHỦ" / "NGHĨA VIỆT NAM"): blank it across the
  // whole header before reading cells line by line.
  const headerStart = lines[header.start]!.start;
  let headerText = segments.source.text.slice(headerStart, lines[header.end - 1]!.end);
  for (const m of headerText.matchAll(nationalMottoPattern)) headerText = blankRange(headerText, m.index, m.index + m[0].length);
  for (let i = header.start; i < header.end; i++) {
    if ((header.titleLines.includes(i) && i !== header.typeLine) || header.subjectLines.includes(i)) continue;
    const line = lines[i]!;
    const lineText = headerText.slice(line.start - headerStart, line.end - headerStart);
    for (const cell of cellsOfLine(lineText, line.start, i)) consumeCell(cell, fields, i === header.typeLine, i < beforeType, orgPieces);
  }
  fields.organizations = joinOrganizations(orgPieces);
  if (fields.subjectLine && fields.title) {
    // The subject over several lines: the first cell of each line it goes on over.
    let { end } = fields.title.span;
    let value = fields.title.value;
    for (const i of header.subjectLines) {
      const cell = cellsOfLine(lines[i]!.text, lines[i]!.start, i)[0];
      if (!cell) continue;
      value = `${value} ${squash(cell.text)}`;
      end = cell.start + cell.text.length;
    }
    fields.title = { value, span: span(fields.title.span.start, end) };
  }
  if (header.titleLines.length > 0 && !fields.subjectLine) {
    const first = lines[header.titleLines[0]!]!;
    let start = first.contentStart;
    if (header.titleLines[0] === header.typeLine) {
      const m = typeLinePattern.exec(first.trimmed)!;
      start = first.contentStart + m[0].length;
    }
    const last = lines[header.titleLines[header.titleLines.length - 1]!]!;
    const end = last.start + last.text.trimEnd().length;
    const text = squash(segments.source.text.slice(start, end).replace(/\t/g, ' '));
    if (text) fields.title = { value: capitalizeFirst(text), span: span(start, end) };
  }
  return fields;
}

export function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// "ngày 13 tháng 9 năm 2021", "ngày   tháng   năm 2021", "ngày 27/6/2024" inside a header cell.
const dateStartPattern = /ngày\s*(?=[\d.…_]|tháng)/iu;

/**
 * Reads one header cell by consuming what it recognises — motto, number, date with its place, type
 * line, "V/v" trích yếu — so that what is left in capitals is the issuer's name. The same code reads a
 * header laid out in two columns, flattened row by row, or flattened onto one line (405).
 */
function consumeCell(cell: Cell, fields: HeaderFields, isTypeLine: boolean, beforeType: boolean, orgPieces: Cell[]): void {
  let work = cell.text;
  for (const m of work.matchAll(nationalMottoPattern)) work = blankRange(work, m.index, m.index + m[0].length);
  if (mottoFragmentPattern.test(work.trim()) && !/[\p{L}]{2}.*\s{2}/u.test(work.trim())) return;
  const number = numberCellPattern.exec(work);
  if (number) {
    if (!fields.number && !fields.blankNumber) {
      const raw = number[1]!;
      const at = number.index + number[0].length - raw.length;
      const parsed = parseDocumentNumber(raw);
      if (parsed) {
        fields.number = { value: parsed, span: span(cell.start + at, cell.start + at + raw.length) };
        fields.blankNumber = parsed.serial === null;
      }
    }
    work = blankRange(work, number.index, number.index + number[0].length);
  }
  const date = dateStartPattern.exec(work);
  if (date && !fields.date) {
    const parsed = parseVietnameseDate(work.slice(date.index));
    if (parsed) {
      fields.date = { value: { iso: parsed.iso }, span: span(cell.start + date.index, cell.start + date.index + parsed.length) };
      const place = placeBefore(work, date.index);
      if (place) fields.place = { value: squash(work.slice(place.start, place.end)), span: span(cell.start + place.start, cell.start + place.end) };
      work = blankRange(work, place ? place.start : date.index, date.index + parsed.length);
    }
  }
  if (isTypeLine && !fields.docType) {
    const m = typeLinePattern.exec(work.trim());
    if (m) {
      const at = work.indexOf(m[1]!);
      fields.docType = { value: squash(m[1]!).toUpperCase(), span: span(cell.start + at, cell.start + at + m[1]!.length) };
      return;
    }
  }
  // Công văn: "V/v triển khai …", "Về việc …" is the trích yếu, without its "V/v" (as the real documents'
  // gold writes it: b11, b18); no type line.
  const subject = subjectLinePattern.exec(work.trim());
  if (subject && !fields.title) {
    const at = work.search(/\S/u) + subject[0].length;
    fields.title = { value: squash(work.slice(at)), span: span(cell.start + at, cell.start + work.trimEnd().length) };
    fields.subjectLine = true;
    return;
  }
  if (!beforeType) return;
  // What is left: upper-case runs are (parts of) the issuer's name.
  for (const m of work.matchAll(/\S+(?: \S+)*/gu)) {
    const piece = m[0];
    if (separatorPattern.test(piece) || mottoFragmentPattern.test(piece) || !isUpperLine(piece)) continue;
    orgPieces.push({ text: piece, start: cell.start + m.index, line: cell.line });
  }
}

/**
 * The địa danh just before "ngày": words back from it, stopping at a gap, a comma, or where capitals
 * of the issuer's name give way to the place's own casing ("… ĐẦU TƯ Gia Lai, ngày").
 */
function placeBefore(work: string, dateAt: number): { start: number; end: number } | null {
  const before = work.slice(0, dateAt);
  const comma = /,\s*$/u.exec(before);
  if (!comma) return null;
  const words = [...before.slice(0, comma.index).matchAll(/\S+/gu)];
  let first = words.length;
  for (let k = words.length - 1; k >= 0 && words.length - k <= 7; k--) {
    const word = words[k]![0];
    const next = words[k + 1];
    // A column gap (tab or three spaces, as splitCells counts them) ends the place.
    if (next && /\t| {3,}/u.test(work.slice(words[k]!.index + word.length, next.index))) break;
    if (/[,;:]$/u.test(word)) break;
    const placeSoFar = words.slice(k + 1).map((w) => w[0]).join(' ');
    if (placeSoFar && isUpperLine(word) && word.length > 1 && !isUpperLine(placeSoFar) && !/^(?:TP|Tp)\.?$/u.test(word)) break;
    first = k;
  }
  if (first >= words.length) return null;
  const from = words[first]!.index;
  const last = words[words.length - 1]!;
  if (!/^\p{Lu}/u.test(work.slice(from)) || /^(?:Số|ngày)(?![\p{L}])/iu.test(work.slice(from))) return null;
  return { start: from, end: last.index + last[0].length };
}

/** Upper-case header pieces → organization names: a piece not starting with a body word continues the one before. */
function joinOrganizations(pieces: Cell[]): Array<Valued<string>> {
  const orgs: Array<{ text: string; start: number; end: number }> = [];
  for (const piece of pieces) {
    const parts = piece.text.split(innerHead);
    let offset = 0;
    for (const part of parts) {
      const at = piece.text.indexOf(part, offset);
      offset = at + part.length;
      const text = squash(part);
      if (!text) continue;
      const last = orgs[orgs.length - 1];
      if (last && !orgHead.test(text)) {
        last.text = `${last.text} ${text}`;
        last.end = piece.start + at + part.length;
      } else orgs.push({ text, start: piece.start + at, end: piece.start + at + part.length });
    }
  }
  return orgs.map((o) => ({ value: o.text, span: span(o.start, o.end) }));
}
