// `npm run bench`: one run → one table of what users meet, on stdout, in bench/results.json, and between
// <!-- bench:start --> and <!-- bench:end --> in README.md. Progress goes to stderr. ~4–5 minutes on 2 cores.
// Real documents (../shared/real/bulk) are used when that folder is present, never copied into the
// repository (the repeated sets are built in a temporary folder outside it and removed at the end);
// without it, distinct synthetic plans built from corpus/ take their place (synthetic.mjs).
// Env: BENCH_REAL=0 uses the synthetic sets even when the real ones are present.
// See bench/README.md for what each row means and how the sets are built.
/* global performance, setTimeout, clearTimeout, setInterval, clearInterval */

import { spawn, spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { distinctPlans, loadCorpus } from './synthetic.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = pathToFileURL(join(ROOT, 'dist', 'index.js')).href;
const BIN = join(ROOT, 'dist', 'cli', 'bin.js');
const REAL = join(ROOT, '..', 'shared', 'real', 'bulk');
const T0 = performance.now();
const LOAD_START = os.loadavg()[0];
const elapsed = () => (performance.now() - T0) / 1000;
const log = (s) => process.stderr.write(`[bench ${elapsed().toFixed(0).padStart(3)} s] ${s}\n`);

/** The run aims to end by this many seconds (brief: under ~6 minutes); the RSS run is stopped to fit. */
const DEADLINE_S = 340;
const TARGETS = {
  singlePassMBps: 8, // parsePlan single pass ≥ 8 MB/s
  floorRatio: 20, // floor ÷ parsePlan ≤ 20×
  cliJobs1MBps: 6, // extract --jobs 1 ≥ 6 MB/s
  jobsSpeedup: 1.8, // --jobs 2 ÷ --jobs 1 ≥ 1.8×
  startupRatio: 2.5, // start-up ≤ 2.5× `node -e 0`
  rssMB: 400, // peak RSS ≤ 400 MB
};
const JOBS_SET_BYTES = 24e6;
const RSS_SET_FILES = 13_984;
const MB = 1e6;
const MiB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------------
// The sets. single: parsed once each (real: bulk/admin). bulk: the base of the repeated sets
// (real: bulk/admin + bulk/negatives). jobs: bulk repeated under new names to ≥ 24 MB. rss: bulk
// repeated under new names to 13,984 files. All repeated copies go to a temporary folder.

const useReal = existsSync(join(REAL, 'admin')) && existsSync(join(REAL, 'negatives')) && process.env.BENCH_REAL !== '0';
const TMP = mkdtempSync(join(os.tmpdir(), 'kehoach-bench-'));
let cleaned = false;
const cleanup = () => {
  if (cleaned) return;
  cleaned = true;
  rmSync(TMP, { recursive: true, force: true });
};
process.on('exit', cleanup);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

const listDir = (dir) =>
  readdirSync(dir)
    .filter((f) => !f.startsWith('.'))
    .sort()
    .map((f) => join(dir, f))
    .filter((p) => statSync(p).isFile());
const sizeOf = (files) => files.reduce((n, f) => n + statSync(f).size, 0);

let single; // { label, dir, files, bytes }
let bulkFiles; // absolute paths, the base of the repeated sets
let synthStats = null;
if (useReal) {
  const admin = listDir(join(REAL, 'admin'));
  const negatives = listDir(join(REAL, 'negatives'));
  single = { label: `real bulk/admin, ${admin.length} .md`, dir: join(REAL, 'admin'), files: admin, bytes: sizeOf(admin) };
  bulkFiles = [...admin, ...negatives];
  log(`real set: ${admin.length} admin + ${negatives.length} negatives (${((single.bytes + sizeOf(negatives)) / MB).toFixed(1)} MB)`);
} else {
  log(`${existsSync(REAL) ? 'BENCH_REAL=0' : '../shared/real absent'}: building distinct synthetic plans from corpus/ …`);
  synthStats = {};
  const plans = distinctPlans(loadCorpus(join(ROOT, 'corpus')), { minBytes: 16e6, stats: synthStats });
  const dir = join(TMP, 'synthetic');
  mkdirSync(dir);
  for (const p of plans) writeFileSync(join(dir, p.name), p.buf);
  const all = plans.map((p) => join(dir, p.name));
  // single: the first ≥ 8 MB of them, in their own folder so the CLI can be given the folder.
  const singleDir = join(TMP, 'single');
  mkdirSync(singleDir);
  const singleFiles = [];
  let bytes = 0;
  for (const p of plans) {
    if (bytes >= 8e6) break;
    copyFileSync(join(dir, p.name), join(singleDir, p.name));
    singleFiles.push(join(singleDir, p.name));
    bytes += p.buf.length;
  }
  single = { label: `synthetic distinct plans, ${singleFiles.length} .txt`, dir: singleDir, files: singleFiles, bytes };
  bulkFiles = all;
  log(`  ${plans.length} plans, ${(sizeOf(all) / MB).toFixed(1)} MB (single set: ${singleFiles.length}, ${(bytes / MB).toFixed(1)} MB)`);
}
const bulkSizes = bulkFiles.map((f) => statSync(f).size);
const baseName = (f) => f.split('/').at(-1);

/** The bulk set copied under new names ("r03_<name>", copy 3) into TMP/<name>/ until `enough` says stop. */
function repeated(name, enough) {
  const dir = join(TMP, name);
  mkdirSync(dir);
  let files = 0;
  let bytes = 0;
  for (let copy = 0; !enough(files, bytes); copy++) {
    for (let i = 0; i < bulkFiles.length && !enough(files, bytes); i++) {
      copyFileSync(bulkFiles[i], join(dir, `r${String(copy).padStart(2, '0')}_${baseName(bulkFiles[i])}`));
      files++;
      bytes += bulkSizes[i];
    }
  }
  return { dir, files, bytes };
}

// ---------------------------------------------------------------------------------------------------
// Helpers: a child process timed by wall clock, stopped at a limit; its process tree's memory.

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kb = (status, key) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);

