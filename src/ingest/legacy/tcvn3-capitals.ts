// TCVN3 (ABC) has no codes for toned capitals: "KẾ HOẠCH" typed in a .VnTimeH font, which draws lowercase
// codes as capitals, is stored as "Kế HOạCH". The font is lost with the file, so capitals are restored
// from the text around them: words in capitals, sentence starts, and the organ name "Ủy ban".

import { isVietnameseSyllable } from './syllable.js';
import { TCVN3_VOWELS, TONE_MARKS } from './tables.js';

/** Lowercase toned vowels: ABC writes their capitals with these same codes. */
export const TCVN3_CASELESS = new Set(TCVN3_VOWELS.flatMap(([vowel]) => TONE_MARKS.map((mark) => (vowel + mark).normalize('NFC'))));

const LETTER_RUN = /[\p{L}\p{M}]+/gu;

interface WordCase {
  start: number;
  word: string;
  /** Has a caseless toned vowel and no letter that is surely lowercase. */
  capitalCandidate: boolean;
  capitals: boolean;
  /** An all-capital word without caseless letters that reads as Vietnamese ("CÔNG", "BAN"), not an acronym ("UBND"). */
  capitalAnchor: boolean;
  /** At least two letters, all capitals, none caseless: an anchor or an acronym. */
  allCapitals: boolean;
  /** First word of a sentence: its first letter is a capital. */
  sentenceStart: boolean;
}

// "Ủy ban nhân dân", "Ủy ban Mặt trận…": administrative writing capitalises this organ name everywhere, and it
// is the one title-case word plans use mid-sentence often enough to matter (the issuer is read from it).
const ORGAN_NAME = /(?<!\p{L}|\p{M})ủ(?=y ban(?: nhân dân|[ \t]+\p{Lu}))/gu;
const ROMAN_NUMERAL = /^[IVXLC]+$/;
const LIST_MARKER = /^[ \t]*(?:[-+*•–—]|\d+(?:\.\d+)*[.)])?[ \t]*$/;

/**
 * Whether the word after this gap (the non-letters since the previous word) starts a sentence: the text
 * starts, a sentence ended on the same line, or a line starts after a blank line, after a line that ended
 * a sentence or clause, or with a list marker ("4. ", "- "). A line that continues a wrapped sentence does not.
 */
function startsSentence(gap: string, isFirstWord: boolean): boolean {
  if (isFirstWord) return true;
  const newline = gap.lastIndexOf('\n');
  if (newline < 0) return /[.!?][)"”’]*[ \t]+$/.test(gap);
  const endOfPreviousLine = gap.slice(0, gap.indexOf('\n')).trim();
  const lineStart = gap.slice(newline + 1);
  const blankLineBefore = gap.indexOf('\n') !== newline;
  return blankLineBefore || /[.:;!?]$/.test(endOfPreviousLine) || (/[^ \t]/.test(lineStart) && LIST_MARKER.test(lineStart));
}

function describeWord(word: string, start: number, sentenceStart: boolean): WordCase {
  let caseless = false;
  let surelyLower = false;
  let upperAfterFirst = false;
  let upperCount = 0;
  [...word].forEach((char, index) => {
    if (TCVN3_CASELESS.has(char)) caseless = true;
    else if (char !== char.toUpperCase()) surelyLower = true;
    else if (char !== char.toLowerCase()) {
      upperCount++;
      if (index > 0) upperAfterFirst = true;
    }
  });
  const capitalCandidate = caseless && !surelyLower;
  const allCapitals = !caseless && !surelyLower && upperCount >= 2;
  return {
    start,
    word,
    capitalCandidate,
    capitals: capitalCandidate && upperAfterFirst,
    capitalAnchor: allCapitals && isVietnameseSyllable(word) && !ROMAN_NUMERAL.test(word),
    allCapitals,
    sentenceStart,
  };
}

/**
 * Restores the toned capitals of decoded TCVN3 text where the text says so:
 * - a word with a capital after its first letter and no surely-lowercase letter ("HOạCH", "ủY");
 * - a capital and caseless letters ("Kế", "Xã", "Tự") next to such a word, or to a capital word that is a
 *   syllable ("BAN", not "UBND"), on the same line, or between two acronyms ("HĐND VÀ UBND");
 * - the first letter of a sentence, and "Ủy ban" naming an organ.
 * "Bộ Y Tế" alone stays as it is: title case reads exactly so.
 * @example restoreTcvn3Capitals('Kế HOạCH') // 'KẾ HOẠCH'
 */
export function restoreTcvn3Capitals(text: string): string {
  let previousEnd = 0;
  const words = [...text.matchAll(LETTER_RUN)].map((match, index) => {
    const word = describeWord(match[0], match.index, startsSentence(text.slice(previousEnd, match.index), index === 0));
    previousEnd = match.index + match[0].length;
    return word;
  });
  const sameLine = (left: WordCase, right: WordCase): boolean =>
    !text.slice(left.start + left.word.length, right.start).includes('\n');
  const lift = (word: WordCase, neighbour: WordCase, left: WordCase, right: WordCase): void => {
    if (word.capitalCandidate && !word.capitals && (neighbour.capitals || neighbour.capitalAnchor) && sameLine(left, right))
      word.capitals = true;
  };
  // Two sweeps carry capitals along a line in both directions ("ĐỘC LẬP - TỰ DO - HẠNH PHÚC").
  for (let i = 1; i < words.length; i++) lift(words[i]!, words[i - 1]!, words[i - 1]!, words[i]!);
  for (let i = words.length - 2; i >= 0; i--) lift(words[i]!, words[i + 1]!, words[i]!, words[i + 1]!);
  // Between two acronyms, spaces apart ("HĐND VÀ UBND"), a word is in capitals too; not in "VT, Vụ CCHC".
  const spaceApart = (left: WordCase, right: WordCase): boolean =>
    /^[ \t]+$/.test(text.slice(left.start + left.word.length, right.start));
  for (let i = 1; i + 1 < words.length; i++) {
    const [before, word, after] = [words[i - 1]!, words[i]!, words[i + 1]!];
    if (word.capitalCandidate && before.allCapitals && after.allCapitals && spaceApart(before, word) && spaceApart(word, after))
      word.capitals = true;
  }
  let restored = '';
  let end = 0;
  for (const word of words) {
    const first = word.word[0]!;
    const capitalFirst = word.sentenceStart && TCVN3_CASELESS.has(first);
    if (!word.capitals && !capitalFirst) continue;
    const upper = word.capitals
      ? [...word.word].map((char) => (TCVN3_CASELESS.has(char) ? char.toUpperCase() : char)).join('')
      : first.toUpperCase() + word.word.slice(1);
    restored += text.slice(end, word.start) + upper;
    end = word.start + word.word.length;
  }
  return (end === 0 ? text : restored + text.slice(end)).replace(ORGAN_NAME, 'Ủ');
}
