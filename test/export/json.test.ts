// serializePlan / withPositions: `full` is JSON.stringify of the document; `offsets` writes every
// position as [start, end] (or [start, end, page]) that slices the input to what the value was read
// from; `none` leaves no position at all. Checked on every corpus document and on a PDF's pages.

import { describe, expect, it } from 'vitest';
import { parsePlan, parsePlanWithSource, serializePlan, withPositions } from '../../src/index.js';
import { loadCorpus } from '../helpers/gold.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- the compacted output is plain JSON */
const corpus = loadCorpus();

/** Every [key, value] pair of a JSON tree, with its path. */
function* entries(value: unknown, path = ''): Generator<[string, string, unknown]> {
  if (typeof value !== 'object' || value === null) return;
  for (const [key, v] of Object.entries(value)) {
    yield [`${path}.${key}`, key, v];
    yield* entries(v, `${path}.${key}`);
  }
}

const isFullPosition = (v: any) => typeof v === 'object' && v !== null && typeof v.start?.offset === 'number' && typeof v.end?.offset === 'number';

describe('serializePlan', () => {
  const plan = `Số: 12/KH-UBND\nKẾ HOẠCH\nCải thiện Chỉ số PAPI năm 2024\nI. MỤC ĐÍCH\n1. Nâng cao chỉ số.\n`;

  it('full is exactly JSON.stringify, on one line or indented', () => {
    const doc = parsePlan(plan);
    expect(serializePlan(doc)).toBe(JSON.stringify(doc));
    expect(serializePlan(doc, { positions: 'full', indent: 2 })).toBe(JSON.stringify(doc, null, 2));
  });

  it('offsets: the number of "Số: 12/KH-UBND" is at [4, 14]; the document itself is not changed', () => {
    const doc = parsePlan(plan);
    const before = JSON.stringify(doc);
    const compact = withPositions(doc, 'offsets') as any;
    expect(compact.number.position).toEqual([4, 14]);
    expect(plan.slice(4, 14)).toBe('12/KH-UBND');
    expect(JSON.stringify(doc)).toBe(before);
  });

  it.each(corpus.map((d) => [d.id, d] as const))('%s: offsets slice back to every raw; none leaves no position', (_id, d) => {
    const { document, input } = parsePlanWithSource(d.text);
    const offsets = JSON.parse(serializePlan(document, { positions: 'offsets' }));
    const full = [...entries(document)].filter(([, , v]) => isFullPosition(v));
    const compact = [...entries(offsets)].filter(([, key, v]) => ['position', 'headingPosition', 'location'].includes(key) && Array.isArray(v));
    expect(compact.map(([p]) => p)).toEqual(full.map(([p]) => p));
    for (const [path, , v] of compact) {
      const [start, end] = v as [number, number];
      const source = full.find(([p]) => p === path)![2] as any;
      expect([start, end]).toEqual([source.start.offset, source.end.offset]);
    }
    // A value with a raw reads back from its offsets.
    if (offsets.number) expect(input!.slice(offsets.number.position[0], offsets.number.position[1])).toBe(offsets.number.raw);
    if (offsets.issuedDate) expect(input!.slice(offsets.issuedDate.position[0], offsets.issuedDate.position[1])).toBe(offsets.issuedDate.raw);

    const none = JSON.parse(serializePlan(document, { positions: 'none' }));
    // signer.position is the signer's title (a string or null), not a range: it stays.
    expect([...entries(none)].filter(([path, key, v]) => ['headingPosition', 'location'].includes(key) || isFullPosition(v) || (key === 'position' && path !== '.signer.position'))).toEqual([]);
    if (document.signer?.position) expect(none.signer.position).toBe(document.signer.position);
    expect(none.title).toBe(document.title);
  });
});