/** pid and all its descendants (worker *threads* are tasks of the same process, not children). */
function processTree(pid) {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    let tasks = [];
    try {
      tasks = readdirSync(`/proc/${out[i]}/task`);
    } catch {
      continue;
    }
    for (const t of tasks) {
      try {
        const kids = readFileSync(`/proc/${out[i]}/task/${t}/children`, 'utf8').trim();
        if (kids) out.push(...kids.split(/\s+/).map(Number));
      } catch {
        // gone
      }
    }
  }
  return out;
}

/** Memory of the tree now: summed VmRSS, summed VmHWM (each process's own peak), the root's VmHWM, threads. */
function treeMemory(pid) {
  let rss = 0;
  let hwm = 0;
  let rootHwm = 0;
  let threads = 0;
  let processes = 0;
  for (const p of processTree(pid)) {
    let s;
    try {
      s = readFileSync(`/proc/${p}/status`, 'utf8');
    } catch {
      continue;
    }
    processes++;
    rss += kb(s, 'VmRSS');
    hwm += kb(s, 'VmHWM');
    threads += kb(s, 'Threads');
    if (p === pid) rootHwm = kb(s, 'VmHWM');
  }
  return processes ? { rssKB: rss, hwmKB: hwm, rootHwmKB: rootHwm, threads, processes } : null;
}

/**
 * Runs `node <args>` and resolves { wallS, exitCode, killed, stderrTail, lines, memory }.
 * stdout: 'null' (to /dev/null) or 'count' (a pipe whose newlines are counted: records of jsonl).
 * With `sample`, /proc is polled every 50 ms and `marks` (record counts) record the memory when reached.
 */
