// Line shapes of the genre (Nghị định 30/2020 layout): header parts, preamble openers, footer parts,
// and what is not the document at all. Each pattern lists the forms it accepts.

import { docTypeNamesAnyCasePattern } from '../domain/doc-types.js';

/**
 * Letters and upper-case letters of a line; null as soon as `atLeast` (a share of upper-case letters)
 * is out of reach even if every character left were an upper-case letter (most prose lines stop early).
 */
function countCase(text: string, atLeast = 0): { letters: number; upper: number } | null {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII inline (most characters of a line): the table and the call only for the rest.
    const kind = code < 0x80 ? asciiCase(code) : caseOf(code);
    if (kind === NOT_CASED) continue;
    letters++;
    if (kind === UPPER) upper++;
    else if (atLeast > 0 && (i & 15) === 15) {
      const left = text.length - i - 1;
      if ((upper + left) / (letters + left) < atLeast) return null;
    }
  }
  return { letters, upper };
}

/** Share of letters that are upper-case; lines with few letters count as not upper-case. */
export function upperRatio(text: string): number {
  const { letters, upper } = countCase(text)!;
  return letters < 2 ? 0 : upper / letters;
}

/** Whether at least 85% of the letters are upper-case (at least two letters). */
export function isUpperLine(text: string): boolean {
  const counts = countCase(text, 0.85);
  return counts !== null && counts.letters >= 2 && counts.upper / counts.letters >= 0.85;
}

const asciiCase = (code: number): number => (code >= 0x61 && code <= 0x7a ? LOWER : code >= 0x41 && code <= 0x5a ? UPPER : NOT_CASED);
const NOT_CASED = 0;
const LOWER = 1;
const UPPER = 2;
const UNKNOWN = 3;
// Case of each UTF-16 unit below U+2000 (Latin with Vietnamese letters), found once per unit: the
// line tests run on every line, and two case conversions per character were most of their time.
const caseTable = new Uint8Array(0x2000).fill(UNKNOWN);
function caseOf(code: number): number {
  if (code >= 0x2000) {
    const ch = String.fromCharCode(code);
    const lower = ch.toLowerCase();
    return lower === ch.toUpperCase() ? NOT_CASED : ch === lower ? LOWER : UPPER;
  }
  let kind = caseTable[code]!;
  if (kind === UNKNOWN) {
    const ch = String.fromCharCode(code);
    const lower = ch.toLowerCase();
    kind = lower === ch.toUpperCase() ? NOT_CASED : ch === lower ? LOWER : UPPER;
    caseTable[code] = kind;
  }
  return kind;
}

// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", also broken over lines ("CỘNG" / "HÒA XÃ HỘI …"), and the motto
// "Độc lập - Tự do - Hạnh phúc"; "ĐẢNG CỘNG SẢN VIỆT NAM" for Party documents.
export const nationalMottoPattern =
  /CỘNG\s*HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc/giu;
/** The same, without the g flag, for `.test` (a global regex keeps state between calls). */
export const hasNationalMotto = new RegExp(nationalMottoPattern.source, 'iu');
export const mottoFragmentPattern =
  /^(?:CỘNG|HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|CỘNG\s*HÒA\s+XÃ\s+HỘI.*|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|Độc\s+lập.*|.*Hạnh\s+phúc)$/iu;

// "Số: 7103/KH-SKHĐT", "Số: /KH-SVHTTDL", "Số 15 /KH-UBND", "Số: 04-NQ/TU" at the start of a header cell.
// Laws and Quốc hội resolutions name their type before it: "Luật số: 60/2024/QH15", "Nghị quyết số: 202/2025/QH15".
export const numberLinePattern = /^(?:(?:Luật|Bộ\s+luật|Pháp\s+lệnh|Nghị\s+quyết|Lệnh)\s+số|Số)\s*[:.]?\s*(?=[\d/])/u;

