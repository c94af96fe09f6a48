// Byte ↔ text for TCVN3, VNI, VISCII and Windows-1258. Decoders never fail: bytes with no letter meaning
// read as Windows-1252, which is how such files were typed and how a wrong guess shows up when scored.
//
// TCVN3 is hand-written, not iconv-lite's 'tcvn': that codec is TCVN 5712 VN1, which puts capitals on
// 0x80–0x9F and on C0 controls, where ABC files hold Windows-1252 punctuation (Word's “ ” – …): iconv-lite
// reads the ABC bytes of “Kế hoạch” as "ỎKế hoạchÕ". Nor can it write ABC's capitals (tcvn3-capitals.ts).

import { composeLetter, hasQuality, letterParts, type LetterParts } from './letters.js';
import { restoreTcvn3Capitals, TCVN3_CASELESS } from './tcvn3-capitals.js';
import {
  TCVN3_COMBINING_TONES_FIRST_BYTE,
  TCVN3_OTHER_LETTERS,
  TCVN3_VN1_CAPITALS,
  TCVN3_VOWELS,
  TONE_MARKS,
  VISCII_C0,
  VISCII_HIGH,
  VNI_BREVE_BYTES,
  VNI_CIRCUMFLEX_BYTES,
  VNI_SINGLE_LETTERS,
  VNI_TONE_BYTES,
  VNI_TONED_I_BYTES,
  VNI_UPPERCASE_OFFSET,
  WINDOWS_1252_HIGH,
} from './tables.js';

const QUESTION_MARK = 0x3f;

function asciiAndWindows1252(): string[] {
  return [...Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)), ...WINDOWS_1252_HIGH];
}

function reverseTable(table: readonly string[], skip: (byte: number) => boolean = () => false): Map<string, number> {
  const codes = new Map<string, number>();
  table.forEach((char, byte) => {
    if (!skip(byte) && !codes.has(char)) codes.set(char, byte);
  });
  return codes;
}

// ---- TCVN3 -------------------------------------------------------------------------------------------

const TCVN3_TABLE: readonly string[] = (() => {
  const table = asciiAndWindows1252();
  for (const [vowel, plainByte, tonedBytes] of TCVN3_VOWELS) {
    if (plainByte !== null) table[plainByte] = vowel;
    tonedBytes.forEach((byte, tone) => (table[byte] = (vowel + TONE_MARKS[tone]).normalize('NFC')));
  }
  for (const [letter, byte] of TCVN3_OTHER_LETTERS) table[byte] = letter;
  TONE_MARKS.forEach((mark, tone) => (table[TCVN3_COMBINING_TONES_FIRST_BYTE + tone] = mark));
  for (const [byte, letter] of TCVN3_VN1_CAPITALS) table[byte] = letter;
  return table;
})();
const TCVN3_VN1_BYTES = new Set(TCVN3_VN1_CAPITALS.map(([byte]) => byte));
const TCVN3_CODES = reverseTable(
  TCVN3_TABLE,
  (byte) => TCVN3_VN1_BYTES.has(byte) || (byte >= TCVN3_COMBINING_TONES_FIRST_BYTE && byte < 0xb5),
);
/** TCVN3 as stored, toned capitals still lowercase: enough to score a reading, which ignores case. */
export function decodeTcvn3Caseless(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += TCVN3_TABLE[byte]!;
  return text.normalize('NFC');
}

export function decodeTcvn3(bytes: Uint8Array): string {
  return restoreTcvn3Capitals(decodeTcvn3Caseless(bytes));
}

/** Toned capitals are written with their lowercase codes, as ABC keyboards do for .VnTimeH fonts. */
export function encodeTcvn3(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text.normalize('NFC')) {
    const code = TCVN3_CODES.get(char) ?? (TCVN3_CASELESS.has(char.toLowerCase()) ? TCVN3_CODES.get(char.toLowerCase()) : undefined);
    bytes.push(code ?? QUESTION_MARK);
  }
  return Uint8Array.from(bytes);
}

// ---- VNI ---------------------------------------------------------------------------------------------

type VniMark = { quality: LetterParts['quality']; tone: number };

/** Lowercase mark byte → what it adds to the letter before it. */
const VNI_MARKS = new Map<number, VniMark>([
  [VNI_CIRCUMFLEX_BYTES.plain, { quality: 'circumflex', tone: 0 }],
  [VNI_BREVE_BYTES.plain, { quality: 'breve', tone: 0 }],
  ...VNI_CIRCUMFLEX_BYTES.toned.map((byte, tone): [number, VniMark] => [byte, { quality: 'circumflex', tone: tone + 1 }]),
  ...VNI_BREVE_BYTES.toned.map((byte, tone): [number, VniMark] => [byte, { quality: 'breve', tone: tone + 1 }]),
  ...VNI_TONE_BYTES.map((byte, tone): [number, VniMark] => [byte, { quality: '', tone: tone + 1 }]),
]);
/** Lowercase single-byte letter → its parts. */
const VNI_SINGLES = new Map<number, LetterParts>([
  ...VNI_TONED_I_BYTES.map((byte, tone): [number, LetterParts] => [byte, { base: 'i', quality: '', tone: tone + 1, upper: false }]),
  ...VNI_SINGLE_LETTERS.map(([letter, byte]): [number, LetterParts] => [byte, letterParts(letter)!]),
]);
const VNI_CODE_BYTES = new Set(
  [...VNI_MARKS.keys(), ...VNI_SINGLES.keys()].flatMap((byte) => [byte, byte - VNI_UPPERCASE_OFFSET]),
);
const WINDOWS_1252_CODES = reverseTable(asciiAndWindows1252());

