// Writes docs/report.png (the coverage table) and docs/report-document.png (a document view with its
// highlights) from the report of the bundled corpus, in headless Chromium. Run after `npm run build`.
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { run } from '../dist/cli/run.js';

const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
if (!executablePath) throw new Error('no Chromium found: set CHROMIUM_PATH or apt-get install chromium');
mkdirSync(new URL('../tmp/', import.meta.url), { recursive: true });
const page = new URL('../tmp/screenshot-report.html', import.meta.url);
const io = { stdout: process.stdout, stderr: process.stderr };
if ((await run(['report', 'corpus', '-o', page.pathname, '--jobs', '1', '--quiet'], io)) !== 0) throw new Error('kehoach report failed');
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const tab = await browser.newPage({ viewport: { width: 1400, height: 860 } });
await tab.goto(`${page.href}#coverage`);
await tab.waitForSelector('html[data-ready]');
await tab.locator('#coverage').scrollIntoViewIfNeeded();
await tab.screenshot({ path: new URL('../docs/report.png', import.meta.url).pathname });
await tab.goto(`${page.href}#doc-3`);
await tab.waitForSelector('html[data-ready]');
await tab.locator('#doc-3 [data-group="sections"] button.field').nth(4).click();
await tab.waitForTimeout(200);
await tab.locator('#doc-3 > header').evaluate((header) => header.scrollIntoView());
await tab.screenshot({ path: new URL('../docs/report-document.png', import.meta.url).pathname });
await browser.close();
console.error('wrote docs/report.png and docs/report-document.png');
