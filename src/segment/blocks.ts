// Lines → blocks: a heading (numbered line), a bullet item, a paragraph or a table row. Lines broken
// inside a sentence — by a page break, a hard wrap or a blank line — are joined back into one block.

import type { Reporter } from '../diagnostics/report.js';
import { squash } from '../util/fold.js';
import { span } from '../util/span.js';
import { enactingLinePattern, isUpperLine } from './genre-lines.js';
import type { Line } from './lines.js';
import { type Marker, readMarker } from './markers.js';
import { danglingWord, referenceWordAtEnd } from './unwrap.js';
import type { Zone } from './zones.js';

export interface Block {
  kind: 'heading' | 'bullet' | 'paragraph' | 'table' | 'enacting';
  zone: Zone;
  part: number;
  lines: number[];
  /** From the first character of the block (its marker) to its last character. */
  start: number;
  end: number;
  /** Where the text after the marker or bullet starts. */
  contentStart: number;
  /** Content after the marker, lines joined with single spaces. */
  text: string;
  marker?: Marker;
  bullet?: string;
}

const BLOCK_ZONES = new Set<Zone>(['preamble', 'body', 'footer', 'appendix', 'footnote']);

/**
 * The width a document was hard-wrapped at (pdftotext, e-mail), or null. Wrapped text has most long
 * lines ending just short of one width; typed text has paragraphs of any length on one line.
 */
export function detectWrapWidth(lines: Line[]): number | null {
  const lengths = lines.map((l) => l.text.trimEnd().length).filter((n) => n >= 20);
  if (lengths.length < 12) return null;
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)]!;
  if (width > 110) return null;
  const nearWidth = lengths.filter((n) => n >= width - 14).length;
  return nearWidth >= lengths.length * 0.3 ? width : null;
}

const indentOf = (line: Line) => line.contentStart - line.start;

/**
 * Whether hard-wrapped text marks its paragraphs by indenting their first line, the lines a wrap goes on
 * with starting at the margin (text copied from a PDF laid out with indents: real-like r12, where the
 * full-width heading "Lĩnh vực 7. Xây dựng và phát triển chính quyền điện tử, chính quyền số" was read
 * as going on into the indented "Sở Khoa học và Công nghệ chủ trì, …" below it). Half the lines after
 * a sentence's end or more are indented (parts' headings may stay at the margin), most lines after a
 * full-width unfinished line are not.
 */
export function indentsFirstLines(lines: Line[], wrapWidth: number | null): boolean {
  if (wrapWidth === null) return false;
  let afterEnd = 0;
  let afterEndIndented = 0;
  let afterWrap = 0;
  let afterWrapAtMargin = 0;
  for (let i = 1; i < lines.length; i++) {
    const previous = lines[i - 1]!.text.trimEnd();
    const line = lines[i]!;
    if (!line.trimmed || !previous) continue;
    if (/[.;:]$/.test(previous)) {
      afterEnd++;
      if (indentOf(line) > 0) afterEndIndented++;
    } else if (previous.length >= wrapWidth - 16) {
      afterWrap++;
      if (indentOf(line) === 0) afterWrapAtMargin++;
    }
  }
  return afterEnd >= 5 && afterWrap >= 5 && afterEndIndented >= 0.5 * afterEnd && afterWrapAtMargin >= 0.7 * afterWrap;
}

