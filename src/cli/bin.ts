#!/usr/bin/env node
// The `kehoach` executable: sets up V8, then runs the bundle (dist/bundle/main.js, built by
// scripts/bundle-cli.mjs) or, when there is none, the compiled modules.

import { existsSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { setFlagsFromString } from 'node:v8';

// The parser is a few hundred functions that each run a little on every line: TurboFan inlining them
// into each other spends more compile time (on the same cores as the workers) than it wins back.
// Measured on the bench's synthetic set: --jobs 2 ~10–20% faster, --jobs 1 unchanged (docs/batch.md).
setFlagsFromString('--no-turbo-inlining');

// Node 22.1+ keeps V8's compiled code on disk between runs (start-up); Node 20 has no such cache.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const bundle = new URL('../bundle/main.js', import.meta.url);
const { main } = (existsSync(bundle) ? await import(bundle.href) : await import('./main.js')) as typeof import('./main.js');
await main(process.argv.slice(2));
