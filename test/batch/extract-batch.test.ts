// `kehoach extract` over folders, globs and real zip / tar / tar.gz files: one record per input in
// sorted order, error records for what cannot be read, refusals of hostile entries, exit codes, the
// --out folder, -o FILE, CSV tables, and the same bytes whatever --jobs is (the built CLI, real workers).
/* eslint-disable @typescript-eslint/no-explicit-any -- records are read as plain JSON */

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { mirroredPath } from '../../src/batch/output.js';
import { globParts } from '../../src/batch/glob.js';
import { compareNames } from '../../src/batch/archive/names.js';
import { tarBytes, zipBytes } from '../helpers/archives.js';
import { corpusDir } from '../helpers/gold.js';
import { memoryIO } from '../helpers/memory-io.js';

const seed = (name: string) => readFileSync(join(corpusDir, readdirSync(corpusDir).find((f) => f.startsWith(name) && f.endsWith('.txt'))!));
const plan000 = seed('000_');
const plan003 = seed('003_');
const plan004 = seed('004_');
// "Kế hoạch" in Windows-1258-like bytes: not UTF-8.
const notUtf8 = Buffer.from([0x4b, 0xea, 0x20, 0x68, 0x6f, 0x61, 0xef, 0x63, 0x68, 0x0a]);
const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]);

const paths = (records: Array<Record<string, any>>) => records.map((r) => r.source.path as string);
const errors = (records: Array<Record<string, any>>) => Object.fromEntries(records.filter((r) => r.error).map((r) => [r.source.path, r.error.code]));

/** A folder with nested plans, a non-UTF-8, a binary and an empty file, a PDF, and three archives. */
function makeWorkspace(): string {
  const root = mkdtempSync(join(tmpdir(), 'kehoach-batch-'));
  const dir = join(root, 'plans');
  mkdirSync(join(dir, '2024', 'q3'), { recursive: true });
  writeFileSync(join(dir, '2024', 'q3', 'b.txt'), plan000);
  writeFileSync(join(dir, 'a.md'), plan004);
  writeFileSync(join(dir, 'latin.txt'), notUtf8);
  writeFileSync(join(dir, 'image.txt'), binary);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'scan.png'), binary);
  const entries = [
    { name: 'z-last.txt', data: plan003 },
    { name: '2024/q3/plan.txt', data: plan000 },
    { name: 'latin.txt', data: notUtf8 },
    { name: 'image.txt', data: binary },
    { name: 'empty.txt', data: '' },
    { name: 'docs/scan.png', data: binary },
  ];
  writeFileSync(join(dir, 'bundle.zip'), zipBytes(entries));
  writeFileSync(join(dir, 'bundle.tar'), tarBytes(entries));
  writeFileSync(join(dir, 'bundle.tgz'), gzipSync(tarBytes(entries)));
  return root;
}