function runNode(args, { limitS, stdout = 'null', sample = false, marks = [] }) {
  return new Promise((resolve) => {
    const devnull = stdout === 'null' ? openSync('/dev/null', 'w') : null;
    const t = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', devnull ?? 'pipe', 'pipe'], detached: true });
    if (devnull !== null) closeSync(devnull);
    let tail = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s) => {
      tail = (tail + s).slice(-2000);
    });
    let lines = 0;
    const peak = { rssKB: 0, hwmKB: 0, rootHwmKB: 0, threads: 0, processes: 0, samples: 0 };
    const at = [];
    const take = () => {
      const m = treeMemory(child.pid);
      if (!m) return null;
      peak.samples++;
      for (const k of ['rssKB', 'hwmKB', 'rootHwmKB', 'threads', 'processes']) peak[k] = Math.max(peak[k], m[k]);
      return m;
    };
    const pending = [...marks];
    if (stdout === 'count') {
      child.stdout.on('data', (chunk) => {
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
        while (pending.length && lines >= pending[0]) {
          const m = take();
          at.push({ records: pending.shift(), seconds: (performance.now() - t) / 1000, ...(m ?? {}) });
        }
      });
    }
    const poll = sample ? setInterval(take, 50) : null;
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      try {
        process.kill(-child.pid, 'SIGKILL'); // the group: node and anything it started
      } catch {
        // already gone
      }
    }, limitS * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      resolve({ wallS: (performance.now() - t) / 1000, exitCode: code, killed, stderrTail: tail.slice(-600), lines, memory: sample ? { peak, at } : undefined });
    });
  });
}

const extractArgs = (inputs, extra) => [BIN, 'extract', ...inputs, '--format', 'jsonl', '--quiet', ...extra];

// ---------------------------------------------------------------------------------------------------
// 1. parsePlan single pass (fresh processes): default options (+ floor), then validate: true.

