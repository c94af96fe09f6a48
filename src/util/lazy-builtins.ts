// Node's built-in modules that only some runs need (zlib for .docx, archives and OCR images; worker
// threads for a batch), loaded
// the first time they are used rather than by every run of the CLI: a plain-text plan needs none, and
// each costs its load at start-up (zlib ~2 ms on this machine).

/** node:zlib, loaded on first use. */
export const zlib = (): typeof import('node:zlib') => process.getBuiltinModule('node:zlib');

/** node:worker_threads, loaded by the first worker pool. */
export const workerThreads = (): typeof import('node:worker_threads') => process.getBuiltinModule('node:worker_threads');
