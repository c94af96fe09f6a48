// What one parsed plan addresses, read off its PlanDocument: its tasks, the dimensions it covers (with
// the headings and tasks under each), and the units it makes responsible. Shared by `kehoach report`
// and `kehoach summary`, so both count the same way.

import { entryOf, taxonomyEntries } from '../normalize/dimension/taxonomy.js';
import type { PlanDocument } from '../schema/plan-document.js';
import type { Section } from '../schema/section.js';
import { flattenTree } from '../util/tree.js';

/** Top-level kinds whose items are the plan's aims, not its tasks. */
const aimKinds = new Set(['purpose_requirements', 'purpose', 'requirement']);

/**
 * The dimension a code is counted under: a sub-dimension rolls up to its dimension, so a table of
 * documents × dimensions stays one column per dimension ("SIPAS.2.1" → "SIPAS.2").
 * @example dimensionOf('PAPI2009.3.2') // 'PAPI2009.3'
 */
export function dimensionOf(code: string): string {
  const entry = entryOf(code);
  return entry?.level === 'subdimension' && entry.parentCode ? entry.parentCode : code;
}

const taxonomyRank = new Map(taxonomyEntries.map((e, rank) => [e.code, rank]));

/** Dimension codes in taxonomy order (PAPI 2018, PAPI 2009, PAR Index, SIPAS, PCI); unknown codes last, by name. */
export function compareCodes(a: string, b: string): number {
  const x = taxonomyRank.get(a) ?? Number.MAX_SAFE_INTEGER;
  const y = taxonomyRank.get(b) ?? Number.MAX_SAFE_INTEGER;
  return x - y || (a < b ? -1 : a > b ? 1 : 0);
}

/** A task's identity inside one document: where it starts (an item may be listed by several assignments). */
const taskKey = (offset: number) => offset;

/** Offsets of every item in a section and below it. */
function itemOffsets(section: Section, into: Set<number>): Set<number> {
  for (const item of section.items) into.add(taskKey(item.position.start.offset));
  for (const child of section.children) itemOffsets(child, into);
  return into;
}

/**
 * How many tasks the plan sets: the items of every part but Mục đích/Yêu cầu, plus the rows of its task
 * tables. The denominator of "how much of the plan" a dimension takes.
 */
export function countTasks(doc: PlanDocument): number {
  const items = new Set<number>();
  for (const top of doc.sections) if (!aimKinds.has(top.kind)) itemOffsets(top, items);
  return items.size + doc.tableTasks.length;
}

export interface DimensionCoverage {
  /** Dimension code (sub-dimensions rolled up): "PAPI.2". */
  code: string;
  index: string;
  /** Sections whose heading names the dimension or one of its sub-dimensions. */
  sections: number;
  /** Items under those sections, plus task-table rows in a group that names the dimension. */
  tasks: number;
  /** tasks ÷ the plan's tasks (0 when the plan has none). */
  share: number;
  /** "II.2 Công khai, minh bạch…" for each section, and "Bảng: <group heading>" for table groups. */
  headings: string[];
}

/**
 * The dimensions a plan addresses, in taxonomy order: from section headings and from task-table groups.
 * @example coverageOf(plan).map((c) => c.code) // ['PAPI.1', 'PAPI.2', …]
 */
export function coverageOf(doc: PlanDocument): DimensionCoverage[] {
  const found = new Map<string, { index: string; sections: number; items: Set<number>; rows: number; headings: string[] }>();
  const slot = (code: string, index: string) => {
    let entry = found.get(code);
    if (!entry) found.set(code, (entry = { index, sections: 0, items: new Set(), rows: 0, headings: [] }));
    return entry;
  };
  for (const section of flattenTree(doc.sections)) {
    if (!section.dimension) continue;
    const entry = slot(dimensionOf(section.dimension.code), section.dimension.index);
    entry.sections++;
    entry.headings.push(`${section.id} ${section.heading}`);
    itemOffsets(section, entry.items);
  }
  const tableGroups = new Set<string>();
  for (const row of doc.tableTasks) {
    const dimension = row.group?.dimension;
    if (!dimension) continue;
    const code = dimensionOf(dimension.code);
    const entry = slot(code, dimension.index);
    entry.rows++;
    const heading = `${row.group!.label ? `${row.group!.label}. ` : ''}${row.group!.heading}`;
    if (!tableGroups.has(`${code}\u0000${heading}`)) {
      tableGroups.add(`${code}\u0000${heading}`);
      entry.headings.push(`▦ ${heading}`);
    }
  }
  const total = countTasks(doc);
  return [...found].sort(([a], [b]) => compareCodes(a, b)).map(([code, e]) => {
    const tasks = e.items.size + e.rows;
    return { code, index: e.index, sections: e.sections, tasks, share: total > 0 ? Math.min(1, tasks / total) : 0, headings: e.headings };
  });
}

export interface UnitTasks {
  canonical: string;
  name: string;
  /** Tasks it leads (role lead), by dimension code ("" when the task is under no dimension). */
  lead: Map<string, number>;
  /** Tasks it coordinates, by dimension code. */
  coordinate: Map<string, number>;
}

/**
 * The units a plan names as lead or coordinating, with their tasks by dimension: from assignments
 * (sentences and headings) and from task-table rows. "Các cơ quan, đơn vị" (role all) is left out:
 * it names no one in particular.
 */
export function unitsOf(doc: PlanDocument): UnitTasks[] {
  const units = new Map<string, UnitTasks>();
  const add = (unit: { canonical: string; name: string }, role: 'lead' | 'coordinate', dimension: string | null, count: number) => {
    let entry = units.get(unit.canonical);
    if (!entry) units.set(unit.canonical, (entry = { canonical: unit.canonical, name: unit.name, lead: new Map(), coordinate: new Map() }));
    const code = dimension ? dimensionOf(dimension) : '';
    const counts = role === 'lead' ? entry.lead : entry.coordinate;
    counts.set(code, (counts.get(code) ?? 0) + count);
  };
  for (const assignment of doc.assignments) {
    if (assignment.role === 'all') continue;
    if (assignment.tasks.length === 0) add(assignment.unit, assignment.role, null, 0);
    for (const task of assignment.tasks) add(assignment.unit, assignment.role, task.dimension, 1);
  }
  for (const row of doc.tableTasks) {
    const dimension = row.group?.dimension?.code ?? null;
    for (const unit of row.lead) add(unit, 'lead', dimension, 1);
    for (const unit of row.coordinate) add(unit, 'coordinate', dimension, 1);
  }
  return [...units.values()];
}

const total = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);

/**
 * The units that lead most of the plan's tasks, most first (ties by name).
 * @example leadUnits(plan).slice(0, 2) // [{ name: 'Sở Nội vụ', tasks: 12 }, { name: 'Văn phòng Ủy ban nhân dân tỉnh', tasks: 5 }]
 */
export function leadUnits(doc: PlanDocument): Array<{ name: string; canonical: string; tasks: number }> {
  return unitsOf(doc)
    .filter((u) => u.lead.size > 0)
    .map((u) => ({ name: u.name, canonical: u.canonical, tasks: total(u.lead) }))
    .sort((a, b) => b.tasks - a.tasks || a.name.localeCompare(b.name, 'vi'));
}
