// Vietnamese syllable checker: does one word read as a well-formed Vietnamese syllable (onset, vowel
// nucleus, coda, at most one tone mark on an allowed vowel)? Legacy-encoding detection scores each
// candidate decoding by it: mojibake and foreign words break these rules almost always.

const TONE_MARKS = new Map([
  ['\u0300', 'grave'],
  ['\u0309', 'hook'],
  ['\u0303', 'tilde'],
  ['\u0301', 'acute'],
  ['\u0323', 'dot'],
] as const);
type Tone = 'grave' | 'hook' | 'tilde' | 'acute' | 'dot';

const QUALITY_MARKS = new Set(['\u0302', '\u0306', '\u031B']); // circumflex, breve, horn
const VOWELS = new Set(['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y']);
const QUALITY_VOWELS = new Set(['ă', 'â', 'ê', 'ô', 'ơ', 'ư']);

// Longest first, so that "ngh" wins over "ng" and "n".
const ONSETS = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x',
];

const OPEN_NUCLEI = new Set([
  'a', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oa', 'oe', 'oi', 'ôi', 'ơi',
  'ua', 'uê', 'ui', 'uơ', 'uy', 'ưa', 'ưi', 'ưu',
  'oai', 'oao', 'oay', 'oeo', 'iêu', 'yêu', 'uây', 'uôi', 'ươi', 'ươu', 'uya', 'uyu',
]);
const CLOSED_NUCLEI = new Set([
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư',
  'iê', 'yê', 'uô', 'ươ', 'oa', 'oă', 'oe', 'uâ', 'uê', 'uy', 'uyê', 'oo', 'ôô',
]);
const CODAS = new Set(['c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);
const STOP_CODAS = new Set(['c', 'ch', 'p', 't']);
// "-ch"/"-nh" follow only front vowels (anh, ếch, inh, oanh, uênh, uynh); "-ng"/"-c" never follow i/y.
const PALATAL_CODA_NUCLEI = new Set(['a', 'ê', 'i', 'oa', 'uê', 'uy']);
const FRONT_VOWELS = new Set(['e', 'ê', 'i', 'y']);
// Old and new tone placement are both in use for these open pairs: hoà/hòa, khoẻ/khỏe, thuỷ/thủy.
const FREE_TONE_PAIRS = new Set(['oa', 'oe', 'uy']);

interface SplitWord {
  letters: string[];
  tone: Tone | null;
  toneIndex: number;
}

/** Splits a lowercase word into toneless letters and its single tone; null if it has two tones or a foreign mark. */
function splitTone(word: string): SplitWord | null {
  const letters: string[] = [];
  let tone: Tone | null = null;
  let toneIndex = -1;
  for (const char of word.normalize('NFD')) {
    const toneName = TONE_MARKS.get(char as '\u0300');
    if (toneName !== undefined) {
      if (tone !== null || letters.length === 0) return null;
      tone = toneName;
      toneIndex = letters.length - 1;
    } else if (QUALITY_MARKS.has(char)) {
      if (letters.length === 0) return null;
      letters[letters.length - 1] = (letters[letters.length - 1]! + char).normalize('NFC');
    } else if (/\p{M}/u.test(char)) {
      return null;
    } else {
      letters.push(char);
    }
  }
  return { letters, tone, toneIndex };
}

function allowedTonePositions(nucleus: string, hasCoda: boolean): number[] {
  const chars = [...nucleus];
  for (let i = chars.length - 1; i >= 0; i--) if (QUALITY_VOWELS.has(chars[i]!)) return [i];
  if (hasCoda || chars.length === 1) return [chars.length - 1];
  if (chars.length === 2) return FREE_TONE_PAIRS.has(nucleus) ? [0, 1] : [0];
  return [1];
}

/**
 * True when the word (any case, NFC or NFD) is a well-formed Vietnamese syllable.
 * @example isVietnameseSyllable('hoạch') // true
 * @example isVietnameseSyllable('ho¹ch') // false
 */
export function isVietnameseSyllable(word: string): boolean {
  const split = splitTone(word.toLowerCase());
  if (split === null || split.letters.length === 0) return false;
  const { letters, tone, toneIndex } = split;
  const text = letters.join('');
  let onset = '';
  for (const candidate of ONSETS) {
    if (!text.startsWith(candidate)) continue;
    // "gì", "gìn": the i of gi is the vowel itself when no other vowel follows.
    if ((candidate === 'gi' || candidate === 'qu') && !VOWELS.has(letters[2] ?? '')) continue;
    onset = candidate;
    break;
  }
  let end = onset.length;
  while (end < letters.length && VOWELS.has(letters[end]!)) end++;
  const nucleus = letters.slice(onset.length, end).join('');
  const coda = letters.slice(end).join('');
  if (nucleus === '' || (coda !== '' && !CODAS.has(coda))) return false;
  if (!(coda === '' ? OPEN_NUCLEI : CLOSED_NUCLEI).has(nucleus)) return false;
  if ((coda === 'ch' || coda === 'nh') && !PALATAL_CODA_NUCLEI.has(nucleus)) return false;
  if ((coda === 'ng' || coda === 'c') && (nucleus === 'i' || nucleus === 'y')) return false;
  const first = letters[onset.length]!;
  if (onset === 'k' || onset === 'gh' || onset === 'ngh') {
    if (!FRONT_VOWELS.has(first)) return false;
  } else if (onset === 'c' || onset === 'ng' || (onset === 'g' && first !== 'i')) {
    if (FRONT_VOWELS.has(first)) return false;
  } else if (onset === 'qu' && first === 'u') {
    return false;
  }
  if (tone === null) return true;
  if (STOP_CODAS.has(coda) && tone !== 'acute' && tone !== 'dot') return false;
  return allowedTonePositions(nucleus, coda !== '').includes(toneIndex - onset.length);
}
