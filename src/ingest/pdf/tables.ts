// Ruled tables of a PDF page: the grid its border lines draw, and the text inside it written as the .docx
// reader writes a data table, one line per row with the cells joined by TAB. Without the grid, a task
// table's cells, each wrapped over several lines, are read line by line across the row and interleave
// ("Giao Công an tỉnh tham mưu UBND	Sở Khoa Sở Khoa" — LibreOffice exports of real b01 and b04).
// Pure geometry: rulings in, cells out; what a cell's text is comes from the layout (cellText).

import { emWidth } from './glyph-widths.js';
import type { TextItem } from './layout.js';

/** A border line, horizontal (y0 = y1) or vertical (x0 = x1), in top-down page points. */
export interface Ruling {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface TableGrid {
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** The merged border lines, horizontal and vertical: which cells a row or a column has. */
  horizontals: Ruling[];
  verticals: Ruling[];
  /** Every row's top, the grid's bottom last. */
  rows: number[];
}

/** Lines closer than this (points) are one line; segments closer than this along it join. */
const SNAP = 2;

/** Collinear segments (a cell's border drawn cell by cell) → one line each. */
function mergeCollinear(segments: Ruling[], horizontal: boolean): Ruling[] {
  const at = (r: Ruling) => (horizontal ? r.y0 : r.x0);
  const from = (r: Ruling) => (horizontal ? Math.min(r.x0, r.x1) : Math.min(r.y0, r.y1));
  const to = (r: Ruling) => (horizontal ? Math.max(r.x0, r.x1) : Math.max(r.y0, r.y1));
  const sorted = [...segments].sort((a, b) => at(a) - at(b) || from(a) - from(b));
  const merged: Array<{ at: number; from: number; to: number }> = [];
  for (const segment of sorted) {
    // Sorted along the other axis first, a segment can only join one of the lines merged last: looking
    // back a few keeps a page of thousands of strokes (a chart, a hatched drawing) linear.
    let line: (typeof merged)[number] | undefined;
    for (let k = merged.length - 1; k >= Math.max(0, merged.length - 8) && !line; k--) {
      const m = merged[k]!;
      if (Math.abs(m.at - at(segment)) <= SNAP && from(segment) <= m.to + SNAP && to(segment) >= m.from - SNAP) line = m;
    }
    if (line) {
      line.from = Math.min(line.from, from(segment));
      line.to = Math.max(line.to, to(segment));
    } else merged.push({ at: at(segment), from: from(segment), to: to(segment) });
  }
  return merged.map((m) => (horizontal ? { x0: m.from, y0: m.at, x1: m.to, y1: m.at } : { x0: m.at, y0: m.from, x1: m.at, y1: m.to }));
}

const crosses = (h: Ruling, v: Ruling): boolean => v.x0 >= h.x0 - SNAP && v.x0 <= h.x1 + SNAP && h.y0 >= v.y0 - SNAP && h.y0 <= v.y1 + SNAP;

/**
 * The grids the rulings draw that are data tables. As in the .docx reader, a grid of at most four rows
 * of at most three cells lays out a header or a signature, not data, and is left to the page layout.
 */
export function findGrids(rulings: readonly Ruling[]): TableGrid[] {
  const horizontals = mergeCollinear(rulings.filter((r) => Math.abs(r.y1 - r.y0) < 0.5 && Math.abs(r.x1 - r.x0) >= SNAP), true);
  const verticals = mergeCollinear(rulings.filter((r) => Math.abs(r.x1 - r.x0) < 0.5 && Math.abs(r.y1 - r.y0) >= SNAP), false);
  if (horizontals.length < 2 || verticals.length < 2 || horizontals.length * verticals.length > 250_000) return [];
  // Connected rulings (each crossing another) are one grid.
  const parent = Array.from({ length: horizontals.length + verticals.length }, (_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  horizontals.forEach((h, i) => verticals.forEach((v, j) => {
    if (crosses(h, v)) parent[root(i)] = root(horizontals.length + j);
  }));
  const groups = new Map<number, { horizontals: Ruling[]; verticals: Ruling[] }>();
  horizontals.forEach((h, i) => {
    const group = groups.get(root(i)) ?? { horizontals: [], verticals: [] };
    group.horizontals.push(h);
    groups.set(root(i), group);
  });
  verticals.forEach((v, j) => {
    const group = groups.get(root(horizontals.length + j));
    group?.verticals.push(v);
  });
  const grids: TableGrid[] = [];
  for (const group of groups.values()) {
    const rows = distinct(group.horizontals.map((h) => h.y0));
    const columns = distinct(group.verticals.map((v) => v.x0));
    // One row is enough when it has four cells or more: a table going on on a new page (real b01).
    if (rows.length < 2 || columns.length < 3) continue;
    if (rows.length - 1 <= 4 && columns.length - 1 <= 3) continue;
    grids.push({ left: columns[0]!, right: columns.at(-1)!, top: rows[0]!, bottom: rows.at(-1)!, horizontals: group.horizontals, verticals: group.verticals, rows });
  }
  return grids;
}

function distinct(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.filter((v, i) => i === 0 || v - sorted[i - 1]! > SNAP);
}

/** Where an item's text sits: its middle across, and half an x-height over its baseline. */
const middleOf = (item: TextItem) => ({ x: item.x + item.width / 2, y: item.y - 0.3 * item.size });

/**
 * pdf.js joins runs on one baseline that are close enough into one item, across a cell's border when the
 * cells' padding is narrow: such an item is cut at each border it crosses, on the space nearest to it.
 */
function splitAtBorders(item: TextItem, grids: readonly TableGrid[]): TextItem[] {
  if (item.word) return [item];
  const { y } = middleOf(item);
  const borders = grids
    .flatMap((grid) => grid.verticals)
    .filter((v) => v.y0 <= y && v.y1 >= y && v.x0 > item.x + 0.5 * item.size && v.x0 < item.x + item.width - 0.5 * item.size)
    .map((v) => v.x0)
    .sort((a, b) => a - b);
  if (borders.length === 0) return [item];
  const text = item.text;
  const starts: number[] = [];
  let total = 0;
  for (let k = 0; k < text.length; k++) {
    starts.push(total);
    total += emWidth(text[k]!);
  }
  const scale = total > 0 ? item.width / total : 0;
  const xAt = (k: number) => item.x + (k < starts.length ? starts[k]! : total) * scale;
  const cuts: number[] = [];
  for (const border of borders) {
    let best = -1;
    for (let k = 1; k < text.length; k++) {
      if (text[k] !== ' ' || (cuts.length > 0 && k <= cuts.at(-1)!)) continue;
      if (best < 0 || Math.abs(xAt(k) - border) < Math.abs(xAt(best) - border)) best = k;
    }
    if (best > 0) cuts.push(best);
  }
  const parts: TextItem[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    const part = text.slice(from, cut).trim();
    if (part) parts.push({ ...item, text: part, x: xAt(from), width: xAt(cut) - xAt(from) });
    from = cut + 1;
  }
  return parts.length > 0 ? parts : [item];
}

/**
 * The items outside every grid, and one item per table row in place of the items inside: its text the
 * row's cells joined by TAB, each cell's lines joined by a space (`cellText`). A row lies between two
 * horizontal lines of the grid (a cell spanning rows gives its text to the row it sits in); a cell is
 * bounded by the vertical lines that cross its row (a cell spanning columns is one cell).
 */
export function withTableRows(items: readonly TextItem[], grids: readonly TableGrid[], cellText: (items: TextItem[]) => string): TextItem[] {
  if (grids.length === 0) return [...items];
  const outside: TextItem[] = [];
  const inside = grids.map(() => [] as TextItem[]);
  for (const item of items.flatMap((item) => splitAtBorders(item, grids))) {
    const { x, y } = middleOf(item);
    const g = grids.findIndex((grid) => x > grid.left && x < grid.right && y > grid.top && y < grid.bottom);
    if (g >= 0) inside[g]!.push(item);
    else outside.push(item);
  }
  const rows: TextItem[] = [];
  grids.forEach((grid, g) => {
    // The left edges of a row's cells: the vertical lines that cross the row, but its right border.
    const leftsOf = (row: number): number[] => {
      const mid = (row + (grid.rows.find((top) => top > row) ?? grid.bottom)) / 2;
      const edges = distinct(grid.verticals.filter((v) => v.y0 <= mid + SNAP && v.y1 >= mid - SNAP).map((v) => v.x0));
      return edges.length > 1 ? edges.slice(0, -1) : [grid.left];
    };
    const cells = new Map<number, TextItem[][]>();
    for (const item of inside[g]!) {
      const { x, y } = middleOf(item);
      const row = grid.rows.filter((top) => top < y).at(-1)!;
      const lefts = leftsOf(row);
      const column = Math.max(0, lefts.filter((left) => left < x).length - 1);
      const byColumn = cells.get(row) ?? lefts.map(() => [] as TextItem[]);
      byColumn[column]!.push(item);
      cells.set(row, byColumn);
    }
    for (const [, byColumn] of [...cells].sort((a, b) => a[0] - b[0])) {
      const all = byColumn.flat();
      const texts = byColumn.map((cell) => (cell.length > 0 ? cellText(cell).replace(/\t/g, ' ') : ''));
      const top = Math.min(...all.map((item) => item.y));
      const size = all.map((item) => item.size).sort((a, b) => a - b)[Math.floor(all.length / 2)]!;
      rows.push({ text: texts.join('\t'), x: grid.left, y: top, width: grid.right - grid.left, size, row: true });
    }
  });
  return [...outside, ...rows];
}
