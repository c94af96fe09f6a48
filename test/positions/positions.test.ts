// Every legal basis, citation and section heading slices the input back to its source text — for the
// corpus as given and re-typed as CRLF + NFD + BOM bytes.

import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/ingest/index.js';
import { type PlanDocument, type Position, parsePlan, type Section } from '../../src/index.js';
import { loadCorpus } from '../helpers/gold.js';

const slice = (input: string, p: Position) => input.slice(p.start.offset, p.end.offset);
const normalized = (s: string) => normalizeText(s).text.replace(/\s+/g, ' ').trim();

function* headings(sections: Section[]): Generator<Section> {
  for (const s of sections) {
    yield s;
    yield* headings(s.children);
  }
}

function checkPositions(input: string, doc: PlanDocument): string[] {
  const problems: string[] = [];
  for (const c of [...doc.legalBases, ...doc.citations]) {
    if (slice(input, c.position) !== c.raw) problems.push(`citation raw ≠ slice: ${c.raw}`);
    if (c.number && !normalized(c.raw).replace(/\s+/g, '').includes(c.number)) problems.push(`citation raw lacks its number: ${c.raw}`);
  }
  for (const s of headings(doc.sections)) {
    if (!s.headingPosition) continue;
    const text = normalized(slice(input, s.headingPosition)).replace(/\s*:$/, '');
    if (text !== s.heading) problems.push(`heading ${s.id}: "${text}" ≠ "${s.heading}"`);
  }
  if (doc.number && slice(input, doc.number.position) !== doc.number.raw) problems.push('number raw ≠ slice');
  return problems;
}

const retype = (text: string) => `\uFEFF${text.normalize('NFD').replace(/\n/g, '\r\n')}`;

describe('positions slice the input back to the source text', () => {
  for (const doc of loadCorpus()) {
    const input = doc.text.toString('utf8');
    it(`${doc.id} as given`, () => {
      expect(checkPositions(input, parsePlan(input))).toEqual([]);
    });
    it(`${doc.id} as CRLF + NFD + BOM bytes, with the same values`, () => {
      const retyped = retype(input);
      const bytes = new TextEncoder().encode(retyped);
      const original = parsePlan(input);
      const plan = parsePlan(bytes);
      expect(checkPositions(retyped, plan)).toEqual([]);
      expect(plan.legalBases.map((c) => [c.number, c.date])).toEqual(original.legalBases.map((c) => [c.number, c.date]));
      expect(plan.citations.map((c) => c.number)).toEqual(original.citations.map((c) => c.number));
      expect([plan.title, plan.issuer?.name, plan.number?.raw.replace(/\s+/g, ''), plan.issuedDate?.iso, plan.signer?.name]).toEqual([
        original.title,
        original.issuer?.name,
        original.number?.raw.replace(/\s+/g, ''),
        original.issuedDate?.iso,
        original.signer?.name,
      ]);
    });
  }
});
