// Numbering markers and bullets at the start of a line, the way Vietnamese plans write them.
// Each pattern lists the forms it accepts; readMarker returns the first that fits.

export type MarkerKind = 'part' | 'chapter' | 'upper-letter' | 'article' | 'roman' | 'nested' | 'arabic' | 'letter';

export interface Marker {
  kind: MarkerKind;
  /** As written, trimmed: "II.", "2.1.", "a)", "Điều 1." */
  label: string;
  /** Numbering path: ["2","1"] for "2.1."; ["II"] for "II."; ["a"]; ["D1"] for "Điều 1". */
  path: string[];
  /** Numeric value of the last path segment (roman and letters converted), for gap/restart checks. */
  value: number;
  /** The delimiter style, part of what makes two markers the same level ("." vs ")"). */
  delimiter: string;
  /** Length of the marker and the spaces after it, from the start of the trimmed line. */
  length: number;
}

const romanValues: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** "XIV" → 14; null when not a well-formed numeral. */
export function romanToNumber(roman: string): number | null {
  if (!/^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(roman)) return null;
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = romanValues[roman[i]!]!;
    const next = romanValues[roman[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

export function numberToRoman(value: number): string {
  const table: Array<[number, string]> = [
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = value;
  let out = '';
  for (const [n, s] of table) {
    while (rest >= n) {
      out += s;
      rest -= n;
    }
  }
  return out;
}

const ordinalWords: Record<string, number> = {
  nhất: 1, nhì: 2, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10,
};

// "PHẦN I", "Phần thứ nhất", "PHẦN 2:" — the document's largest division.
// A part heading is followed by its title, a delimiter or nothing — never by ";" or "," of a
// sentence that mentions "Phần II".
const partPattern = /^(?:PHẦN|Phần)\s+(?:(?:THỨ|thứ)\s+([\p{L}]+)|([IVXL]+)|(\d{1,2}))(?=\s*(?:[.:\-–—]|$|\p{Lu}))\s*[.:\-–—]?\s*/u;
// "CHƯƠNG II", "Chương 1."
const chapterPattern = /^(?:CHƯƠNG|Chương)\s+([IVXL]+|\d{1,2})(?=\s*(?:[.:\-–—]|$|\p{Lu}))\s*[.:\-–—]?\s*/u;
// "A. KẾT QUẢ …", "B. NHIỆM VỤ …": capital letters above the roman parts (Ban Chỉ đạo plans).
const upperLetterPattern = /^([A-H])\.\s+(?=\p{Lu})/u;
// "Điều 1.", "Điều 2:", "Điều 3 " — articles of a Quyết định.
const articlePattern = /^Điều\s+(\d{1,3})\s*[.:\-–]?\s*/u;
// "II.", "II -", "IV:", "III)", "II/": roman numerals with a delimiter, or before an all-caps word.
const romanPattern = /^([IVXL]{1,7})(?:\s*([.:)\-–—]|\/(?=\s))(?!\d)\s*|\s+(?=\p{Lu}{2}))/u;
// "2.1.", "1.1 ", "2.1)", "1.1.2." — nested arabic numbering, two to five levels.
const nestedPattern = /^(\d{1,2}(?:\.\d{1,2}){1,4})(?:\.(?!\d)|(?=[\s)\-–]))\s*[)\-–]?\s*/u;
// "1.", "1)", "1/", "1 -": one arabic number (not a date "15/11", not a decimal).
const arabicPattern = /^(\d{1,2})\s*(\.|\)|\/(?=\s)|\s[-–](?=\s))\s*/u;
// "Lĩnh vực 1. Cải cách thể chế", "Nội dung 2: Công khai, minh bạch …", "Chỉ số nội dung 3 - …": the areas
// of an index numbered by their own word instead of a numeral heading (the PAR and PAPI plans;
// real-like r11, r12). Read as arabic numbering of a style of its own.
const labelledPattern =
  /^(?:LĨNH\s+VỰC|Lĩnh\s+vực|NỘI\s+DUNG|Nội\s+dung|CHỈ\s+SỐ\s+NỘI\s+DUNG|Chỉ\s+số\s+nội\s+dung|CHỈ\s+SỐ\s+THÀNH\s+PHẦN|Chỉ\s+số\s+thành\s+phần)\s+(\d{1,2})\s*[.:\-–]\s+(?=\S)/u;
