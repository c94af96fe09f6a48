// Task tables ("Phụ lục: nhiệm vụ trọng tâm"): STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp |
// Sản phẩm | Thời gian, in any order and wording. Tab-separated (web copies; markdown pipes become tabs
// in ingest) or space-aligned (pdftotext -layout). A header row names the columns (one or two lines:
// "Cơ quan thực hiện" over "Chủ trì | Phối hợp"); roman rows are groups ("I  Cải cách thể chế"); a
// line without a number continues the row above (rows wrapped over lines and pages).

import type { Line, Segments } from '../segment/index.js';
import { foldToAscii, squash } from '../util/fold.js';
import { type Span, span } from '../util/span.js';

export type ColumnRole = 'number' | 'task' | 'lead' | 'coordinate' | 'product' | 'deadline' | 'note' | 'other';

export interface RawCell {
  text: string;
  span: Span;
}

export interface RawGroupRow {
  /** "I", "II", "A"; null when the group line has no label. */
  label: string | null;
  heading: RawCell;
  span: Span;
}

export interface RawTaskRow {
  /** "1", "2.3" as written, without the trailing dot. */
  number: string;
  cells: Partial<Record<Exclude<ColumnRole, 'number' | 'other'>, RawCell>>;
  group: RawGroupRow | null;
  span: Span;
}

export interface RawTaskTable {
  columns: ColumnRole[];
  headerSpan: Span;
  groups: RawGroupRow[];
  rows: RawTaskRow[];
  span: Span;
}

interface LineCell {
  text: string;
  /** Offsets into the normalized text. */
  start: number;
  end: number;
}

// Header words → column role; the first rule that matches wins ("Đơn vị phối hợp thực hiện" coordinates).
const columnRules: Array<[ColumnRole, RegExp]> = [
  ['number', /^(?:stt|tt|so tt|so thu tu)$/],
  ['coordinate', /phoi hop/],
  ['lead', /chu tri|(?:don vi|co quan|bo phan)(?: \w+)? (?:thuc hien|chiu trach nhiem|phu trach)|trach nhiem thuc hien|^(?:don vi|co quan) thuc hien|^thuc hien$|^chiu trach nhiem/],
  ['deadline', /thoi gian|thoi han|tien do|hoan thanh|thoi diem|moc/],
  ['product', /san pham|ket qua|hinh thuc/],
  ['note', /ghi chu/],
  ['task', /noi dung|nhiem vu|cong viec|hoat dong|giai phap|ten /],
];

function columnRole(header: string): ColumnRole {
  const folded = squash(foldToAscii(header).replace(/[^a-z0-9]+/g, ' '));
  if (!folded) return 'other';
  for (const [role, rule] of columnRules) if (rule.test(folded)) return role;
  return 'other';
}

const tabCells = (line: Line): LineCell[] => {
  const out: LineCell[] = [];
  let from = 0;
  for (const piece of line.text.split('\t')) {
    const lead = piece.length - piece.trimStart().length;
    const text = piece.trim();
    const start = line.start + from + lead;
    out.push({ text, start, end: start + text.length });
    from += piece.length + 1;
  }
  return out;
};

// Space-aligned columns are runs of two or more spaces apart.
const spaceCells = (line: Line): LineCell[] => {
  const out: LineCell[] = [];
  for (const m of line.text.matchAll(/\S+(?: \S+)*/g)) out.push({ text: m[0], start: line.start + m.index, end: line.start + m.index + m[0].length });
  return out;
};

const rowNumber = /^(\d{1,3}(?:\.\d{1,3})*)\.?$/;
const groupLabel = /^([IVXLC]{1,6}|[A-ZĐ])[.)]?$/;
const groupLine = /^([IVXLC]{1,6}|[A-ZĐ])[.)]\s+(\S.*)$/u;
const columnIndexLine = /^\(?\d{1,2}\)?$/;

interface Layout {
  kind: 'tab' | 'space';
  /** Space layout: where each column starts, relative to the line start. */
  starts: number[];
}

/** The cells of a line placed in the header's columns. */
function placeCells(line: Line, layout: Layout, width: number): Array<LineCell | null> {
  const placed: Array<LineCell | null> = Array.from({ length: width }, () => null);
  if (layout.kind === 'tab') {
    tabCells(line).forEach((cell, i) => {
      if (cell.text && i < width) placed[i] = cell;
      else if (cell.text && width > 0) placed[width - 1] = merge(placed[width - 1] ?? null, cell);
    });
    return placed;
  }
  for (const cell of spaceCells(line)) {
    const at = cell.start - line.start;
    let column = 0;
    for (let i = 0; i < layout.starts.length; i++) if (layout.starts[i]! <= at + 2) column = i;
    placed[column] = merge(placed[column] ?? null, cell);
  }
  return placed;
}

