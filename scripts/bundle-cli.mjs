// Bundles the CLI and its worker into dist/bundle/ (after tsc): one file per entry plus shared chunks,
// so `kehoach extract plan.txt` reads a few files instead of ~100 modules (docs/dependencies.md, esbuild).
// Packages stay external: they are loaded from node_modules, and only by the commands and formats that need them.

import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const outdir = new URL('../dist/bundle/', import.meta.url).pathname;
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: 'src/cli/main.ts', worker: 'src/batch/worker.ts' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  packages: 'external',
  outdir,
  // Chunks sit beside worker.js: the pool finds it as new URL('./worker.js', import.meta.url).
  chunkNames: 'chunk-[hash]',
  sourcemap: true,
  logLevel: 'warning',
});
