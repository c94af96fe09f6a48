// Spans of the normalized text → unist Positions into the input as given, through ingest's OffsetMap.
// This is the only place offsets change frame.

import type { SourceText } from '../ingest/index.js';
import type { Position } from '../schema/position.js';
import { lastAtMost } from '../util/search.js';
import type { Span } from '../util/span.js';

export class PositionMapper {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly source: SourceText) {
    const input = source.input;
    for (let i = 0; i < input.length; i++) {
      const c = input.charCodeAt(i);
      if (c === 0x0a) this.lineStarts.push(i + 1);
      else if (c === 0x0d && input.charCodeAt(i + 1) !== 0x0a) this.lineStarts.push(i + 1);
    }
  }

  private point(offset: number) {
    const line = lastAtMost(this.lineStarts, offset);
    return { line: line + 1, column: offset - this.lineStarts[line]! + 1, offset };
  }

  /** Input offsets of a normalized span. */
  offsets(s: Span): { start: number; end: number } {
    const start = this.source.map.toInputStart(s.start, this.source.input.length);
    const end = s.end > s.start ? this.source.map.toInputEnd(s.end) : start;
    return { start, end: Math.max(start, end) };
  }

  position(s: Span): Position {
    const { start, end } = this.offsets(s);
    const pageStarts = this.source.layout?.pageStarts;
    if (!pageStarts || pageStarts.length === 0) return { start: this.point(start), end: this.point(end) };
    return { start: this.point(start), end: this.point(end), page: lastAtMost(pageStarts, start) + 1 };
  }

  /** The input text of a span, exactly as given. */
  raw(s: Span): string {
    const { start, end } = this.offsets(s);
    return this.source.input.slice(start, end);
  }
}
