// Who does what by when, assembled: task-table rows read (units, group dimension, appendix), the
// assignments from the outline and the tables, cross-references resolved and turned into the units
// responsible for each section, and the schedule. Values stay raw spans here; index.ts maps positions.

import type { Extraction } from '../extract/index.js';
import type { RawTaskRow, RawTaskTable } from '../extract/task-tables.js';
import { findIndices } from '../extract/indices.js';
import type { Section } from '../outline/index.js';
import { romanToNumber } from '../segment/index.js';
import { closingPattern, legalBasisOpener, proposalOpener } from '../segment/genre-lines.js';
import { squash } from '../util/fold.js';
import { firstAtLeast } from '../util/search.js';
import type { Span } from '../util/span.js';
import { flattenTree } from '../util/tree.js';
import { findAssignments, type RawAssignment, type RawTask, type TableRowWork } from './assignments.js';
import { type DimensionContext, type DimensionMatch, matchDimension } from './dimension/match.js';
import { findReferences, type RawReference, resolveReference } from './references.js';
import { findScheduleEntries, type RawScheduleEntry, readScheduleCell } from './schedule.js';
import { type UnitName, unitKey, unitsInCell } from './units.js';

export interface WorkRow {
  raw: RawTaskRow;
  text: string;
  lead: Array<{ unit: UnitName; span: Span }>;
  coordinate: Array<{ unit: UnitName; span: Span }>;
  group: { label: string | null; heading: string; dimension: DimensionMatch | null; index: string | null } | null;
  appendix: string | null;
}

export interface ResolvedReference extends RawReference {
  target: string | null;
  sectionId: string | null;
}

export interface ResponsibleUnit {
  name: string;
  canonical: string;
  role: 'lead' | 'coordinate' | 'all';
  via: 'ref' | 'section' | 'parent';
}

export interface PlanWork {
  appendixIds: string[];
  rows: WorkRow[];
  assignments: RawAssignment[];
  references: ResolvedReference[];
  schedule: Array<RawScheduleEntry & { sectionId: string | null }>;
  responsible: Map<string, ResponsibleUnit[]>;
  /** The references written in each assignment's tasks. */
  refsOf: Map<RawAssignment, ResolvedReference[]>;
  /** Dimension code of every section that has one, by id. */
  dimensionOf: Map<string, string>;
  /** The deadline written in each outline task (by span start). */
  taskDeadline: Map<number, string>;
}

/** "Phụ lục II" → "PL2", "Phụ lục số 3" → "PL3", "Phụ lục" → "PL". */
export function appendixId(label: string): string {
  const m = /(?:số\s+)?([IVXL]+|\d+)\s*$/u.exec(label.replace(/^(?:PHỤ\s+LỤC|Phụ\s+lục)/u, ''));
  if (!m) return 'PL';
  return `PL${/^\d+$/.test(m[1]!) ? Number(m[1]) : romanToNumber(m[1]!)}`;
}

/** The plan's year: of issue, else the first year of an index period, else one in the title. */
export function planYear(extraction: Extraction): number | null {
  const iso = extraction.issuedDate?.value.iso;
  if (iso) return Number(iso.slice(0, 4));
  const period = extraction.indices.find((i) => i.period)?.period;
  if (period) return period.from;
  const inTitle = /(?:năm|giai đoạn)\s+(20\d\d)/u.exec(extraction.title?.value ?? '');
  return inTitle ? Number(inTitle[1]) : null;
}

/** Where `piece` sits in the source inside `within`; the item text joins lines, so search rather than add. */
function locate(sourceText: string, within: Span, itemText: string, local: { start: number; end: number }): Span {
  const piece = itemText.slice(local.start, local.end);
  const at = sourceText.indexOf(piece, within.start);
  if (at >= 0 && at + piece.length <= within.end) return { start: at, end: at + piece.length };
  const start = Math.min(within.start + local.start, within.end);
  return { start, end: Math.min(within.end, start + piece.length) };
}

