// `npm run bench`: one run → one table of speed figures on stdout, bench/results.json, and the table
// between <!-- bench:start --> and <!-- bench:end --> in README.md. Progress goes to stderr.
// Every measurement is time-boxed so the whole run stays under 5 minutes on a 2-core machine even with
// a slow parser; the CLI runs go over the whole synthetic set, or over a share of it (BENCH_SCALE, or
// chosen automatically from the measured parsePlan speed) when the whole set would not fit.
// Env: BENCH_SCALE (0–1, share of the synthetic set for the CLI runs; default: auto, 1 when it fits),
//      BENCH_SECONDS (seconds per throughput measurement; default 8).
// See bench/README.md for what each row means.

import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ensureData, loadCorpus, repeatBody, splitPlan } from './synthetic.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA = join(ROOT, 'bench', '.data');
const DIST = pathToFileURL(join(ROOT, 'dist', 'index.js')).href;
const BIN = join('dist', 'cli', 'bin.js');
const T0 = performance.now();
const elapsed = () => (performance.now() - T0) / 1000;
const log = (s) => process.stderr.write(`[bench ${elapsed().toFixed(0).padStart(3)} s] ${s}\n`);

/** The whole run aims to end by this many seconds; the CLI runs get what the rest leaves (≤ 150 s). */
const DEADLINE_S = 270;
/** CLI runs chosen automatically are stopped so that the run ends by this many seconds. */
const HARD_DEADLINE_S = 285;
const CLI_BUDGET_S = 150;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const SCALE_ENV = process.env.BENCH_SCALE;

const TARGETS = {
  parseMBps: 30, // parsePlan ≥ 30 MB/s
  floorRatio: 15, // parsePlan within 15× of the floor
  remarkRatio: 10, // parsePlan ≥ 10× remark-parse
  jobsSpeedup: 1.7, // --jobs 2 ≥ 1.7× --jobs 1
  rssMB: 400, // peak RSS ≤ 400 MB
  startupMs: 200, // start-up ≤ 200 ms
  growth8x: 9, // 8× input ≤ 9× the 1× time
  pathoSPerMB: 1, // ≤ 1 s/MB
};

// ---------------------------------------------------------------------------------------------------
// Inputs

const manifest = ensureData({ corpusDir: join(ROOT, 'corpus'), dataDir: DATA, log });
const corpus = loadCorpus(join(ROOT, 'corpus'));
const corpusBufs = corpus.map((p) => p.buf);
const corpusBytes = corpusBufs.reduce((n, b) => n + b.length, 0);
const { parsePlan } = await import(DIST);
const { unified } = await import('unified');
const { default: remarkParse } = await import('remark-parse');

// ---------------------------------------------------------------------------------------------------
// Single-thread throughput, time-boxed: one warm-up pass (at most 3 s), then round-robin over the texts
// until `seconds` have passed.

function throughput(fn, bufs, seconds) {
  // Warm-up: 3 s (at least one pass), so the JIT has compiled the hot code before the clock starts.
  const warm = performance.now();
  for (let i = 0; i < bufs.length || performance.now() - warm < 3000; i++) fn(bufs[i % bufs.length]);
  let bytes = 0;
  let docs = 0;
  const start = performance.now();
  let now = start;
  for (let i = 0; now - start < seconds * 1000; i++) {
    const b = bufs[i % bufs.length];
    fn(b);
    bytes += b.length;
    docs++;
    now = performance.now();
  }
  const s = (now - start) / 1000;
  return { seconds: s, bytes, docs, MBps: bytes / 1e6 / s, docsPerSec: docs / s };
}

const decoder = new TextDecoder();
const LINE = /^\s*(?:[IVXLC]+|\d+(?:\.\d+)*)[.)]\s/u;
let sink = 0;
const floorFn = (buf) => {
  const lines = decoder.decode(buf).normalize('NFC').split(/\r?\n/);
  for (const line of lines) if (LINE.test(line)) sink++;
};
const remark = unified().use(remarkParse);
const remarkFn = (buf) => {
  sink += remark.parse(decoder.decode(buf)).children.length;
};
const parseFn = (buf) => {
  sink += parsePlan(buf).sections.length;
};

