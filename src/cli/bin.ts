#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { run } from './run.js';

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
