// Cells of a flattened two-column line: web copies separate them by tabs (our `|` residue becomes a
// tab in ingest), pdftotext's layout mode by runs of three or more spaces.

export interface Cell {
  text: string;
  /** Offset of the cell's first character within the line. */
  offset: number;
}

const cellSeparator = /\t+| {3,}/g;

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
  for (const m of line.matchAll(cellSeparator)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(line.length);
  return cells;
}
