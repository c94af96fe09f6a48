// Vitest global setup: the built CLI (dist/) is what the batch tests and the real-document measurements
// run, as users run it — built once, before any test file starts, so no two files build at once.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
  execFileSync(process.execPath, [join('node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
