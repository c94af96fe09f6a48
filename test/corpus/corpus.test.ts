// Corpus suite: every document parses without throwing, passes the schema, and is compared with its
// gold field by field; the per-field accuracy table is printed. Seeds must equal their gold on the
// fields issue #2 names; the written variants are held to the floor recorded below.

import { describe, expect, it } from 'vitest';
import { parsePlan, PlanDocumentSchema } from '../../src/index.js';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir, type FieldScore, loadCorpus, renderTable, scoreDocument } from '../helpers/gold.js';

const corpus = loadCorpus();
const results = corpus.map((doc) => ({ doc, plan: parsePlan(doc.text, { path: `corpus/${doc.id}.txt` }) }));
const rows = results.map(({ doc, plan }) => ({ id: doc.id, scores: scoreDocument(doc.gold, plan) }));

const seedFields = ['isPlan', 'docType', 'number', 'issuedDate', 'place', 'issuer', 'title', 'legalBases', 'citations (numbered)', 'purposes', 'requirements', 'signer'];

describe('corpus', () => {
  it('prints the per-field accuracy table', () => {
    const seeds = rows.filter((r) => /^00\d_/.test(r.id));
    console.log(`\nSeeds (${seeds.length} documents)\n${renderTable(seeds)}`);
    console.log(`\nWhole corpus (${rows.length} documents)\n${renderTable(rows)}`);
    const misses = rows.flatMap((r) => Object.entries(r.scores).filter(([, s]) => s.exact === 0).map(([f]) => `${r.id}: ${f}`));
    console.log(`\nFields not equal to gold:\n  ${misses.join('\n  ')}`);
    expect(rows.length).toBeGreaterThanOrEqual(15);
  });

  // Regression floor for the whole corpus (seeds, written variants, held-out sets): a change that
  // drops a field below it fails.
  it('holds the floor on every field of the whole corpus', () => {
    // Fields of issue #4 are scored element by element (recall/precision over units, targets, entries);
    // the others document by document.
    const elementFloor: Record<string, number> = {
      'assignments (recall)': 0.8,
      'assignments (precision)': 0.85,
      'refs (recall)': 0.9,
      'refs (precision)': 0.9,
      'schedule (recall)': 0.8,
      'schedule (precision)': 0.9,
      appendixTasks: 0.9,
    };
    const low: string[] = [];
    for (const field of [...new Set(rows.flatMap((r) => Object.keys(r.scores)))]) {
      const stated = rows.filter((r) => field in r.scores);
      const byElement = elementFloor[field];
      const rate =
        byElement !== undefined
          ? stated.reduce((n, r) => n + r.scores[field]!.matched, 0) / Math.max(1, stated.reduce((n, r) => n + r.scores[field]!.total, 0))
          : stated.reduce((n, r) => n + r.scores[field]!.exact, 0) / stated.length;
      if (rate < (byElement ?? 0.95)) low.push(`${field} ${(100 * rate).toFixed(1)}%`);
    }
    expect(low).toEqual([]);
  });

  it('has a gold file beside every text', () => {
    const texts = readdirSync(corpusDir).filter((f) => f.endsWith('.txt'));
    expect(texts.filter((f) => !existsSync(join(corpusDir, f.replace(/\.txt$/, '.gold.json'))))).toEqual([]);
  });

  for (const { doc, plan } of results) {
    it(`${doc.id}: passes the schema`, () => {
      expect(PlanDocumentSchema.safeParse(plan).success).toBe(true);
    });
    // parsePlan does not validate by default: what it builds must already be what the schema's parse
    // gives, key order included, so `kehoach extract` writes the same bytes with and without --validate.
    it(`${doc.id}: is written the same with and without validate`, () => {
      expect(JSON.stringify(plan)).toBe(JSON.stringify(PlanDocumentSchema.parse(plan)));
      expect(JSON.stringify(parsePlan(doc.text, { path: `corpus/${doc.id}.txt`, validate: true }))).toBe(JSON.stringify(plan));
    });
  }

  for (const row of rows.filter((r) => /^00\d_/.test(r.id))) {
    it(`${row.id}: equals gold on header, legal bases, numbered citations, purposes/requirements, signer`, () => {
      const failing = seedFields.filter((f) => f in row.scores && (row.scores[f] as FieldScore).exact === 0);
      expect(failing).toEqual([]);
    });
  }
});
