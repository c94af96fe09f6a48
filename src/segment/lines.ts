// Normalized text → lines with offsets. A line's text excludes its "\n".

export interface Line {
  index: number;
  start: number;
  end: number;
  /** The line as in the normalized text. */
  text: string;
  /** The line without leading/trailing white space. */
  trimmed: string;
  /** Offset of the first non-space character (== end for a blank line). */
  contentStart: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    lines.push({ index: index++, start, end, text: raw, trimmed: raw.trim(), contentStart: start + lead });
    if (end === text.length) break;
    start = end + 1;
  }
  return lines;
}
