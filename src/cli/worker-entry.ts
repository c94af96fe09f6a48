// What each worker thread of the parse pool runs: the worker bundle (dist/bundle/worker.cjs) through V8's
// code cache, so a new thread does not compile the parser again (code-cache.ts); the cache is written
// after the thread's first answer when V8 had none it accepted. Without a bundle, the compiled module.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../bundle/worker.cjs', import.meta.url));
if (existsSync(bundle)) {
  const loaded = (await import('./code-cache.js')).loadBundle(bundle);
  (loaded.exports.onFirstAnswer as (listener: () => void) => void)(() => loaded.saveCacheIfStale());
} else await import('../batch/worker.js');