function merge(into: LineCell | null, cell: LineCell): LineCell {
  if (!into) return { ...cell };
  return { text: `${into.text} ${cell.text}`, start: into.start, end: cell.end };
}

const twoSpaceGaps = /\S {2,}\S(?:.*?\S)? {2,}\S/;

/** A header line: three or more cells naming a task column and a unit or time column. */
function readHeader(line: Line): { layout: Layout; roles: ColumnRole[]; cells: LineCell[] } | null {
  const t = line.trimmed;
  if (t.length < 8 || t.length > 400) return null;
  const tabbed = line.text.includes('\t');
  // Three cells need two separators: most lines are prose and stop here, before any splitting.
  if (tabbed ? line.text.indexOf('\t', line.text.indexOf('\t') + 1) < 0 : !twoSpaceGaps.test(line.text)) return null;
  const cells = tabbed ? tabCells(line) : spaceCells(line);
  if (cells.filter((c) => c.text).length < 3) return null;
  const roles = cells.map((c) => columnRole(c.text));
  const has = (r: ColumnRole) => roles.includes(r);
  if (!has('task') || !(has('lead') || has('coordinate') || has('deadline'))) return null;
  if (roles.filter((r) => r === 'other').length > 2) return null;
  const layout: Layout = tabbed ? { kind: 'tab', starts: [] } : { kind: 'space', starts: cells.map((c) => c.start - line.start) };
  return { layout, roles, cells };
}

const isTableZone = (zone: string | undefined) => zone === 'body' || zone === 'appendix' || zone === 'footer';

/**
 * Every task table of the document, with its rows merged over wrapped lines and grouped under the
 * roman rows above them.
 */
export function readTaskTables(segments: Segments): RawTaskTable[] {
  const tables: RawTaskTable[] = [];
  const { lines, zones } = segments;
  for (let i = 0; i < lines.length; i++) {
    if (!isTableZone(zones[i])) continue;
    const header = readHeader(lines[i]!);
    if (!header) continue;
    const table = readTable(lines, zones, i, header);
    tables.push(table.table);
    i = table.next - 1;
  }
  return tables;
}

