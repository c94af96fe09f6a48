// A Vietnamese letter taken apart (base, vowel quality, tone, case) and put back together: the VNI and
// Windows-1258 codecs write letters as pieces, and the TCVN3 capital rule needs to know which letters are toned.

import { TONE_MARKS } from './tables.js';

export type Quality = '' | 'circumflex' | 'breve' | 'horn';

export interface LetterParts {
  /** Lowercase ASCII base ('a', 'e', 'i', 'o', 'u', 'y') or 'đ'. */
  base: string;
  quality: Quality;
  /** 0 = no tone, else 1 + the index in TONE_MARKS (huyền, hỏi, ngã, sắc, nặng). */
  tone: number;
  upper: boolean;
}

const QUALITY_BY_MARK = new Map<string, Quality>([
  ['\u0302', 'circumflex'],
  ['\u0306', 'breve'],
  ['\u031B', 'horn'],
]);
const MARK_BY_QUALITY: Record<Quality, string> = { '': '', circumflex: '\u0302', breve: '\u0306', horn: '\u031B' };
// The vowel qualities Vietnamese has: â ê ô, ă, ơ ư.
const QUALITIES_OF_BASE: Record<string, readonly Quality[]> = {
  a: ['', 'circumflex', 'breve'],
  e: ['', 'circumflex'],
  o: ['', 'circumflex', 'horn'],
  u: ['', 'horn'],
  i: [''],
  y: [''],
};

/** The parts of a Vietnamese vowel or đ/Đ; null for anything else (including plain consonants). */
export function letterParts(char: string): LetterParts | null {
  if (char === 'đ' || char === 'Đ') return { base: 'đ', quality: '', tone: 0, upper: char === 'Đ' };
  const [baseChar, ...marks] = char.normalize('NFD');
  if (baseChar === undefined) return null;
  const base = baseChar.toLowerCase();
  const allowed = QUALITIES_OF_BASE[base];
  if (allowed === undefined) return null;
  let quality: Quality = '';
  let tone = 0;
  for (const mark of marks) {
    const markQuality = QUALITY_BY_MARK.get(mark);
    const toneIndex = TONE_MARKS.indexOf(mark as (typeof TONE_MARKS)[number]);
    if (markQuality !== undefined && quality === '') quality = markQuality;
    else if (toneIndex >= 0 && tone === 0) tone = toneIndex + 1;
    else return null;
  }
  if (!allowed.includes(quality)) return null;
  return { base, quality, tone, upper: baseChar !== base };
}

/** Whether Vietnamese has this vowel quality on this base (no breve on e, no circumflex on u). */
export function hasQuality(base: string, quality: Quality): boolean {
  return QUALITIES_OF_BASE[base]?.includes(quality) ?? false;
}

const composed = new Map<string, string>(); // decoders compose the same few hundred letters over and over

/** The NFC letter for the parts. */
export function composeLetter(parts: LetterParts): string {
  if (parts.base === 'đ') return parts.upper ? 'Đ' : 'đ';
  const key = `${parts.base}${parts.quality}${parts.tone}${parts.upper ? 'U' : ''}`;
  let letter = composed.get(key);
  if (letter === undefined) {
    const base = parts.upper ? parts.base.toUpperCase() : parts.base;
    const tone = parts.tone === 0 ? '' : TONE_MARKS[parts.tone - 1]!;
    letter = (base + MARK_BY_QUALITY[parts.quality] + tone).normalize('NFC');
    composed.set(key, letter);
  }
  return letter;
}

/** Every Vietnamese letter that is not plain ASCII: 12 vowels × 6 tones + đ, both cases, less the 12 toneless ASCII vowels. */
export function allVietnameseLetters(): string[] {
  const letters: string[] = [];
  for (const upper of [false, true]) {
    for (const [base, qualities] of Object.entries(QUALITIES_OF_BASE))
      for (const quality of qualities)
        for (let tone = 0; tone <= TONE_MARKS.length; tone++)
          if (quality !== '' || tone !== 0) letters.push(composeLetter({ base, quality, tone, upper }));
    letters.push(upper ? 'Đ' : 'đ');
  }
  return letters;
}
