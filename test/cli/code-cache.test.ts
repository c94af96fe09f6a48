// The CLI's bundles run through V8's code cache (src/cli/code-cache.ts): written when missing, accepted
// when valid, replaced when V8 rejects it, and never in the way when it cannot be written.
import { chmodSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundle, runBundle } from '../../src/cli/code-cache.js';

const bundleSource = `
exports.double = (n) => n * 2;
exports.main = async (argv) => { globalThis.__codeCacheTestRan = argv.join(' '); };
exports.load = () => __kehoachImport('node:path').then((m) => typeof m.join);
exports.where = () => [__filename, typeof require('node:fs').readFileSync];
`;

function bundle(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-code-cache-'));
  const path = join(dir, 'b.cjs');
  writeFileSync(path, bundleSource);
  return path;
}

describe('code cache', () => {
  it('runs the bundle, writes the cache, and accepts it on the next load', async () => {
    const path = bundle();
    await runBundle(path, ['extract', 'x.txt']);
    expect((globalThis as { __codeCacheTestRan?: string }).__codeCacheTestRan).toBe('extract x.txt');
    expect(existsSync(`${path}.cache`)).toBe(true);
    const written = statSync(`${path}.cache`).mtimeMs;
    const again = loadBundle(path);
    expect((again.exports.double as (n: number) => number)(21)).toBe(42);
    again.saveCacheIfStale();
    expect(statSync(`${path}.cache`).mtimeMs).toBe(written);
    expect(await (again.exports.load as () => Promise<string>)()).toBe('function');
    expect((again.exports.where as () => unknown[])()).toEqual([path, 'function']);
  });

  it('a cache V8 rejects is replaced by a valid one', () => {
    const path = bundle();
    writeFileSync(`${path}.cache`, 'not a code cache');
    const loaded = loadBundle(path);
    expect((loaded.exports.double as (n: number) => number)(2)).toBe(4);
    loaded.saveCacheIfStale();
    expect(readFileSync(`${path}.cache`, 'utf8')).not.toBe('not a code cache');
    const written = statSync(`${path}.cache`).mtimeMs;
    loadBundle(path).saveCacheIfStale();
    expect(statSync(`${path}.cache`).mtimeMs).toBe(written);
  });

  it('a folder it cannot write to leaves the bundle running, without a cache', async () => {
    const path = bundle();
    const dir = join(path, '..');
    chmodSync(dir, 0o555);
    try {
      await runBundle(path, ['ok']);
      expect((globalThis as { __codeCacheTestRan?: string }).__codeCacheTestRan).toBe('ok');
      // root writes anyway; anyone else gets no cache and no error.
      if (process.getuid?.() !== 0) expect(existsSync(`${path}.cache`)).toBe(false);
    } finally {
      chmodSync(dir, 0o755);
    }
  });
});
