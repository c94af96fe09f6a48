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
const tonedY = new Set('ỳýỷỹỵỲÝỶỸỴ');
const isWordChar = (ch: string | undefined) => ch !== undefined && (ch.toLowerCase() !== ch.toUpperCase() || /\p{M}/u.test(ch));

/**
 * Puts tone marks where Nghị định 30 era documents put them (first vowel of open oa/oe/uy).
 * Same length as the input.
 * @example unifyTonePlacement('Tỉnh uỷ, hoà giải, khoẻ') // 'Tỉnh ủy, hòa giải, khỏe'
 */
export function unifyTonePlacement(text: string): string {
  let out: string[] | null = null;
  for (let i = 1; i < text.length; i++) {
    const ch = text[i]!;
    const ae = tonedAE.has(ch);
    if (!ae && !tonedY.has(ch)) continue;
    const first = text[i - 1]!;
    if (ae ? first !== 'o' && first !== 'O' : first !== 'u' && first !== 'U') continue;
    if (isWordChar(text[i + 1])) continue;
    const before = text[i - 2];
    if (before === 'q' || before === 'Q' || (before !== undefined && /\p{M}/u.test(before))) continue;
    out ??= text.split('');
    const moved = moveTone(first, ch);
    out[i - 1] = moved[0]!;
    out[i] = moved[1]!;
  }
  return out ? out.join('') : text;
}

/**
 * Folds for comparison: NFC, unified tone placement, look-alike Ð → Đ, lower case.
 * @example foldText('ỦY BAN Nhân Dân hoà') // 'ủy ban nhân dân hòa'
 */
export function foldText(text: string): string {
  return unifyTonePlacement(text.normalize('NFC').replace(/\u00D0/g, 'Đ').replace(/\u00F0/g, 'đ')).toLowerCase();
}

/**
 * Folds and drops all diacritics, for matching text typed without them.
 * @example foldToAscii('Công khai, minh bạch') // 'cong khai, minh bach'
 */
export function foldToAscii(text: string): string {
  return foldText(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd');
}

/** Collapses white space runs to one space and trims. */
export function squash(text: string): string {
  return text.replace(/[\s\u00A0]+/g, ' ').trim();
}
