// The dimension matcher against the labelled set test/fixtures/dimension-labels.jsonl (579 headings
// written blind to the matcher from the taxonomy and plan wording, 135+ of them not dimensions).
// Prints the confusion summary and the misses; holds accuracy at 98% or more.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type DimensionContext, matchDimension } from '../../src/normalize/dimension/match.js';

interface Row {
  text: string;
  context: DimensionContext & { indices: string[] };
  expect: string | null;
  tag: string;
}

const labelled: Row[] = readFileSync(new URL('../fixtures/dimension-labels.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Row);

const results = labelled.map((row) => ({ row, got: matchDimension(row.text, row.context)?.code ?? null }));
const correct = results.filter((r) => r.got === r.row.expect);

describe('dimension matcher (labelled set)', () => {
  it('prints the confusion summary', () => {
    const truePositive = results.filter((r) => r.row.expect !== null && r.got === r.row.expect).length;
    const wrongCode = results.filter((r) => r.row.expect !== null && r.got !== null && r.got !== r.row.expect).length;
    const missed = results.filter((r) => r.row.expect !== null && r.got === null).length;
    const falseAlarm = results.filter((r) => r.row.expect === null && r.got !== null).length;
    const trueNull = results.filter((r) => r.row.expect === null && r.got === null).length;
    const pct = (n: number, d: number) => `${n}/${d} ${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
    const lines = [
      `\nDimension labels: ${labelled.length} headings, accuracy ${pct(correct.length, labelled.length)}`,
      `  dimension headings: right code ${truePositive}, wrong code ${wrongCode}, missed (null) ${missed}`,
      `  non-dimension headings: null ${trueNull}, given a code ${falseAlarm}`,
      `  recall ${pct(truePositive, truePositive + wrongCode + missed)}   precision ${pct(truePositive, truePositive + wrongCode + falseAlarm)}`,
      '  by tag:',
    ];
    for (const tag of [...new Set(labelled.map((r) => r.tag))].sort()) {
      const rows = results.filter((r) => r.row.tag === tag);
      lines.push(`    ${tag.padEnd(14)} ${pct(rows.filter((r) => r.got === r.row.expect).length, rows.length)}`);
    }
    lines.push('  by expected index:');
    const indexOf = (code: string | null) => (code === null ? 'null' : code.replace(/\..*$/, ''));
    for (const index of [...new Set(labelled.map((r) => indexOf(r.expect)))].sort()) {
      const rows = results.filter((r) => indexOf(r.row.expect) === index);
      lines.push(`    ${index.padEnd(14)} ${pct(rows.filter((r) => r.got === r.row.expect).length, rows.length)}`);
    }
    lines.push('  misses:');
    for (const r of results.filter((x) => x.got !== x.row.expect)) {
      lines.push(`    ${JSON.stringify(r.row.text)} ${JSON.stringify(r.row.context)} → ${r.got} (expected ${r.row.expect})`);
    }
    console.log(lines.join('\n'));
    expect(labelled.length).toBeGreaterThanOrEqual(300);
    expect(labelled.filter((r) => r.expect === null).length).toBeGreaterThanOrEqual(60);
  });

  it('matches at least 98% of the labelled headings', () => {
    expect(correct.length / labelled.length).toBeGreaterThanOrEqual(0.98);
  });
});
