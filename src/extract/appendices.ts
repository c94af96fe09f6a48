// Phụ lục after the document: label ("Phụ lục", "PHỤ LỤC II"), title (the line after it, not the
// "(Kèm theo …)" line), and its table lines as raw cell rows. Rows wrapped over several lines are not
// merged here — the table reader of issue #4 does that.

import type { Segments } from '../segment/index.js';
import { appendixStartPattern, attachedToPattern } from '../segment/genre-lines.js';
import { squash } from '../util/fold.js';
import { type Span, span } from '../util/span.js';

export interface RawAppendix {
  label: string;
  title: string | null;
  rows: string[][];
  span: Span;
}

export function readAppendices(segments: Segments): RawAppendix[] {
  const out: RawAppendix[] = [];
  let current: RawAppendix | null = null;
  for (const line of segments.lines) {
    if (segments.zones[line.index] !== 'appendix') continue;
    const t = line.trimmed;
    if (!t) continue;
    if (appendixStartPattern.test(t)) {
      const m = /^(PHỤ\s+LỤC|Phụ\s+lục)(?:\s+(?:số\s+)?[IVXL\d]+)?/u.exec(t)!;
      const rest = squash(t.slice(m[0].length).replace(/^\s*[:.\-–]\s*/u, ''));
      current = { label: squash(m[0]), title: rest || null, rows: [], span: span(line.contentStart, line.end) };
      out.push(current);
      continue;
    }
    if (!current) continue;
    current.span = span(current.span.start, line.start + line.text.trimEnd().length);
    if (line.text.includes('\t')) current.rows.push(line.text.split('\t').map((c) => squash(c)));
    else if (current.title === null && !attachedToPattern.test(t)) current.title = squash(t);
  }
  return out;
}
