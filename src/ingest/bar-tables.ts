// Tables as legal-database Markdown exports write them: every cell between lines holding a lone "|", a
// row ended by two such lines in a row ("|\n|"). Evidence: every real export (f02–f28 and the bulk set,
// 20,066 bar lines): the Nghị định 30 header and the signature are two-column layout tables, the site's
// metadata box is a table of label/value pairs, and a Phụ lục of tasks is a table of five or six columns
// ("TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | Sản phẩm", f14). Tables follow one
// another and the text between them without a blank line (f14), so a table is read from its rows: the
// rows between two row ends are whole, and they say how many columns the table has.
// Data rows become one TAB-separated line each, the way .docx and HTML tables reach the task-table and
// metadata readers; layout rows (the header, the signature) and everything else stay Markdown, where
// their cells are blocks of lines in reading order, as the header and signature rules read them.

import { squash } from '../util/fold.js';

export type MarkdownPiece = { kind: 'markdown'; text: string } | { kind: 'rows'; rows: string[] };

interface Cell {
  /** Lines [start, end) of the cell's text; the bars are at start - 1 and end. */
  start: number;
  end: number;
}

type Token = { kind: 'cell'; cell: Cell } | { kind: 'break' };

const isBar = (line: string) => line.trim() === '|';
const isBlank = (line: string) => line.trim() === '';
// A run of text longer than this is the document between two tables, not a cell.
const MAX_CELL_LINES = 20;
// Cells of the header and the signature: they stay as lines for the header and footer rules.
const layoutCell = /CỘNG\s+HÒA|Độc\s+lập|^\W*Số\s*:|,\s*ngày\s|^\W*Nơi\s+nhận|^\W*(?:TM|KT|TL|TUQ)\s*\./u;

/** A cell's Markdown as plain text: emphasis and escapes dropped, one line. */
function cellText(lines: string[], cell: Cell): string {
  let text = lines.slice(cell.start, cell.end).join(' ');
  // Each replacement only where its character is (most cells have neither).
  if (text.includes('\\')) text = text.replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
  if (text.includes('*')) text = text.replace(/(?<!\()\*+|\*+(?!\))/g, '');
  return squash(text);
}

/** Cells and row ends of one stretch of bar-delimited lines (no blank line, no long text inside). */
function tokensOf(lines: string[], from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    if (!isBar(lines[i]!)) {
      i++;
      continue;
    }
    let k = i + 1;
    while (k < to && !isBar(lines[k]!)) k++;
    if (k >= to) break;
    tokens.push(k === i + 1 ? { kind: 'break' } : { kind: 'cell', cell: { start: i + 1, end: k } });
    i = k;
  }
  return tokens;
}

/** The rows of a stretch that form a data table, each with the lines it spans. */
function dataRows(lines: string[], tokens: Token[]): Array<{ start: number; end: number; text: string }> {
  const segments: Cell[][] = [[]];
  for (const t of tokens) {
    if (t.kind === 'break') segments.push([]);
    else segments[segments.length - 1]!.push(t.cell);
  }
  if (segments.length < 3) return [];
  const interior = segments.slice(1, -1);
  // The width of the table's first rows: the first row is the end of what stands before the first row end
  // (a Phụ lục's heading is a "cell" before it), and a later table in the same stretch may be wider.
  const columns = Math.max(...interior.slice(0, 5).map((r) => r.length));
  if (columns < 3) return [];
  const first = segments[0]!;
  const last = segments[segments.length - 1]!;
  const rows = [first.slice(Math.max(0, first.length - columns)), ...interior, last.slice(0, columns)].filter((r) => r.length > 0);
  return rows
    .filter((row) => !row.some((c) => layoutCell.test(cellText(lines, c))))
    .map((row) => ({
      start: row[0]!.start - 1,
      end: row[row.length - 1]!.end + 1,
      text: row.map((c) => cellText(lines, c)).join('\t'),
    }));
}

/**
 * Cuts an export into Markdown and the rows of its data tables.
 * @example splitBarTables('|\nTT\n|\nNội dung\n|\nChủ trì\n|\n|\n1\n|\nRà soát\n|\nSở Nội vụ\n|\n|\n2\n|\nBáo cáo\n|\nVăn phòng\n|')
 *   // [{ kind: 'rows', rows: ['TT\tNội dung\tChủ trì', '1\tRà soát\tSở Nội vụ', '2\tBáo cáo\tVăn phòng'] }]
 */
export function splitBarTables(markdown: string): MarkdownPiece[] {
  if (!markdown.includes('\n|')) return [{ kind: 'markdown', text: markdown }];
  const lines = markdown.split('\n');
  const rows: Array<{ start: number; end: number; text: string }> = [];
  let i = 0;
  while (i < lines.length) {
    if (!isBar(lines[i]!)) {
      i++;
      continue;
    }
    // A stretch: from a bar to the last bar before a blank line or a text too long to be a cell.
    let end = i;
    let run = 0;
    for (let k = i; k < lines.length && !isBlank(lines[k]!); k++) {
      if (isBar(lines[k]!)) {
        end = k;
        run = 0;
      } else if (++run > MAX_CELL_LINES) break;
    }
    rows.push(...dataRows(lines, tokensOf(lines, i, end + 1)));
    i = end + 1;
  }
  if (rows.length === 0) return [{ kind: 'markdown', text: markdown }];
  const pieces: MarkdownPiece[] = [];
  let from = 0;
  for (const row of rows) {
    if (row.start > from) pieces.push({ kind: 'markdown', text: lines.slice(from, row.start).join('\n') });
    const previous = pieces[pieces.length - 1];
    if (previous?.kind === 'rows' && row.start <= from) previous.rows.push(row.text);
    else pieces.push({ kind: 'rows', rows: [row.text] });
    from = Math.max(from, row.end);
  }
  if (from < lines.length) pieces.push({ kind: 'markdown', text: lines.slice(from).join('\n') });
  return pieces;
}
