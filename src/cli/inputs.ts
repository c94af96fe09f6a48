// Command-line inputs → a sorted list of files to read. Directories are walked recursively for .txt
// and .md files; links are not followed. Archives come with the batch work (issue #5).

import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const TEXT_FILE = /\.(?:txt|md|markdown)$/iu;

export function expandInputs(args: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && TEXT_FILE.test(entry.name)) files.push(path);
    }
  };
  for (const arg of args) {
    if (arg === '-') {
      files.push('-');
      continue;
    }
    let stat: ReturnType<typeof lstatSync> | undefined;
    try {
      stat = lstatSync(arg);
    } catch {
      files.push(arg); // reported as an error record when read
      continue;
    }
    if (stat.isDirectory()) walk(arg);
    else files.push(arg);
  }
  return [...new Set(files)].sort();
}
