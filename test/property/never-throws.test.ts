// fast-check: 10,000 random inputs (random Unicode, shuffled corpus lines, very long lines, deep
// numbering); parsePlan never throws and always returns a value the schema accepts.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan, PlanDocumentSchema } from '../../src/index.js';
import { loadCorpus } from '../helpers/gold.js';

const corpusLines = loadCorpus().flatMap((d) => d.text.toString('utf8').split('\n'));

const shuffledCorpus = fc.array(fc.constantFrom(...corpusLines), { minLength: 1, maxLength: 60 }).map((ls) => ls.join('\n'));
const deepNumbering = fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 12 }).map((path) =>
  path.map((_, i) => `${path.slice(0, i + 1).join('.')}. Nội dung ${i}`).join('\n'),
);
const longLine = fc.tuple(fc.constantFrom('Căn cứ Quyết định số 1/QĐ-UBND ', '- ', 'I. ', 'KẾ HOẠCH '), fc.integer({ min: 1000, max: 20000 })).map(([head, n]) => head + 'a'.repeat(n));
const randomUnicode = fc.string({ unit: 'binary', maxLength: 400 });
const vietnameseNoise = fc.array(fc.constantFrom('Số:', '/', 'KH-', 'ngày', ' tháng ', 'năm 2024', '\n', '\t', '|', '*', '#', 'I.', '1.', 'a)', '-', 'Nơi nhận:', 'KT. CHỦ TỊCH', '\u0301', '\u00A0', '\r', 'Ð', 'Luật ', 'Căn cứ '), { maxLength: 200 }).map((parts) => parts.join(''));
const bytes = fc.uint8Array({ maxLength: 300 });

function check(input: string | Uint8Array): boolean {
  const doc = parsePlan(input, { validate: false });
  return PlanDocumentSchema.safeParse(doc).success;
}

describe('parsePlan on arbitrary input', () => {
  it('never throws and always returns a schema-valid document (10,000 runs)', () => {
    const input = fc.oneof(
      { arbitrary: randomUnicode, weight: 3 },
      { arbitrary: shuffledCorpus, weight: 3 },
      { arbitrary: vietnameseNoise, weight: 3 },
      { arbitrary: deepNumbering, weight: 1 },
      { arbitrary: longLine, weight: 1 },
    );
    fc.assert(fc.property(input, check), { numRuns: 9_000, seed: 20261122 });
    fc.assert(fc.property(bytes, check), { numRuns: 1_000, seed: 20261122 });
    expect(true).toBe(true);
  });
});

// The shapes of the bench's pathological inputs, smaller. Flattening a plan to one line (text copied out
// of some web pages has no line breaks) crashed the header reader on 7 of the 62 corpus documents.
describe('parsePlan on pathological shapes', () => {
  it('every corpus plan flattened to one line gives a schema-valid document', () => {
    for (const doc of loadCorpus()) {
      const flat = doc.text.toString('utf8').split(/\r?\n/u).map((l) => l.trim()).filter(Boolean).join(' ');
      expect(check(flat), doc.id).toBe(true);
    }
  });
  it.each([
    ['5,000 nested numbering lines', Array.from({ length: 5000 }, (_, i) => `${Array.from({ length: (i % 8) + 1 }, () => (i % 9) + 1).join('.')}. Nội dung số ${i}`).join('\n')],
    ['10,000 bullets', Array.from({ length: 10000 }, (_, i) => `- Nhiệm vụ ${i}: tổ chức thực hiện`).join('\n')],
  ])('%s: a schema-valid document', (_name, text) => {
    expect(check(text)).toBe(true);
  });
});
