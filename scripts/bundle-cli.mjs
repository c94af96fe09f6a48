// Bundles the CLI and its worker thread into dist/bundle/ (after tsc), each as one CommonJS file run
// through V8's code cache, so `kehoach extract plan.txt` reads one file instead of ~200 modules and
// compiles little (docs/dependencies.md, esbuild).
// Packages stay external: they are loaded from node_modules, and only by the commands and formats that need them.

import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const outdir = new URL('../dist/bundle/', import.meta.url).pathname;
rmSync(outdir, { recursive: true, force: true });
// The CLI as one CommonJS file, which bin.js runs through V8's code cache (src/cli/code-cache.ts): a
// vm.Script, unlike an ES module, takes cached bytecode on Node 20. import.meta.url becomes the file's
// URL; the dynamic imports of ESM-only packages call the loader's import (`__kehoachImport`).
// The same for the worker thread's code (worker.cjs, run by dist/cli/worker-entry.js).
for (const [entry, name] of [['src/cli/main.ts', 'cli'], ['src/batch/worker.ts', 'worker']]) {
  const outfile = `${outdir}${name}.cjs`;
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20.19',
    packages: 'external',
    outfile,
    define: { 'import.meta.url': '__kehoachModuleUrl' },
    banner: { js: 'const __kehoachModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
    logLevel: 'warning',
  });
  const code = readFileSync(outfile, 'utf8');
  const dynamicImports = code.match(/\bimport\(/g)?.length ?? 0;
  writeFileSync(outfile, code.replace(/\bimport\(/g, '__kehoachImport('));
  if (dynamicImports !== 1) console.warn(`bundle-cli: ${dynamicImports} dynamic imports rewritten in ${name}.cjs (expected 1: pdfjs-dist)`);
}
// The cache holds what one run compiles: one extract of a small plan writes it (bin.js writes it when absent).
const bin = new URL('../dist/cli/bin.js', import.meta.url).pathname;
const plan = new URL('../corpus/403_qd-chu-tich-ninh-thuan-papi.txt', import.meta.url).pathname;
execFileSync(process.execPath, [bin, 'extract', plan, '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
// …and one run with two workers writes the worker's (after each thread's first answer).
const plans = new URL('../corpus/', import.meta.url).pathname;
execFileSync(process.execPath, [bin, 'extract', plans, '--jobs', '2', '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
