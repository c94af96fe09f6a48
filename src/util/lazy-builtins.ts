// Node's built-in modules that only some inputs need (zlib for .docx, archives and OCR images), loaded
// the first time they are used rather than by every run of the CLI: a plain-text plan needs none, and
// each costs its load at start-up (zlib ~2 ms on this machine).

/** node:zlib, loaded on first use. */
export const zlib = (): typeof import('node:zlib') => process.getBuiltinModule('node:zlib');
