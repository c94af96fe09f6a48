// Pipe-table rows with line breaks written as "<br>" inside their cells (pandoc- and GitHub-style
// Markdown of a Word file: "| **ỦY BAN NHÂN DÂN**<br>**TỈNH CÀ MAU** | **CỘNG HÒA …**<br>Độc lập … |",
// a signature row "| Nơi nhận:<br>- Bộ Nội vụ;<br>… | TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>… |").
// A row of two cells is a layout table (header, signature): its cells become blocks of lines, one cell
// after the other, as a .docx's layout tables are read. A wider row is data: its breaks become spaces and
// the row stays a row. Evidence: the typed real-like r14; such rows glued "NHÂN DÂN" to "TỈNH".

const pipeRow = /^\s*\|.*\|\s*$/u;
const lineBreak = /<br\s*\/?>/giu;

/** The cells of a pipe row ("| a | b |" → ["a", "b"]), escaped bars kept. */
function cellsOf(row: string): string[] {
  return row.trim().slice(1, -1).split(/(?<!\\)\|/u).map((c) => c.trim());
}

/**
 * Rewrites pipe rows holding "<br>" breaks; other text is left as it is.
 * @example splitPipeBreaks('| ỦY BAN NHÂN DÂN<br>TỈNH CÀ MAU | CỘNG HÒA … |') // 'ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU\n\nCỘNG HÒA …'
 */
export function splitPipeBreaks(markdown: string): string {
  if (!markdown.includes('<br') && !markdown.includes('<BR')) return markdown;
  return markdown
    .split('\n')
    .map((line) => {
      if (!pipeRow.test(line) || !/<br\s*\/?>/iu.test(line)) return line;
      const cells = cellsOf(line);
      if (cells.length >= 3) return `| ${cells.map((c) => c.replace(lineBreak, ' ')).join(' | ')} |`;
      const blocks = cells.map((c) => c.split(lineBreak).map((l) => l.trim()).filter(Boolean).join('\n')).filter(Boolean);
      return `\n${blocks.join('\n\n')}\n`;
    })
    .join('\n');
}
