// Pre-Unicode Vietnamese encodings: real plans re-typed in TCVN3 and VNI must be detected and decoded
// back to their text, every letter with every tone must round-trip, mojibake must be repaired, and
// English, French, German, Latin-1 and random bytes must never be taken for Vietnamese.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  decodeLegacy,
  detectLegacyEncoding,
  encodeLegacy,
  repairMojibake,
  type LegacyEncoding,
} from '../../src/ingest/legacy.js';
import { encodeViscii, encodeWindows1258 } from '../../src/ingest/legacy/codecs.js';
import { allVietnameseLetters } from '../../src/ingest/legacy/letters.js';
import { isVietnameseSyllable } from '../../src/ingest/legacy/syllable.js';

const PLANS = ['000_9bc95635cc1859e3', '003_8c8e9a5d118adf1b'].map((id) => ({
  id,
  text: readFileSync(new URL(`../../corpus/${id}.txt`, import.meta.url), 'utf8').normalize('NFC'),
}));

const ENCODERS: Record<LegacyEncoding, (text: string) => Uint8Array> = {
  tcvn3: (text) => encodeLegacy(text, 'tcvn3'),
  vni: (text) => encodeLegacy(text, 'vni'),
  viscii: encodeViscii,
  'windows-1258': encodeWindows1258,
};

const latin1 = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));
const bytesText = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

// Windows-1252 written out here: Node 20's TextDecoder('windows-1252') is Latin-1 in disguise.
const WINDOWS_1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const readAsWindows1252 = (bytes: Uint8Array) =>
  [...bytes].map((byte) => (byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_80_9F[byte - 0x80]! : String.fromCharCode(byte))).join('');
const writeWindows1252 = (text: string) =>
  Uint8Array.from([...text].map((char) => {
    const high = WINDOWS_1252_80_9F.indexOf(char);
    return high >= 0 ? 0x80 + high : char.charCodeAt(0) < 0x100 ? char.charCodeAt(0) : 0x3f;
  }));

/** The original with every character the encoding cannot write replaced by '?', as the encoder does. */
const representable = (text: string, encoding: 'tcvn3' | 'vni') =>
  [...text].map((char) => (char !== '?' && bytesText(encodeLegacy(char, encoding)) === '?' ? '?' : char)).join('');

const TONED_CAPITAL = /[ÀẢÃÁẠẰẲẴẮẶẦẨẪẤẬÈẺẼÉẸỀỂỄẾỆÌỈĨÍỊÒỎÕÓỌỒỔỖỐỘỜỞỠỚỢÙỦŨÚỤỪỬỮỨỰỲỶỸÝỴ]/u;
const TONED_CAPITALS = new RegExp(TONED_CAPITAL.source, 'gu');
/** TCVN3 (ABC) has no codes for toned capitals, so they are compared without case. */
const foldTonedCapitals = (text: string) => text.replace(TONED_CAPITALS, (char) => char.toLowerCase());