const listPath = join(TMP, 'single.json');
writeFileSync(listPath, JSON.stringify({ files: single.files }));
function singlePass(flags) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bench', 'single-pass.mjs'), listPath, DIST, ...flags], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * MiB, timeout: 180_000 });
  if (r.status !== 0) throw new Error(`single-pass ${flags.join(' ')} failed (exit ${r.status}): ${(r.stderr ?? '').slice(-800)}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1));
}
log(`parsePlan single pass, default options, fresh process: ${single.label}, ${(single.bytes / MB).toFixed(2)} MB …`);
const pass = singlePass(['--floor']);
log(`  ${pass.MBps.toFixed(2)} MB/s (${pass.seconds.toFixed(2)} s); floor ${pass.floor.MBps.toFixed(1)} MB/s`);
log('parsePlan single pass, validate: true, fresh process …');
const passValidate = singlePass(['--validate']);
log(`  ${passValidate.MBps.toFixed(2)} MB/s (${passValidate.seconds.toFixed(2)} s)`);

// ---------------------------------------------------------------------------------------------------
// 2. CLI --jobs 1 on the single set. Output to a file in TMP: `-o /dev/null` must not be used, the CLI
// writes -o FILE atomically (a temporary file renamed over the target), which would replace /dev/null.

const outFile = join(TMP, 'out.jsonl');
const cliRun = async (inputs, jobs, limitS) => {
  const r = await runNode(extractArgs(inputs, ['--jobs', String(jobs), '-o', outFile]), { limitS });
  rmSync(outFile, { force: true });
  return r;
};
log(`CLI extract --jobs 1 on the same ${single.files.length} files …`);
const cliSingle = await cliRun([single.dir], 1, 120);
cliSingle.MBps = single.bytes / MB / cliSingle.wallS;
log(`  ${cliSingle.wallS.toFixed(1)} s, ${cliSingle.MBps.toFixed(2)} MB/s, exit ${cliSingle.exitCode}${cliSingle.killed ? ' (killed)' : ''}`);

// ---------------------------------------------------------------------------------------------------
// 3. Start-up: `extract corpus/<smallest plan>.txt` against `node -e 0`, interleaved, median of 11 each.

const corpusFiles = readdirSync(join(ROOT, 'corpus')).filter((f) => f.endsWith('.txt'));
const isPlanByGold = (f) => {
  try {
    return JSON.parse(readFileSync(join(ROOT, 'corpus', f.replace(/\.txt$/, '.gold.json')), 'utf8')).isPlan === true;
  } catch {
    return false;
  }
};
const smallest = corpusFiles
  .filter(isPlanByGold)
  .map((f) => ({ name: f, bytes: statSync(join(ROOT, 'corpus', f)).size }))
  .sort((a, b) => a.bytes - b.bytes)[0];
const STARTUP_RUNS = 11;
log(`start-up: ${STARTUP_RUNS} × (node -e 0, extract corpus/${smallest.name}) …`);
const nodeRuns = [];
const cliRuns = [];
for (let i = 0; i < STARTUP_RUNS + 1; i++) {
  let t = performance.now();
  spawnSync(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  const nodeMs = performance.now() - t;
  t = performance.now();
  const r = spawnSync(process.execPath, [BIN, 'extract', join('corpus', smallest.name)], { cwd: ROOT, stdio: 'ignore' });
  const cliMs = performance.now() - t;
  if (r.status !== 0) log(`  extract exit ${r.status}`);
  if (i === 0) continue; // the first pair only brings node and the files into the page cache
  nodeRuns.push(nodeMs);
  cliRuns.push(cliMs);
}
const startup = { file: smallest.name, bytes: smallest.bytes, runs: STARTUP_RUNS, cliMedianMs: median(cliRuns), nodeMedianMs: median(nodeRuns), cliRunsMs: cliRuns, nodeRunsMs: nodeRuns };
startup.ratio = startup.cliMedianMs / startup.nodeMedianMs;
log(`  extract ${startup.cliMedianMs.toFixed(0)} ms, node -e 0 ${startup.nodeMedianMs.toFixed(0)} ms (${startup.ratio.toFixed(2)}×)`);

// ---------------------------------------------------------------------------------------------------
// 4. --jobs 2 ÷ --jobs 1 on ≥ 24 MB (the bulk set repeated under new names).

const jobsSet = repeated('jobs', (_files, bytes) => bytes >= JOBS_SET_BYTES);
log(`CLI --jobs 1 / --jobs 2 on ${jobsSet.files} files, ${(jobsSet.bytes / MB).toFixed(1)} MB …`);
const jobs1 = await cliRun([jobsSet.dir], 1, 90);
log(`  --jobs 1: ${jobs1.wallS.toFixed(1)} s, exit ${jobs1.exitCode}${jobs1.killed ? ' (killed)' : ''}`);
const jobs2 = await cliRun([jobsSet.dir], 2, 90);
log(`  --jobs 2: ${jobs2.wallS.toFixed(1)} s, exit ${jobs2.exitCode}${jobs2.killed ? ' (killed)' : ''}`);
for (const j of [jobs1, jobs2]) j.MBps = jobsSet.bytes / MB / j.wallS;
const speedup = jobs1.killed || jobs2.killed || jobs1.exitCode || jobs2.exitCode ? null : jobs1.wallS / jobs2.wallS;
rmSync(jobsSet.dir, { recursive: true, force: true });

// ---------------------------------------------------------------------------------------------------
// 5. Peak RSS: 13,984 texts with --jobs 2, the process tree polled in /proc, RSS at 25/50/75/100%.

const rssSet = repeated('rss', (files) => files >= RSS_SET_FILES);
const marks = [0.25, 0.5, 0.75, 1].map((q) => Math.ceil(q * rssSet.files));
const rssLimitS = Math.max(30, DEADLINE_S - elapsed() - 15);
log(`peak RSS: --jobs 2 on ${rssSet.files} files, ${(rssSet.bytes / MB).toFixed(0)} MB (stopped after ${rssLimitS.toFixed(0)} s) …`);
const rssRun = await runNode(extractArgs([rssSet.dir], ['--jobs', '2']), { limitS: rssLimitS, stdout: 'count', sample: true, marks });
rmSync(rssSet.dir, { recursive: true, force: true });
const mem = rssRun.memory;
// One process (worker threads): its VmHWM is the exact peak. Child processes: the largest sampled sum.
const peakKB = Math.max(mem.peak.rssKB, mem.peak.rootHwmKB);
const rss = {
  files: rssSet.files,
  bytes: rssSet.bytes,
  wallS: rssRun.wallS,
  exitCode: rssRun.exitCode,
  killed: rssRun.killed,
  records: rssRun.lines,
  peakMiB: peakKB / 1024,
  peakSampledTreeRssMiB: mem.peak.rssKB / 1024,
  rootHwmMiB: mem.peak.rootHwmKB / 1024,
  maxProcesses: mem.peak.processes,
  maxThreads: mem.peak.threads,
  samples: mem.peak.samples,
  at: mem.at.map((a, i) => ({ share: [0.25, 0.5, 0.75, 1][i], records: a.records, seconds: +a.seconds.toFixed(1), rssMiB: a.rssKB / 1024, hwmMiB: a.rootHwmKB / 1024 })),
  stderrTail: rssRun.stderrTail,
};
rss.MBps = rss.killed ? (rss.records / rss.files) * (rss.bytes / MB) / rss.wallS : rss.bytes / MB / rss.wallS;
const first = rss.at[0];
const last = rss.at.at(-1);
rss.growth = first && last && last !== first ? last.rssMiB / first.rssMiB - 1 : null;
log(`  peak ${rss.peakMiB.toFixed(0)} MiB, ${rss.records}/${rss.files} records in ${rss.wallS.toFixed(1)} s, exit ${rss.exitCode}${rss.killed ? ' (killed)' : ''}`);

// ---------------------------------------------------------------------------------------------------
// 6. For comparison with earlier runs: the 62 corpus files parsed over and over (cache-warm), in this process.

const corpus = loadCorpus(join(ROOT, 'corpus'));
const corpusBytes = corpus.reduce((n, p) => n + p.buf.length, 0);
const { parsePlan } = await import(DIST);
log(`repeated corpus (cache-warm): ${corpus.length} files, 2 s warm-up + 5 s …`);
let sink = 0;
let warm = performance.now();
for (let i = 0; i < corpus.length || performance.now() - warm < 2000; i++) sink += parsePlan(corpus[i % corpus.length].buf).sections.length;
let warmBytes = 0;
let warmDocs = 0;
warm = performance.now();
while (performance.now() - warm < 5000) {
  const p = corpus[warmDocs % corpus.length];
  sink += parsePlan(p.buf).sections.length;
  warmBytes += p.buf.length;
  warmDocs++;
}
const warmS = (performance.now() - warm) / 1000;
const repeatedCorpus = { files: corpus.length, bytes: corpusBytes, seconds: warmS, parsed: warmDocs, MBps: warmBytes / MB / warmS, docsPerSec: warmDocs / warmS };
log(`  ${repeatedCorpus.MBps.toFixed(2)} MB/s`);

// ---------------------------------------------------------------------------------------------------
// Report

const f = (x, d = 2) => (x === null || x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(d));
const sig = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const verdict = (ok) => (ok === null ? '–' : ok ? 'pass' : '**FAIL**');
const rows = [];
const row = (measure, value, target = '–', ok = null) => rows.push({ measure, value, target, pass: ok });
const runNote = (r) => `${r.exitCode ? ` · exit ${r.exitCode}` : ''}${r.killed ? ' · killed at the time limit' : ''}`;

const setWord = useReal ? 'real' : 'synthetic';
const floorRatio = pass.floor.MBps / pass.MBps;
row(
  `\`parsePlan\` single pass, default options, fresh process (${single.label}, ${f(single.bytes / MB)} MB, each once)`,
  `${sig(pass.MBps)} MB/s · ${sig(pass.docsPerSec)} docs/s · ${f(pass.seconds)} s (first 10% of files: ${f(pass.firstTenthSeconds)} s)`,
  `≥ ${TARGETS.singlePassMBps} MB/s`,
  pass.MBps >= TARGETS.singlePassMBps,
);
row(
  'floor ÷ parsePlan on the same bytes (floor: decode + NFC + split + 1 regex/line, same process, once)',
  `${sig(floorRatio)}× (floor ${sig(pass.floor.MBps)} MB/s)`,
  `≤ ${TARGETS.floorRatio}×`,
  floorRatio <= TARGETS.floorRatio,
);
row('`parsePlan` single pass with `validate: true` (information; fresh process, same files)', `${sig(passValidate.MBps)} MB/s · ${f(passValidate.seconds)} s`);
row(
  `\`kehoach extract --jobs 1\` on the same files (${single.files.length}, to a file)`,
  `${sig(cliSingle.MBps)} MB/s · ${f(cliSingle.wallS, 1)} s wall${runNote(cliSingle)}`,
  `≥ ${TARGETS.cliJobs1MBps} MB/s`,
  cliSingle.killed || cliSingle.exitCode ? false : cliSingle.MBps >= TARGETS.cliJobs1MBps,
);
row(
  `\`--jobs 2\` ÷ \`--jobs 1\` (${jobsSet.files} ${setWord} texts, ${f(jobsSet.bytes / MB, 1)} MB, ${useReal ? 'admin + negatives' : 'distinct plans'} repeated under new names)`,
  `${speedup === null ? '–' : `${f(speedup)}×`} (${f(jobs1.wallS, 1)} s → ${f(jobs2.wallS, 1)} s; ${sig(jobs1.MBps)} → ${sig(jobs2.MBps)} MB/s)${runNote(jobs1)}${runNote(jobs2)}`,
  `≥ ${TARGETS.jobsSpeedup}×`,
  speedup === null ? false : speedup >= TARGETS.jobsSpeedup,
);
row(
  `start-up: \`extract corpus/${smallest.name}\` (${smallest.bytes} B) ÷ \`node -e 0\`, medians of ${STARTUP_RUNS}`,
  `${f(startup.ratio)}× (${f(startup.cliMedianMs, 0)} ms ÷ ${f(startup.nodeMedianMs, 0)} ms)`,
  `≤ ${TARGETS.startupRatio}×`,
  startup.ratio <= TARGETS.startupRatio,
);
// Growth: RSS at 100% against 25% (RSS moves with the garbage collector, so ±10% is "flat"), and whether
// the peak (VmHWM) is still rising in the last quarter.
const growthWord =
  rss.growth === null
    ? 'growth unknown'
    : `${Math.abs(rss.growth) <= 0.1 ? 'flat' : rss.growth > 0 ? 'grows' : 'shrinks'} (${rss.growth >= 0 ? '+' : ''}${f(rss.growth * 100, 0)}% from 25% to 100%${rss.at.length === 4 && rss.at[3].hwmMiB > rss.at[2].hwmMiB * 1.02 ? ', peak still rising in the last quarter' : ''})`;
