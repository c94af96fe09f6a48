// Flat tables of parsed plans for spreadsheets: RFC 4180 quoting, CRLF line ends, UTF-8 with a BOM
// so Excel reads Vietnamese correctly. One row per input for plans, per section, per citation (legal
// bases first), per (document, unit, role, task) for assignments, per schedule entry, per reference.

import type { PlanDocument } from '../schema/plan-document.js';

export type CsvTable = 'plans' | 'sections' | 'assignments' | 'citations' | 'schedule' | 'refs';
export const csvTables: readonly CsvTable[] = ['plans', 'sections', 'assignments', 'citations', 'schedule', 'refs'];

type Cell = string | number | boolean | null | undefined;

/** One RFC 4180 field: quoted when it holds a comma, quote, CR or LF (or leading/trailing space). */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (cells: readonly Cell[]) => cells.map(csvField).join(',');

const documentOf = (doc: PlanDocument) => doc.source?.path ?? doc.number?.raw ?? doc.source?.sha256.slice(0, 12) ?? '';

function sectionDimension(doc: PlanDocument): Map<string, { heading: string; dimension: string | null }> {
  const out = new Map<string, { heading: string; dimension: string | null }>();
  const visit = (sections: PlanDocument['sections']) => {
    for (const s of sections) {
      out.set(s.id, { heading: s.heading, dimension: s.dimension?.code ?? null });
      visit(s.children);
    }
  };
  visit(doc.sections);
  return out;
}

const headers: Record<CsvTable, string[]> = {
  plans: [
    'document', 'ok', 'error_code', 'error', 'is_plan', 'doc_type', 'number', 'issued', 'place', 'issuer', 'issuer_parent', 'title',
    'indices', 'legal_bases', 'citations', 'sections', 'dimensions', 'assignments', 'signer_authority', 'signer_position', 'signer_name', 'diagnostics',
  ],
  sections: ['document', 'number', 'id', 'parent', 'label', 'level', 'heading', 'kind', 'dimension', 'dimension_label', 'confidence', 'items', 'inferred', 'line'],
  citations: ['document', 'number', 'legal_basis', 'type', 'type_code', 'cited_number', 'date', 'issuer', 'subject', 'raw', 'line'],
  assignments: ['document', 'number', 'issuer', 'unit', 'unit_canonical', 'unit_role_word', 'role', 'task', 'section', 'dimension', 'deadline', 'product', 'refs', 'line'],
  schedule: ['document', 'number', 'kind', 'start', 'end', 'recurrence', 'year_inferred', 'raw', 'section', 'line'],
  refs: ['document', 'number', 'raw', 'target', 'section', 'line'],
};

function rows(doc: PlanDocument, table: CsvTable): Cell[][] {
  const document = documentOf(doc);
  const number = doc.number?.raw ?? null;
  if (table === 'plans') return [planRow(doc)];
  if (table === 'sections') return sectionRows(doc);
  if (table === 'citations') {
    const cite = (basis: boolean) => (c: PlanDocument['citations'][number]): Cell[] =>
      [document, number, basis, c.type, c.typeCode, c.number, c.date, c.issuer, c.subject, c.raw, c.position.start.line];
    return [...doc.legalBases.map(cite(true)), ...doc.citations.map(cite(false))];
  }
  if (table === 'schedule') {
    return doc.schedule.map((e) => [document, number, e.kind, e.start, e.end, e.recurrence, e.yearInferred ?? false, e.raw, e.section, e.position.start.line]);
  }
  if (table === 'refs') return doc.refs.map((r) => [document, number, r.raw, r.target, r.section, r.position?.start.line]);
  const sections = sectionDimension(doc);
  const out: Cell[][] = [];
  for (const a of doc.assignments) {
    // An assignment with no task still gets its row: the unit is named.
    const tasks = a.tasks.length > 0 ? a.tasks : [null];
    for (const task of tasks) {
      const section = task?.section ?? a.section ?? null;
      const refs = task ? a.refs.filter((r) => r.position && r.position.start.offset >= task.position.start.offset && r.position.end.offset <= task.position.end.offset) : a.refs;
      out.push([
        document,
        number,
        doc.issuer?.name ?? null,
        a.unit.name,
        a.unit.canonical,
        a.unit.role ?? null,
        a.role,
        task?.text ?? null,
        task?.row !== undefined ? `table row ${doc.tableTasks[task.row]?.number ?? task.row}` : section,
        task?.dimension ?? (section ? (sections.get(section)?.dimension ?? null) : null),
        task?.deadline ?? a.deadline ?? null,
        task?.product ?? null,
        refs.map((r) => r.target ?? `?${r.raw}`).join('; '),
        (task?.position ?? a.position).start.line,
      ]);
    }
  }
  return out;
}

function planRow(doc: PlanDocument): Cell[] {
  const codes = new Set<string>();
  let sections = 0;
  const visit = (list: PlanDocument['sections']) => {
    for (const s of list) {
      sections++;
      if (s.dimension) codes.add(s.dimension.code);
      visit(s.children);
    }
  };
  visit(doc.sections);
  return [
    documentOf(doc), true, null, null, doc.isPlan, doc.docType, doc.number?.raw ?? null, doc.issuedDate?.iso ?? doc.issuedDate?.raw ?? null,
    doc.place, doc.issuer?.name ?? null, doc.issuer?.parent ?? null, doc.title, doc.indices.map((i) => i.code).join('; '),
    doc.legalBases.length, doc.citations.length, sections, [...codes].join('; '), doc.assignments.length,
    doc.signer?.authority ?? null, doc.signer?.position ?? null, doc.signer?.name ?? null, doc.diagnostics.length,
  ];
}

function sectionRows(doc: PlanDocument): Cell[][] {
  const out: Cell[][] = [];
  const visit = (sections: PlanDocument['sections'], parent: string | null) => {
    for (const s of sections) {
      out.push([
        documentOf(doc), doc.number?.raw ?? null, s.id, parent, s.label, s.level, s.heading, s.kind, s.dimension?.code ?? null,
        s.dimension?.label ?? null, s.dimension?.confidence ?? null, s.items.length, s.inferred ?? false, s.position.start.line,
      ]);
      visit(s.children, s.id);
    }
  };
  visit(doc.sections, null);
  return out;
}

/** The header line of a table, with its CRLF (no BOM). */
export const csvHeader = (table: CsvTable): string => `${line(headers[table])}\r\n`;

/** The rows of one document, each ending in CRLF; '' when it has none. */
export const csvRows = (doc: PlanDocument, table: CsvTable): string => rows(doc, table).map((r) => `${line(r)}\r\n`).join('');

/** The `plans` row of an input that could not be read, so the table keeps one row per input. */
export const csvErrorRow = (document: string, code: string, message: string): string =>
  `${line([document, false, code, message, ...Array<Cell>(headers.plans.length - 4).fill(null)])}\r\n`;

/**
 * A CSV table over many documents, ready for a spreadsheet.
 * @example toCsv([plan], 'assignments').startsWith('\uFEFFdocument,number,issuer,unit') // true
 */
export function toCsv(docs: readonly PlanDocument[], table: CsvTable = 'assignments', options: { bom?: boolean } = {}): string {
  const body = [line(headers[table]), ...docs.flatMap((doc) => rows(doc, table).map(line))];
  return `${options.bom === false ? '' : '\uFEFF'}${body.join('\r\n')}\r\n`;
}
