#!/usr/bin/env node
// The `kehoach` executable: sets up V8, then runs the single-file bundle through V8's code cache
// (dist/bundle/cli.cjs, built by scripts/bundle-cli.mjs) or, when there is none, the compiled modules.

import { existsSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// The parser is a few hundred functions that each run a little on every line: TurboFan inlining them
// into each other spends more compile time (on the same cores as the workers) than it wins back.
// Measured on the bench's synthetic set: --jobs 2 ~10–20% faster, --jobs 1 unchanged (docs/batch.md).
setFlagsFromString('--no-turbo-inlining');
// V8 first runs a regular expression in its interpreter, then compiles it to machine code once it runs
// again, which nearly all of the parser's hundreds of patterns do at once: compiling each twice was ~60 of
// the ~300 ms of `kehoach extract plan.txt` (measured: 300 → 240 ms; throughput unchanged).
setFlagsFromString('--no-regexp-tier-up');

// Node 22.1+ keeps V8's compiled code of modules on disk between runs; on Node 20 the bundle's own
// code cache does it (code-cache.ts).
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const bundle = fileURLToPath(new URL('../bundle/cli.cjs', import.meta.url));
const argv = process.argv.slice(2);
if (existsSync(bundle)) await (await import('./code-cache.js')).runBundle(bundle, argv);
else await (await import('./main.js')).main(argv);
