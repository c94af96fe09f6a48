// The collection views of the report as HTML: the document table, the coverage matrix, who leads
// what, the deadlines and the label map. Every text goes through escapeHtml; rows carry data-* values
// the page script sorts and filters on.

import type { LabelGroup } from '../normalize/corpus.js';
import type { DimensionColumn, ReportModel } from './collect.js';
import type { DeadlinePeriod } from './deadlines.js';
import { attributes, escapeHtml as e, jsonForScript } from './html.js';
import type { ReportStrings } from './i18n.js';

/** Share of the plan's tasks → colour level 1–4 of a coverage cell (thresholds in docs/report.md). */
export function coverageLevel(share: number): 1 | 2 | 3 | 4 {
  return share >= 0.2 ? 4 : share >= 0.1 ? 3 : share >= 0.05 ? 2 : 1;
}

const fileName = (path: string) => path.split(/[/\\]/).pop() ?? path;
const docLink = (n: number, path: string) => `<a href="#doc-${n}" data-open="${n}"${attributes({ title: path })}>${e(fileName(path))}</a>`;

const schemeNames: Record<string, string> = { PAPI2018: 'PAPI (2018)', PAPI2009: 'PAPI (2009–2017)', PAR2022: 'PAR Index', SIPAS2022: 'SIPAS', PCI: 'PCI' };

/** Two header rows: the schemes spanning their dimensions, then the codes (the official name as tooltip). */
function dimensionHeader(columns: readonly DimensionColumn[], extra = ''): { schemes: string; codes: string } {
  let schemes = '';
  for (let i = 0; i < columns.length; ) {
    let j = i;
    while (j < columns.length && columns[j]!.scheme === columns[i]!.scheme) j++;
    schemes += `<th colspan="${j - i}" class="scheme">${e(schemeNames[columns[i]!.scheme] ?? columns[i]!.scheme)}</th>`;
    i = j;
  }
  const codes = columns.map((c) => `<th class="code"${attributes({ title: `${c.code} ${c.label}` })}>${e(c.code)}</th>`).join('');
  return { schemes: schemes + extra, codes };
}