function readTable(
  lines: Line[],
  zones: Segments['zones'],
  headerIndex: number,
  header: { layout: Layout; roles: ColumnRole[]; cells: LineCell[] },
): { table: RawTaskTable; next: number } {
  const { layout } = header;
  const width = header.cells.length;
  const headerTexts = header.cells.map((c) => c.text);
  let headerEnd = lines[headerIndex]!.end;
  let i = headerIndex + 1;
  // A second header line refines the columns ("Cơ quan thực hiện" over "Chủ trì | Phối hợp"); a line
  // of column numbers "(1) (2) (3)" is skipped.
  for (let extra = 0; extra < 3 && i < lines.length; i++, extra++) {
    const line = lines[i]!;
    if (!line.trimmed) continue;
    const placed = placeCells(line, layout, width);
    const texts = placed.map((c) => c?.text ?? '');
    const first = texts[header.roles.indexOf('number')] ?? texts[0] ?? '';
    if (texts.every((t) => !t || columnIndexLine.test(t))) {
      headerEnd = line.end;
      continue;
    }
    if (rowNumber.test(first) || groupLabel.test(first) || groupLine.test(line.trimmed)) break;
    // Before the first row, a line without a number finishes the header's words ("Thời gian hoàn" / "thành").
    texts.forEach((t, k) => {
      if (t) headerTexts[k] = `${headerTexts[k] ?? ''} ${t}`.trim();
    });
    headerEnd = line.end;
  }
  const roles = headerTexts.map((t) => columnRole(t));
  // "Cơ quan thực hiện" over "Chủ trì": the sub-header decides; the first unnamed text column is the task.
  const numberColumn = roles.indexOf('number') >= 0 ? roles.indexOf('number') : 0;
  const table: RawTaskTable = {
    columns: roles,
    headerSpan: span(lines[headerIndex]!.contentStart, headerEnd),
    groups: [],
    rows: [],
    span: span(lines[headerIndex]!.contentStart, headerEnd),
  };
  let group: RawGroupRow | null = null;
  let last: { cells: Array<LineCell | null>; row: RawTaskRow | null; group: RawGroupRow | null } | null = null;
  let blankRun = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trimmed) {
      blankRun++;
      if (blankRun > 3) break;
      continue;
    }
    if (zones[i] === 'noise') continue;
    if (!isTableZone(zones[i])) break;
    if (readHeader(line)) break;
    const tabbed = line.text.includes('\t');
    const groupOnly = groupLine.exec(line.trimmed);
    if (layout.kind === 'tab' && !tabbed) {
      // A merged-cell group line "II. CẢI CÁCH THỂ CHẾ"; a lower-case line continues the row's task.
      if (groupOnly) {
        finish(last, roles);
        group = newGroup(groupOnly[1]!, line, line.contentStart + line.trimmed.indexOf(groupOnly[2]!), groupOnly[2]!);
        table.groups.push(group);
        last = { cells: [], row: null, group };
      } else if (last?.row && /^\p{Ll}/u.test(line.trimmed) && blankRun === 0) {
        const cell = { text: line.trimmed, start: line.contentStart, end: line.contentStart + line.trimmed.length };
        const taskColumn = roles.indexOf('task');
        if (taskColumn >= 0) last.cells[taskColumn] = merge(last.cells[taskColumn] ?? null, cell);
      } else break;
      blankRun = 0;
      table.span = span(table.span.start, line.start + line.text.trimEnd().length);
      continue;
    }
    blankRun = 0;
    const placed = placeCells(line, layout, width);
    const first = placed[numberColumn]?.text ?? '';
    const others = placed.filter((c, k) => k !== numberColumn && c !== null) as LineCell[];
    const label = groupLabel.exec(first);
    const opensRow = rowNumber.test(first) || (label && others.length > 0) || (!first && groupOnly && others.length === 1);
    if (opensRow) finish(last, roles);
    if (rowNumber.test(first)) {
      const row: RawTaskRow = { number: rowNumber.exec(first)![1]!, cells: {}, group, span: span(line.contentStart, line.end) };
      table.rows.push(row);
      last = { cells: placed, row, group: null };
    } else if (label && others.length > 0) {
      const heading = others[0]!;
      group = newGroup(label[1]!, line, heading.start, others.map((c) => c.text).join(' '));
      table.groups.push(group);
      last = { cells: placed, row: null, group };
    } else if (!first && others.length > 0 && last) {
      // A wrapped line: its cells continue the row (or group heading) above.
      if (last.row) {
        placed.forEach((cell, k) => {
          if (cell) last!.cells[k] = merge(last!.cells[k] ?? null, cell);
        });
      } else if (last.group) {
        last.group.heading = { text: `${last.group.heading.text} ${others.map((c) => c.text).join(' ')}`, span: span(last.group.heading.span.start, others[others.length - 1]!.end) };
      }
    } else if (!first && groupOnly && others.length === 1) {
      group = newGroup(groupOnly[1]!, line, line.contentStart + line.trimmed.indexOf(groupOnly[2]!), groupOnly[2]!);
      table.groups.push(group);
      last = { cells: [], row: null, group };
    } else if (layout.kind === 'tab' && tabbed && others.length > 0) {
      // A row of a cell spanning rows ("rowspan"): fewer cells than columns, first not a number — which
      // column each belongs to is lost (real f06's Phụ lục). Skipped; the table goes on below it.
      finish(last, roles);
      last = null;
    } else break;
    table.span = span(table.span.start, line.start + line.text.trimEnd().length);
  }
  finish(last, roles);
  return { table, next: i };
}

function newGroup(label: string, line: Line, headingStart: number, heading: string): RawGroupRow {
  const text = squash(heading);
  return { label, heading: { text, span: span(headingStart, line.start + line.text.trimEnd().length) }, span: span(line.contentStart, line.start + line.text.trimEnd().length) };
}

/** Copies a row's merged cells into its named fields, once, when the row is complete. */
function finish(last: { cells: Array<LineCell | null>; row: RawTaskRow | null } | null, roles: ColumnRole[]): void {
  if (!last?.row) return;
  const row = last.row;
  row.cells = {};
  let end = row.span.end;
  roles.forEach((role, k) => {
    const cell = last.cells[k];
    if (!cell?.text || role === 'number' || role === 'other') return;
    const existing = row.cells[role];
    row.cells[role] = existing ? { text: `${existing.text} ${cell.text}`, span: span(existing.span.start, cell.end) } : { text: squash(cell.text), span: span(cell.start, cell.end) };
    end = Math.max(end, cell.end);
  });
  // An unnamed wide column next to the number is the task when no column says "Nội dung".
  if (!row.cells.task) {
    const k = roles.findIndex((r, idx) => r === 'other' && last.cells[idx]?.text);
    const cell = k >= 0 ? last.cells[k] : null;
    if (cell) row.cells.task = { text: squash(cell.text), span: span(cell.start, cell.end) };
  }
  row.span = span(row.span.start, end);
}
