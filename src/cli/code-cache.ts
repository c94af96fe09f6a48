// Runs the CLI's single-file bundle (dist/bundle/cli.cjs) from V8's code cache: the bytecode of every
// function the last run compiled is read from cli.cjs.cache instead of being compiled again (Node 20 has
// no module compile cache; Node 22's enableCompileCache does the same for modules). Measured on a 2.4 KB
// plan: loading the CLI 118 → 75 ms, its first parse 142 → 125 ms (docs/dependencies.md, "Start-up").
// The cache is checked by V8 against the source and its own version and flags: a stale or foreign cache is
// rejected (then the bundle compiles as usual) and written again after the run, when the folder is writable.

import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

type Main = (argv: string[]) => Promise<void>;

// The bundle's dynamic imports (ESM-only packages such as pdfjs-dist) go through this module's own
// import(): a function compiled by vm.Script has no module loader of its own on Node 20.
const importFromHere = (specifier: string): Promise<unknown> => import(specifier);

/** Loads the bundle through the cache and runs its `main`; writes the cache when it had none usable. */
export async function runBundle(bundlePath: string, argv: string[]): Promise<void> {
  const cachePath = `${bundlePath}.cache`;
  const source = readFileSync(bundlePath, 'utf8');
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cachePath);
  } catch {
    cachedData = undefined;
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname, __kehoachImport) {${source}\n})`;
  const script = new Script(wrapped, { filename: bundlePath, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as { main?: Main } };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, createRequire(bundlePath), module, bundlePath, dirname(bundlePath), importFromHere);
  await module.exports.main!(argv);
  if (!cachedData || script.cachedDataRejected === true) writeCache(cachePath, script);
}

function writeCache(cachePath: string, script: Script): void {
  const temporary = `${cachePath}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cachePath);
  } catch {
    // A read-only install runs without the cache: only start-up is slower.
    rmSync(temporary, { force: true });
  }
}