export function renderDocumentTable(model: ReportModel, t: ReportStrings): string {
  const c = t.column;
  const head = [
    ['#', 'number'], [c.file, 'text'], [c.number, 'text'], [c.date, 'text'], [c.issuer, 'text'], [c.type, 'text'], [c.title, 'text'], [c.indices, 'text'],
    [c.legalBases, 'number'], [c.sections, 'number'], [c.tasks, 'number'], [c.units, 'number'], [c.diagnostics, 'number'],
  ];
  const rows = model.documents.map((row, n) => {
    if (!row.document) {
      return `<tr class="failed" data-doc="${n}"><td data-sort="${n}">${n + 1}</td><td>${docLink(n, row.path)}</td><td colspan="11" class="error">${e(t.unreadable)}: ${e(row.error!.code)} — ${e(row.error!.message)}</td></tr>`;
    }
    const d = row.document;
    const number = (v: number) => `<td class="num" data-sort="${v}">${v}</td>`;
    const cells = [
      `<td data-sort="${n}">${n + 1}</td>`,
      `<td>${docLink(n, row.path)}</td>`,
      `<td class="nowrap">${e(d.number?.raw.replace(/\s+/g, '') ?? '—')}</td>`,
      `<td class="nowrap" data-sort="${e(d.issuedDate?.iso ?? '')}">${e(d.issuedDate?.iso ?? '—')}</td>`,
      `<td>${e(d.issuer?.name ?? '—')}</td>`,
      `<td>${e(d.docType ?? '—')}${d.isPlan ? '' : ` <small>(${e(t.notAPlan)})</small>`}</td>`,
      `<td class="title">${e(d.title ?? '—')}</td>`,
      `<td>${d.indices.map((i) => `<span class="index">${e(i.code)}</span>`).join(' ')}</td>`,
      number(row.counts.legalBases),
      number(row.counts.sections),
      number(row.counts.tasks),
      number(row.counts.units),
      number(row.counts.diagnostics),
    ];
    return `<tr data-doc="${n}">${cells.join('')}</tr>`;
  });
  return (
    `<div class="tools"><input type="search" data-filter="documents-table" placeholder="${e(t.filter)}" title="${e(t.filterHint)}" aria-label="${e(t.filterHint)}"> <span class="count" data-count-for="documents-table"></span> <small>${e(t.sortHint)}</small></div>` +
    `<div class="scroll"><table id="documents-table" class="list sortable" data-testid="documents"><thead><tr>${head.map(([label, type]) => `<th data-type="${type}" tabindex="0">${e(label!)}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows.join('\n')}</tbody></table></div>`
  );
}

export function renderCoverage(model: ReportModel, t: ReportStrings): string {
  const { columns, rows } = model.coverage;
  const legend = [1, 2, 3, 4].map((l) => `<span class="c${l}">${['< 5%', '5–10%', '10–20%', '≥ 20%'][l - 1]}</span>`).join('');
  const { schemes, codes } = dimensionHeader(columns);
  const body = rows.map((cells, n) => {
    const row = model.documents[n]!;
    const head = `<th class="doc-name">${docLink(n, row.path)}</th>`;
    if (!row.document) return `<tr data-testid="coverage-row" data-doc="${n}" class="failed">${head}<td colspan="${columns.length + 1}" class="error">${e(row.error!.code)}</td></tr>`;
    const indices = `<td class="indices">${row.document.indices.map((i) => e(i.code)).join(' ')}</td>`;
    const tds = columns.map((col) => {
      const cell = cells.get(col.code);
      if (!cell) return '<td></td>';
      const percent = `${Math.round(cell.share * 100)}%`;
      const title = [t.cellTitle(col.code, col.label, cell.sections, cell.tasks, percent), ...cell.headings].join('\n');
      return `<td${attributes({ class: `c${coverageLevel(cell.share)}`, 'data-code': col.code, 'data-tasks': cell.tasks, 'data-sections': cell.sections, title })}>${cell.tasks || '✓'}</td>`;
    });
    return `<tr data-testid="coverage-row" data-doc="${n}">${head}${indices}${tds.join('')}</tr>`;
  });
  const empty = columns.length === 0 ? `<p class="empty">${e(t.noDimensions)}</p>` : '';
  return (
    `<p class="intro">${e(t.coverageIntro)}</p><p class="legend">${e(t.legend)}: ${legend}</p>${empty}` +
    `<div class="scroll"><table class="matrix" data-testid="coverage"><thead>` +
    `<tr><th rowspan="2">${e(t.column.document)}</th><th rowspan="2">${e(t.column.indices)}</th>${schemes}</tr><tr>${codes}</tr></thead>` +
    `<tbody>${body.join('\n')}</tbody></table></div>`
  );
}

/** At most this many units are drawn (the most active first); the label map lists every one. */
export const leadRowsShown = 300;

export function renderLeads(model: ReportModel, t: ReportStrings): string {
  const { columns, rows } = model.leads;
  if (rows.length === 0) return `<p class="empty">${e(t.noUnits)}</p>`;
  const { schemes, codes } = dimensionHeader(columns, `<th rowspan="2" class="code">${e(t.column.none)}</th>`);
  const all = [...columns.map((c) => c.code), ''];
  const body = rows.slice(0, leadRowsShown).map((row) => {
    const tds = all.map((code) => {
      const cell = row.cells.get(code);
      if (!cell || (cell.lead === 0 && cell.coordinate === 0)) return '<td></td>';
      const title = `${code} — ${t.leadTitle(row.name, cell.lead, cell.coordinate, row.documents)}`;
      return `<td${attributes({ class: cell.lead > 0 ? 'lead' : 'coordinate', 'data-code': code, title })}>${cell.lead > 0 ? cell.lead : `(${cell.coordinate})`}</td>`;
    });
    return (
      `<tr><th class="unit"${attributes({ title: t.leadTitle(row.name, row.lead, row.coordinate, row.documents) })}>${e(row.name)}</th>` +
      `<td class="num" data-sort="${row.documents}">${row.documents}</td><td class="num" data-sort="${row.lead}">${row.lead}</td>${tds.join('')}</tr>`
    );
  });
  const more = rows.length > leadRowsShown ? `<p class="more">… ${rows.length - leadRowsShown} / ${rows.length}</p>` : '';
  return (
    `<p class="intro">${e(t.leadsIntro)}</p>` +
    `<div class="tools"><input type="search" data-filter="leads-table" placeholder="${e(t.filter)}" aria-label="${e(t.filterHint)}"> <span class="count" data-count-for="leads-table"></span></div>` +
    `<div class="scroll"><table id="leads-table" class="matrix sortable"><thead>` +
    `<tr><th rowspan="2" data-type="text" tabindex="0">${e(t.column.unit)}</th><th rowspan="2" data-type="number" tabindex="0">${e(t.column.inDocuments)}</th><th rowspan="2" data-type="number" tabindex="0">${e(t.column.total)}</th>${schemes}</tr><tr>${codes}</tr></thead>` +
    `<tbody>${body.join('\n')}</tbody></table></div>${more}`
  );
}

function periodTitle(period: DeadlinePeriod, t: ReportStrings): string {
  if (period.kind === 'quarter') return t.quarter(period.quarter, period.year);
  if (period.kind === 'year') return t.wholeYear(period.year);
  return period.kind === 'recurring' ? t.recurring : t.continuous;
}

/**
 * Deadline rows as the page script gets them: [when, date as read, document, raw, section, start, end,
 * year inferred]. Drawn when their group is opened: a large collection has thousands, and tens of
 * thousands of table cells would slow the page's opening for a view most readers open once.
 */
export type DeadlineRow = [string, string, number, string, string, number, number, boolean];

export function renderDeadlines(model: ReportModel, t: ReportStrings): string {
  if (model.deadlines.length === 0) return `<p class="empty">${e(t.noDeadlines)}</p>`;
  const max = Math.max(...model.deadlines.map((g) => g.entries.length));
  const total = model.deadlines.reduce((n, g) => n + g.entries.length, 0);
  const bars = model.deadlines
    .map((g, n) => `<a class="bar" href="#deadline-${n}" data-deadlines="${n}" title="${e(periodTitle(g.period, t))}: ${g.entries.length}"><span style="height:${Math.max(4, Math.round((g.entries.length / max) * 60))}px"></span><small>${e(periodTitle(g.period, t))}</small><b>${g.entries.length}</b></a>`)
    .join('');
  const head = `<thead><tr><th>${e(t.column.period)}</th><th></th><th>${e(t.column.document)}</th><th>${e(t.column.deadline)}</th><th>${e(t.column.section)}</th></tr></thead>`;
  const groups = model.deadlines.map(
    (group, n) =>
      `<details id="deadline-${n}" data-deadlines="${n}"${total <= 300 ? ' open' : ''}><summary>${e(periodTitle(group.period, t))} <small>(${group.entries.length})</small></summary>` +
      `<table class="list">${head}<tbody></tbody></table></details>`,
  );
  const rows = model.deadlines.map((group) =>
    group.entries.map((entry): DeadlineRow => {
      const when = group.period.kind === 'quarter' ? (entry.month ? t.month(entry.month) : t.wholeQuarter) : entry.when;
      return [when, entry.when, entry.doc, entry.raw, entry.section ?? '', entry.start, entry.end, entry.yearInferred];
    }),
  );
  const data = { files: model.documents.map((d) => fileName(d.path)), yearInferred: t.yearInferred, groups: rows };
  return `<p class="intro">${e(t.deadlinesIntro)}</p><div class="bars">${bars}</div>${groups.join('\n')}<script type="application/json" id="deadline-data">${jsonForScript(data)}</script>`;
}

/** At most this many groups per category, and wordings per group, are drawn. */
const labelGroupsShown = 300;
const variantsShown = 8;

function labelTable(groups: readonly LabelGroup[], t: ReportStrings): string {
  const rows = groups.slice(0, labelGroupsShown).map((g) => {
    const variants = g.variants.slice(0, variantsShown).map((v) => `<li><b>${v.count}×</b> ${e(v.text)}</li>`).join('');
    const more = g.variants.length > variantsShown ? `<li class="more">${e(t.moreWordings(g.variants.length - variantsShown))}</li>` : '';
    return `<tr><td class="nowrap">${e(g.key)}</td><td>${e(g.label)}</td><td class="num">${g.count}</td><td class="num">${g.documents}</td><td><ul class="wordings">${variants}${more}</ul></td></tr>`;
  });
  const more = groups.length > labelGroupsShown ? `<p class="more">… ${groups.length - labelGroupsShown} / ${groups.length}</p>` : '';
  const c = t.column;
  return `<table class="list labels"><thead><tr><th>${e(c.key)}</th><th>${e(c.label)}</th><th>${e(c.count)}</th><th>${e(c.inDocuments)}</th><th>${e(c.wordings)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>${more}`;
}

export function renderLabels(model: ReportModel, t: ReportStrings): string {
  const { labels } = model;
  const part = (title: string, groups: readonly LabelGroup[], open: boolean) =>
    `<details${open ? ' open' : ''}><summary>${e(title)} <small>(${groups.length})</small></summary>${labelTable(groups, t)}</details>`;
  return (
    `<p class="intro">${e(t.labelsIntro)}</p>` +
    part(t.labelGroups.dimensions, labels.dimensions, true) +
    part(t.labelGroups.sectionKinds, labels.sectionKinds, true) +
    part(t.labelGroups.units, labels.units, false)
  );
}