/** `previous` is the end of the open block's text (its last ~120 characters): only the end matters. */
function continues(open: Block, previous: string, previousLength: number, line: string, previousLineLength: number, wrapWidth: number | null, opensParagraph: boolean): boolean {
  if (open.kind === 'table' || open.kind === 'enacting') return false;
  if (opensParagraph) return false;
  // Hard-wrapped text: a full-width line without final punctuation goes on, whatever the next case.
  if (wrapWidth !== null && previousLineLength >= wrapWidth - 16 && !/[.;:!?]$/.test(previous) && !isUpperLine(previous)) {
    // A full-width heading that closes a quoted label ends there when the next line opens a sentence
    // ("2.1. Đối với nội dung “Tham gia của người dân ở cấp cơ sở”" then "Kiện toàn …").
    if (open.kind === 'heading' && /[”"]$/u.test(previous) && /^\p{Lu}/u.test(line)) return false;
    return true;
  }
  if (isUpperLine(line) && line.length > 3) return false;
  // A line that starts in lower case goes on the sentence above, even after a ";" (an item broken
  // after one of its clauses: "…nghĩa vụ thuế;" / "giảm thời gian, chi phí …"); not after "." or ":".
  if (/^[\p{Ll}]/u.test(line)) return !/[.:!?]$/.test(previous);
  if (open.kind === 'heading') return false;
  if (!/[\p{L}\d]$/u.test(previous) || previousLength < 50) return false;
  const words = previous.split(' ');
  const lastTwo = words.slice(-2);
  return danglingWord.test(previous) || lastTwo.some((w) => /^\p{Lu}/u.test(w));
}

const isTableRow = (text: string) => text.includes('\t') && /\S\t+\S/.test(text.trim());

/** Builds the blocks of every line outside the header, noise and debris. */
export function buildBlocks(lines: Line[], zones: Zone[], parts: number[], reporter: Reporter): Block[] {
  const blocks: Block[] = [];
  let open: Block | null = null;
  // The open block's text as parts (joined once at the end) and its last characters, so joining a
  // 100,000-line paragraph stays linear.
  let openParts: string[] = [];
  let openTail = '';
  let openLength = 0;
  const allParts = new Map<Block, string[]>();
  let joined = 0;
  let firstJoin: Line | null = null;
  const wrapWidth = detectWrapWidth(lines);
  const firstLinesIndented = indentsFirstLines(lines, wrapWidth);
  let previousLineLength = 0;
  for (const line of lines) {
    const zone = zones[line.index]!;
    if (!BLOCK_ZONES.has(zone)) {
      if (zone !== 'noise') open = null;
      continue;
    }
    const t = line.trimmed;
    if (!t) continue;
    const trimmedEnd = line.start + line.text.trimEnd().length;
    if (open && (open.zone !== zone || open.part !== parts[line.index])) open = null;
    if (isTableRow(line.text) && (zone === 'appendix' || (line.text.match(/\t/g)?.length ?? 0) >= 2)) {
      open = null;
      blocks.push({ kind: 'table', zone, part: parts[line.index]!, lines: [line.index], start: line.contentStart, end: trimmedEnd, contentStart: line.contentStart, text: t });
      continue;
    }
    if (enactingLinePattern.test(t)) {
      open = null;
      blocks.push({ kind: 'enacting', zone, part: parts[line.index]!, lines: [line.index], start: line.contentStart, end: trimmedEnd, contentStart: line.contentStart, text: t });
      continue;
    }
    const read = readMarker(t);
    const lastLength = previousLineLength;
    previousLineLength = line.text.trimEnd().length;
    // In wrapped text "kinh tế\n- xã hội" is a hyphenated phrase, not a new bullet.
    const wrappedDash = wrapWidth !== null && read.bullet === '-' && /^-\s*\p{Ll}/u.test(t);
    // "… Riêng mục\n2.5 Phần II": a number after "mục/điểm/khoản" is a reference, not a heading.
    const wrappedReference = read.marker !== undefined && open !== null && referenceWordAtEnd.test(openTail);
    if ((wrappedDash || wrappedReference || (!read.marker && !read.bullet)) && open && continues(open, openTail, openLength, t, lastLength, wrapWidth, firstLinesIndented && indentOf(line) > 0 && !/^\p{Ll}/u.test(t))) {
      const piece = squash(t);
      openParts.push(piece);
      openTail = `${openTail} ${piece}`.slice(-120);
      openLength += piece.length + 1;
      open.end = trimmedEnd;
      open.lines.push(line.index);
      joined++;
      firstJoin ??= line;
      continue;
    }
    const contentStart = line.contentStart + read.contentOffset;
    open = {
      kind: read.marker ? 'heading' : read.bullet ? 'bullet' : 'paragraph',
      zone,
      part: parts[line.index]!,
      lines: [line.index],
      start: line.contentStart,
      end: trimmedEnd,
      contentStart,
      text: squash(t.slice(read.contentOffset)),
      ...(read.marker ? { marker: read.marker } : {}),
      ...(read.bullet ? { bullet: read.bullet } : {}),
    };
    openParts = [open.text];
    allParts.set(open, openParts);
    openTail = open.text.slice(-120);
    openLength = open.text.length;
    blocks.push(open);
  }
  for (const [block, parts] of allParts) if (parts.length > 1) block.text = parts.join(' ');
  if (joined > 0 && firstJoin)
    reporter.report('segment/lines-joined', `${joined} line(s) continuing a sentence were joined to the line before.`, span(firstJoin.start, firstJoin.end));
  return blocks;
}
