// Stage 2 — segment: SourceText → Segments. After it: every line has a zone (header, preamble, body,
// footer, appendix, or dropped as navigation/noise/debris with a diagnostic), and the text outside the
// header is cut into blocks (headings with their marker, bullets, paragraphs with broken lines joined,
// table rows).

import type { Reporter } from '../diagnostics/report.js';
import type { SourceText } from '../ingest/index.js';
import { type Block, buildBlocks } from './blocks.js';
import { type Line, splitLines } from './lines.js';
import { unwrapSource } from './unwrap.js';
import { type Zone, type Zoning, zoneLines } from './zones.js';

export interface Segments {
  source: SourceText;
  lines: Line[];
  zones: Zone[];
  parts: number[];
  headers: Zoning['headers'];
  blocks: Block[];
}

/**
 * Cuts normalized text into zoned lines and blocks.
 * @example segment(source, reporter).blocks[0]?.kind // 'paragraph'
 */
export function segment(given: SourceText, reporter: Reporter): Segments {
  const source = unwrapSource(given);
  const lines = splitLines(source.text);
  const { zones, parts, headers } = zoneLines(lines, reporter, footnotesLine(source, lines));
  const blocks = buildBlocks(lines, zones, parts, reporter);
  return { source, lines, zones, parts, headers, blocks };
}

/** The first line at or after the read text's footnotes start, or the line count when there are none. */
function footnotesLine(source: SourceText, lines: Line[]): number {
  const start = source.layout?.footnotesStart;
  if (start === undefined) return lines.length;
  const at = lines.findIndex((line) => line.trimmed !== '' && source.map.toInputStart(line.start, source.input.length) >= start);
  return at < 0 ? lines.length : at;
}

export type { Block } from './blocks.js';
export type { Line } from './lines.js';
export type { Marker, MarkerKind } from './markers.js';
export { readMarker, romanToNumber, numberToRoman } from './markers.js';
export type { Zone } from './zones.js';
export { isPersonName, isSignatureLine } from './zones.js';