const atText = rss.at.map((a) => `${a.share * 100}%: ${f(a.rssMiB, 0)}`).join(' · ');
const hwmText = rss.at.map((a) => f(a.hwmMiB, 0)).join('/');
row(
  `peak RSS, ${rss.files} ${setWord} texts (${f(rss.bytes / MB, 0)} MB, the bulk set repeated under new names), \`--jobs 2\`, process tree via /proc (${rss.maxProcesses} process${rss.maxProcesses > 1 ? 'es' : ''}, ≤ ${rss.maxThreads} threads)`,
  `${f(rss.peakMiB, 0)} MB · RSS at ${atText} MB (peak so far ${hwmText}) → ${growthWord} · ${f(rss.wallS, 0)} s, ${sig(rss.MBps)} MB/s${runNote(rss)}${rss.killed ? ` (${rss.records}/${rss.files} records)` : ''}`,
  `≤ ${TARGETS.rssMB} MB`,
  rss.killed ? (rss.peakMiB > TARGETS.rssMB ? false : null) : rss.exitCode ? false : rss.peakMiB <= TARGETS.rssMB,
);
row(`repeated corpus (cache-warm): \`parsePlan\` over the ${corpus.length} corpus files again and again, after 2 s warm-up (not a target)`, `${sig(repeatedCorpus.MBps)} MB/s · ${sig(repeatedCorpus.docsPerSec)} docs/s`);

