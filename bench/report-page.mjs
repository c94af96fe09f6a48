// How fast a large report opens: writes the report of N plans (the corpus .txt files copied round-robin
// under bench/.data/report-plans, default 500) and opens it in headless Chromium 3 times. Prints the page
// size, first paint and time to ready (the page script done), median of 3. Run after `npm run build`:
//   npm run bench:report [-- 500]
/* global performance */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { run } from '../dist/cli/run.js';

const count = Number(process.argv[2] ?? 500);
const corpus = new URL('../corpus/', import.meta.url).pathname;
const data = new URL('./.data/report-plans/', import.meta.url).pathname;
rmSync(data, { recursive: true, force: true });
mkdirSync(data, { recursive: true });
const plans = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();
for (let i = 0; i < count; i++) copyFileSync(join(corpus, plans[i % plans.length]), join(data, `${String(i).padStart(4, '0')}_${plans[i % plans.length]}`));
const page = new URL('./.data/report.html', import.meta.url).pathname;
await run(['report', data, '-o', page, '--quiet'], { stdout: process.stdout, stderr: process.stderr });

const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
if (!executablePath) throw new Error('no Chromium found: set CHROMIUM_PATH or apt-get install chromium');
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const runs = [];
for (let i = 0; i < 3; i++) {
  const tab = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const started = Date.now();
  await tab.goto(pathToFileURL(page).href);
  await tab.waitForSelector('html[data-ready]');
  const ready = Date.now() - started;
  const paint = await tab.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
  runs.push({ ready, paint });
  await tab.close();
}
await browser.close();
const median = (xs) => xs.sort((a, b) => a - b)[1];
console.log(
  `report of ${count} plans: ${(statSync(page).size / 1e6).toFixed(2)} MB; first paint ${Math.round(median(runs.map((r) => r.paint)))} ms; ready ${median(runs.map((r) => r.ready))} ms (median of 3; target < 3000 ms)`,
);
