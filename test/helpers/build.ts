// Vitest global setup: the built CLI (dist/) is what the batch tests and the real-document measurements
// run, as users run it — built once, before any test file starts, so no two files build at once. The
// bundle is rebuilt too: dist/cli/bin.js runs dist/bundle/cli.cjs when it is there, stale or not.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
  execFileSync(process.execPath, [join('node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  execFileSync(process.execPath, [join('scripts', 'bundle-cli.mjs')], { stdio: 'inherit' });
}
