// Pre-Unicode Vietnamese text: detects and decodes TCVN3 (ABC, the ".Vn" fonts), VNI-Windows, VISCII and
// Windows-1258 bytes, encodes TCVN3 and VNI, and repairs TCVN3/VNI bytes that were read as Windows-1252
// ("KÕ ho¹ch" → "Kế hoạch"). Each candidate reading is scored by how many of its words are Vietnamese
// syllables; a guess is made only when one reading is clearly Vietnamese and clearly the best.

import {
  decodeTcvn3,
  decodeTcvn3Caseless,
  decodeViscii,
  decodeVni,
  decodeWindows1258,
  encodeTcvn3,
  encodeVni,
} from './legacy/codecs.js';
import { isVietnameseSyllable } from './legacy/syllable.js';
import { WINDOWS_1252_HIGH } from './legacy/tables.js';

export type LegacyEncoding = 'tcvn3' | 'vni' | 'viscii' | 'windows-1258';

/** Order of preference when two encodings read the bytes as the very same text. */
const ENCODINGS: readonly LegacyEncoding[] = ['tcvn3', 'vni', 'windows-1258', 'viscii'];

const DECODERS: Record<LegacyEncoding, (bytes: Uint8Array) => string> = {
  tcvn3: decodeTcvn3,
  vni: decodeVni,
  viscii: decodeViscii,
  'windows-1258': decodeWindows1258,
};
/** Scoring ignores case, so it skips the TCVN3 capital pass. */
const SCORING_DECODERS: Record<LegacyEncoding, (bytes: Uint8Array) => string> = { ...DECODERS, tcvn3: decodeTcvn3Caseless };

/** Fewer words with non-ASCII letters than this is too little evidence to name an encoding. */
export const MIN_MARKED_WORDS = 3;
/** Share of accented words that must be Vietnamese syllables (real plans: 99.5%), less the symbol penalty. */
export const MIN_SCORE = 0.8;
/** The best reading must beat every reading that gives a different text by this much. */
export const MIN_MARGIN = 0.25;
/** Share of all words that must be syllables: English or Portuguese with a few lucky accented words fail it. */
const MIN_SYLLABLE_SHARE = 0.5;
/** Share of accented words with a letter only Vietnamese uses (ơ ư đ ă ạ ế…): keeps out French "à là". */
const MIN_VIETNAMESE_LETTER_SHARE = 0.2;
/** Detection reads the start of large files only: a plan's first 64 KiB hold thousands of words. */
const DETECTION_SAMPLE_BYTES = 64 * 1024;

const WORD = /[\p{L}\p{M}]+/gu;
const NON_ASCII = /[^\x00-\x7f]/;
const VIETNAMESE_ONLY_LETTER = /[ăđơưĩũĂĐƠƯĨŨ\u1EA0-\u1EF9]/;
// Typographic signs that plans typed in Word do carry; other non-ASCII symbols count against a reading.
const EXPECTED_SIGNS = new Set([...'“”‘’‚„–—…•·°§«»€₫©®™±²³×\u00A0']);

export interface ReadingScore {
  /** Accented-word syllable share, less the penalty for control characters and odd symbols (0–1). */
  score: number;
  markedWords: number;
  syllableShare: number;
  vietnameseLetterShare: number;
}

function isOddCharacter(char: string, previous: string | undefined): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x20) return char !== '\t' && char !== '\n' && char !== '\r' && char !== '\f';
  if (code < 0x7f) return false;
  if (code < 0xa0 || code === 0xfffd) return true;
  // A tone mark left alone after NFC sits on nothing that can carry it.
  if (/\p{M}/u.test(char)) return previous === undefined || !/\p{L}/u.test(previous);
  return !/\p{L}/u.test(char) && !EXPECTED_SIGNS.has(char);
}

/** How well a text reads as Vietnamese. */
export function scoreVietnamese(text: string): ReadingScore {
  let words = 0;
  let syllables = 0;
  let marked = 0;
  let markedSyllables = 0;
  let vietnameseLetters = 0;
  const checked = new Map<string, boolean>(); // words repeat: each is checked once
  for (const [word] of text.matchAll(WORD)) {
    words++;
    let syllable = checked.get(word);
    if (syllable === undefined) checked.set(word, (syllable = isVietnameseSyllable(word)));
    if (syllable) syllables++;
    if (!NON_ASCII.test(word)) continue;
    marked++;
    if (syllable) markedSyllables++;
    if (VIETNAMESE_ONLY_LETTER.test(word)) vietnameseLetters++;
  }
  let nonAscii = 0;
  let odd = 0;
  let previous: string | undefined;
  for (const char of text) {
    if (char.charCodeAt(0) > 0x7f) nonAscii++;
    if (isOddCharacter(char, previous)) odd++;
    previous = char;
  }
  const oddPenalty = Math.min(1, (2 * odd) / Math.max(1, nonAscii));
  return {
    score: marked === 0 ? 0 : (markedSyllables / marked) * (1 - oddPenalty),
    markedWords: marked,
    syllableShare: words === 0 ? 0 : syllables / words,
    vietnameseLetterShare: marked === 0 ? 0 : vietnameseLetters / marked,
  };
}

