// Inputs of `summary` and `labels` → a sorted list of files to read, found as `extract` finds them
// (src/batch/sources.ts). These commands read files only: an archive met in a folder is left out, one
// named on the command line is read as a file (and reported as unreadable).

import { expandSources } from '../batch/sources.js';

export function expandInputs(args: string[]): string[] {
  return expandSources(args, new Map())
    .filter((s) => s.kind !== 'archive' || s.path === s.root)
    .map((s) => s.path);
}
