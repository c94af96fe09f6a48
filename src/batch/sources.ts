// Command-line inputs → the sorted list of sources to read: plain files, archives (read entry by entry
// later), stdin, and arguments that name nothing (each becomes an error record). Directories are walked
// recursively; links met while walking are not followed, only counted.

import { lstatSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type ArchiveKind, archiveKind } from './archive-kind.js';
import { compareNames, countSkipped } from './archive/names.js';
import { globParts, isGlob } from './glob.js';

export type Source =
  | { kind: 'file'; path: string; size: number; root: string }
  | { kind: 'archive'; path: string; size: number; root: string; archive: ArchiveKind }
  | { kind: 'stdin'; path: '-'; size: 0; root: '-' }
  | { kind: 'missing'; path: string; size: 0; root: string; code: string; message: string };

/** File types a folder walk or an archive is read for; an explicitly named file is read whatever its extension. */
export const PLAN_FILE = /\.(?:txt|md|markdown|docx|doc|pdf|html?)$/iu;

export const acceptsEntry = (name: string): boolean => PLAN_FILE.test(name);

/** What a walk left out, by lower-cased extension ("(link)" for symbolic links). */
export type Skipped = Map<string, number>;

function tally(skipped: Skipped, key: string): void {
  skipped.set(key, (skipped.get(key) ?? 0) + 1);
}

/** Expands files, folders, globs, archives and "-" into sources sorted by path, each once. */
export function expandSources(args: readonly string[], skipped: Skipped): Source[] {
  const found = new Map<string, Source>();
  const add = (source: Source) => {
    if (!found.has(source.path)) found.set(source.path, source);
  };
  const addFile = (path: string, size: number, root: string) => {
    const archive = archiveKind(path);
    add(archive ? { kind: 'archive', path, size, root, archive } : { kind: 'file', path, size, root });
  };
  const walk = (dir: string, root: string, keep: (path: string) => boolean) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      add({ kind: 'missing', path: dir, size: 0, root, code: 'input/unreadable', message: `Cannot read folder ${dir}: ${(error as Error).message}` });
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isSymbolicLink()) tally(skipped, '(link)');
      else if (entry.isDirectory()) walk(path, root, keep);
      else if (!entry.isFile()) tally(skipped, '(special)');
      else if (!keep(path)) continue;
      else if (PLAN_FILE.test(entry.name) || archiveKind(entry.name)) addFile(path, sizeOf(path), root);
      else countSkipped(skipped, entry.name);
    }
  };
  for (const arg of args) {
    if (arg === '-') {
      add({ kind: 'stdin', path: '-', size: 0, root: '-' });
      continue;
    }
    let stat;
    try {
      stat = statSync(arg); // a link named on the command line is the user's choice: follow it
    } catch (error) {
      if (isGlob(arg)) expandGlob(arg, walk, add);
      else add({ kind: 'missing', path: arg, size: 0, root: arg, code: 'input/not-found', message: `No such file or folder: ${arg} (${(error as NodeJS.ErrnoException).code ?? 'error'}).` });
      continue;
    }
    if (stat.isDirectory()) walk(arg, arg, () => true);
    else addFile(arg, stat.size, arg);
  }
  return [...found.values()].sort((a, b) => compareNames(a.path, b.path));
}

function expandGlob(pattern: string, walk: (dir: string, root: string, keep: (path: string) => boolean) => void, add: (source: Source) => void): void {
  const { base, matches } = globParts(pattern);
  const relative = (path: string) => (base === '.' ? path : path.slice(base.length + (base.endsWith('/') ? 0 : 1))).replace(/\\/g, '/');
  let matched = 0;
  // A file is kept when its path, or a folder above it, matches: "plans/*" takes plans/2024/q3.txt too.
  const keep = (path: string) => {
    const rel = relative(path);
    let ok = matches(rel);
    for (let slash = rel.indexOf('/'); !ok && slash > 0; slash = rel.indexOf('/', slash + 1)) ok = matches(rel.slice(0, slash));
    if (ok) matched++;
    return ok;
  };
  let isFolder = false;
  try {
    isFolder = lstatSync(base).isDirectory();
  } catch {
    isFolder = false;
  }
  if (isFolder) walk(base, base, keep);
  if (matched === 0) add({ kind: 'missing', path: pattern, size: 0, root: pattern, code: 'input/no-match', message: `No file matches ${pattern}.` });
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
