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

// Scans are read by OCR and held to what OCR can give (the typed parts of a header: no handwriting, no
// signature under a seal); every other file — Markdown exports, .docx, .doc, PDFs with a text layer — to
// the full floors. The gold's `format` says which files are scans.
const isScan = (gold: { format?: string }) => gold.format === 'pdf-scan';

interface Scores {
  scores: Record<string, Record<string, number>>;
  macro: Record<string, number>;
}

function runTool(script: string, args: string[]): string {
  const result = spawnSync(process.execPath, [join(tools, script), ...args], { cwd: process.cwd(), encoding: 'utf8', maxBuffer: 1 << 28, timeout: 600_000 });
  if (result.status !== 0) throw new Error(`${script} failed: ${result.stderr.slice(0, 2000)}`);
  return result.stdout;
}

/** The annotated documents that `keep` selects, as links in a temporary folder. */
function subset(keep: (gold: { raw: string; format?: string }) => boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-real-'));
  mkdirSync(join(dir, 'raw'));
  mkdirSync(join(dir, 'gold'));
  for (const file of readdirSync(join(real, 'annotated', 'gold'))) {
    const gold = JSON.parse(readFileSync(join(real, 'annotated', 'gold', file), 'utf8')) as { raw: string; format?: string };
    if (!keep(gold)) continue;
    symlinkSync(join(real, 'annotated', 'gold', file), join(dir, 'gold', file));
    symlinkSync(join(real, 'annotated', 'raw', gold.raw), join(dir, 'raw', gold.raw));
  }
  return dir;
}

// Floors on the annotated files other than scans (ratcheted: a change that drops a field below fails).
const annotatedFloor: Record<string, number> = {
  ran: 1, isPlan: 1, docType: 1, number: 1, issuedDate: 1, place: 1, issuer: 1, title: 1, indices: 1,
  legalBases: 0.99, 'legalBases.date': 0.99, 'legalBases.type': 0.99, citations: 0.98,
  'dimensions.recall': 1, 'dimensions.precision': 1, 'units.recall': 0.96, 'units.precision': 0.96,
  'coordinateUnits.recall': 0.97, topSections: 1, recipients: 0.99, 'signer.position': 1, 'signer.name': 1,
  purposes: 1, requirements: 1, nonDimensions: 1,
};
// Scans: what the typed page gives (the serial and the day are handwritten on both scans, so number and
// issue date are not held here; their typed parts are checked below).
const scanFloor: Record<string, number> = { ran: 1, docType: 1, title: 1, issuer: 1, place: 1, topSections: 1, legalBases: 0.95 };
const bulkFloor: Record<string, number> = {
  'admin:record': 1, 'admin:number': 0.98, 'admin:issuedDate': 0.98, 'admin:docType': 0.98, 'admin:title': 0.95,
  'admin:issuer': 0.98, 'neg:record': 1, 'neg:notPlan': 0.99, 'neg:noNumber': 0.99,
};

describe.runIf(present)('real documents', () => {
  it('prints the per-field table of the annotated set and holds the floors on every file, scans apart', () => {
    const text = subset((gold) => !isScan(gold));
    const scans = subset(isScan);
    try {
      const args = ['--set', `text=${text}`, '--set', `scans=${scans}`];
      const result = JSON.parse(runTool('score-real.mjs', [...args, '--json'])) as Scores & { rows: Array<Record<string, string>> };
      const columns = ['all', 'set_text', 'set_scans'];
      const table = result.rows.map((r) => `${r.field!.padEnd(24)}${columns.map((c) => (r[c] ?? '-').padEnd(34)).join('')}`).join('\n');
      const macro = columns.filter((c) => result.macro[c] !== undefined).map((c) => `${c} ${(100 * result.macro[c]!).toFixed(1)}%`).join('  ');
      console.log(`\nReal annotated documents\n${'field'.padEnd(24)}${columns.map((c) => c.padEnd(34)).join('')}\n${table}\nmacro ${macro}`);
      const low = (set: string, floors: Record<string, number>) =>
        Object.entries(floors)
          .filter(([field, floor]) => (result.scores[set]![field] ?? 0) < floor)
          .map(([field, floor]) => `${set} ${field} ${((result.scores[set]![field] ?? 0) * 100).toFixed(1)}% < ${floor * 100}%`);
      expect([...low('set_text', annotatedFloor), ...low('set_scans', scanFloor)]).toEqual([]);
    } finally {
      rmSync(text, { recursive: true, force: true });
      rmSync(scans, { recursive: true, force: true });
    }
  }, 900_000);

  it('reads the typed parts of a scan\'s number and date (the handwritten serial and day left out)', () => {
    let checked = 0;
    for (const file of readdirSync(join(real, 'annotated', 'gold'))) {
      const entry = JSON.parse(readFileSync(join(real, 'annotated', 'gold', file), 'utf8')) as { raw: string; format?: string; gold: { number?: string; issuedDate?: string } };
      const gold = { ...entry.gold, raw: entry.raw, format: entry.format };
      if (!isScan(gold) || !gold.number) continue;
      checked++;
      const out = spawnSync(process.execPath, [join(process.cwd(), 'dist', 'cli', 'bin.js'), 'extract', join(real, 'annotated', 'raw', gold.raw)], { encoding: 'utf8', maxBuffer: 1 << 28, timeout: 300_000 });
      const doc = JSON.parse(out.stdout) as { number?: { symbol: string } | null; issuedDate?: { iso: string } | null };
      expect([gold.raw, doc.number?.symbol]).toEqual([gold.raw, gold.number.slice(gold.number.indexOf('/') + 1)]);
      expect([gold.raw, gold.issuedDate?.startsWith(doc.issuedDate?.iso ?? '-')]).toEqual([gold.raw, true]);
    }
    expect(checked).toBe(2);
  }, 900_000);

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
