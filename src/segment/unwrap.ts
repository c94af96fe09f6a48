// Hard wraps undone: a line break inside a sentence, a heading, a header cell or a signature line becomes
// a space, so that every later rule reads one logical line where the document has one. The change is
// 1:1 ("\n" → " "), so offsets, the OffsetMap and every position stay exact.
//
// Evidence: the legal-database Markdown exports (real f02, f06, f08, f14, f16 and most of the bulk set)
// wrap every paragraph at ~80 columns wherever a word ends — "Số:\n2820/QĐ-UBND", "*Hà Nội, ngày 17\n
// tháng 11 năm 2025*", "**I. MỤC\nĐÍCH, YÊU CẦU**", "Căn cứ Nghị quyết số 57-NQ/TW … của Bộ\nChính trị",
// "TM. ỦY BAN NHÂN\nDÂN" — while keeping the lines of a header cell or a signature block as lines:
// "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrương Việt Dũng", "CỘNG HÒA … VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc".
// Text extracted from PDFs and pdftotext-like wraps break lines the same way.
// The rule is read on the two lines around each break: a break stays when the next line opens a unit of
// the genre (a marker, a bullet, "Căn cứ", "Số:", a signing line, the motto …), when the case profile
// changes (a title in capitals, then a sentence; a position title, then a name), or when the line before
// is a complete short unit; otherwise the break is inside a sentence and goes.

import type { SourceText } from '../ingest/index.js';
import {
  appendixStartPattern,
  attachedToPattern,
  authorityPrefixPattern,
  closingPattern,
  hasNationalMotto,
  isUpperLine,
  numberLinePattern,
  positionTitlePattern,
  recipientsHeadPattern,
  separatorPattern,
  typeLinePattern,
} from './genre-lines.js';
import { readMarker } from './markers.js';
import { isWhiteSpace } from '../util/fold.js';

// Words a sentence cannot end on: a line ending on one continues on the next.
export const danglingWord =
  /(?:^|\s)(?:và|của|các|những|tại|trong|với|cho|về|để|theo|từ|đến|là|có|được|bị|hoặc|như|trên|dưới|thuộc|việc|nhằm|đối|giữa|do|bởi|qua|sự|mà|thì|nếu|khi|cùng|vào|hay|số|ngày|tháng|năm|phối hợp|đồng thời|mục|điểm|khoản|tiết|phần|Điều)$/iu;

// "… tại mục\n2.5 Phần II", "… Kế hoạch số\n283/KH-UBND", "… ĐẠI HỘI LẦN THỨ\nXIV CỦA ĐẢNG" (f26),
// "Quốc hội khóa\nXV": a number after these words is a reference, not a heading's marker.
// Case matters: "… THÀNH PHẦN" then "2.1. …" ends a heading in capitals and opens the next (PDF re-typing).
export const referenceWordAtEnd = /(?:^|\s)(?:mục|Mục|điểm|Điểm|khoản|Khoản|tiết|Phần|phần|Điều|điều|số|Số|SỐ|tại|thứ|THỨ|khóa|khoá|KHÓA|KHOÁ)(?:\s+[\dIVX]+[.\d]*)?,?$/u;

