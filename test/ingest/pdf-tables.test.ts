// Ruled tables of a PDF page (src/ingest/pdf/tables.ts): the grid from border lines, rows as TAB lines.

import { describe, expect, it } from 'vitest';
import { layoutPages, type TextItem } from '../../src/ingest/pdf/layout.js';
import { findGrids, type Ruling } from '../../src/ingest/pdf/tables.js';

/** The borders of a grid: every row line across, every column line down, drawn cell by cell. */
function grid(columns: number[], rows: number[]): Ruling[] {
  const lines: Ruling[] = [];
  for (let c = 0; c + 1 < columns.length; c++) for (const y of rows) lines.push({ x0: columns[c]!, y0: y, x1: columns[c + 1]!, y1: y });
  for (let r = 0; r + 1 < rows.length; r++) for (const x of columns) lines.push({ x0: x, y0: rows[r]!, x1: x, y1: rows[r + 1]! });
  return lines;
}
const at = (text: string, x: number, y: number, size = 11): TextItem => ({ text, x, y, width: text.length * size * 0.45, size });

describe('PDF ruled tables', () => {
  it('finds a task table, and leaves a small ruled box (a header, a signature) to the page layout', () => {
    expect(findGrids(grid([60, 90, 300, 420, 540], [100, 120, 160]))).toHaveLength(1);
    expect(findGrids(grid([60, 300, 540], [100, 140, 180]))).toHaveLength(0);
    // A single row of four cells or more: a table going on on a new page.
    expect(findGrids(grid([60, 90, 300, 420, 540], [56, 90]))).toHaveLength(1);
    expect(findGrids([{ x0: 60, y0: 100, x1: 540, y1: 100 }])).toHaveLength(0);
  });

  it('reads a page of twenty thousand strokes (a chart, a hatched drawing) without a quadratic pass', () => {
    const strokes: Ruling[] = [];
    for (let i = 0; i < 10_000; i++) {
      strokes.push({ x0: (i % 100) * 6, y0: 100 + Math.floor(i / 100) * 6, x1: (i % 100) * 6 + 3, y1: 100 + Math.floor(i / 100) * 6 });
      strokes.push({ x0: 600 + (i % 100) * 6, y0: 100 + Math.floor(i / 100) * 6, x1: 600 + (i % 100) * 6, y1: 103 + Math.floor(i / 100) * 6 });
    }
    // Ten thousand short strokes across and as many down that cross nothing: no table.
    expect(findGrids(strokes)).toEqual([]);
  });

  it('writes each row as one line of TAB cells, a cell wrapped over lines as one', () => {
    const rulings = grid([60, 90, 300, 420, 540], [100, 120, 175]);
    const items = [
      at('Trước bảng.', 60, 90),
      at('STT', 64, 114), at('Nhiệm vụ', 94, 114), at('Chủ trì', 304, 114), at('Phối hợp', 424, 114),
      at('1', 64, 134), at('Rà soát thủ tục hành chính', 94, 134), at('thuộc thẩm quyền', 94, 148), at('Sở Nội vụ', 304, 134), at('Sở Tư pháp,', 424, 134), at('Văn phòng UBND tỉnh', 424, 148),
      at('Sau bảng.', 60, 195),
    ];
    expect(layoutPages([{ width: 595, height: 842, items, rulings }]).text.split('\n')).toEqual([
      'Trước bảng.',
      'STT\tNhiệm vụ\tChủ trì\tPhối hợp',
      '1\tRà soát thủ tục hành chính thuộc thẩm quyền\tSở Nội vụ\tSở Tư pháp, Văn phòng UBND tỉnh',
      // A row is placed at its top: the space down to the next paragraph is a blank line.
      '',
      'Sau bảng.',
    ]);
  });

  it('cuts a run that pdf.js joined across a border, and keeps empty first cells', () => {
    const rulings = grid([60, 90, 300, 420, 540], [100, 120, 140]);
    const items = [at('STT Nhiệm vụ', 64, 114, 10), at('Chủ trì', 304, 114), at('Phối hợp', 424, 114), at('Văn phòng Sở', 424, 134)];
    const text = layoutPages([{ width: 595, height: 842, items, rulings }]).text;
    expect(text.split('\n')).toEqual(['STT\tNhiệm vụ\tChủ trì\tPhối hợp', '\t\t\tVăn phòng Sở']);
  });

  it('drops the header row a table repeats on a new page, so a row broken by the page goes on', () => {
    const rulings = grid([60, 90, 300, 420, 540], [100, 120, 160]);
    const header = () => [at('STT', 64, 114), at('Nhiệm vụ', 94, 114), at('Chủ trì', 304, 114), at('Phối hợp', 424, 114)];
    const pages = [
      { width: 595, height: 842, rulings, items: [...header(), at('1', 64, 134), at('Rà soát thủ tục', 94, 134), at('Sở Nội vụ', 304, 134), at('Sở Tư pháp', 424, 134)] },
      { width: 595, height: 842, rulings, items: [...header(), at('hành chính', 94, 134), at('Văn phòng', 424, 134)] },
    ];
    const laid = layoutPages(pages);
    expect(laid.text.split('\n')).toEqual(['STT\tNhiệm vụ\tChủ trì\tPhối hợp', '1\tRà soát thủ tục\tSở Nội vụ\tSở Tư pháp', '\thành chính\t\tVăn phòng']);
    expect(laid.dropped.runningLines).toBe(1);
  });
});
