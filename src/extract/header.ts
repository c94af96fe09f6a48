// The header of the main document (Nghị định 30 boxes 2–5): issuer and its superior body, số/ký hiệu,
// địa danh and date, type line and trích yếu — read from header cells, with spans.

import type { Segments } from '../segment/index.js';
import { isUpperLine, mottoFragmentPattern, nationalMottoPattern, separatorPattern, typeLinePattern } from '../segment/genre-lines.js';
import { squash } from '../util/fold.js';
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

const numberCellPattern = new RegExp(String.raw`(?:Số|SỐ)\s*[:.]?\s*((?:${documentNumberPattern.source})|/\s*[\p{Lu}][\p{L}\d&]*(?:\s*-\s*[\p{L}\d&]+)*)`, 'u');
const dateCellPattern = /(?:^|,\s*|\s)(?:([\p{L}][\p{L}\p{M}\d .'-]{1,60}?)\s*,\s*)?(ngày(?![\p{L}\p{M}\d]).*)$/iu;

/** Removes the motto from a cell, returning the rest (a flattened row may hold issuer + motto). */
function withoutMotto(text: string): string {
  return text.replace(nationalMottoPattern, ' ').replace(/^\s*CỘNG\s*$/u, '').trim();
}

const orgHead =
  /^(?:ỦY\s+BAN|UBND|HỘI\s+ĐỒNG|HĐND|BCĐ|BQL|UBMTTQ|MTTQ|SỞ|PHÒNG|BAN|VĂN\s+PHÒNG|TRUNG\s+TÂM|BỘ|TỔNG\s+CỤC|CỤC|CHI\s+CỤC|THANH\s+TRA|ĐẢNG\s+ỦY|ĐẢNG\s+BỘ|TỈNH\s+ỦY|THÀNH\s+ỦY|HUYỆN\s+ỦY|QUẬN\s+ỦY|THỊ\s+ỦY|CÔNG\s+AN|BỘ\s+CHỈ\s+HUY|TRƯỜNG|BỆNH\s+VIỆN|ĐÀI|BẢO\s+HIỂM|KHO\s+BẠC|CHÍNH\s+PHỦ|THỦ\s+TƯỚNG|MẶT\s+TRẬN|ỦY\s+BAN\s+MẶT\s+TRẬN)(?![\p{L}\p{M}\d])/u;
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
  if (!header) return fields;
  fields.found = true;
  const { lines } = segments;
  const orgPieces: Cell[] = [];
  const beforeType = header.typeLine ?? header.end;
  for (let i = header.start; i < header.end; i++) {
    if (header.titleLines.includes(i) && i !== header.typeLine) continue;
    const line = lines[i]!;
    for (const cell of cellsOfLine(line.text, line.start, i)) {
      const number = numberCellPattern.exec(cell.text);
      if (number && !fields.number && !fields.blankNumber) {
        const raw = number[1]!;
        const at = cell.start + number.index + number[0].length - raw.length;
        const parsed = parseDocumentNumber(raw);
        if (parsed) {
          fields.number = { value: parsed, span: span(at, at + raw.length) };
          fields.blankNumber = parsed.serial === null;
        }
        const rest = (cell.text.slice(0, number.index) + ' ' + cell.text.slice(number.index + number[0].length)).trim();
        if (rest && dateCellPattern.test(rest)) readDateCell(rest, cell.start + cell.text.indexOf(rest), fields);
        continue;
      }
      if (!fields.date && /ngày/iu.test(cell.text) && readDateCell(cell.text, cell.start, fields)) continue;
      if (i === header.typeLine) {
        const m = typeLinePattern.exec(cell.text);
        if (m && !fields.docType) {
          fields.docType = { value: squash(m[1]!).toUpperCase(), span: span(cell.start, cell.start + m[1]!.length) };
          continue;
        }
      }
      // Công văn: "V/v triển khai …" is the trích yếu, and there is no type line.
      // The trích yếu of a công văn is kept as written, "V/v …" included (as "Về việc …" is).
      const subject = /^V\/v\.?\s*(.+)$/iu.exec(cell.text);
      if (subject && !fields.title) {
        fields.title = { value: squash(cell.text), span: span(cell.start, cell.start + cell.text.length) };
        fields.subjectLine = true;
        continue;
      }
      if (separatorPattern.test(cell.text) || mottoFragmentPattern.test(cell.text)) {
        const rest = withoutMotto(cell.text);
        if (!rest || mottoFragmentPattern.test(rest) || rest === cell.text) continue;
      }
      // "THÀNH PHỐ HỒ CHÍ MINH Độc lập - Tự do - Hạnh phúc": a flattened row holds issuer and motto.
      if (i < beforeType && !/^V\/v/iu.test(cell.text)) {
        const rest = withoutMotto(cell.text);
        if (rest && isUpperLine(rest)) orgPieces.push({ text: rest, start: cell.start + cell.text.indexOf(rest), line: i });
      }
    }
  }
  fields.organizations = joinOrganizations(orgPieces);
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

function readDateCell(text: string, start: number, fields: HeaderFields): boolean {
  const m = dateCellPattern.exec(text);
  if (!m) return false;
  const dateText = m[2]!;
  const parsed = parseVietnameseDate(dateText);
  if (!parsed) return false;
  const dateStart = start + m.index + m[0].length - dateText.length;
  fields.date = { value: { iso: parsed.iso }, span: span(dateStart, dateStart + parsed.length) };
  if (m[1]) {
    const place = squash(m[1]);
    const placeStart = start + text.indexOf(m[1]);
    if (!/^(?:Số|ngày)(?![\p{L}\p{M}\d])/iu.test(place)) fields.place = { value: place, span: span(placeStart, placeStart + m[1].trimEnd().length) };
  }
  return true;
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
