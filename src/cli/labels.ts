// `kehoach labels`: the label map of a collection as a terminal table, JSON or CSV.

import type { CorpusLabels, LabelGroup } from '../normalize/corpus.js';

const csvCell = (v: string | number) => {
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** One row per wording: category, key, label, index, wording, count, documents of the group. */
export function labelsToCsv(labels: CorpusLabels): string {
  const rows = [['category', 'key', 'label', 'index', 'wording', 'count', 'documents']];
  const add = (category: string, groups: LabelGroup[]) => {
    for (const g of groups) for (const v of g.variants) rows.push([category, g.key, g.label, g.index ?? '', v.text, String(v.count), String(g.documents)]);
  };
  add('dimension', labels.dimensions);
  add('section-kind', labels.sectionKinds);
  add('unit', labels.units);
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
}

/** Documents × dimension codes: how many sections of each document carry each code. */
export function coverageToCsv(labels: CorpusLabels): string {
  const { codes, rows } = labels.coverage;
  const lines = [['document', ...codes].map(csvCell).join(',')];
  for (const row of rows) lines.push([row.document, ...codes.map((c) => String(row.counts[c] ?? 0))].map(csvCell).join(','));
  return `${lines.join('\n')}\n`;
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function renderLabels(labels: CorpusLabels, options: { maxVariants?: number } = {}): string {
  const max = options.maxVariants ?? 8;
  const out: string[] = [];
  const block = (title: string, groups: LabelGroup[], keyFirst: boolean) => {
    out.push(`${title} (${groups.length})`);
    for (const g of groups) {
      const head = keyFirst ? `${g.key.padEnd(14)} ${clip(g.label, 70)}` : `${clip(g.label, 80)}  [${g.key}]`;
      out.push(`  ${head} — ${g.count} in ${g.documents} document${g.documents === 1 ? '' : 's'}`);
      for (const v of g.variants.slice(0, max)) out.push(`      ${String(v.count).padStart(3)}× ${clip(v.text, 100)}`);
      if (g.variants.length > max) out.push(`      … ${g.variants.length - max} more wording(s)`);
    }
    out.push('');
  };
  block('DIMENSIONS', labels.dimensions, true);
  block('SECTION KINDS', labels.sectionKinds, true);
  block('UNITS', labels.units, false);
  const { codes, rows } = labels.coverage;
  out.push(`COVERAGE (${rows.length} documents × ${codes.length} dimensions; a number = sections with that code)`);
  const nameWidth = Math.min(40, Math.max(8, ...rows.map((r) => r.document.split('/').pop()!.length)));
  const width = (c: string) => Math.max(c.length, 2);
  out.push(`  ${'document'.padEnd(nameWidth)} ${codes.map((c) => c.padStart(width(c))).join(' ')}`);
  for (const row of rows) {
    const cells = codes.map((c) => (row.counts[c] ? String(row.counts[c]) : '·').padStart(width(c)));
    out.push(`  ${clip(row.document.split('/').pop()!, nameWidth).padEnd(nameWidth)} ${cells.join(' ')}`);
  }
  return `${out.join('\n')}\n`;
}