log(`parsePlan on corpus/*.txt (${corpus.length} docs, ${(corpusBytes / 1e6).toFixed(2)} MB), ${SECONDS} s …`);
const parse = throughput(parseFn, corpusBufs, SECONDS);
log(`  ${parse.MBps.toFixed(2)} MB/s`);
log(`floor baseline, ${SECONDS} s …`);
const floor = throughput(floorFn, corpusBufs, SECONDS);
log(`  ${floor.MBps.toFixed(1)} MB/s`);
log(`remark-parse, ${SECONDS} s …`);
const remarkRes = throughput(remarkFn, corpusBufs, SECONDS);
log(`  ${remarkRes.MBps.toFixed(2)} MB/s`);

// ---------------------------------------------------------------------------------------------------
// CLI start-up: median of 11 runs on the smallest corpus file.

const devnull = openSync('/dev/null', 'w');
const smallest = [...corpus].sort((a, b) => a.buf.length - b.buf.length)[0];
const startupRuns = [];
log(`CLI start-up (11 × extract ${relative(ROOT, smallest.path)}) …`);
for (let i = 0; i < 11; i++) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [BIN, 'extract', relative(ROOT, smallest.path)], { cwd: ROOT, stdio: ['ignore', devnull, 'ignore'] });
  startupRuns.push(performance.now() - t);
  if (r.status !== 0) log(`  exit ${r.status}`);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const startupMs = median(startupRuns);
log(`  ${startupMs.toFixed(0)} ms`);
// Baseline in the same run: Node starting an empty script, which no CLI can beat on this machine.
const nodeRuns = [];
for (let i = 0; i < 11; i++) {
  const t = performance.now();
  spawnSync(process.execPath, ['-e', ''], { stdio: 'ignore' });
  nodeRuns.push(performance.now() - t);
}
const nodeStartupMs = median(nodeRuns);
log(`  node alone: ${nodeStartupMs.toFixed(0)} ms`);

// ---------------------------------------------------------------------------------------------------
// parsePlan on one big input in a worker thread, stopped at a time limit. Resolves with the run times.

const warmBufs = corpusBufs.filter((_, i) => i % 6 === 0);
function timedParse(input, { runs, budgetMs, firstLimitMs }) {
  return new Promise((resolve) => {
    const times = [];
    let timer;
    let done = false;
    const worker = new Worker(new URL('./timed-worker.mjs', import.meta.url), {
      workerData: { dist: DIST, input, warm: warmBufs, runs, budgetMs },
    });
    const finish = (extra) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      worker.terminate();
      resolve({ times, ...extra });
    };
    const arm = (ms) => {
      clearTimeout(timer);
      timer = setTimeout(() => finish({ timedOut: true, limitMs: ms }), ms);
    };
    arm(60_000); // import + warm-up
    worker.on('message', (m) => {
      if (m.warm) arm(firstLimitMs);
      else {
        times.push(m.ms);
        arm(Math.max(firstLimitMs, m.ms * 2 + 1000));
      }
    });
    worker.on('error', (e) => finish({ error: String(e?.message ?? e), errorStack: String(e?.stack ?? '').split('\n').slice(0, 4).join('\n') }));
    worker.on('exit', () => finish({}));
  });
}