function readRows(tables: readonly RawTaskTable[], appendices: Extraction['appendices'], ids: readonly string[], context: DimensionContext): WorkRow[] {
  const groupCache = new Map<object, WorkRow['group']>();
  const rows: WorkRow[] = [];
  for (const table of tables) {
    for (const raw of table.rows) {
      let group: WorkRow['group'] = null;
      if (raw.group) {
        const cached = groupCache.get(raw.group);
        if (cached !== undefined) group = cached;
        else {
          const heading = raw.group.heading.text;
          const dimension = matchDimension(heading, context);
          const named = findIndices(heading, []).map((i) => i.code);
          group = { label: raw.group.label, heading, dimension, index: dimension?.index ?? (named.length === 1 ? named[0]! : null) };
          groupCache.set(raw.group, group);
        }
      }
      const units = (cell: RawTaskRow['cells']['lead']) =>
        cell
          ? unitsInCell(cell.text).map((unit) => {
              const at = cell.text.indexOf(unit.raw);
              return { unit, span: at >= 0 ? { start: cell.span.start + at, end: cell.span.start + at + unit.raw.length } : cell.span };
            })
          : [];
      const index = appendices.findIndex((a) => a.span.start <= raw.span.start && raw.span.start <= a.span.end);
      rows.push({
        raw,
        text: squash(raw.cells.task?.text ?? ''),
        lead: units(raw.cells.lead),
        coordinate: units(raw.cells.coordinate),
        group,
        appendix: index >= 0 ? ids[index]! : null,
      });
    }
  }
  return rows;
}