function lowercaseVniByte(byte: number): number {
  return byte >= 0xc0 && byte < 0xe0 ? byte + VNI_UPPERCASE_OFFSET : byte;
}

/** A mark byte may follow the letter only if the result is a Vietnamese letter (no breve on e, no tone on a toned letter). */
function applyVniMark(letter: LetterParts, byte: number | undefined, isSecond: boolean): LetterParts | null {
  if (byte === undefined || byte < 0xc0 || letter.base === 'đ') return null;
  const mark = VNI_MARKS.get(lowercaseVniByte(byte));
  if (mark === undefined || (mark.tone !== 0 && letter.tone !== 0)) return null;
  if (mark.quality !== '' && (letter.quality !== '' || isSecond)) return null;
  const quality = mark.quality || letter.quality;
  return hasQuality(letter.base, quality) ? { ...letter, quality, tone: mark.tone || letter.tone } : null;
}

export function decodeVni(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    let letter: LetterParts | null = null;
    if (byte < 0x80) {
      letter = 'aeiouyAEIOUY'.includes(String.fromCharCode(byte))
        ? { base: String.fromCharCode(byte).toLowerCase(), quality: '', tone: 0, upper: byte < 0x60 }
        : null;
      if (letter === null || letter.base === 'i') {
        text += String.fromCharCode(byte);
        continue;
      }
    } else {
      const single = byte >= 0xc0 ? VNI_SINGLES.get(lowercaseVniByte(byte)) : undefined;
      if (single === undefined) {
        text += WINDOWS_1252_HIGH[byte - 0x80]!;
        continue;
      }
      letter = { ...single, upper: byte < 0xe0 };
    }
    // At most two marks follow: a quality byte, then a tone byte (only when the quality byte had none).
    for (let marks = 0; marks < 2; marks++) {
      const marked = applyVniMark(letter, bytes[i + 1], marks === 1);
      if (marked === null) break;
      letter = marked;
      i++;
    }
    text += composeLetter(letter);
  }
  return text.normalize('NFC');
}

function vniBytesOf(letter: LetterParts): number[] {
  const offset = letter.upper ? VNI_UPPERCASE_OFFSET : 0;
  const ascii = (letter.upper ? letter.base.toUpperCase() : letter.base).charCodeAt(0);
  const tone = letter.tone - 1;
  if (letter.base === 'đ') return [0xf1 - offset];
  if (letter.base === 'i') return [letter.tone === 0 ? ascii : VNI_TONED_I_BYTES[tone]! - offset];
  if (letter.base === 'y' && letter.tone === 5) return [0xee - offset];
  const head = letter.quality === 'horn' ? (letter.base === 'o' ? 0xf4 : 0xf6) - offset : ascii;
  if (letter.quality === 'circumflex')
    return [head, (letter.tone === 0 ? VNI_CIRCUMFLEX_BYTES.plain : VNI_CIRCUMFLEX_BYTES.toned[tone]!) - offset];
  if (letter.quality === 'breve')
    return [head, (letter.tone === 0 ? VNI_BREVE_BYTES.plain : VNI_BREVE_BYTES.toned[tone]!) - offset];
  return letter.tone === 0 ? [head] : [head, VNI_TONE_BYTES[tone]! - offset];
}

export function encodeVni(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text.normalize('NFC')) {
    const code = char.charCodeAt(0);
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const letter = letterParts(char);
    if (letter !== null) {
      bytes.push(...vniBytesOf(letter));
      continue;
    }
    // Other Windows-1252 characters keep their byte unless VNI uses it as a letter or a mark.
    const windowsCode = WINDOWS_1252_CODES.get(char);
    bytes.push(windowsCode !== undefined && !VNI_CODE_BYTES.has(windowsCode) ? windowsCode : QUESTION_MARK);
  }
  return Uint8Array.from(bytes);
}

// ---- VISCII and Windows-1258 -------------------------------------------------------------------------

const VISCII_TABLE: readonly string[] = (() => {
  const table = [...Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)), ...VISCII_HIGH];
  for (const [byte, letter] of VISCII_C0) table[byte] = letter;
  return table;
})();
const VISCII_CODES = reverseTable(VISCII_TABLE);

export function decodeViscii(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += VISCII_TABLE[byte]!;
  return text.normalize('NFC');
}

/** For tests: VISCII bytes of NFC text, '?' where it has no code. */
export function encodeViscii(text: string): Uint8Array {
  return Uint8Array.from([...text.normalize('NFC')].map((char) => VISCII_CODES.get(char) ?? QUESTION_MARK));
}

const windows1258 = new TextDecoder('windows-1258');
const WINDOWS_1258_TABLE: readonly string[] = [...windows1258.decode(Uint8Array.from({ length: 256 }, (_, i) => i))];
const WINDOWS_1258_CODES = reverseTable(WINDOWS_1258_TABLE);

export function decodeWindows1258(bytes: Uint8Array): string {
  return windows1258.decode(bytes).normalize('NFC');
}

/** For tests: Windows-1258 bytes of NFC text, written as Microsoft's keyboard does (base letter, then a tone mark). */
export function encodeWindows1258(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text.normalize('NFC')) {
    const letter = letterParts(char);
    const base = letter === null ? undefined : WINDOWS_1258_CODES.get(composeLetter({ ...letter, tone: 0 }));
    if (letter !== null && letter.tone !== 0 && base !== undefined) {
      bytes.push(base, WINDOWS_1258_CODES.get(TONE_MARKS[letter.tone - 1]!)!);
    } else {
      bytes.push(WINDOWS_1258_CODES.get(char) ?? QUESTION_MARK);
    }
  }
  return Uint8Array.from(bytes);
}
