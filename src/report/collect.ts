// Records of a batch (a parsed plan with its input text, or an error) → the report's model: the
// document table, the coverage and who-leads-what matrices, the deadlines, the label map and each
// document's view. Plain data, no HTML: render.ts writes it out.

import { normalizeCorpus, type CorpusLabels } from '../normalize/corpus.js';
import { entryOf } from '../normalize/dimension/taxonomy.js';
import type { PlanDocument } from '../schema/plan-document.js';
import { flattenTree } from '../util/tree.js';
import { type DeadlineGroup, groupDeadlines } from './deadlines.js';
import { compareCodes, countTasks, coverageOf, type DimensionCoverage, unitsOf } from './facts.js';
import { type DocumentView, viewOf } from './highlights.js';

/** One input of the report: a parsed plan with the text its positions point into, or why it could not be read. */
export type ReportRecord =
  | { path: string; document: PlanDocument; input: string }
  | { path: string; error: { code: string; message: string } };

export interface DocumentRow {
  path: string;
  /** Null when the input could not be read. */
  document: PlanDocument | null;
  error: { code: string; message: string } | null;
  counts: { legalBases: number; sections: number; tasks: number; units: number; diagnostics: number };
}

export interface DimensionColumn {
  code: string;
  index: string;
  /** Scheme of the taxonomy: PAPI2018, PAPI2009, PAR2022, SIPAS2022, PCI. */
  scheme: string;
  label: string;
}

export interface LeadRow {
  name: string;
  canonical: string;
  documents: number;
  lead: number;
  coordinate: number;
  /** By dimension code ("" = tasks under no dimension). */
  cells: Map<string, { lead: number; coordinate: number }>;
}

export interface ReportModel {
  documents: DocumentRow[];
  coverage: { columns: DimensionColumn[]; rows: Array<Map<string, DimensionCoverage>> };
  leads: { columns: DimensionColumn[]; rows: LeadRow[] };
  deadlines: DeadlineGroup[];
  labels: CorpusLabels;
  /** One per document, null for an input that could not be read. */
  views: Array<DocumentView | null>;
}

function columnOf(code: string, index: string): DimensionColumn {
  const entry = entryOf(code);
  return { code, index, scheme: entry?.scheme ?? index, label: entry?.label ?? code };
}

function rowOf(record: ReportRecord): DocumentRow {
  if ('error' in record) return { path: record.path, document: null, error: record.error, counts: { legalBases: 0, sections: 0, tasks: 0, units: 0, diagnostics: 0 } };
  const doc = record.document;
  return {
    path: record.path,
    document: doc,
    error: null,
    counts: {
      legalBases: doc.legalBases.length,
      sections: flattenTree(doc.sections).length,
      tasks: countTasks(doc),
      units: unitsOf(doc).length,
      diagnostics: doc.diagnostics.length,
    },
  };
}

/** Units merged across documents by canonical key; the name is the one most documents use. */
function collectLeads(docs: Array<PlanDocument | null>): ReportModel['leads'] {
  const merged = new Map<string, { names: Map<string, number>; documents: Set<number>; cells: Map<string, { lead: number; coordinate: number }>; index: Map<string, string> }>();
  const columns = new Map<string, DimensionColumn>();
  docs.forEach((doc, n) => {
    if (!doc) return;
    for (const unit of unitsOf(doc)) {
      let row = merged.get(unit.canonical);
      if (!row) merged.set(unit.canonical, (row = { names: new Map(), documents: new Set(), cells: new Map(), index: new Map() }));
      row.names.set(unit.name, (row.names.get(unit.name) ?? 0) + 1);
      row.documents.add(n);
      const cell = (code: string) => {
        let c = row!.cells.get(code);
        if (!c) row!.cells.set(code, (c = { lead: 0, coordinate: 0 }));
        if (code && !columns.has(code)) columns.set(code, columnOf(code, entryOf(code)?.index ?? code.split('.')[0]!));
        return c;
      };
      for (const [code, count] of unit.lead) cell(code).lead += count;
      for (const [code, count] of unit.coordinate) cell(code).coordinate += count;
    }
  });
  const rows: LeadRow[] = [...merged].map(([canonical, r]) => {
    const name = [...r.names].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi'))[0]![0];
    let lead = 0;
    let coordinate = 0;
    for (const c of r.cells.values()) {
      lead += c.lead;
      coordinate += c.coordinate;
    }
    return { name, canonical, documents: r.documents.size, lead, coordinate, cells: r.cells };
  });
  rows.sort((a, b) => b.lead - a.lead || b.coordinate - a.coordinate || a.name.localeCompare(b.name, 'vi') || (a.canonical < b.canonical ? -1 : 1));
  return { columns: [...columns.values()].sort((a, b) => compareCodes(a.code, b.code)), rows };
}

/**
 * The report's model of a collection, in input order.
 * @example collectReport([{ path: 'a.txt', document, input }]).coverage.rows[0].get('PAPI.2')?.tasks // 7
 */
export function collectReport(records: readonly ReportRecord[]): ReportModel {
  const documents = records.map(rowOf);
  const docs = documents.map((d) => d.document);
  const coverageRows = docs.map((doc) => new Map((doc ? coverageOf(doc) : []).map((c) => [c.code, c])));
  const columns = new Map<string, DimensionColumn>();
  for (const row of coverageRows) for (const c of row.values()) if (!columns.has(c.code)) columns.set(c.code, columnOf(c.code, c.index));
  const parsed = docs.filter((d): d is PlanDocument => d !== null);
  return {
    documents,
    coverage: { columns: [...columns.values()].sort((a, b) => compareCodes(a.code, b.code)), rows: coverageRows },
    leads: collectLeads(docs),
    deadlines: groupDeadlines(docs),
    labels: normalizeCorpus(parsed),
    views: records.map((r) => ('error' in r ? null : viewOf(r.document, r.input))),
  };
}
