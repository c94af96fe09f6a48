// Flat tables of parsed plans for spreadsheets: RFC 4180 quoting, CRLF line ends, UTF-8 with a BOM
// so Excel reads Vietnamese correctly. One row per (document, unit, role, task) for assignments.

import type { PlanDocument } from '../schema/plan-document.js';

export type CsvTable = 'assignments' | 'schedule' | 'refs';
export const csvTables: readonly CsvTable[] = ['assignments', 'schedule', 'refs'];

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
  assignments: ['document', 'number', 'issuer', 'unit', 'unit_canonical', 'unit_role_word', 'role', 'task', 'section', 'dimension', 'deadline', 'product', 'refs', 'line'],
  schedule: ['document', 'number', 'kind', 'start', 'end', 'recurrence', 'year_inferred', 'raw', 'section', 'line'],
  refs: ['document', 'number', 'raw', 'target', 'section', 'line'],
};

function rows(doc: PlanDocument, table: CsvTable): Cell[][] {
  const document = documentOf(doc);
  const number = doc.number?.raw ?? null;
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

/**
 * A CSV table over many documents, ready for a spreadsheet.
 * @example toCsv([plan], 'assignments').startsWith('\uFEFFdocument,number,issuer,unit') // true
 */
export function toCsv(docs: readonly PlanDocument[], table: CsvTable = 'assignments', options: { bom?: boolean } = {}): string {
  const body = [line(headers[table]), ...docs.flatMap((doc) => rows(doc, table).map(line))];
  return `${options.bom === false ? '' : '\uFEFF'}${body.join('\r\n')}\r\n`;
}