// "a)", "b.", "đ)": lower-case letters; the delimiter must be followed by a space.
const letterPattern = /^([a-zđ])\s*([).])\s+/u;
// "-", "–", "+", "•", "*", "·", "●", "○", "▪", "►", "❖", "✓", "→": item bullets.
const bulletPattern = /^([-–—+•*·●○◦▪►❖✓→])(?!\1)\s*(?=\S)/u;

export interface LineMarker {
  marker?: Marker;
  bullet?: string;
  /** Offset of the content after the marker/bullet, from the start of the trimmed line. */
  contentOffset: number;
}

/**
 * Reads the numbering marker or bullet at the start of a trimmed line.
 * @example readMarker('2.1. Đối với nội dung “Công khai, minh bạch”').marker?.path // ['2', '1']
 */
export function readMarker(line: string): LineMarker {
  let m = partPattern.exec(line);
  if (m) {
    const value = m[1] ? (ordinalWords[m[1].toLowerCase()] ?? 0) : m[2] ? (romanToNumber(m[2]) ?? 0) : Number(m[3]);
    if (value > 0) return marker('part', line, m, [`P${value}`], value, 'part');
  }
  m = chapterPattern.exec(line);
  if (m) {
    const value = /\d/.test(m[1]!) ? Number(m[1]) : (romanToNumber(m[1]!) ?? 0);
    if (value > 0) return marker('chapter', line, m, [`C${value}`], value, 'chapter');
  }
  m = upperLetterPattern.exec(line);
  if (m) return marker('upper-letter', line, m, [m[1]!.toLowerCase()], m[1]!.charCodeAt(0) - 64, 'upper-letter');
  m = articlePattern.exec(line);
  if (m) return marker('article', line, m, [`D${Number(m[1])}`], Number(m[1]), 'article');
  m = romanPattern.exec(line);
  if (m) {
    const value = romanToNumber(m[1]!);
    if (value !== null && value <= 40 && line.length > m[0].length - 1)
      return marker('roman', line, m, [m[1]!], value, m[2] ?? ' ');
  }
  m = labelledPattern.exec(line);
  if (m) return marker('arabic', line, m, [String(Number(m[1]))], Number(m[1]), 'label');
  m = nestedPattern.exec(line);
  if (m && /\S/.test(line.slice(m[0].length, m[0].length + 1))) {
    const path = m[1]!.split('.').map((p) => String(Number(p)));
    return marker('nested', line, m, path, Number(path[path.length - 1]), 'nested');
  }
  m = arabicPattern.exec(line);
  if (m && /[\p{L}"“'(«[*]/u.test(line.slice(m[0].length, m[0].length + 1))) {
    return marker('arabic', line, m, [String(Number(m[1]))], Number(m[1]), m[2]!.trim() || '.');
  }
  m = letterPattern.exec(line);
  if (m) return marker('letter', line, m, [m[1]!], letterValue(m[1]!), 'letter');
  m = bulletPattern.exec(line);
  if (m) return { bullet: m[1]!, contentOffset: m[0].length };
  return { contentOffset: 0 };
}

const letters = 'abcdđefghiklmnopqrstuvxy';
function letterValue(letter: string): number {
  return letters.indexOf(letter) + 1;
}

function marker(
  kind: MarkerKind,
  line: string,
  m: RegExpExecArray,
  path: string[],
  value: number,
  delimiter: string,
): LineMarker {
  const label = line.slice(0, m[0].length).trim();
  return { marker: { kind, label, path, value, delimiter, length: m[0].length }, contentOffset: m[0].length };
}