// Linear growth: one real plan, its body repeated to ~1 MB (numbering restarts in each copy), then 2×, 4×, 8×.
const growthPlan = corpus.find((p) => p.name.startsWith('000_')) ?? corpus[0];
const parts = splitPlan(growthPlan.text);
const bodyBytes = Buffer.byteLength(parts.body.join('\n') + '\n');
const reps = Math.max(1, Math.round(1e6 / bodyBytes));
const growth = [];
let t1 = null;
for (const n of [1, 2, 4, 8]) {
  const input = Buffer.from([...parts.head, ...repeatBody(parts.body, reps * n, false), ...parts.foot].join('\n'), 'utf8');
  log(`linear growth ${n}× (${(input.length / 1e6).toFixed(2)} MB) …`);
  const firstLimitMs = t1 === null ? 30_000 : Math.max(5000, t1 * n * 2 + 2000);
  const r = await timedParse(input, { runs: 3, budgetMs: 4000, firstLimitMs });
  const best = r.times.length ? Math.min(...r.times) : null;
  if (n === 1) t1 = best;
  growth.push({ factor: n, bytes: input.length, runs: r.times, bestMs: best, timedOut: !!r.timedOut && best === null, limitMs: r.limitMs, error: r.error });
  log(best === null ? `  no result (${r.error ?? `stopped after ${(firstLimitMs / 1000).toFixed(0)} s`})` : `  ${(best / 1000).toFixed(2)} s`);
}
for (const g of growth) {
  if (g.bestMs !== null && t1) g.ratio = g.bestMs / t1;
  else if (g.timedOut && t1) g.ratioAtLeast = g.limitMs / t1;
}

// Pathological inputs and big.txt: s/MB, the time limit is a few s/MB (above the 1 s/MB target anyway).
const pathoInputs = [
  ...Object.entries(manifest.patho).map(([name, p]) => ({ name: `patho/${name}`, path: join(DATA, p.path) })),
  { name: 'big.txt', path: join(DATA, manifest.big.path) },
];
const patho = [];
for (const p of pathoInputs) {
  const input = readFileSync(p.path);
  const mb = input.length / 1e6;
  const firstLimitMs = Math.min(25_000, Math.max(5000, mb * 3000));
  log(`${p.name} (${mb.toFixed(2)} MB) …`);
  const r = await timedParse(input, { runs: 2, budgetMs: 2000, firstLimitMs });
  const best = r.times.length ? Math.min(...r.times) : null;
  const entry = { name: p.name, bytes: input.length, runs: r.times, bestMs: best, timedOut: best === null && !!r.timedOut, limitMs: r.limitMs, error: r.error, errorStack: r.errorStack };
  entry.sPerMB = best !== null ? best / 1000 / mb : null;
  if (entry.timedOut) entry.sPerMBAtLeast = r.limitMs / 1000 / mb;
  patho.push(entry);
  log(best === null ? `  no result (${r.error ?? `stopped after ${(firstLimitMs / 1000).toFixed(0)} s`})` : `  ${entry.sPerMB.toFixed(2)} s/MB`);
}

// ---------------------------------------------------------------------------------------------------
// CLI on the synthetic set: --jobs 1 and --jobs 2, wall time and peak RSS from /usr/bin/time.

const setDirs = manifest.set.dirs;
const setBytes = manifest.set.bytes;
let scale;
let scaleHow;
let cliBudgetS = null;
let predictedS = null;
const overheadFactor = 0.8; // the CLI reads files and writes JSON besides parsing, on longer documents
if (SCALE_ENV !== undefined && SCALE_ENV !== '') {
  scale = Math.min(1, Math.max(0, Number(SCALE_ENV)));
  if (!Number.isFinite(scale) || scale <= 0) throw new Error(`BENCH_SCALE must be a number in (0, 1], got ${SCALE_ENV}`);
  scaleHow = 'BENCH_SCALE';
} else {
  cliBudgetS = Math.max(10, Math.min(CLI_BUDGET_S, DEADLINE_S - elapsed()));
  // Both runs are budgeted at the --jobs 1 speed (a missing --jobs or no speed-up must still fit).
  const perRun = cliBudgetS / 2 - startupMs / 1000;
  scale = Math.min(1, (perRun * parse.MBps * overheadFactor * 1e6) / setBytes);
  scale = Math.max(1 / setDirs.length, Math.floor(scale * 100) / 100);
  scaleHow = 'auto';
}
let cliInputs;
let chosen;
if (scale >= 1) {
  chosen = setDirs;
  cliInputs = [relative(ROOT, join(DATA, 'set'))];
} else {
  chosen = setDirs.slice(0, Math.max(1, Math.round(scale * setDirs.length)));
  cliInputs = chosen.map((d) => relative(ROOT, join(DATA, 'set', d.dir)));
}
const cliFiles = chosen.reduce((n, d) => n + d.files, 0);
const cliBytes = chosen.reduce((n, d) => n + d.bytes, 0);
const actualScale = cliBytes / setBytes;
predictedS = startupMs / 1000 + cliBytes / 1e6 / (parse.MBps * overheadFactor);
const haveTime = existsSync('/usr/bin/time');

