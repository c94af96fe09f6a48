// One single pass of parsePlan over a list of files, in the fresh process run.mjs starts for it: every
// file parsed exactly once, no warm-up, so the JIT, the caches and the lazy tables start cold as they do
// for a user who parses documents they have not parsed before. The files are read into memory first
// (reading is not parsing); the clock runs from the first parse to the end of the last.
// With --floor, the floor runs next on the same buffers in the same process, also once per file: decode
// UTF-8, NFC, split lines, one regex test per line (the least any parser of these texts must do).
//   node bench/single-pass.mjs <list.json> <dist/index.js URL> [--validate] [--floor]
// list.json: { "files": ["/abs/path", …] }. Prints one JSON object on stdout.
/* global performance, TextDecoder */

import { readFileSync } from 'node:fs';

const [listPath, dist, ...flags] = process.argv.slice(2);
const validate = flags.includes('--validate');
const { files } = JSON.parse(readFileSync(listPath, 'utf8'));
const bufs = files.map((f) => readFileSync(f));
const bytes = bufs.reduce((n, b) => n + b.length, 0);

const i0 = performance.now();
const { parsePlan } = await import(dist);
const importMs = performance.now() - i0;

// What a user calls: default options. `path` only names the file (a .md file is read as markdown,
// as the CLI reads it); `validate: true` is the informational row.
const options = (path) => (validate ? { path, validate: true } : { path });
const ms = new Float64Array(bufs.length);
let sink = 0;
let plans = 0;
const t0 = performance.now();
for (let i = 0; i < bufs.length; i++) {
  const t = performance.now();
  const doc = parsePlan(bufs[i], options(files[i]));
  ms[i] = performance.now() - t;
  sink += doc.sections?.length ?? 0;
  if (doc.isPlan) plans++;
}
const seconds = (performance.now() - t0) / 1000;
const order = [...ms.keys()].sort((a, b) => ms[b] - ms[a]);
const result = {
  files: bufs.length,
  bytes,
  validate,
  importMs,
  seconds,
  MBps: bytes / 1e6 / seconds,
  docsPerSec: bufs.length / seconds,
  isPlan: plans,
  firstTenthSeconds: ms.slice(0, Math.ceil(bufs.length / 10)).reduce((a, b) => a + b, 0) / 1000,
  slowest: order.slice(0, 5).map((i) => ({ file: files[i].split('/').at(-1), bytes: bufs[i].length, ms: +ms[i].toFixed(1) })),
};

if (flags.includes('--floor')) {
  const decoder = new TextDecoder();
  const LINE = /^\s*(?:[IVXLC]+|\d+(?:\.\d+)*)[.)]\s/u;
  const f0 = performance.now();
  for (const buf of bufs) {
    const lines = decoder.decode(buf).normalize('NFC').split(/\r?\n/);
    for (const line of lines) if (LINE.test(line)) sink++;
  }
  const fs = (performance.now() - f0) / 1000;
  result.floor = { seconds: fs, MBps: bytes / 1e6 / fs };
}
result.sink = sink;
process.stdout.write(JSON.stringify(result) + '\n');
