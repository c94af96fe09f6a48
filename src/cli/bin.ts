#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// The parser is a few hundred functions that each run a little on every line: TurboFan inlining them
// into each other spends more compile time (on the same cores as the workers) than it wins back.
// Measured on the bench's synthetic set: --jobs 2 ~10–20% faster, --jobs 1 unchanged (docs/batch.md).
setFlagsFromString('--no-turbo-inlining');

const { run } = await import('./run.js');

// `kehoach extract … | head`: a closed pipe ends the output, not the process with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: () => readFileSync(0),
  stderrIsTTY: process.stderr.isTTY === true,
});
