// Vietnamese text folding for matching: one spelling per word whatever the tone placement or case.
// Input: any string → a folded string of the same length (tone moves are 1:1), so offsets survive.

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/u;

/** Moves a tone mark from the second vowel of an open "oa", "oe", "uy" to the first: "hoà" → "hòa". */
function moveTone(first: string, second: string): string {
  const decomposed = second.normalize('NFD');
  const tone = decomposed.match(TONE_MARKS)?.[0] ?? '';
  const bareSecond = decomposed.replace(TONE_MARKS, '').normalize('NFC');
  return (first + tone).normalize('NFC') + bareSecond;
}

// Open syllables only: in "hoàn", "toán", "quyết" both styles put the mark on the second vowel.
// "qu" is a consonant, so "quý" keeps its mark on "y".
const tonedAE = new Set('àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ');
const tonePairCandidate = /[oOuU][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ]/u;
const isWordChar = (ch: string | undefined) => ch !== undefined && (ch.toLowerCase() !== ch.toUpperCase() || /\p{M}/u.test(ch));

/**
 * Puts tone marks where Nghị định 30 era documents put them (first vowel of open oa/oe/uy).
 * Same length as the input.
 * @example unifyTonePlacement('Tỉnh uỷ, hoà giải, khoẻ') // 'Tỉnh ủy, hòa giải, khỏe'
 */
export function unifyTonePlacement(text: string): string {
  // A native scan for the vowel pairs, instead of a loop over every character.
  if (!tonePairCandidate.test(text)) return text;
  const pairs = new RegExp(tonePairCandidate.source, 'gu');
  let out = '';
  let copied = 0;
  for (let m = pairs.exec(text); m !== null; m = pairs.exec(text)) {
    const i = m.index + 1;
    const ch = text[i]!;
    const first = text[i - 1]!;
    if (tonedAE.has(ch) ? first !== 'o' && first !== 'O' : first !== 'u' && first !== 'U') continue;
    if (isWordChar(text[i + 1])) continue;
    const before = text[i - 2];
    if (before === 'q' || before === 'Q' || (before !== undefined && /\p{M}/u.test(before))) continue;
    out += text.slice(copied, i - 1) + moveTone(first, ch);
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * Folds for comparison: NFC, unified tone placement, look-alike Ð → Đ, lower case.
 * @example foldText('ỦY BAN Nhân Dân hoà') // 'ủy ban nhân dân hòa'
 */
export function foldText(text: string): string {
  let folded = foldCache.get(text);
  if (folded === undefined) {
    folded = unifyTonePlacement(text.normalize('NFC').replace(/\u00D0/g, 'Đ').replace(/\u00F0/g, 'đ')).toLowerCase();
    remember(foldCache, text, folded);
  }
  return folded;
}

// The same headings, unit names and phrases are folded again by several stages; folding is pure, so a
// bounded cache saves the work. Cleared whole when full: simple, and the working set is one document.
const CACHE_LIMIT = 20_000;
const CACHED_LENGTH = 160;
const foldCache = new Map<string, string>();
const asciiCache = new Map<string, string>();
function remember(cache: Map<string, string>, key: string, value: string): void {
  if (key.length > CACHED_LENGTH) return; // whole paragraphs rarely recur and would fill memory
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
}

/**
 * Folds and drops all diacritics, for matching text typed without them.
 * @example foldToAscii('Công khai, minh bạch') // 'cong khai, minh bach'
 */
export function foldToAscii(text: string): string {
  let ascii = asciiCache.get(text);
  if (ascii === undefined) {
    ascii = foldText(text).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
    remember(asciiCache, text, ascii);
  }
  return ascii;
}

// No white space but single inner spaces: most strings, left as they are without a copy. (A scan of the
// code units in JavaScript measured slower than this regex.)
const needsSquash = /[^\S ]| {2}|^ | $/;

/** Collapses white space runs to one space and trims. */
export function squash(text: string): string {
  return !needsSquash.test(text) ? text : text.replace(/[\s\u00A0]+/g, ' ').trim();
}

/** Whether a code unit is white space as JavaScript's \s has it. */
export const isWhiteSpace = (c: number): boolean => (c <= 0x20 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : c >= 0xa0 && isOtherSpace(c));
const isOtherSpace = (c: number): boolean =>
  c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
