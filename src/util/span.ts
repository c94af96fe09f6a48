// Spans are half-open offset ranges into the *normalized* text; ingest's OffsetMap turns them into
// positions into the input as given.

export interface Span {
  start: number;
  end: number;
}

export function span(start: number, end: number): Span {
  return { start, end };
}