describe('letters', () => {
  const letters = allVietnameseLetters();

  it('are the 134 precomposed Vietnamese letters', () => {
    expect(letters).toHaveLength(134);
    expect(new Set(letters).size).toBe(134);
  });

  it.each(['vni', 'viscii', 'windows-1258'] as const)('every letter × tone round-trips in %s', (encoding) => {
    const failures = letters.filter((letter) => decodeLegacy(ENCODERS[encoding](`ba ${letter}`), encoding) !== `ba ${letter}`);
    expect(failures).toEqual([]);
  });

  it('every lowercase letter × tone and Ă Â Ê Ô Ơ Ư Đ round-trip in TCVN3', () => {
    const encodable = letters.filter((letter) => !TONED_CAPITAL.test(letter));
    expect(encodable).toHaveLength(74);
    const failures = encodable.filter((letter) => decodeLegacy(encodeLegacy(`ba ${letter}`, 'tcvn3'), 'tcvn3') !== `ba ${letter}`);
    expect(failures).toEqual([]);
  });

  it('TCVN3 toned capitals are written with lowercase codes and come back as capitals inside capital words', () => {
    const capitals = letters.filter((letter) => TONED_CAPITAL.test(letter));
    expect(capitals).toHaveLength(60);
    for (const capital of capitals) {
      expect(bytesText(encodeLegacy(capital, 'tcvn3'))).toBe(bytesText(encodeLegacy(capital.toLowerCase(), 'tcvn3')));
      expect(decodeLegacy(encodeLegacy(`ba N${capital}N`, 'tcvn3'), 'tcvn3')).toBe(`ba N${capital}N`);
      // Alone in lowercase text a toned capital cannot be told from its lowercase letter.
      expect(decodeLegacy(encodeLegacy(`ba ${capital}`, 'tcvn3'), 'tcvn3')).toBe(`ba ${capital.toLowerCase()}`);
    }
  });

  it.each([
    // [text, TCVN3 bytes as Latin-1, VNI bytes as Latin-1] — as old files and their mojibake show them
    ['Kế hoạch', 'KÕ ho¹ch', 'Keá hoaïch'],
    ['Việt Nam', 'ViÖt Nam', 'Vieät Nam'],
    ['Độc lập - Tự do - Hạnh phúc', '§éc lËp - Tù do - H¹nh phóc', 'Ñoäc laäp - Töï do - Haïnh phuùc'],
    ['người được chỉ thị năm', 'ng\u00ADêi ®\u00ADîc chØ thÞ n¨m', 'ngöôøi ñöôïc chæ thò naêm'],
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA', 'CéNG HßA X· HéI CHñ NGHÜA', 'COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA'],
  ])('%s is written as the standard tables say', (text, tcvn3, vni) => {
    expect(bytesText(encodeLegacy(text, 'tcvn3'))).toBe(tcvn3);
    expect(bytesText(encodeLegacy(text, 'vni'))).toBe(vni);
    expect(decodeLegacy(latin1(tcvn3), 'tcvn3')).toBe(text);
    expect(decodeLegacy(latin1(vni), 'vni')).toBe(text);
  });

  it('reads TCVN3 separate tone marks (0xB0–0xB4) onto the letter before', () => {
    expect(decodeLegacy(Uint8Array.from([0x62, 0x61, 0x20, 0x6b, 0x65, 0xb3]), 'tcvn3')).toBe('ba ké');
  });

  it('writes characters with no code as ?', () => {
    expect(bytesText(encodeLegacy('Giá 5€ ≥ 3 ✓', 'tcvn3'))).toBe('Gi¸ 5\u0080 ? 3 ?');
    expect(bytesText(encodeLegacy('ø ≥ 3', 'vni'))).toBe('? ? 3');
  });
});

describe('syllable checker', () => {
  it.each(['hoạch', 'Nghiêng', 'quyết', 'giữa', 'gì', 'khuỷu', 'hoà', 'hòa', 'thuỷ', 'người', 'xoong', 'ĐỒNG'])('%s is a syllable', (word) => {
    expect(isVietnameseSyllable(word)).toBe(true);
  });
  it.each(['ho¹ch', 'hoàch', 'kẻò', 'keỏ', 'ngiêng', 'ce', 'café', 'the\u0301e', 'Straße', 'und', 'inh̃'])('%s is not', (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });
});

describe.each(PLANS)('plan $id', ({ text }) => {
  it.each(['tcvn3', 'vni', 'viscii', 'windows-1258'] as const)('re-typed in %s is detected with confidence', (encoding) => {
    const detected = detectLegacyEncoding(ENCODERS[encoding](text));
    expect(detected?.encoding).toBe(encoding);
    expect(detected!.confidence).toBeGreaterThan(0.95);
  });

  it('VNI decodes back to exactly the text', () => {
    expect(decodeLegacy(encodeLegacy(text, 'vni'), 'vni')).toBe(representable(text, 'vni'));
  });

  it('TCVN3 decodes back to the text, toned capitals compared without case; words in capitals come back whole', () => {
    const expected = representable(text, 'tcvn3');
    const decoded = decodeLegacy(encodeLegacy(text, 'tcvn3'), 'tcvn3');
    expect(foldTonedCapitals(decoded)).toBe(foldTonedCapitals(expected));
    // What differs is a toned capital that came back lowercase ("Ủy ban" inside a sentence, as ABC showed
    // it), never a letter wrongly made a capital.
    const original = [...expected];
    expect([...decoded].filter((char, index) => char !== original[index] && char !== char.toLowerCase())).toEqual([]);
    const capitalWords = [...expected.matchAll(/[\p{L}\p{M}]{2,}/gu)].filter(([word]) => word === word.toUpperCase() && TONED_CAPITAL.test(word));
    expect(capitalWords.length).toBeGreaterThan(10);
    for (const { 0: word, index } of capitalWords) expect(decoded.slice(index, index + word.length)).toBe(word);
  });

  it('no line of it is ever taken for the wrong encoding', () => {
    for (const encoding of ['tcvn3', 'vni'] as const) {
      const lines = text.split('\n').filter((line) => line.length >= 40);
      const guesses = lines.map((line) => detectLegacyEncoding(encodeLegacy(line, encoding))?.encoding ?? null);
      expect(guesses.filter((guess) => guess !== null && guess !== encoding)).toEqual([]);
      expect(guesses.filter((guess) => guess === encoding).length / lines.length).toBeGreaterThan(0.9);
    }
  });

  it.each(['tcvn3', 'vni'] as const)('%s mojibake (read as Latin-1 or Windows-1252) is repaired', (encoding) => {
    const bytes = encodeLegacy(text, encoding);
    const repaired = { text: decodeLegacy(bytes, encoding), encoding };
    expect(repairMojibake(bytesText(bytes))).toEqual(repaired);
    expect(repairMojibake(readAsWindows1252(bytes))).toEqual(repaired);
    expect(repairMojibake(`\uFEFF${readAsWindows1252(bytes)}`)).toEqual({ ...repaired, text: `\uFEFF${repaired.text}` });
  });

  it('is left alone by repairMojibake', () => {
    expect(repairMojibake(text)).toBeNull();
  });
});

