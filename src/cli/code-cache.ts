// Runs a single-file CommonJS bundle of the CLI (dist/bundle/cli.cjs, and worker.cjs in each worker
// thread) from V8's code cache: the bytecode of every function a run compiled is read from
// <bundle>.cache instead of being compiled again (Node 20 has no module compile cache; Node 22's
// enableCompileCache does the same for modules). Measured on a 2.4 KB plan: loading the CLI 118 → 75 ms,
// its first parse 142 → 125 ms (docs/dependencies.md, esbuild). V8 checks the cache against the source,
// its own version and its flags: a stale or foreign cache is rejected (the bundle then compiles as usual)
// and written again once the bundle has done its work, when the folder is writable.

import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

export interface LoadedBundle {
  exports: Record<string, unknown>;
  /** Writes the cache (what has been compiled so far) when there was none V8 accepted. */
  saveCacheIfStale(): void;
}

// The bundle's dynamic imports (ESM-only packages such as pdfjs-dist) go through this module's own
// import(): a function compiled by vm.Script has no module loader of its own on Node 20.
const importFromHere = (specifier: string): Promise<unknown> => import(specifier);

/** Compiles the bundle with its cache, runs its top level and returns its exports. */
export function loadBundle(bundlePath: string): LoadedBundle {
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
  const module = { exports: {} as Record<string, unknown> };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, createRequire(bundlePath), module, bundlePath, dirname(bundlePath), importFromHere);
  let stale = !cachedData || script.cachedDataRejected === true;
  return {
    exports: module.exports,
    saveCacheIfStale() {
      if (!stale) return;
      stale = false;
      writeCache(cachePath, script);
    },
  };
}

/** Loads the CLI bundle through the cache and runs its `main`; writes the cache when it had none usable. */
export async function runBundle(bundlePath: string, argv: string[]): Promise<void> {
  const bundle = loadBundle(bundlePath);
  await (bundle.exports.main as (argv: string[]) => Promise<void>)(argv);
  bundle.saveCacheIfStale();
}

function writeCache(cachePath: string, script: Script): void {
  const temporary = `${cachePath}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cachePath);
  } catch {
    // A read-only install runs without the cache: only start-up is slower.
    rmSync(temporary, { force: true });
  }
}