// "Độc lập - Tự do - Hạnh phúc", the motto's second line, and the first words of the national name.
const mottoStart = /^(?:CỘNG\s+HÒA|Độc\s+lập\s*[-–—]|ĐẢNG\s+CỘNG\s+SẢN)/u;
// "Hà Nội, ngày 17 tháng …", "Thành phố Hồ Chí Minh, ngày …": a date line of the header.
const placeDateStart = /^[\p{Lu}][\p{L}\p{M}.' -]{0,40},\s*ngày(?!\p{L}|\p{M})/u;
// A place name broken before its date: "Thành phố Hồ" / "Chí Minh, ngày 19 tháng 11 năm 2025" (f06, f18).
const placeFragment = /^[\p{Lu}][\p{L}\p{M}.]*(?:\s+[\p{L}\p{M}.]+){0,3}(?:\s+[\p{Lu}][\p{L}\p{M}.]*)$|^[\p{Lu}][\p{L}\p{M}.]*$/u;
// "Căn cứ …", "Thực hiện …", "Xét đề nghị …" open a paragraph; "Trên cơ sở …", "Nhằm …", "Để …" may
// equally open a sentence inside one (f17: "… dịch vụ.\nTrên cơ sở tập trung …").
const basisOpener = /^(?:Căn\s+cứ|Thực\s+hiện|Triển\s+khai|Thi\s+hành|(?:Xét|Theo)\s+(?:đề\s+nghị|đề\s+xuất|tờ\s+trình))(?!\p{L}|\p{M}|\d)/u;
// A numbering marker with nothing after it: "1.", "2.1.", "a)", "II.", "-".
const bareMarker = /^(?:(?:[IVXL]{1,6}|\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])\s*[.)/:]|[-–+•])$/u;
const signedMark = /^\(?\s*(?:Đã\s+ký|đã\s+ký|Ký|Kí)(?!\p{L}|\p{M})/u;

/** Whether the next line opens a unit of the genre, so the break before it is the document's own. */
function opensUnit(next: string, previous: string): boolean {
  const read = readMarker(next);
  // "… THUỘC PHẠM\nVI CHỨC NĂNG …": in a line of capitals that goes on, "VI" before a word is a syllable,
  // not the roman numeral of a heading (bulk c37e0ca0510350f4).
  if (read.marker?.kind === 'roman' && read.marker.delimiter === ' ' && isUpperLine(previous) && !/[.:;!?]$/u.test(previous)) return false;
  if (read.marker) return !referenceWordAtEnd.test(previous);
  // "kinh tế\n- xã hội": a dash before a word in lower case is the phrase's own hyphen.
  if (read.bullet) return !(read.bullet === '-' && /^-\s*\p{Ll}/u.test(next));
  if (numberLinePattern.test(next) || /^V\/v(?!\p{L}|\p{M})/iu.test(next)) return true;
  if (basisOpener.test(next)) return true;
  if (authorityPrefixPattern.test(next) || positionTitlePattern.test(next) || signedMark.test(next)) return true;
  if (recipientsHeadPattern.test(next) || closingPattern.test(next) || appendixStartPattern.test(next) || attachedToPattern.test(next)) return true;
  if (mottoStart.test(next)) return true;
  if (placeDateStart.test(next)) return !placeFragment.test(previous);
  return isTypeLine(next);
}

/** "KẾ HOẠCH", "QUYẾT ĐỊNH" alone on a line. */
function isTypeLine(line: string): boolean {
  const m = typeLinePattern.exec(line);
  return m !== null && m[0].trim().length === line.length && isUpperLine(line);
}

/** Whether the previous line is a unit that ends there. */
function closesUnit(previous: string): boolean {
  if (isTypeLine(previous) || recipientsHeadPattern.test(previous) || appendixStartPattern.test(previous)) return true;
  if (hasNationalMotto.test(previous) && /(?:Hạnh\s+phúc|VIỆT\s+NAM)\s*$/u.test(previous)) return true;
  return signedMark.test(previous);
}

/**
 * Whether the line break between two non-blank trimmed lines is a hard wrap inside one unit.
 * @example isWrap('Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ', 'Chính trị về đột phá …') // true
 */
export function isWrap(previous: string, next: string, blankSeparated = false): boolean {
  if (previous.includes('\t') || next.includes('\t')) return false;
  if (separatorPattern.test(previous) || separatorPattern.test(next)) return false;
  if (previous === 'Số:' || /^Số\s*:?$/u.test(previous)) return /^[\d/]/u.test(next);
  // A marker alone on its line ("**1.\nMục đích: **Xác định …", Word numbering exported, f25) heads the next.
  if (bareMarker.test(previous)) return true;
  if (opensUnit(next, previous) || closesUnit(previous)) return false;
  // "(b/c);", "“chính quyền …": what opens the line in lower case after a bracket or quote goes on too.
  const nextStartsLower = /^[(“"'‘]?\p{Ll}/u.test(next);
  // A line in lower case goes on the one before, after anything but the end of a sentence with ":".
  if (nextStartsLower) return !/[:!?]$/u.test(previous);
  const previousUpper = isUpperLine(previous);
  const nextUpper = isUpperLine(next);
  if (previousUpper && nextUpper) return true;
  // Capitals, then a sentence (a title then the body, a position then a name), or the other way round.
  if (previousUpper !== nextUpper && !/^\d/u.test(next)) return false;
  // Where paragraphs are separated by blank lines, a sentence ending at a line's end is not a paragraph's
  // (f17: "… du lịch, dịch vụ.\nTrên cơ sở …" inside one item); where they are not (f14, f18), it may be.
  if (/[.;!?]$/u.test(previous)) return blankSeparated && !previousUpper;
  if (/:$/u.test(previous)) return false;
  // After a comma the sentence goes on ("- Phối hợp với Sở Xây dựng," / "Sở Quy hoạch - Kiến trúc …", f06).
  if (/,$/u.test(previous)) return true;
  // A capital after a short line: a heading of its own ("1. Mục đích" / "Xác định phạm vi …") unless
  // the line before ends on a name still going ("… của Bộ" / "Chính trị", "Thành phố Hồ" / "Chí Minh").
  let wordStart = previous.length;
  while (wordStart > 0 && !isWhiteSpace(previous.charCodeAt(wordStart - 1))) wordStart--;
  const lastWord = previous.slice(wordStart).replace(/^[(“"'‘]+/u, '');
  return previous.length >= 40 || danglingWord.test(previous) || /^\p{Lu}/u.test(lastWord) || /^\d/u.test(next);
}

/**
 * The formats whose line breaks are not the document's own: Markdown soft breaks. The PDF reader lays its
 * lines out into paragraphs itself, by position; joining them again took headings for wrapped sentences.
 */
const wrappedFormats = new Set(['markdown']);

/**
 * The source with its hard wraps undone (same length, same offsets), or the source itself when its
 * format keeps the document's own lines (plain text, .docx, HTML).
 */
export function unwrapSource(source: SourceText): SourceText {
  if (!wrappedFormats.has(source.format)) return source;
  const text = unwrapText(source.text);
  return text === source.text ? source : { ...source, text };
}

/**
 * Whether the text separates its paragraphs by blank lines: most long lines that end a sentence are
 * followed by one (0.78–1.00 on ten of the real Markdown exports; 0.29–0.31 on the two that are not, f14, f18).
 */
function separatesParagraphsByBlankLines(text: string): boolean {
  let blank = 0;
  let filled = 0;
  let start = 0;
  let previousEnded = false;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trimEnd();
    if (previousEnded) {
      if (line.trim() === '') blank++;
      else filled++;
    }
    const last = line.charCodeAt(line.length - 1);
    // ".", ";", ":" ending a line of thirty characters or more.
    previousEnded = line.length > 30 && (last === 0x2e || last === 0x3b || last === 0x3a);
    start = end + 1;
  }
  return blank + filled > 0 && blank >= 0.6 * (blank + filled);
}

/** Replaces each wrap's "\n" by a space. */
export function unwrapText(text: string): string {
  const blankSeparated = separatesParagraphsByBlankLines(text);
  const out: string[] = [];
  let from = 0;
  let previous = '';
  let lineStart = 0;
  while (lineStart <= text.length) {
    let end = text.indexOf('\n', lineStart);
    if (end < 0) end = text.length;
    const line = text.slice(lineStart, end).trim();
    if (previous && line && isWrap(previous, line, blankSeparated)) {
      out.push(text.slice(from, lineStart - 1), ' ');
      from = lineStart;
      // The logical line goes on: what the next break is judged against is all of it.
      previous = `${previous} ${line}`.slice(-200);
    } else previous = line;
    if (end === text.length) break;
    lineStart = end + 1;
  }
  if (from === 0) return text;
  out.push(text.slice(from));
  return out.join('');
}