export function planWork(
  extraction: Extraction,
  tables: readonly RawTaskTable[],
  context: DimensionContext,
  dimensions: Map<Section, DimensionMatch | null>,
  issuerName: string | null,
): PlanWork {
  const source = extraction.outline.segments.source.text;
  const year = planYear(extraction);
  const appendixIds = extraction.appendices.map((a) => appendixId(a.label));
  const all = flattenTree(extraction.outline.sections);
  const dimensionOf = new Map<string, string>();
  for (const s of all) {
    const d = dimensions.get(s);
    if (d) dimensionOf.set(s.id, d.code);
  }
  const rows = readRows(tables, extraction.appendices, appendixIds, context);

  // Schedule: running text of every section, deadline cells, items of the schedule part.
  const schedule: PlanWork['schedule'] = [];
  const taskDeadline = new Map<number, string>();
  const visitSchedule = (section: Section, inSchedulePart: boolean) => {
    const schedulePart = inSchedulePart || section.kind === 'schedule';
    const texts: Array<{ text: string; span: Span; item: boolean }> = [
      ...(section.headingSpan && section.heading ? [{ text: section.heading, span: section.headingSpan, item: false }] : []),
      ...section.items.map((i) => ({ text: i.text, span: i.span, item: true })),
    ];
    for (const { text, span, item } of texts) {
      let found = findScheduleEntries(text, 0, year);
      if (found.length === 0 && schedulePart) {
        const whole = readScheduleCell(text, 0, year);
        // "Thường xuyên: …" — only the time words, not the whole item.
        if (whole) found = [{ ...whole, span: { start: 0, end: Math.min(text.length, /^[^:;.]*/u.exec(text)![0].length) } }];
      }
      for (const entry of found) {
        const at = locate(source, span, text, entry.span);
        schedule.push({ ...entry, span: at, sectionId: section.id });
        if (item && !taskDeadline.has(span.start)) taskDeadline.set(span.start, squash(source.slice(at.start, at.end)));
      }
    }
    for (const child of section.children) visitSchedule(child, schedulePart);
  };
  for (const section of extraction.outline.sections) {
    if (section.kind === 'purpose' || section.kind === 'requirement' || section.kind === 'purpose_requirements') continue;
    visitSchedule(section, false);
  }
  for (const row of rows) {
    const cell = row.raw.cells.deadline;
    if (!cell) continue;
    const entry = readScheduleCell(cell.text, 0, year);
    if (entry) schedule.push({ ...entry, span: locate(source, cell.span, cell.text, { start: 0, end: cell.text.length }), sectionId: null });
  }
  schedule.sort((a, b) => a.span.start - b.span.start);

  // Assignments: the outline's and the tables'.
  const tableWork: TableRowWork[] = rows.map((row, i) => {
    const task: RawTask = { text: row.text, span: row.raw.span, depth: 1, sectionId: null, row: i };
    const spans = new Map<UnitName, Span>();
    for (const { unit, span } of [...row.lead, ...row.coordinate]) spans.set(unit, span);
    return { lead: row.lead.map((u) => u.unit), coordinate: row.coordinate.map((u) => u.unit), task, spans };
  });
  // Sentences outside the outline give work too: a công văn's intro ("…; Chủ tịch UBND tỉnh giao Sở Nội
  // vụ chủ trì, phối hợp với Sở Tài chính …", real b11), body paragraphs before the first heading, the
  // closing sentence ("Trên đây là …; giao Sở Nội vụ theo dõi …").
  const outside = [
    ...extraction.outline.preamble.filter((b) => b.part === 0 && b.kind === 'paragraph' && !legalBasisOpener.test(b.text) && !proposalOpener.test(b.text)),
    ...extraction.outline.looseItems.filter((b) => b.part === 0),
    ...extraction.outline.segments.blocks.filter((b) => b.part === 0 && b.zone === 'footer' && closingPattern.test(b.text)),
  ].map((b) => ({ text: b.text, span: { start: b.contentStart, end: b.end }, depth: 1 }));
  const assignments = findAssignments(extraction.outline.sections, tableWork, issuerName ? unitKey(issuerName) : null, outside);

  // Cross-references, from headings, items and the Nơi nhận list ("Như mục V").
  const ids = all.map((s) => s.id);
  const taskIds = new Set(all.filter((s) => s.kind === 'tasks' || s.kind === 'dimension').map((s) => s.id));
  const references: ResolvedReference[] = [];
  const visitRefs = (section: Section) => {
    const texts = [
      ...(section.headingSpan && section.heading ? [{ text: section.heading, span: section.headingSpan }] : []),
      ...section.items.map((i) => ({ text: i.text, span: i.span })),
    ];
    for (const { text, span } of texts) {
      for (const ref of findReferences(text, 0)) {
        const at = locate(source, span, text, ref.span);
        references.push({ ...ref, span: at, target: resolveReference(ref, ids, taskIds, appendixIds), sectionId: section.id });
      }
    }
    for (const child of section.children) visitRefs(child);
  };
  for (const section of extraction.outline.sections) visitRefs(section);
  for (const recipient of extraction.recipients) {
    for (const ref of findReferences(recipient.text, 0)) {
      if (ref.kind !== 'section') continue;
      references.push({ ...ref, span: recipient.span, target: resolveReference(ref, ids, taskIds, appendixIds), sectionId: null });
    }
  }
  references.sort((a, b) => a.span.start - b.span.start);

  // Units responsible for each section: named by a reference in their tasks, or assigned inside it;
  // a section's units answer for its subsections too.
  const responsible = new Map<string, ResponsibleUnit[]>();
  const give = (id: string, unit: UnitName, role: ResponsibleUnit['role'], via: ResponsibleUnit['via']) => {
    const list = responsible.get(id) ?? [];
    if (!list.some((u) => u.canonical === unit.canonical && u.role === role)) list.push({ name: unit.name, canonical: unit.canonical, role, via });
    responsible.set(id, list);
  };
  const kindOf = new Map(all.map((s) => [s.id, s.kind]));
  const refsOf = new Map<RawAssignment, ResolvedReference[]>();
  const refStarts = references.map((r) => r.span.start);
  for (const assignment of assignments) {
    const own: ResolvedReference[] = [];
    const seen = new Set<ResolvedReference>();
    for (const task of assignment.tasks) {
      // References are sorted by start: only those from the task's start on can lie inside it.
      for (let k = firstAtLeast(refStarts, task.span.start); k < references.length && refStarts[k]! < task.span.end; k++) {
        const ref = references[k]!;
        if (ref.span.end > task.span.end) continue;
        if (!seen.has(ref)) {
          seen.add(ref);
          own.push(ref);
        }
        if (ref.target && !ref.target.startsWith('PL')) give(ref.target, assignment.unit, assignment.role, 'ref');
      }
      if (task.sectionId && kindOf.get(task.sectionId) !== 'organization') give(task.sectionId, assignment.unit, assignment.role, 'section');
    }
    refsOf.set(assignment, own.sort((a, b) => a.span.start - b.span.start));
  }
  const inherit = (section: Section, above: ResponsibleUnit[]) => {
    const own = responsible.get(section.id) ?? [];
    for (const u of above) if (!own.some((o) => o.canonical === u.canonical && o.role === u.role)) own.push({ ...u, via: 'parent' });
    if (own.length > 0) responsible.set(section.id, own);
    for (const child of section.children) inherit(child, own);
  };
  for (const section of extraction.outline.sections) inherit(section, []);

  return { appendixIds, rows, assignments, references, schedule, responsible, refsOf, dimensionOf, taskDeadline };
}