const cpus = os.cpus();
const load = { oneMinuteAtStart: +LOAD_START.toFixed(2), oneMinuteAtEnd: +os.loadavg()[0].toFixed(2), fiveMinutesAtEnd: +os.loadavg()[1].toFixed(2) };
const machine = { load, cpus: cpus.length, cpuModel: cpus[0]?.model?.trim() ?? 'unknown', node: process.version, platform: `${os.platform()} ${os.arch()}`, memoryGB: +(os.totalmem() / 2 ** 30).toFixed(1) };
const date = new Date().toISOString();
const escape = (s) => String(s).replace(/\|/g, '\\|');
const totalS = elapsed();
const table = [
  `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGB} GB, Node ${machine.node}, ${machine.platform} · ${date.slice(0, 16).replace('T', ' ')} UTC · ${useReal ? 'real documents (a development set beside the project, not shipped)' : `synthetic sets (${existsSync(REAL) ? 'BENCH_REAL=0' : 'no real development set here'})`} · one run, ${f(totalS, 0)} s · load average ${f(load.oneMinuteAtStart)} at start, ${f(load.fiveMinutesAtEnd)} over the last 5 min (other work on the 2 cores slows every row) · MB = 10^6 bytes, RSS in MiB · rows explained in bench/README.md`,
  '',
  '| measure (one run, 2-core machine) | value | target | pass/fail |',
  '|---|---|---|---|',
  ...rows.map((r) => `| ${escape(r.measure)} | ${escape(r.value)} | ${escape(r.target)} | ${verdict(r.pass)} |`),
].join('\n');
process.stdout.write(`${table}\n`);

