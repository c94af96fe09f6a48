// Code tables of the pre-Unicode Vietnamese encodings: TCVN3 (ABC, TCVN 5712:1993 VN3), VNI-Windows and
// VISCII (RFC 1456). Windows-1258 needs no table here: TextDecoder knows it.

/** Tones in the order TCVN3 and VNI list them: huyền, hỏi, ngã, sắc, nặng. */
export const TONE_MARKS = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const;

/**
 * Windows-1252 reading of bytes 0x80–0xFF; its five undefined bytes read as the C1 controls, as Windows
 * does. Written out: Node 20's TextDecoder('windows-1252') is really Latin-1 (0x93 → U+0093, not “).
 */
export const WINDOWS_1252_HIGH: readonly string[] = [
  ...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ',
  ...Array.from({ length: 96 }, (_, i) => String.fromCharCode(0xa0 + i)),
];

/**
 * TCVN3 lowercase letters: each toneless vowel followed by its five toned bytes (huyền, hỏi, ngã, sắc,
 * nặng). ABC has no codes for toned capitals: ".VnTimeH" fonts draw these lowercase codes as capitals.
 */
export const TCVN3_VOWELS: ReadonlyArray<readonly [string, number | null, readonly number[]]> = [
  // [vowel, byte of the toneless vowel (null: ASCII), toned bytes]
  ['a', null, [0xb5, 0xb6, 0xb7, 0xb8, 0xb9]],
  ['ă', 0xa8, [0xbb, 0xbc, 0xbd, 0xbe, 0xc6]],
  ['â', 0xa9, [0xc7, 0xc8, 0xc9, 0xca, 0xcb]],
  ['e', null, [0xcc, 0xce, 0xcf, 0xd0, 0xd1]],
  ['ê', 0xaa, [0xd2, 0xd3, 0xd4, 0xd5, 0xd6]],
  ['i', null, [0xd7, 0xd8, 0xdc, 0xdd, 0xde]],
  ['o', null, [0xdf, 0xe1, 0xe2, 0xe3, 0xe4]],
  ['ô', 0xab, [0xe5, 0xe6, 0xe7, 0xe8, 0xe9]],
  ['ơ', 0xac, [0xea, 0xeb, 0xec, 0xed, 0xee]],
  ['u', null, [0xef, 0xf1, 0xf2, 0xf3, 0xf4]],
  ['ư', 0xad, [0xf5, 0xf6, 0xf7, 0xf8, 0xf9]],
  ['y', null, [0xfa, 0xfb, 0xfc, 0xfd, 0xfe]],
];

/** The only capitals ABC encodes, plus đ. */
export const TCVN3_OTHER_LETTERS: ReadonlyArray<readonly [string, number]> = [
  ['Ă', 0xa1], ['Â', 0xa2], ['Ê', 0xa3], ['Ô', 0xa4], ['Ơ', 0xa5], ['Ư', 0xa6], ['Đ', 0xa7], ['đ', 0xae],
];

/** Bytes 0xB0–0xB4: separate tone marks (huyền, hỏi, ngã, sắc, nặng) that follow a base letter. */
export const TCVN3_COMBINING_TONES_FIRST_BYTE = 0xb0;

/**
 * Bytes that ABC (VN3) leaves unused but TCVN 5712 VN1 fills with capitals: decoded as VN1 says, so a file
 * from VN1-aware software keeps those letters. VN1's other capitals sit on C0 controls and on 0x80–0x9F,
 * which ABC files use for Windows-1252 punctuation (“ ” – … typed in Word): those stay punctuation.
 */
export const TCVN3_VN1_CAPITALS: ReadonlyArray<readonly [number, string]> = [
  [0xaf, 'Ằ'], [0xba, 'Ẳ'], [0xbf, 'Ẵ'], [0xc0, 'Ắ'], [0xc1, 'Ầ'], [0xc2, 'Ẩ'], [0xc3, 'Ẫ'], [0xc4, 'Ấ'],
  [0xc5, 'Ề'], [0xcd, 'Ể'], [0xd9, 'Ễ'], [0xda, 'Ế'], [0xdb, 'Ồ'], [0xe0, 'Ổ'], [0xf0, 'Ỗ'], [0xff, 'Ố'],
];

/**
 * VNI-Windows, lowercase codes; each uppercase code is 0x20 lower (à 0xE0 → À 0xC0). A vowel is written
 * as its ASCII base letter followed by one mark byte; i, ỵ, đ, ơ, ư have single bytes (ơ, ư then take a
 * tone byte). The marks follow the 1252 glyph they print as in a plain font: "Vieät" = Việt.
 */
export const VNI_TONE_BYTES = [0xf8, 0xfb, 0xf5, 0xf9, 0xef] as const; // ø û õ ù ï
export const VNI_CIRCUMFLEX_BYTES = { plain: 0xe2, toned: [0xe0, 0xe5, 0xe3, 0xe1, 0xe4] } as const; // â; à å ã á ä
export const VNI_BREVE_BYTES = { plain: 0xea, toned: [0xe8, 0xfa, 0xfc, 0xe9, 0xeb] } as const; // ê; è ú ü é ë
/** ì ỉ ĩ í ị as single bytes (ì æ ó í ò). */
export const VNI_TONED_I_BYTES = [0xec, 0xe6, 0xf3, 0xed, 0xf2] as const;
export const VNI_SINGLE_LETTERS: ReadonlyArray<readonly [string, number]> = [
  ['ỵ', 0xee], ['đ', 0xf1], ['ơ', 0xf4], ['ư', 0xf6],
];
export const VNI_UPPERCASE_OFFSET = 0x20;

/** VISCII (RFC 1456): bytes 0x80–0xFF, then the six C0 positions it takes for capitals. */
export const VISCII_HIGH =
  'ẠẮẰẶẤẦẨẬẼẸẾỀỂỄỆỐỒỔỖỘỢỚỜỞỊỎỌỈỦŨỤỲÕắằặấầẩậẽẹếềểễệốồổỗỠƠộờởịỰỨỪỬơớƯ' +
  'ÀÁÂÃẢĂẳẵÈÉÊẺÌÍĨỳĐứÒÓÔạỷừửÙÚỹỵÝỡưàáâãảăữẫèéêẻìíĩỉđựòóôõỏọụùúũủýợỮ';
export const VISCII_C0: ReadonlyArray<readonly [number, string]> = [
  [0x02, 'Ẳ'], [0x05, 'Ẵ'], [0x06, 'Ẫ'], [0x14, 'Ỷ'], [0x19, 'Ỹ'], [0x1e, 'Ỵ'],
];
