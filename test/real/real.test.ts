// Real documents nobody on the project wrote (../shared/real, beside the project as CI has it): the
// per-field table of the annotated set and the rates at scale on the bulk set, measured with the shared
// tools exactly as unseen documents are measured — through the built CLI. The documents stay outside
// the repository; a clone without ../shared/real skips this suite and says so.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const shared = resolve(process.cwd(), '..', 'shared');
const real = join(shared, 'real');
const tools = join(shared, 'tools');
const present = existsSync(join(real, 'annotated', 'gold')) && existsSync(join(tools, 'score-real.mjs'));
if (!present) console.log(`\nReal documents: skipped — ${real} is not there (a user's clone has no ../shared; CI has it).`);

// Formats the readers of this version cannot open yet are scored apart (the table on all files is printed).
const unreadable = /\.(?:pdf|doc)$/iu;

interface Scores {
  scores: Record<string, Record<string, number>>;
  macro: Record<string, number>;
}

function runTool(script: string, args: string[]): string {
  const result = spawnSync(process.execPath, [join(tools, script), ...args], { cwd: process.cwd(), encoding: 'utf8', maxBuffer: 1 << 28, timeout: 600_000 });
  if (result.status !== 0) throw new Error(`${script} failed: ${result.stderr.slice(0, 2000)}`);
  return result.stdout;
}

/** A set of the annotated documents whose format this version reads, as links in a temporary folder. */
function readableSet(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-real-'));
  mkdirSync(join(dir, 'raw'));
  mkdirSync(join(dir, 'gold'));
  for (const file of readdirSync(join(real, 'annotated', 'gold'))) {
    const gold = JSON.parse(readFileSync(join(real, 'annotated', 'gold', file), 'utf8')) as { raw: string };
    if (unreadable.test(gold.raw)) continue;
    symlinkSync(join(real, 'annotated', 'gold', file), join(dir, 'gold', file));
    symlinkSync(join(real, 'annotated', 'raw', gold.raw), join(dir, 'raw', gold.raw));
  }
  return dir;
}

// Floors on the readable annotated files (ratcheted: a change that drops a field below fails).
const annotatedFloor: Record<string, number> = {
  ran: 1, isPlan: 1, docType: 1, number: 1, issuedDate: 1, place: 1, issuer: 1, title: 1, indices: 1,
  legalBases: 0.97, 'legalBases.date': 0.97, 'legalBases.type': 0.97, citations: 0.95,
  'dimensions.recall': 1, 'dimensions.precision': 1, 'units.recall': 0.9, 'units.precision': 0.92,
  'coordinateUnits.recall': 0.7, topSections: 1, recipients: 0.97, 'signer.position': 1, 'signer.name': 1,
  purposes: 1, requirements: 1, nonDimensions: 1,
};
const bulkFloor: Record<string, number> = {
  'admin:record': 1, 'admin:number': 0.98, 'admin:issuedDate': 0.98, 'admin:docType': 0.98, 'admin:title': 0.95,
  'admin:issuer': 0.98, 'neg:record': 1, 'neg:notPlan': 0.99, 'neg:noNumber': 0.99,
};

describe.runIf(present)('real documents', () => {
  it('prints the per-field table of the annotated set and holds the floors on the files it reads', () => {
    console.log(`\nReal annotated documents, all files\n${runTool('score-real.mjs', ['--set', `real=${join(real, 'annotated')}`])}`);
    const dir = readableSet();
    try {
      const result = JSON.parse(runTool('score-real.mjs', ['--set', `readable=${dir}`, '--json'])) as Scores & { rows: Array<Record<string, string>> };
      const rows = result.rows.map((r) => `${r.field!.padEnd(24)}${r['set_readable']}`).join('\n');
      console.log(`Real annotated documents in the formats this version reads\n${rows}\nmacro ${(100 * result.macro['set_readable']!).toFixed(1)}%`);
      const scores = result.scores['set_readable']!;
      const low = Object.entries(annotatedFloor)
        .filter(([field, floor]) => (scores[field] ?? 0) < floor)
        .map(([field, floor]) => `${field} ${((scores[field] ?? 0) * 100).toFixed(1)}% < ${floor * 100}%`);
      expect(low).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);

  it('prints the bulk rates and holds their floors', () => {
    const out = runTool('check-bulk.mjs', ['--admin', join(real, 'bulk', 'admin'), '--neg', join(real, 'bulk', 'negatives')]);
    console.log(`\nReal documents at scale\n${out}`);
    const rates = JSON.parse(/^BULK (.*)$/mu.exec(out)![1]!) as Record<string, number>;
    const low = Object.entries(bulkFloor)
      .filter(([key, floor]) => (rates[key] ?? 0) < floor)
      .map(([key, floor]) => `${key} ${((rates[key] ?? 0) * 100).toFixed(1)}% < ${floor * 100}%`);
    expect(low).toEqual([]);
  }, 600_000);
});
