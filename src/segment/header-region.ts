// Finds the header block of a document (Nghị định 30 boxes 1–5): issuer, motto, number, place and date,
// type line and trích yếu. Web copies put navigation text before it and flatten its two columns, so
// the header is found from its anchors (motto, "Số:", date line, type line), not from line 1.

import { docTypeNamesAnyCasePattern } from '../domain/doc-types.js';
import { readMarker } from './markers.js';
import {
  attachedToPattern,
  dateLinePattern,
  enactingAuthorityPattern,
  enactingLinePattern,
  isUpperLine,
  legalBasisOpener,
  mottoFragmentPattern,
  hasNationalMotto,
  numberLinePattern,
  preambleOpener,
  proposalOpener,
  separatorPattern,
  subjectLinePattern,
  typeLinePattern,
} from './genre-lines.js';
import type { Line } from './lines.js';
import { splitCells } from '../util/cells.js';

export interface HeaderRegion {
  /** First and one-past-last line of the header. */
  start: number;
  end: number;
  typeLine: number | null;
  /** Lines of the trích yếu (the first may be the type line itself when the title follows on it). */
  titleLines: number[];
  /** Lines a Công văn's "V/v …" goes on over, after the line it starts on. */
  subjectLines: number[];
}

const cellsOf = (text: string) => splitCells(text).map((c) => c.text);

function isNumberCell(cell: string): boolean {
  return /^Số\s*[:.]?\s*[\d/]/iu.test(cell) || (numberLinePattern.test(cell) && cell.length < 60);
}

// A date cell starts with its place or with "ngày": "Lâm Hà, ngày 12 tháng 5 năm 2023". A sentence
// that mentions a date ("… công bố tại Hà Nội ngày 07/5/2024, …") is not one.
const dateCellStart = /^(?:[\p{Lu}][\p{L}\p{M}\d.'-]*(?:\s+[\p{L}\p{M}\d.'-]+){0,6}\s*,\s*)?ngày(?![\p{L}])/u;

function isDateCell(cell: string): boolean {
  return cell.length <= 90 && dateCellStart.test(cell) && dateLinePattern.test(cell) && !legalBasisOpener.test(cell);
}

function isTypeCell(cell: string): boolean {
  const m = typeLinePattern.exec(cell);
  if (!m) return false;
  const rest = cell.slice(m[0].length);
  // "Kế hoạch số 12/KH-UBND …" inside a sentence is not a type line.
  return (isUpperLine(m[1]!) || rest.length === 0) && !/^số(?!\p{L}|\p{M}|\d)/iu.test(rest);
}

/** One header cell: a part of the two-column header. */
function isHeaderCell(cell: string): boolean {
  if (hasNationalMotto.test(cell)) return true;
  if (mottoFragmentPattern.test(cell) || isNumberCell(cell) || isDateCell(cell) || separatorPattern.test(cell))
    return true;
  if (subjectLinePattern.test(cell)) return true;
  const words = cell.split(/\s+/).length;
  return isUpperLine(cell) && words <= 16 && !/[.;]$/.test(cell);
}

function isAnchorCell(cell: string): boolean {
  return hasNationalMotto.test(cell) || mottoFragmentPattern.test(cell) || isNumberCell(cell) || isDateCell(cell) || (isTypeCell(cell) && isUpperLine(cell));
}

const cellsMatch = (line: Line, test: (c: string) => boolean) => {
  const cells = cellsOf(line.trimmed);
  return cells.length > 0 && cells.every(test);
};
const anyCell = (line: Line, test: (c: string) => boolean) => cellsOf(line.trimmed).some(test);

function startsBody(line: Line): boolean {
  const t = line.trimmed;
  if (legalBasisOpener.test(t) || proposalOpener.test(t) || enactingLinePattern.test(t)) return true;
  const marker = readMarker(t).marker;
  return marker !== undefined && marker.kind !== 'letter';
}

/**
 * A preamble line, not a trích yếu: "Căn cứ …" always; "Thực hiện/Triển khai …" when it cites a
 * document ("Thực hiện Kế hoạch số …", "Thực hiện Nghị quyết 05-NQ/TU") or ends like a basis (";").
 * 002's title "Triển khai thực hiện các giải pháp …" and 003's "Thực hiện nhiệm vụ …" stay titles.
 */
function isPreambleLine(t: string): boolean {
  if (/^Căn\s+cứ(?![\p{L}])/iu.test(t)) return true;
  // A line in capitals is a trích yếu: "TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 214/NQ-CP …" (real f08, f14).
  if (isUpperLine(t)) return false;
  if (!legalBasisOpener.test(t)) return false;
  return /[;,]$/u.test(t) || /(?<!\p{L}|\p{M}|\d)số\s*:?\s*\d|\d+\s*[/-]\s*\d*\s*\p{Lu}/u.test(t) || documentTypeAfterOpener.test(t);
}
const documentTypeAfterOpener = new RegExp(`^(?:Thực\\s+hiện|Triển\\s+khai|Thi\\s+hành)\\s+(?:${docTypeNamesAnyCasePattern})\\s+\\p{Lu}`, 'u');

