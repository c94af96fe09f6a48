// Bundles the CLI and its worker into dist/bundle/ (after tsc): the worker as an ES module bundle, the CLI
// as one CommonJS file run through V8's code cache, so `kehoach extract plan.txt` reads one file instead of
// ~200 modules and compiles little (docs/dependencies.md, esbuild).
// Packages stay external: they are loaded from node_modules, and only by the commands and formats that need them.

import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const outdir = new URL('../dist/bundle/', import.meta.url).pathname;
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { worker: 'src/batch/worker.ts' },
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

// The CLI as one CommonJS file, which bin.js runs through V8's code cache (src/cli/code-cache.ts): a
// vm.Script, unlike an ES module, takes cached bytecode on Node 20. import.meta.url becomes the file's
// URL; the dynamic imports of ESM-only packages call the loader's import (`__kehoachImport`).
const cli = `${outdir}cli.cjs`;
await build({
  entryPoints: ['src/cli/main.ts'],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20.19',
  packages: 'external',
  outfile: cli,
  define: { 'import.meta.url': '__kehoachModuleUrl' },
  banner: { js: 'const __kehoachModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: 'warning',
});
const code = readFileSync(cli, 'utf8');
const dynamicImports = code.match(/\bimport\(/g)?.length ?? 0;
writeFileSync(cli, code.replace(/\bimport\(/g, '__kehoachImport('));
if (dynamicImports !== 1) console.warn(`bundle-cli: ${dynamicImports} dynamic imports rewritten in cli.cjs (expected 1: pdfjs-dist)`);
// The cache holds what one run compiles: one extract of a small plan writes it (bin.js writes it when absent).
const bin = new URL('../dist/cli/bin.js', import.meta.url).pathname;
const plan = new URL('../corpus/403_qd-chu-tich-ninh-thuan-papi.txt', import.meta.url).pathname;
execFileSync(process.execPath, [bin, 'extract', plan, '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
