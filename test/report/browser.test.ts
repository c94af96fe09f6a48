// The report of the corpus in a real browser (headless Chromium driven by playwright-core): opened as
// report.html#all it logs no error, has one coverage row and one document view per input, coverage
// cells equal the documents' dimensions, and clicking a field flashes the span it was read from.
// Skips, saying why, only when no Chromium is installed; .ci/run installs one and sets
// KEHOACH_REQUIRE_BROWSER=1, so on CI a missing browser fails instead.

import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { dimensionOf } from '../../src/report/facts.js';
import type { PlanDocument, Section } from '../../src/index.js';
import { flattenTree } from '../../src/util/tree.js';
import { corpusDir } from '../helpers/gold.js';
import { memoryIO } from '../helpers/memory-io.js';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const executablePath = candidates.find((p): p is string => Boolean(p) && existsSync(p!));
const required = process.env.KEHOACH_REQUIRE_BROWSER === '1';
if (!executablePath && !required) {
  console.warn(`test/report/browser.test.ts skipped: no Chromium found (looked at ${candidates.filter(Boolean).join(', ')}; set CHROMIUM_PATH, or apt-get install chromium)`);
}

// The flags this machine needs: no sandbox as root, and no background connections (the network is closed).
const chromiumFlags = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const outDir = new URL('../../tmp/report-test/', import.meta.url).pathname;
const reportPath = join(outDir, 'report.html');

describe.skipIf(!executablePath && !required)('the report in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  let records: Array<{ document: PlanDocument; input: string }> = [];

  beforeAll(async () => {
    expect(executablePath, 'KEHOACH_REQUIRE_BROWSER=1 but no Chromium is installed').toBeDefined();
    mkdirSync(outDir, { recursive: true });
    const m = memoryIO();
    expect(await run(['report', corpusDir, '-o', reportPath, '--jobs', '1'], m.io)).toBe(0);
    // The same inputs as JSON lines with their text, to compare the page with.
    const withSource = memoryIO();
    const { runBatch } = await import('../../src/batch/run-batch.js');
    const { defaultArchiveLimits } = await import('../../src/batch/limits.js');
    await runBatch({ inputs: [corpusDir], format: { kind: 'with-source' }, jobs: 1, failFast: false, limits: defaultArchiveLimits, progress: false, summary: false }, withSource.io);
    records = withSource.lines() as Array<{ document: PlanDocument; input: string }>;
    browser = await chromium.launch({ executablePath: executablePath!, args: chromiumFlags });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) problems.push(`network request: ${request.url()}`);
    });
    await page.goto(`${pathToFileURL(reportPath).href}#all`);
    await page.waitForSelector('html[data-ready]');
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('loads without a console error or a network request', () => {
    expect(records.length).toBe(62);
    expect(problems).toEqual([]);
  });

  it('one coverage row and one document view per input, every view drawn with its highlights', async () => {
    expect(await page.locator('[data-testid="coverage"] [data-testid="coverage-row"]').count()).toBe(records.length);
    expect(await page.locator('[data-testid="document"]').count()).toBe(records.length);
    const marks = await page.$$eval('[data-testid="document"]', (views) => views.map((v) => v.querySelectorAll('.text mark[data-span]').length));
    // A plan shows at least ten values where they were read; a news article (106, 408) at least one.
    expect(marks.filter((n, i) => n < (records[i]!.document.isPlan ? 10 : 1))).toEqual([]);
  });

  it('coverage cells equal the dimensions of each document', async () => {
    const cells = await page.$$eval('[data-testid="coverage-row"]', (rows) => rows.map((r) => [...r.querySelectorAll('td[data-code]')].map((td) => td.getAttribute('data-code')!)));
    const expected = records.map(({ document }) => {
      const codes = new Set<string>();
      const visit = (sections: Section[]): void => {
        for (const s of sections) {
          if (s.dimension) codes.add(dimensionOf(s.dimension.code));
          visit(s.children);
        }
      };
      visit(document.sections);
      for (const row of document.tableTasks) if (row.group?.dimension) codes.add(dimensionOf(row.group.dimension.code));
      return [...codes].sort();
    });
    expect(cells.map((c) => [...c].sort())).toEqual(expected);
    expect(expected.filter((c) => c.length > 0).length).toBeGreaterThan(30);
  });

  it('clicking a field flashes the span whose text is the value as read', async () => {
    const n = 0;
    const { document, input } = records[n]!;
    const view = page.locator(`#doc-${n}`);
    const flashed = async () => (await view.locator('.text mark.current').allTextContents()).join('');
    const slice = (p: { start: { offset: number }; end: { offset: number } }) => input.slice(p.start.offset, p.end.offset);

    await view.locator('[data-group="header"] button.field').first().click();
    expect(await flashed()).toBe(document.number!.raw);
    expect(await view.locator('.text mark.current').first().getAttribute('data-field')).toBe('number');

    await view.locator('[data-group="legalBases"] button.field').nth(1).click();
    expect(await flashed()).toBe(document.legalBases[1]!.raw);
    expect(await flashed()).toBe(slice(document.legalBases[1]!.position));

    const heading = flattenTree(document.sections).find((s) => s.headingPosition)!;
    await view.locator('[data-group="sections"] button.field').first().click();
    expect(await flashed()).toBe(slice(heading.headingPosition!));
    expect(await view.locator('.text mark.current').first().isVisible()).toBe(true);
  });

  it('writes a screenshot', async () => {
    await page.goto(`${pathToFileURL(reportPath).href}#coverage`);
    await page.waitForSelector('html[data-ready]');
    const shot = join(outDir, 'report.png');
    await page.screenshot({ path: shot });
    expect(statSync(shot).size).toBeGreaterThan(20_000);
    expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');
  });
});
