// Threshold calibration for the dimension matcher: sweeps the fuzzy and under-parent thresholds over
// the labelled set (test/fixtures/dimension-labels.jsonl), scoring its even lines (calibration half)
// and odd lines (held-out half) separately. Run after `npm run build`: node scripts/calibrate-dimensions.mjs
import { readFileSync } from 'node:fs';
import { readDimension, thresholds } from '../dist/normalize/dimension/match.js';

const rows = readFileSync(new URL('../test/fixtures/dimension-labels.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
const halves = [rows.filter((_, i) => i % 2 === 0), rows.filter((_, i) => i % 2 === 1)];
const accuracy = (set, tuning) => set.filter((r) => (readDimension(r.text, r.context, tuning).decision?.code ?? null) === r.expect).length / set.length;

console.log(`current: fuzzy ${thresholds.fuzzy}, underParent ${thresholds.underParent}, margin ${thresholds.margin}`);
console.log('fuzzy  underParent  calibration  held-out');
for (let fuzzy = 0.7; fuzzy <= 0.951; fuzzy += 0.02) {
  for (const underParent of [0.6, 0.66, 0.72, 0.78]) {
    const tuning = { ...thresholds, fuzzy, underParent };
    const [cal, held] = halves.map((h) => accuracy(h, tuning));
    console.log(`${fuzzy.toFixed(2)}   ${underParent.toFixed(2)}         ${(100 * cal).toFixed(1)}%       ${(100 * held).toFixed(1)}%`);
  }
}