function readsAsVietnamese(reading: ReadingScore): boolean {
  return (
    reading.markedWords >= MIN_MARKED_WORDS &&
    reading.score >= MIN_SCORE &&
    reading.syllableShare >= MIN_SYLLABLE_SHARE &&
    reading.vietnameseLetterShare >= MIN_VIETNAMESE_LETTER_SHARE
  );
}

/** More accented words, more certainty: 3 words give at most 0.6, 20 words 0.91, 200 words 0.99. */
function confidenceOf(reading: ReadingScore): number {
  return Math.round(reading.score * (reading.markedWords / (reading.markedWords + 2)) * 1000) / 1000;
}

interface Reading<E extends string> {
  encoding: E;
  text: string;
  score: ReadingScore;
}

/** The best reading if it is Vietnamese and beats every different reading (and `rival`, if given) by MIN_MARGIN. */
function pickReading<E extends string>(readings: Reading<E>[], rival?: ReadingScore): Reading<E> | null {
  const ranked = [...readings].sort((a, b) => b.score.score - a.score.score);
  const best = ranked[0];
  if (best === undefined || !readsAsVietnamese(best.score)) return null;
  const runnerUp = ranked.find((reading) => reading.text !== best.text);
  const rivalScore = Math.max(runnerUp?.score.score ?? 0, rival?.score ?? 0);
  return best.score.score - rivalScore >= MIN_MARGIN ? best : null;
}

/**
 * For bytes that are NOT valid UTF-8: the pre-Unicode Vietnamese encoding that reads best, or null (then
 * the caller reports the input as undecodable).
 * @example detectLegacyEncoding(encodeLegacy('Kế hoạch cải thiện chỉ số', 'vni')) // { encoding: 'vni', confidence: 0.75 }
 */
export function detectLegacyEncoding(bytes: Uint8Array): { encoding: LegacyEncoding; confidence: number } | null {
  const sample = bytes.subarray(0, DETECTION_SAMPLE_BYTES);
  const readings = ENCODINGS.map((encoding) => {
    const text = SCORING_DECODERS[encoding](sample);
    return { encoding, text, score: scoreVietnamese(text) };
  });
  const best = pickReading(readings);
  return best === null ? null : { encoding: best.encoding, confidence: confidenceOf(best.score) };
}

/**
 * Decodes to NFC Unicode text. TCVN3 toned capitals, stored with lowercase codes, are restored in words
 * that are written in capitals (see restoreTcvn3Capitals).
 * @example decodeLegacy(Uint8Array.from([0x4b, 0xd5]), 'tcvn3') // 'Kế'
 */
export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  return DECODERS[encoding](bytes);
}

/**
 * NFC text → bytes in TCVN3 or VNI. Characters with no code are written as '?'. TCVN3 toned capitals
 * (Ế, Ạ…) have no code in ABC: they are written with the lowercase code, as ABC keyboards do.
 * @example encodeLegacy('Việt', 'vni') // bytes of "Vieät"
 */
export function encodeLegacy(text: string, encoding: 'tcvn3' | 'vni'): Uint8Array {
  return encoding === 'tcvn3' ? encodeTcvn3(text) : encodeVni(text);
}

const WINDOWS_1252_BYTES = new Map(WINDOWS_1252_HIGH.map((char, index) => [char, 0x80 + index]));

/** The bytes a Windows-1252 (or Latin-1) reading of them gave this text, or null if some character cannot come from one. */
function windows1252Bytes(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = code < 0x100 ? code : WINDOWS_1252_BYTES.get(text[i]!);
    if (byte === undefined) return null;
    bytes[i] = byte;
  }
  return bytes;
}

/**
 * Valid UTF-8 text that is really TCVN3 or VNI read as Windows-1252 (mojibake): the repaired NFC text and
 * which encoding it was, or null when the text is fine. Null on normal Vietnamese, English and French text.
 * @example repairMojibake('KÕ ho¹ch c¶i thiÖn chØ sè') // { text: 'Kế hoạch cải thiện chỉ số', encoding: 'tcvn3' }
 */
export function repairMojibake(text: string): { text: string; encoding: 'tcvn3' | 'vni' } | null {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = text.slice(bom.length);
  if (!/[\u0080-\uFFFF]/.test(body)) return null;
  const bytes = windows1252Bytes(body);
  if (bytes === null) return null;
  const readings = (['tcvn3', 'vni'] as const).map((encoding) => {
    const decoded = SCORING_DECODERS[encoding](bytes);
    return { encoding, text: decoded, score: scoreVietnamese(decoded) };
  });
  // The text as it stands is the rival: Vietnamese that happens to fit in Windows-1252 stays as it is.
  const best = pickReading(readings, scoreVietnamese(body));
  return best === null ? null : { text: bom + DECODERS[best.encoding](bytes), encoding: best.encoding };
}
