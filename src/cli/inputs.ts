// Inputs of `summary` and `labels` → a sorted list of files to read. Folders are walked recursively for
// plan files (.txt, .md, .docx, .html); links are not followed. `extract` reads archives too (src/batch).

import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PLAN_FILE } from '../batch/sources.js';


export function expandInputs(args: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && PLAN_FILE.test(entry.name)) files.push(path);
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
