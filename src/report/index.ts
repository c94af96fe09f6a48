// `kehoach report` as a library: records of parsed plans (with the text their positions point into)
// → one self-contained HTML page. The CLI writes exactly this string.

import { collectReport, type ReportRecord } from './collect.js';
import { type RenderOptions, renderPage } from './render.js';

export type { ReportRecord } from './collect.js';
export type { RenderOptions as ReportOptions } from './render.js';
export type { ReportLanguage } from './i18n.js';
export { collectReport, type ReportModel } from './collect.js';

/**
 * The report page of a collection, as a string.
 * @example
 * const { document, input } = parsePlanWithSource(readFileSync('plan.txt'), { path: 'plan.txt' });
 * writeFileSync('report.html', renderReport([{ path: 'plan.txt', document, input: input! }], { lang: 'en' }));
 */
export function renderReport(records: readonly ReportRecord[], options: RenderOptions = {}): string {
  return renderPage(collectReport(records), options);
}
