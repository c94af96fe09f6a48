// The report model → one self-contained HTML page: inline CSS and script, nothing fetched, the data
// each document view needs in JSON blocks. Deterministic: no clock, no random ids, input order kept.

import type { ReportModel } from './collect.js';
import { highlightFields } from './highlights.js';
import { escapeHtml as e, jsonForScript } from './html.js';
import { type ReportLanguage, stringsFor } from './i18n.js';
import { pageScript } from './page-script.js';
import { renderCoverage, renderDeadlines, renderDocumentTable, renderLabels, renderLeads } from './render-collection.js';
import { renderDocumentView } from './render-documents.js';
import { pageStyles } from './styles.js';

export interface RenderOptions {
  /** Interface language: 'vi' (default) or 'en'. The documents stay as written. */
  lang?: ReportLanguage;
  /** The page's title; default "Báo cáo kế hoạch" / "Plans report". */
  title?: string;
}

function summaryLine(model: ReportModel, t: ReturnType<typeof stringsFor>): string {
  const read = model.documents.filter((d) => d.document).length;
  const failed = model.documents.length - read;
  const indices = new Map<string, number>();
  for (const d of model.documents) for (const i of d.document?.indices ?? []) indices.set(i.code, (indices.get(i.code) ?? 0) + 1);
  const byIndex = [...indices].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([code, n]) => `<span class="index">${e(code)}</span> ${n}`);
  return [`<b>${model.documents.length}</b> ${e(t.documents.toLowerCase())}`, `${read} ${e(t.read)}`, ...(failed ? [`<span class="error">${failed} ${e(t.failed)}</span>`] : []), ...byIndex].join(' · ');
}

/**
 * The page of a report model.
 * @example renderPage(collectReport(records), { lang: 'en' }).startsWith('<!doctype html>') // true
 */
export function renderPage(model: ReportModel, options: RenderOptions = {}): string {
  const lang = options.lang ?? 'vi';
  const t = stringsFor(lang);
  const title = options.title ?? t.defaultTitle;
  const section = (id: keyof typeof t.nav, body: string) => `<section id="${id}" class="part"><h2>${e(t.nav[id])}</h2>${body}</section>`;
  const nav = (Object.keys(t.nav) as Array<keyof typeof t.nav>).map((id) => `<a href="#${id}">${e(t.nav[id])}</a>`).join('');
  const views = model.documents.map((row, n) => renderDocumentView(row, model.views[n] ?? null, n, t)).join('\n');
  const ui = { ...t.script, open: t.open, close: t.close, fields: highlightFields, shown: t.shown };
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="kehoach">
<title>${e(title)}</title>
<style>${pageStyles}</style>
</head>
<body>
<header class="top"><h1>${e(title)}</h1><p class="summary">${summaryLine(model, t)}</p><nav>${nav}</nav></header>
<main>
${section('table', renderDocumentTable(model, t))}
${section('coverage', renderCoverage(model, t))}
${section('leads', renderLeads(model, t))}
${section('deadlines', renderDeadlines(model, t))}
${section('labels', renderLabels(model, t))}
${section('views', `<p class="intro">${e(t.viewsIntro)}</p><p><button type="button" id="open-all">${e(t.openAll)}</button> <a href="#all">#all</a></p>\n${views}`)}
</main>
<footer><small>${e(t.generatedBy)}</small></footer>
<script type="application/json" id="report-ui">${jsonForScript(ui)}</script>
<script>${pageScript}</script>
</body>
</html>
`;
}
