// The process around `run`: real streams, the exit code, a closed pipe ending the output quietly.
// bin.ts loads this file (or its bundle, dist/bundle/cli.cjs) after setting up V8.

import { readFileSync } from 'node:fs';
import { run } from './run.js';

/** Runs the command line of this process; resolves when it is done (process.exitCode is set). */
export async function main(argv: string[]): Promise<void> {
  // `kehoach extract … | head`: a closed pipe ends the output, not the process with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = await run(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: () => readFileSync(0),
    stderrIsTTY: process.stderr.isTTY === true,
  });
}