// "Thành phố Hồ Chí Minh, ngày 13 tháng 9 năm 2021", "Hưng Yên, ngày   tháng   năm 2021",
// "Bình Định, ngày 27/6/2024", "ngày 05 tháng 3 năm 2023" (no place).
export const dateLinePattern =
  /(?:^|[\t,]\s*|\s)(?:([\p{L}][\p{L}\p{M}\d .'-]{1,60}?)\s*,\s*)?ngày\s*(?:[\d.…_ ]{0,12}\s*tháng\s*[\d.…_ ]{0,6}\s*năm\s*\d{4}|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})/iu;

// A type line: the type word alone, upper-case ("KẾ HOẠCH") or title case ("Kế hoạch"), possibly
// followed by the trích yếu on the same line ("KẾ HOẠCH Nâng cao …").
// Case-sensitive on purpose: with the i flag JavaScript's \\p{Lu} matches lower case too.
export const typeLinePattern = new RegExp(`^(${docTypeNamesAnyCasePattern})(?:\\s*[:.\\-–]\\s*|\\s+(?=\\p{Lu}\\p{Ll})|\\s*$)`, 'u');

// Rules under the header cells: "_____", "-----", and the Party header's lone "*".
export const separatorPattern = /^(?:[\s_\-=*.~—–·•]{3,}|\s*\*\s*)$/u;

// The trích yếu of a Công văn, under its number: "V/v triển khai …", "Về việc xây dựng kế hoạch …" (real b11,
// b18); a Quyết định's "VỀ VIỆC …" comes after its type line and is read as its title there.
export const subjectLinePattern = /^(?:V\/v|v\/v|Về\s+việc)(?!\p{L}|\p{M}|\d)\.?\s*(?=\S)/u;

// Preamble openers: "Căn cứ …", "Thực hiện …", "Triển khai …", "Tiếp tục thực hiện …" (real b04), "Xét đề
// nghị …", "Theo đề nghị …".
export const legalBasisOpener = /^(?:Căn\s+cứ|(?:Tiếp\s+tục\s+)?(?:Thực\s+hiện|Triển\s+khai)|Trên\s+cơ\s+sở|Thi\s+hành)(?!\p{L}|\p{M}|\d)/iu;
export const proposalOpener = /^(?:Xét|Theo)\s+(?:đề\s+nghị|đề\s+xuất|tờ\s+trình)/iu;
export const preambleOpener = /^(?:Căn\s+cứ|(?:Tiếp\s+tục\s+)?(?:Thực\s+hiện|Triển\s+khai)|Trên\s+cơ\s+sở|Thi\s+hành|Xét|Theo|Nhằm|Để)(?!\p{L}|\p{M}|\d)/iu;

// "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:", "CHỈ THỊ:" — the line between a Quyết định's preamble and its articles.
export const enactingLinePattern = /^(?:QUYẾT\s+ĐỊNH|QUYẾT\s+NGHỊ|CHỈ\s+THỊ|RA\s+QUYẾT\s+ĐỊNH)\s*:\s*$/u;

// Footer: "Nơi nhận:", the closing sentence, signing prefixes and titles.
export const recipientsHeadPattern = /^Nơi\s+nhận\s*:?/iu;
export const closingPattern = /^Trên\s+đây\s+là(?!\p{L}|\p{M}|\d)/iu;
// "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "TL. GIÁM ĐỐC", "Q. GIÁM ĐỐC", "TUQ. …", Party "T/M BAN THƯỜNG VỤ".
export const authorityPrefixPattern = /^(?:(?:TM|KT|TL|TUQ|TƯQ|Q)\s*\.\s*|(?:T\/M|K\/T|T\/L)\s+)(?=\p{Lu}{2})/u;
// Position titles that sign: "CHỦ TỊCH", "PHÓ GIÁM ĐỐC ĐIỀU HÀNH", "CHÁNH VĂN PHÒNG", "TRƯỞNG PHÒNG" …
export const positionTitleSource = String.raw`(?:PHÓ\s+)?(?:CHỦ\s+TỊCH|GIÁM\s+ĐỐC|TỔNG\s+GIÁM\s+ĐỐC|TRƯỞNG\s+PHÒNG|TRƯỞNG\s+BAN|TRƯỞNG\s+BAN\s+CHỈ\s+ĐẠO|CHÁNH\s+VĂN\s+PHÒNG|CHÁNH\s+THANH\s+TRA|BÍ\s+THƯ|BỘ\s+TRƯỞNG|THỨ\s+TRƯỞNG|CỤC\s+TRƯỞNG|VỤ\s+TRƯỞNG|CHI\s+CỤC\s+TRƯỞNG|TỔNG\s+CỤC\s+TRƯỞNG|HIỆU\s+TRƯỞNG|VIỆN\s+TRƯỞNG|THỦ\s+TRƯỞNG|GIÁM\s+ĐỐC\s+SỞ|TRƯỞNG)`;
export const positionTitlePattern = new RegExp(String.raw`^${positionTitleSource}(?:\s+[\p{Lu}\d][\p{Lu}\p{M}\d]*)*\s*$`, 'u');

// The enacting authority of a Quyết định or Nghị quyết (Nghị định 30, Phụ lục I: "thẩm quyền ban hành"),
// alone between the trích yếu and the first "Căn cứ": "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI" (real
// f25), "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH" (f06), "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HUẾ", "BỘ TRƯỞNG BỘ NỘI VỤ".
export const enactingAuthorityPattern =
  /^(?:(?:PHÓ\s+)?CHỦ\s+TỊCH|BỘ\s+TRƯỞNG|THỦ\s+TƯỚNG|GIÁM\s+ĐỐC|TỔNG\s+CỤC\s+TRƯỞNG|CỤC\s+TRƯỞNG|TRƯỞNG\s+BAN|ỦY\s+BAN|HỘI\s+ĐỒNG|CHÍNH\s+PHỦ|BAN\s+THƯỜNG\s+VỤ|BAN\s+CHẤP\s+HÀNH|BAN\s+CHỈ\s+ĐẠO)(?!\p{L}|\p{M})/u;

// The heads of a portal's lists of other posts and documents ("Tin liên quan:", "Văn bản liên quan").
const relatedLists = String.raw`Tin\s+liên\s+quan|Tin\s+khác|Các\s+tin\s+khác|Bài\s+viết\s+liên\s+quan|Tin\s+cùng\s+chuyên\s+mục|Văn\s+bản\s+liên\s+quan`;
/** A line alone that heads such a list. */
export const relatedListHeadPattern = new RegExp(`^(?:${relatedLists})\\s*:?$`, 'iu');
// Web-page debris that follows the document on portals.
export const debrisPattern = new RegExp(
  String.raw`^(?:Ý\s+kiến\s+bạn\s+đọc|Bình\s+luận|Gửi\s+bình\s+luận|Gửi\s+ý\s+kiến|${relatedLists}|Chia\s+sẻ|Xem\s+thêm|In\s+bài\s+viết|In\s+trang|Gửi\s+bài\s+viết|Tags?\s*:|Từ\s+khóa\s*:|Lượt\s+xem|Đánh\s+giá\s+bài\s+viết|Về\s+đầu\s+trang|Bản\s+quyền|Copyright|©|Tải\s+về|File\s+(?:được\s+)?đính\s+kèm)`,
  'iu',
);

// "PHỤ LỤC", "Phụ lục II", "PHỤ LỤC I: DANH MỤC …" alone on a line; "PHỤ LỤC DANH MỤC NHIỆM VỤ …" in
// capitals (a heading whose lines were joined, real f14).
export const appendixStartPattern =
  /^(?:PHỤ\s+LỤC|Phụ\s+lục)(?:\s+(?:số\s+)?[IVXL\d]+)?\s*(?:[:.\-–]\s*\p{Lu}.*|\s*)$|^PHỤ\s+LỤC(?:\s+(?:SỐ\s+)?[IVXL\d]+)?\s+\p{Lu}{2}[^\p{Ll}]*$/u;
// "(Kèm theo Kế hoạch số …)", "(Ban hành kèm theo Quyết định số …)".
export const attachedToPattern = /^\(?\s*(?:Ban\s+hành\s+)?[Kk]èm\s+theo\s+/u;

// Page furniture: "2", "- 3 -", "Trang 4", "Trang 4/12".
export const pageNumberPattern = /^\s*(?:[-–]\s*)?(?:Trang\s+)?\d{1,3}(?:\s*\/\s*\d{1,3})?(?:\s*[-–])?\s*$/iu;