describe('extract over folders and archives (in process, one thread)', () => {
  const root = makeWorkspace();
  const dir = join(root, 'plans');

  it('one record per input, sorted, archive entries as archive!entry, error records for bad inputs, exit 1', async () => {
    const m = memoryIO();
    const code = await run(['extract', dir, '--jobs', '1'], m.io);
    expect(code).toBe(1);
    const records = m.lines();
    const rel = paths(records).map((p) => relative(dir, p));
    expect(rel).toEqual([
      '2024/q3/b.txt',
      'a.md',
      ...['bundle.tar', 'bundle.tgz', 'bundle.zip'].flatMap((a) => [`${a}!2024/q3/plan.txt`, `${a}!empty.txt`, `${a}!image.txt`, `${a}!latin.txt`, `${a}!z-last.txt`]),
      'empty.txt',
      'image.txt',
      'latin.txt',
    ]);
    const byPath = errors(records);
    expect(Object.values(byPath).sort()).toEqual([...Array(4).fill('ingest/binary'), ...Array(4).fill('ingest/empty'), ...Array(4).fill('ingest/undecodable')].sort());
    // Plans parsed from an archive equal the same plan read from a file, but for source.path.
    const fromFile = records.find((r) => r.source.path.endsWith('2024/q3/b.txt'))!;
    for (const archive of ['bundle.tar', 'bundle.tgz', 'bundle.zip']) {
      const fromArchive = records.find((r) => r.source.path === join(dir, `${archive}!2024/q3/plan.txt`))!;
      expect({ ...fromArchive, source: { ...fromArchive.source, path: null } }).toEqual({ ...fromFile, source: { ...fromFile.source, path: null } });
    }
    expect(records.find((r) => r.source.path.endsWith('bundle.zip!z-last.txt'))!.number.raw).toMatch(/\/KH-/u);
    // Stdout is data only; the summary names the failures and what was skipped.
    expect(m.err()).toMatch(/inputs: 8 ok, 12 failed \(ingest\/binary 4, ingest\/empty 4, ingest\/undecodable 4\); 4 skipped \(\.png 4\)/u);
  });

  it('a single file is pretty JSON; a missing input is an error record and exit 1; usage errors exit 2', async () => {
    const single = memoryIO();
    expect(await run(['extract', join(dir, 'a.md')], single.io)).toBe(0);
    expect(single.out().startsWith('{\n  "schemaVersion": "1"')).toBe(true);
    const missing = memoryIO();
    expect(await run(['extract', join(dir, 'a.md'), join(dir, 'nope.txt')], missing.io)).toBe(1);
    expect(errors(missing.lines())).toEqual({ [join(dir, 'nope.txt')]: 'input/not-found' });
    for (const argv of [
      ['extract', dir, '--jobs', '0'],
      ['extract', dir, '--jobs', 'two'],
      ['extract', dir, '--max-ratio', '-1'],
      ['extract', dir, '--out', join(root, 'o'), '-o', join(root, 'f')],
      ['extract', dir, '--table', 'plans'],
      ['extract', dir, '--format', 'csv', '--table', 'nope'],
      ['extract', dir, '--bogus'],
    ]) {
      const m = memoryIO();
      expect(await run(argv, m.io), argv.join(' ')).toBe(2);
      expect(m.out()).toBe('');
    }
  });

  it('globs: ** and {a,b}; a pattern matching nothing is an error record', async () => {
    const m = memoryIO();
    await run(['extract', `${dir}/**/*.{md,tgz}`, `${dir}/*.docx`], m.io);
    expect(paths(m.lines()).map((p) => relative(dir, p).replace(/!.*/u, '!…'))).toEqual(['*.docx', 'a.md', 'bundle.tgz!…', 'bundle.tgz!…', 'bundle.tgz!…', 'bundle.tgz!…', 'bundle.tgz!…']);
    expect(errors(m.lines())[`${dir}/*.docx`]).toBe('input/no-match');
    expect(globParts('plans/**/*.txt').matches('2024/q3/x.txt')).toBe(true);
    expect(globParts('plans/**/*.txt').matches('x.txt')).toBe(true);
    expect(globParts('plans/*.txt').matches('2024/x.txt')).toBe(false);
  });

  it('--fail-fast stops at the first failed record', async () => {
    const m = memoryIO();
    expect(await run(['extract', dir, '--fail-fast', '--jobs', '1'], m.io)).toBe(1);
    const records = m.lines();
    expect(records.at(-1)!.error.code).toBe('ingest/empty');
    expect(records.filter((r) => r.error)).toHaveLength(1);
    expect(m.err()).toMatch(/--fail-fast/u);
  });

  it('--out DIR: one JSON per input mirroring its path, archive entries below the archive name', async () => {
    const out = join(root, 'out');
    const m = memoryIO();
    await run(['extract', dir, '--out', out, '--jobs', '1'], { ...m.io, cwd: root });
    expect(m.out()).toBe('');
    const written: string[] = [];
    const walk = (d: string) => readdirSync(d, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(join(d, e.name)) : written.push(relative(out, join(d, e.name)))));
    walk(out);
    expect(written).toContain('plans/2024/q3/b.txt.json');
    expect(written).toContain('plans/bundle.zip/2024/q3/plan.txt.json');
    expect(written).toContain('plans/image.txt.json');
    expect(written.filter((w) => w.endsWith('.tmp'))).toEqual([]);
    expect(written).toHaveLength(20);
    expect(JSON.parse(readFileSync(join(out, 'plans/image.txt.json'), 'utf8')).error.code).toBe('ingest/binary');
  });

  it('mirrored paths never leave the output folder', () => {
    expect(mirroredPath('/elsewhere/x/plan.txt', '/elsewhere/x', '/work')).toBe('x/plan.txt.json');
    expect(mirroredPath('../up/plan.txt', '../up/plan.txt', '/work/here')).toBe('plan.txt.json');
    expect(mirroredPath('a.zip!../../etc/passwd', 'a.zip', '/work')).toBe('a.zip/_/_/etc/passwd.json');
    expect(mirroredPath('C:/x.zip!C:/y.txt', 'C:/x.zip', '/work')).not.toMatch(/^\/|\.\./u);
    expect(mirroredPath('-', '-', '/work')).toBe('stdin.json');
  });

  it('a link inside --out DIR that points elsewhere is refused', async () => {
    const out = join(root, 'out-link');
    const elsewhere = mkdtempSync(join(tmpdir(), 'kehoach-elsewhere-'));
    mkdirSync(out);
    symlinkSync(elsewhere, join(out, 'plans'));
    const m = memoryIO();
    expect(await run(['extract', join(dir, 'a.md'), '--out', out], { ...m.io, cwd: root })).toBe(1);
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(m.err()).toMatch(/refused to write .* leads outside/u);
  });

  it('a progress bar on stderr only when it is a terminal; --quiet drops it and the summary', async () => {
    const terminal = memoryIO();
    await run(['extract', join(dir, 'a.md'), join(dir, '2024')], { ...terminal.io, stderrIsTTY: true });
    expect(terminal.err()).toMatch(/\r\[#+\.*\] 2 records · 0\.\d MB · [\d.]+ MB\/s/u);
    expect(terminal.out()).not.toMatch(/\r/u);
    const pipe = memoryIO();
    await run(['extract', join(dir, 'a.md'), join(dir, '2024')], pipe.io);
    expect(pipe.err()).not.toMatch(/\r/u);
    const quiet = memoryIO();
    await run(['extract', join(dir, 'a.md'), join(dir, '2024'), '--quiet'], { ...quiet.io, stderrIsTTY: true });
    expect(quiet.err()).toBe('');
  });

  it('-o to a device or a pipe writes into it and leaves it one (no temporary file renamed over it)', async () => {
    const fifo = join(root, 'pipe');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return console.log('mkfifo is not available here: skipped');
    const received = join(root, 'received.jsonl');
    const reader = spawn('sh', ['-c', `cat "${fifo}" > "${received}"`]);
    const closed = new Promise((done) => reader.on('close', done));
    const m = memoryIO();
    await run(['extract', join(dir, 'a.md'), '--format', 'jsonl', '-o', fifo, '--quiet'], m.io);
    await closed;
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(JSON.parse(readFileSync(received, 'utf8').trim()).number.raw).toBe('/KH-SVHTTDL');
    expect(readdirSync(root).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('-o FILE and CSV tables: plans keeps one row per input, errors included', async () => {
    const file = join(root, 'plans.csv');
    const m = memoryIO();
    await run(['extract', dir, '--format', 'csv', '--table', 'plans', '-o', file, '--jobs', '1'], m.io);
    const csv = readFileSync(file, 'utf8');
    expect(csv.startsWith('\uFEFFdocument,ok,error_code,error,is_plan,doc_type,number')).toBe(true);
    const rows = csv.trim().split('\r\n');
    expect(rows).toHaveLength(1 + 20);
    expect(rows.filter((r) => r.includes(',false,ingest/'))).toHaveLength(12);
    const sections = memoryIO();
    await run(['extract', join(dir, 'a.md'), '--format', 'csv', '--table', 'sections'], sections.io);
    expect(sections.out().split('\r\n')[0]).toBe('\uFEFFdocument,number,id,parent,label,level,heading,kind,dimension,dimension_label,confidence,items,inferred,line');
    const citations = memoryIO();
    await run(['extract', join(dir, 'a.md'), '--format', 'csv', '--table', 'citations'], citations.io);
    expect(citations.out()).toMatch(/,true,Kế hoạch,KH,21\/KH-UBND,2021-02-02,Ủy ban nhân dân tỉnh Hưng Yên,/u);
  });
});

describe('hostile archives give error records, never files outside or crashes', () => {
  const root = mkdtempSync(join(tmpdir(), 'kehoach-hostile-'));
  const zeros = Buffer.alloc(5 * 1024 * 1024);
  writeFileSync(join(root, 'evil.zip'), zipBytes([
    { name: '../../evil.txt', data: 'x' },
    { name: '/etc/abs.txt', data: 'x' },
    { name: 'C:\\win\\drive.txt', data: 'x' },
    { name: 'link.txt', data: '/etc/passwd', unixMode: 0o120777 },
    { name: 'bomb.txt', data: zeros },
    { name: 'ok.txt', data: plan004 },
  ]));
  writeFileSync(join(root, 'evil.tgz'), gzipSync(tarBytes([
    { name: '../evil.txt', data: 'x' },
    { name: 'hard.txt', type: '1', linkName: 'ok.txt' },
    { name: 'dev.txt', type: '3' },
    { name: 'ok.txt', data: plan004 },
  ])));
  writeFileSync(join(root, 'broken.zip'), zipBytes([{ name: 'a.txt', data: plan004 }]).subarray(0, 200));

  it('refuses unsafe names, links, devices, bombs; reads the good entry; reports a corrupt archive', async () => {
    const m = memoryIO();
    expect(await run(['extract', root, '--jobs', '1'], m.io)).toBe(1);
    const byPath = Object.fromEntries(m.lines().map((r) => [relative(root, r.source.path), r.error?.code ?? 'ok']));
    expect(byPath).toMatchObject({
      'broken.zip': 'archive/corrupt',
      'evil.tgz!../evil.txt': 'archive/unsafe-path',
      'evil.tgz!dev.txt': 'archive/special',
      'evil.tgz!hard.txt': 'archive/link',
      'evil.tgz!ok.txt': 'ok',
      'evil.zip!bomb.txt': 'archive/ratio',
      'evil.zip!link.txt': 'archive/link',
      'evil.zip!ok.txt': 'ok',
    });
    const codes = Object.values(byPath);
    expect(codes.filter((c) => c === 'archive/unsafe-path')).toHaveLength(4);
    expect(existsSync(join(root, '..', 'evil.txt'))).toBe(false);
  });

  it('limits are flags: a smaller entry limit refuses the plan, more entries than allowed refuse the archive', async () => {
    const small = memoryIO();
    await run(['extract', join(root, 'evil.tgz'), '--max-entry-mb', '0.001'], small.io);
    expect(errors(small.lines())[`${join(root, 'evil.tgz')}!ok.txt`]).toBe('archive/entry-too-large');
    const few = memoryIO();
    await run(['extract', join(root, 'evil.zip'), '--max-entries', '2'], few.io);
    expect(few.lines().map((r) => r.error?.code)).toEqual(['archive/too-many-entries']);
    const file = memoryIO();
    await run(['extract', join(corpusDir, readdirSync(corpusDir).find((f) => f.startsWith('003_'))!), '--max-entry-mb', '0.001'], file.io);
    expect(JSON.parse(file.out()).error.code).toBe('input/too-large');
  });
});

describe('the built CLI with real worker threads', () => {
  // Built by the global setup (test/helpers/build.ts).
  const bin = join(process.cwd(), 'dist', 'cli', 'bin.js');

  it('--jobs 1 and --jobs 2 give byte-identical output, run after run; stdout is data only', () => {
    const root = makeWorkspace();
    const args = [bin, 'extract', join(root, 'plans'), corpusDir];
    const one = spawnSync(process.execPath, [...args, '--jobs', '1'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const two = spawnSync(process.execPath, [...args, '--jobs', '2'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const again = spawnSync(process.execPath, [...args, '--jobs', '2'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(again.stdout).toBe(one.stdout);
    const lines = one.stdout.trim().split('\n');
    expect(lines.length).toBe(20 + readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).length);
    for (const line of lines) JSON.parse(line);
    expect(two.stderr).toMatch(/inputs: \d+ ok, 12 failed/u);
  });

  it('a worker that dies fails only the input it was parsing; the batch goes on with a new worker', () => {
    const root = makeWorkspace();
    const args = [bin, 'extract', join(root, 'plans'), corpusDir, '--jobs', '2'];
    const normal = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
    const crashing = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, KEHOACH_TEST_WORKER_EXIT: 'bundle.zip!z-last.txt' } });
    expect(crashing.status).toBe(1);
    const before = normal.stdout.trim().split('\n');
    const after = crashing.stdout.trim().split('\n');
    expect(after).toHaveLength(before.length);
    const changed = after.map((line, i) => (line === before[i] ? null : JSON.parse(line))).filter(Boolean);
    expect(changed).toHaveLength(1);
    expect(changed[0].source.path.endsWith('bundle.zip!z-last.txt')).toBe(true);
    expect(changed[0].error.code).toBe('internal/worker-exit');
    expect(crashing.stderr).toMatch(/internal\/worker-exit 1/u);
  });

  it('an input that exhausts a worker\'s heap is parsed again on the main thread: same output, no error', () => {
    const root = makeWorkspace();
    const args = [bin, 'extract', join(root, 'plans'), '--jobs', '2'];
    const normal = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
    const exhausted = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, KEHOACH_TEST_WORKER_OOM: 'bundle.zip!z-last.txt' } });
    expect(exhausted.stdout).toBe(normal.stdout);
    expect(exhausted.stdout).toContain('bundle.zip!z-last.txt');
    expect(exhausted.stderr).not.toMatch(/worker-exit/u);
  });

  it('worker output is byte-identical to in-process output, in sorted input order', async () => {
    const root = makeWorkspace();
    for (const flags of [[], ['--positions', 'offsets'], ['--positions', 'none', '--validate']]) {
      const inline = memoryIO();
      await run(['extract', join(root, 'plans'), corpusDir, '--jobs', '1', '--quiet', ...flags], inline.io);
      const workers = spawnSync(process.execPath, [bin, 'extract', join(root, 'plans'), corpusDir, '--jobs', '2', '--quiet', ...flags], { encoding: 'utf8', maxBuffer: 1 << 28 });
      expect(workers.stdout).toBe(inline.out());
      const order = inline.lines().map((r) => r.source.path as string);
      // Sorted by path over all inputs: where the temporary folder sorts against the checkout depends
      // on the machine, so each input's own order is checked, and the whole list against its sort.
      const fromRoot = order.filter((p) => p.startsWith(root)).map((p) => relative(root, p));
      const fromCorpus = order.filter((p) => p.startsWith(corpusDir)).map((p) => relative(corpusDir, p));
      expect(fromRoot.slice(0, 3)).toEqual(['plans/2024/q3/b.txt', 'plans/a.md', 'plans/bundle.tar!2024/q3/plan.txt']);
      expect(fromCorpus.slice(-2)).toEqual(['707_binh-phuoc-papi-hai-phu-luc.txt', '708_huyen-tuy-phuoc-par-sipas-space-table.txt']);
      expect(fromRoot.length + fromCorpus.length).toBe(order.length);
      expect(order).toEqual([...order].sort(compareNames));
    }
  });

  it('reads stdin with "-" and exits 0', () => {
    const result = spawnSync(process.execPath, [bin, 'extract', '-'], { input: plan004, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).source.path).toBe('-');
  });
});