const FOREIGN = {
  english:
    'The committee reviewed the “annual plan” for 2024 — including the budget, the staffing schedule and the café’s renovation. Members agreed that the naïve estimate of €12,000 was too low… A revised draft will be circulated before the next meeting; the secretary will confirm the résumé of activities.',
  french:
    'Le comité a examiné le plan annuel pour l’année 2024 : il prévoit la rénovation du bâtiment et une meilleure coordination entre les services. Où en est la procédure ? Déjà, la première étape a été réalisée ; il reste à préciser les modalités de mise en œuvre. Ça ira très vite, a déclaré le président.',
  german:
    'Der Ausschuss hat den Jahresplan für 2024 geprüft: Er sieht die Renovierung des Gebäudes und eine bessere Abstimmung zwischen den Abteilungen vor. Größere Änderungen sind nicht vorgesehen; die Straßenbauarbeiten müssen jedoch bis Ende März abgeschlossen sein. Für Rückfragen steht das Büro gern zur Verfügung.',
  portuguese:
    'O comitê examinou o plano anual: ele prevê a renovação do edifício e uma melhor coordenação entre os serviços. Não há dúvida de que o orçamento é insuficiente, mas a situação é estável. Então, será necessário rever as ações já previstas até o próximo mês.',
};

describe('not Vietnamese', () => {
  it.each(Object.entries(FOREIGN))('%s in Windows-1252 and in Latin-1 gives null', (_language, text) => {
    expect(detectLegacyEncoding(writeWindows1252(text))).toBeNull();
    expect(detectLegacyEncoding(latin1(text.replace(/[^\x00-\xff]/g, '"')))).toBeNull();
  });

  it.each(Object.entries(FOREIGN))('%s text needs no mojibake repair', (_language, text) => {
    expect(repairMojibake(text)).toBeNull();
  });

  it('random bytes give null', () => {
    let seed = 20240613;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let trial = 0; trial < 300; trial++) {
      const length = 16 + Math.floor(random() * 2000);
      const highShare = random() * 0.5;
      // Half fully random, half ASCII words with high bytes sprinkled in (closer to text).
      const bytes = Uint8Array.from({ length }, () =>
        trial % 2 === 0
          ? 1 + Math.floor(random() * 255)
          : random() < highShare
            ? 0x80 + Math.floor(random() * 128)
            : random() < 0.2
              ? 0x20
              : 0x61 + Math.floor(random() * 26),
      );
      expect(detectLegacyEncoding(bytes)).toBeNull();
    }
  });

  it('too little Vietnamese to be sure gives null', () => {
    expect(detectLegacyEncoding(encodeLegacy('Kế hoạch', 'vni'))).toBeNull();
    expect(repairMojibake('KÕ ho¹ch')).toBeNull();
  });

  it('Vietnamese that fits in Windows-1252 is not mojibake', () => {
    expect(repairMojibake('Tôi là ai? Tôi là Tí, tôi yêu mèo và cá.')).toBeNull();
    expect(repairMojibake('Plain ASCII text.')).toBeNull();
  });
});

describe('mojibake', () => {
  it.each([
    ['KÕ ho¹ch c¶i thiÖn chØ sè hiÖu qu¶', 'Kế hoạch cải thiện chỉ số hiệu quả', 'tcvn3'],
    ['Keá hoaïch caûi thieän chæ soá hieäu quaû', 'Kế hoạch cải thiện chỉ số hiệu quả', 'vni'],
    ['“KÕ ho¹ch” c¶i thiÖn chØ sè – n¨m 2024', '“Kế hoạch” cải thiện chỉ số – năm 2024', 'tcvn3'],
  ])('%s → %s', (mojibake, text, encoding) => {
    expect(repairMojibake(mojibake)).toEqual({ text, encoding });
  });
});
