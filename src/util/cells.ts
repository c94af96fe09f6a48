// Cells of a flattened two-column line: web copies separate them by tabs (our `|` residue becomes a
// tab in ingest), pdftotext's layout mode by runs of three or more spaces.

export interface Cell {
  text: string;
  /** Offset of the cell's first character within the line. */
  offset: number;
}

const cellSeparator = /\t+| {3,}/g;
const tabSeparator = /\t+/g;
// Spaces left for a value to be written in by hand are not a column gap: "Số:      /KH-UBND",
// "ngày      tháng 12 năm 2025" (drafts and signed scans, real b01, b04, b15).
const blankToFill = /(?:Số\s*:?|ngày|tháng)$/iu;

/**
 * @example splitCells('Nơi nhận:        KT. CHỦ TỊCH') // [{ text: 'Nơi nhận:', offset: 0 }, { text: 'KT. CHỦ TỊCH', offset: 17 }]
 */
export function splitCells(line: string): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  const push = (end: number) => {
    const piece = line.slice(from, end);
    const lead = piece.length - piece.trimStart().length;
    const text = piece.trim();
    if (text) cells.push({ text, offset: from + lead });
  };
  // A line with tabs between its words is a table row: its cells are the tab-separated ones.
  for (const m of line.matchAll(line.trim().includes('\t') ? tabSeparator : cellSeparator)) {
    if (m[0][0] === ' ' && blankToFill.test(line.slice(from, m.index))) continue;
    push(m.index);
    from = m.index + m[0].length;
  }
  push(line.length);
  return cells;
}