/** Whether the next non-blank line after `j` opens the preamble ("Căn cứ …"). */
function nextOpensPreamble(lines: Line[], j: number, isNoise: (i: number) => boolean): boolean {
  for (let k = j + 1; k < lines.length; k++) {
    if (!lines[k]!.trimmed || isNoise(k)) continue;
    return preambleOpener.test(lines[k]!.trimmed);
  }
  return false;
}

/**
 * Finds the header that starts at or after line `from`.
 * @returns null when there is none (the document starts with its body, like seed 001).
 */
export function findHeaderRegion(lines: Line[], from: number, isNoise: (i: number) => boolean): HeaderRegion | null {
  let anchor = -1;
  let seen = 0;
  for (let j = from; j < lines.length && seen < 30; j++) {
    const line = lines[j]!;
    if (!line.trimmed || isNoise(j)) continue;
    seen++;
    if (anyCell(line, isAnchorCell) && (cellsMatch(line, isHeaderCell) || anyCell(line, isTypeCell))) {
      anchor = j;
      break;
    }
    if (startsBody(line)) break;
  }
  if (anchor < 0) return null;

  let start = anchor;
  while (start - 1 >= from) {
    const prev = lines[start - 1]!;
    if (prev.trimmed && !isNoise(start - 1) && !cellsMatch(prev, isHeaderCell)) break;
    start--;
  }
  while (start < anchor && !lines[start]!.trimmed) start++;

  let typeLine: number | null = null;
  const titleLines: number[] = [];
  const subjectLines: number[] = [];
  let subjectOpen = false;
  let titleClosed = false;
  let end = anchor;
  let blankBefore = false;
  for (let j = anchor; j < lines.length; j++) {
    const line = lines[j]!;
    const t = line.trimmed;
    if (!t || isNoise(j)) {
      if (separatorPattern.test(t) && titleLines.length > 0) titleClosed = true;
      blankBefore = true;
      continue;
    }
    if (typeLine === null) {
      const typeCellIndex = cellsOf(t).findIndex(isTypeCell);
      if (typeCellIndex >= 0 && (cellsMatch(line, (c) => isHeaderCell(c) || isTypeCell(c)) || cellsOf(t).length === 1)) {
        typeLine = j;
        const m = typeLinePattern.exec(t);
        if (m && cellsOf(t).length === 1 && t.length > m[0].length) titleLines.push(j);
        end = j + 1;
      } else if (cellsMatch(line, isHeaderCell)) {
        end = j + 1;
        subjectOpen = cellsOf(t).some((c) => subjectLinePattern.test(c) && !/[.;:]$/u.test(c));
        blankBefore = false;
        continue;
      } else if (subjectOpen && !blankBefore && !/^Kính\s+gửi/iu.test(t) && !preambleOpener.test(t) && !startsBody(line)) {
        // "V/v chuẩn bị nội dung phục vụ" / "cuộc họp về các chỉ số PAR INDEX, …" (real b11): the subject goes on.
        subjectLines.push(j);
        end = j + 1;
        subjectOpen = !/[.;:]$/u.test(cellsOf(t)[0] ?? '');
        blankBefore = false;
        continue;
      } else break;
    } else {
      if (attachedToPattern.test(t)) {
        end = j + 1;
        titleClosed = true;
      } else if (titleClosed || titleLines.length >= 5) {
        // After the trích yếu: an authority line ("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN …") still belongs here.
        if (isUpperLine(t) && !readMarker(t).marker && titleLines.length > 0) {
          end = j + 1;
          continue;
        }
        break;
      } else if (titleLines.length > 0 && (preambleOpener.test(t) || startsBody(line) || separatorPattern.test(t))) {
        break;
      } else if (titleLines.length > 0 && isUpperLine(t) && !isUpperLine(lines[titleLines[0]!]!.trimmed)) {
        end = j + 1;
        titleClosed = true;
      } else if (titleLines.length > 0 && enactingAuthorityPattern.test(t) && isUpperLine(t) && nextOpensPreamble(lines, j, isNoise)) {
        end = j + 1;
        titleClosed = true;
      } else if (titleLines.length > 0 && blankBefore && !/^\p{Ll}/u.test(t)) {
        break;
      } else if (titleLines.length === 0 && isPreambleLine(t)) {
        break;
      } else {
        titleLines.push(j);
        end = j + 1;
      }
    }
    blankBefore = false;
  }
  return { start, end, typeLine, titleLines, subjectLines };
}
