// The CLI with memory streams: exit codes, data-only stdout, one record per input.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { corpusDir } from '../helpers/gold.js';
import { memoryIO } from '../helpers/memory-io.js';

describe('kehoach extract', () => {
  it('one file → one pretty JSON document on stdout, exit 0', async () => {
    const m = memoryIO();
    const code = await run(['extract', join(corpusDir, '000_9bc95635cc1859e3.txt')], m.io);
    expect(code).toBe(0);
    expect(JSON.parse(m.out()).number.raw).toBe('7103/KH-SKHĐT');
  });

  it('several inputs → JSON lines in sorted order; a bad file gives an error record and exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-'));
    writeFileSync(join(dir, 'b.txt'), 'KẾ HOẠCH\nNâng cao Chỉ số PAPI\n');
    writeFileSync(join(dir, 'a.txt'), new Uint8Array([0x4b, 0xc9, 0x20, 0x48]));
    writeFileSync(join(dir, 'c.txt'), new Uint8Array());
    const m = memoryIO();
    const code = await run(['extract', dir], m.io);
    const records = m.out().trim().split('\n').map((l) => JSON.parse(l));
    expect(code).toBe(1);
    expect(records.map((r) => r.error?.code ?? r.docType)).toEqual(['ingest/undecodable', 'KẾ HOẠCH', 'ingest/empty']);
    expect(records.map((r) => r.source.path.split('/').pop())).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });

  it('reads stdin with "-"', async () => {
    const m = memoryIO('Số: 12/KH-UBND\nKẾ HOẠCH\nCải thiện Chỉ số SIPAS năm 2024\n');
    expect(await run(['extract', '-'], m.io)).toBe(0);
    expect(JSON.parse(m.out()).title).toBe('Cải thiện Chỉ số SIPAS năm 2024');
  });

  it.each([
    // [argv, exit code]
    [[], 2],
    [['extract'], 2],
    [['extract', '--format', 'xml', 'x.txt'], 2],
    [['frobnicate'], 2],
    [['extract', '/no/such/file.txt'], 1],
  ])('%j exits %i', async (argv, expected) => {
    const m = memoryIO();
    expect(await run(argv as string[], m.io)).toBe(expected);
  });
});

describe('kehoach summary and debug', () => {
  it('summary prints one line per plan', async () => {
    const m = memoryIO();
    await run(['summary', corpusDir], m.io);
    expect(m.out()).toMatch(/000_9bc95635cc1859e3\.txt\s+7103\/KH-SKHĐT\s+2021-09-13 Sở Kế hoạch và Đầu tư/u);
  });

  it('debug outline shows inferred sections', async () => {
    const m = memoryIO();
    await run(['debug', 'outline', join(corpusDir, '000_9bc95635cc1859e3.txt')], m.io);
    expect(m.out()).toContain('II.2 (inferred)');
    expect(m.err()).toContain('outline/numbering-restart');
  });
});

describe('extract --positions and --validate', () => {
  const plan = 'Số: 12/KH-UBND\nKẾ HOẠCH\nCải thiện Chỉ số PAPI năm 2024\n';
  const extract = async (...flags: string[]) => {
    const m = memoryIO(plan);
    const code = await run(['extract', '-', ...flags], m.io);
    return { code, out: m.out(), err: m.err() };
  };

  it('offsets writes [start, end]; none writes no position; full and --validate write the same bytes as no flag', async () => {
    const plain = await extract();
    expect(JSON.parse((await extract('--positions', 'offsets')).out).number.position).toEqual([4, 14]);
    expect(JSON.parse((await extract('--positions', 'none')).out).number).not.toHaveProperty('position');
    expect((await extract('--positions', 'full')).out).toBe(plain.out);
    const validated = await extract('--validate');
    expect(validated.code).toBe(0);
    expect(validated.out).toBe(plain.out);
  });

  it('a bad mode, or --positions with CSV, is bad usage (exit 2, nothing on stdout)', async () => {
    const bad = await extract('--positions', 'lines');
    expect([bad.code, bad.out]).toEqual([2, '']);
    expect(bad.err).toContain('--positions must be full, offsets or none');
    const csv = await extract('--format', 'csv', '--positions', 'offsets');
    expect([csv.code, csv.out]).toEqual([2, '']);
  });
});