function runCli(extraArgs, limitS) {
  return new Promise((resolve) => {
    const args = [BIN, 'extract', ...cliInputs, '--format', 'jsonl', ...extraArgs];
    const cmd = haveTime ? '/usr/bin/time' : process.execPath;
    const argv = haveTime ? ['-f', '%e %M', process.execPath, ...args] : args;
    const t = performance.now();
    const child = spawn(cmd, argv, { cwd: ROOT, stdio: ['ignore', devnull, 'pipe'], detached: true });
    let tail = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s) => {
      tail = (tail + s).slice(-4096);
    });
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      try {
        process.kill(-child.pid, 'SIGKILL'); // the group: time, node and any workers it started
      } catch {
        // already gone
      }
    }, limitS * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      const wallJs = (performance.now() - t) / 1000;
      const last = tail.trim().split('\n').at(-1) ?? '';
      const m = /^(\d+(?:\.\d+)?) (\d+)$/.exec(last.trim());
      resolve({
        args: extraArgs,
        exitCode: code,
        killed,
        wallS: m ? Number(m[1]) : wallJs,
        peakRssMB: m ? Number(m[2]) / 1024 : null,
        stderrTail: tail.slice(-600),
      });
    });
  });
}

// Auto scale: stop a run at 3× its prediction, and early enough for the other run and the report.
const cliLimitS = (runsLeft) => (scaleHow === 'auto' ? Math.max(20, Math.min(predictedS * 3, (HARD_DEADLINE_S - elapsed()) / runsLeft)) : 1800);
log(`CLI extract on ${cliFiles} files, ${(cliBytes / 1e6).toFixed(1)} MB (scale ${actualScale.toFixed(2)}, ${scaleHow}; predicted ≈ ${predictedS.toFixed(0)} s per run) --jobs 1 …`);
let jobsSupported = true;
let cli1 = await runCli(['--jobs', '1'], cliLimitS(2));
if (cli1.exitCode === 2 && !cli1.killed) {
  log('  the CLI rejects --jobs (exit 2): running without it');
  jobsSupported = false;
  cli1 = await runCli([], cliLimitS(2));
}
log(`  ${cli1.wallS.toFixed(1)} s, exit ${cli1.exitCode}${cli1.killed ? ' (killed)' : ''}`);
log(`CLI --jobs 2 …`);
const cli2 = await runCli(jobsSupported ? ['--jobs', '2'] : [], cliLimitS(1));
log(`  ${cli2.wallS.toFixed(1)} s, exit ${cli2.exitCode}${cli2.killed ? ' (killed)' : ''}`);
closeSync(devnull);
for (const c of [cli1, cli2]) {
  c.MBps = cliBytes / 1e6 / c.wallS;
  c.docsPerSec = cliFiles / c.wallS;
}
const speedup = cli2.killed || cli1.killed ? null : cli1.wallS / cli2.wallS;

// ---------------------------------------------------------------------------------------------------
// Report

const f = (x, d = 2) => (x === null || x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(d));
const sig = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const verdict = (ok) => (ok === null ? '–' : ok ? 'pass' : '**FAIL**');
const rows = [];
const row = (measurement, value, target = '–', ok = null) => rows.push({ measurement, value, target, pass: ok });

