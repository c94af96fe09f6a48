// Our similarity functions against natural's implementations (the reference; natural is a
// devDependency only, see docs/dependencies.md).

import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigramDice, editSimilarity, tokenDice } from '../../src/util/similarity.js';

const require = createRequire(import.meta.url);
const naturalDice = require('natural/lib/natural/distance/dice_coefficient.js') as (a: string, b: string) => number;
const naturalLevenshtein = (require('natural/lib/natural/distance/levenshtein_distance.js') as { LevenshteinDistance: (a: string, b: string) => number })
  .LevenshteinDistance;

const vietnamese = fc.constantFrom('công', 'khai', 'minh', 'bạch', 'thủ', 'tục', 'hành', 'chính', 'quản', 'trị', 'điện', 'tử', 'cong', 'khia', 'a', ' ', ',');
const phrase = fc.array(vietnamese, { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));

describe('bigramDice equals natural DiceCoefficient', () => {
  it.each([
    ['night', 'nacht', 0.25],
    ['Công khai, minh bạch', 'công khai minh bạch', naturalDice('Công khai, minh bạch', 'công khai minh bạch')],
    ['a', 'a', 1],
  ])('%s ~ %s', (a, b, expected) => {
    expect(bigramDice(a, b)).toBeCloseTo(expected, 12);
  });

  it('on random strings and Vietnamese phrases', () => {
    fc.assert(
      fc.property(fc.oneof(phrase, fc.string({ minLength: 1 })), fc.oneof(phrase, fc.string({ minLength: 1 })), (a, b) => {
        const expected = naturalDice(a, b);
        if (Number.isNaN(expected)) return; // two blank strings: natural gives NaN, we give 0
        expect(bigramDice(a, b)).toBeCloseTo(expected, 12);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('editSimilarity uses the same distance as natural', () => {
  it('on random Vietnamese phrases', () => {
    fc.assert(
      fc.property(phrase, phrase, (a, b) => {
        const longer = Math.max(a.length, b.length);
        expect(editSimilarity(a, b)).toBeCloseTo(1 - naturalLevenshtein(a, b) / longer, 12);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('tokenDice (syllables, order-free, one typo per long syllable)', () => {
  it.each([
    [['công', 'khai', 'minh', 'bạch'], ['minh', 'bạch', 'công', 'khai'], 1],
    [['kiểm', 'soát', 'tham', 'nhũg'], ['kiểm', 'soát', 'tham', 'nhũng'], 1],
    [['y', 'tế'], ['y', 'tá'], 0.5],
    [['tri', 'thức', 'công', 'dân'], ['cơ', 'hội', 'tham', 'gia'], 0],
  ])('%j ~ %j = %d', (a, b, expected) => {
    expect(tokenDice(a, b)).toBeCloseTo(expected, 12);
  });

  it('equals set Dice (via natural on one-letter syllables) when syllables are distinct and exact', () => {
    // natural's Dice over a string of single distinct letters = Dice over its bigrams; compare ours on
    // the bigram "syllables" of the same strings.
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...'abcdefghij'), { minLength: 2, maxLength: 8 }), fc.uniqueArray(fc.constantFrom(...'abcdefghij'), { minLength: 2, maxLength: 8 }), (x, y) => {
        const grams = (s: string[]) => [...new Set(s.slice(1).map((c, i) => s[i]! + c))];
        expect(tokenDice(grams(x), grams(y))).toBeCloseTo(naturalDice(x.join(''), y.join('')), 12);
      }),
      { numRuns: 1000 },
    );
  });
});