const results = {
  date,
  machine,
  benchSeconds: +totalS.toFixed(1),
  sets: {
    real: useReal,
    single: { label: single.label, files: single.files.length, bytes: single.bytes },
    bulk: { files: bulkFiles.length, bytes: bulkSizes.reduce((a, b) => a + b, 0) },
    jobs: { files: jobsSet.files, bytes: jobsSet.bytes },
    rss: { files: rssSet.files, bytes: rssSet.bytes },
    ...(synthStats ? { synthetic: synthStats } : {}),
  },
  targets: TARGETS,
  singlePass: pass,
  singlePassValidate: passValidate,
  floorOverParse: floorRatio,
  cliJobs1: cliSingle,
  jobs: { jobs1, jobs2, speedup },
  startup,
  rss,
  repeatedCorpus,
  pass: Object.fromEntries(rows.filter((r) => r.pass !== null).map((r) => [r.measure, r.pass])),
  sink,
};
writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');

// README.md: only the marked region changes.
const readmePath = join(ROOT, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';
if (readme.includes(START) && readme.includes(END)) {
  const next = readme.slice(0, readme.indexOf(START)) + `${START}\n${table}\n${END}` + readme.slice(readme.indexOf(END) + END.length);
  if (next !== readme) writeFileSync(readmePath, next);
  log('wrote bench/results.json and the README table');
} else {
  log('README.md has no bench markers: wrote bench/results.json only');
}
cleanup();