const floorRatio = floor.MBps / parse.MBps;
const remarkRatio = parse.MBps / remarkRes.MBps;
row(`parsePlan, single thread, corpus (${corpus.length} docs, ${f(corpusBytes / 1e6)} MB)`, `${sig(parse.MBps)} MB/s · ${sig(parse.docsPerSec)} docs/s`, `≥ ${TARGETS.parseMBps} MB/s`, parse.MBps >= TARGETS.parseMBps);
row('floor: decode + NFC + split + 1 regex/line', `${sig(floor.MBps)} MB/s · ${sig(floor.docsPerSec)} docs/s`);
row('remark-parse (unified)', `${sig(remarkRes.MBps)} MB/s · ${sig(remarkRes.docsPerSec)} docs/s`);
row('floor ÷ parsePlan (times slower than the floor)', `${sig(floorRatio)}×`, `≤ ${TARGETS.floorRatio}×`, floorRatio <= TARGETS.floorRatio);
row('parsePlan ÷ remark-parse (times faster)', `${sig(remarkRatio)}×`, `≥ ${TARGETS.remarkRatio}×`, remarkRatio >= TARGETS.remarkRatio);
const setLabel = `${cliFiles} files, ${f(cliBytes / 1e6, 1)} MB${actualScale < 0.9999 ? `, scale ${f(actualScale)} ${scaleHow === 'auto' ? 'chosen automatically' : 'from BENCH_SCALE'}` : ''}`;
const cliValue = (c) =>
  c.killed
    ? `killed after ${f(c.wallS, 0)} s`
    : `${f(c.wallS, 1)} s · ${sig(c.MBps)} MB/s · ${sig(c.docsPerSec)} docs/s · peak RSS ${c.peakRssMB === null ? '?' : f(c.peakRssMB, 0)} MB${c.exitCode ? ` · exit ${c.exitCode}` : ''}`;
const rssOk = (c) => (c.peakRssMB === null || c.killed ? null : c.peakRssMB <= TARGETS.rssMB);
row(`CLI extract --jobs 1${jobsSupported ? '' : ' (no --jobs)'}, synthetic set (${setLabel})`, cliValue(cli1), `peak RSS ≤ ${TARGETS.rssMB} MB`, rssOk(cli1));
row(`CLI extract --jobs 2${jobsSupported ? '' : ' (no --jobs)'}, same set`, cliValue(cli2), `peak RSS ≤ ${TARGETS.rssMB} MB`, rssOk(cli2));
row(`speed-up --jobs 2 ÷ --jobs 1${jobsSupported ? '' : ' (no --jobs)'}`, speedup === null ? '–' : `${f(speedup)}×`, `≥ ${TARGETS.jobsSpeedup}×`, speedup === null ? false : speedup >= TARGETS.jobsSpeedup);
row(`CLI start-up, median of 11 (extract ${smallest.name}, ${smallest.buf.length} B)`, `${f(startupMs, 0)} ms`, `≤ ${TARGETS.startupMs} ms`, startupMs <= TARGETS.startupMs);
row('baseline: \`node -e ""\` start-up, median of 11', `${f(nodeStartupMs, 0)} ms`, '–', null);
const g8 = growth.at(-1);
const growthValue = growth
  .map((g) => `${g.factor}×: ${g.bestMs === null ? `> ${f((g.limitMs ?? 0) / 1000, 0)} s` : `${f(g.bestMs / 1000)} s`}${g.factor > 1 ? ` (${g.ratio !== undefined ? f(g.ratio, 1) : g.ratioAtLeast !== undefined ? `> ${f(g.ratioAtLeast, 1)}` : '?'}×)` : ''}`)
  .join(' · ');
let growthOk = false; // no 8× result: fail
if (g8.ratio !== undefined) growthOk = g8.ratio <= TARGETS.growth8x;
else if (g8.ratioAtLeast !== undefined && g8.ratioAtLeast <= TARGETS.growth8x) growthOk = null; // stopped early: unknown
row(`linear growth, ${growthPlan.name.slice(0, 3)} body repeated (1× = ${f(growth[0].bytes / 1e6)} MB), best of ≤ 3`, growthValue, `8× ≤ ${TARGETS.growth8x}× the 1× time`, growthOk);
for (const p of patho) {
  const value = p.bestMs !== null ? `${f(p.sPerMB)} s/MB (${f(p.bestMs / 1000)} s for ${f(p.bytes / 1e6)} MB)` : p.timedOut ? `> ${f(p.sPerMBAtLeast)} s/MB (stopped after ${f(p.limitMs / 1000, 0)} s)` : `error: ${p.error}`;
  const ok = p.bestMs !== null ? p.sPerMB <= TARGETS.pathoSPerMB : false;
  row(p.name === 'big.txt' ? `big.txt (${manifest.big.from.slice(0, 3)}, one ${f(p.bytes / 1e6, 1)} MB document)` : `pathological: ${p.name}`, value, `≤ ${TARGETS.pathoSPerMB} s/MB`, ok);
}

