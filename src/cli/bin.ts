#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { run } from './run.js';

process.exitCode = run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: () => readFileSync(0),
});