const cpus = os.cpus();
const machine = { cpus: cpus.length, cpuModel: cpus[0]?.model?.trim() ?? 'unknown', node: process.version, platform: `${os.platform()} ${os.arch()}`, memoryGB: +(os.totalmem() / 2 ** 30).toFixed(1) };
const date = new Date().toISOString();
const escape = (s) => String(s).replace(/\|/g, '\\|');
const table = [
  `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGB} GB, Node ${machine.node}, ${machine.platform} · ${date.slice(0, 16).replace('T', ' ')} UTC · synthetic set ${manifest.set.files} files, ${f(setBytes / 1e6, 1)} MB; CLI runs at scale ${f(actualScale)} (${scaleHow})`,
  '',
  '| measurement | value | target | pass/fail |',
  '|---|---|---|---|',
  ...rows.map((r) => `| ${escape(r.measurement)} | ${escape(r.value)} | ${escape(r.target)} | ${verdict(r.pass)} |`),
].join('\n');

const totalS = elapsed();
process.stdout.write(`${table}\n\nBench time ${f(totalS, 0)} s (MB = 10^6 bytes; peak RSS in MiB).\n`);

const results = {
  date,
  machine,
  benchSeconds: +totalS.toFixed(1),
  secondsPerThroughput: SECONDS,
  targets: TARGETS,
  corpus: { docs: corpus.length, bytes: corpusBytes },
  synthetic: { recipeVersion: manifest.recipeVersion, files: manifest.set.files, bytes: setBytes, retypings: manifest.set.retypings, big: manifest.big, patho: manifest.patho },
  parsePlan: parse,
  floor,
  remark: remarkRes,
  ratios: { floorOverParse: floorRatio, parseOverRemark: remarkRatio },
  cli: {
    scale: actualScale,
    scaleRequested: scale,
    scaleHow,
    budgetSeconds: cliBudgetS,
    predictedSecondsPerRun: predictedS,
    inputs: cliInputs,
    files: cliFiles,
    bytes: cliBytes,
    jobsSupported,
    jobs1: cli1,
    jobs2: cli2,
    speedup,
  },
  startup: { medianMs: startupMs, runsMs: startupRuns, file: smallest.name, bytes: smallest.buf.length, nodeAloneMedianMs: nodeStartupMs },
  growth: { plan: growthPlan.name, bodyRepeatsAt1x: reps, steps: growth },
  patho,
  pass: Object.fromEntries(rows.filter((r) => r.pass !== null).map((r) => [r.measurement, r.pass])),
  sink,
};
writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');

// README.md: replace the marked region (add a "## Speed" section before "## Contribute" if absent).
const readmePath = join(ROOT, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';
const region = `${START}\n${table}\n${END}`;
let next;
if (readme.includes(START) && readme.includes(END)) {
  next = readme.slice(0, readme.indexOf(START)) + region + readme.slice(readme.indexOf(END) + END.length);
} else {
  const section =
    '## Speed\n' +
    '`npm run bench` (under 5 minutes) builds, then measures `parsePlan` single-thread on the corpus against a\n' +
    'floor (decode + NFC + split + one regex per line) and remark-parse, the CLI on a ≥ 100 MB synthetic set of\n' +
    're-typed plans with 1 and 2 jobs, start-up, linear growth and pathological inputs; it writes\n' +
    '`bench/results.json` and the table below (rows explained in `bench/README.md`).\n\n' +
    `${region}\n\n`;
  const at = readme.indexOf('## Contribute');
  next = at >= 0 ? readme.slice(0, at) + section + readme.slice(at) : `${readme.trimEnd()}\n\n${section}`;
}
if (next !== readme) writeFileSync(readmePath, next);
log(`wrote bench/results.json and README.md (${f(totalS, 0)} s)`);
