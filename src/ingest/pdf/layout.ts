// Positioned text (a PDF's text layer, or OCR words) → the plan's text, laid out as it was typed. Pure
// geometry, no genre rule but the few named below:
// - items on one baseline make a visual line; footnote reference marks (small raised digits) are dropped;
// - page numbers and running headers/footers (the first or last line of a page: a bare number, or the same
//   text on most pages) are dropped; footnote texts (small type at a page's foot) move after the body;
// - a run of lines that share a vertical gutter is a two-column band (the Nghị định 30 header: issuer |
//   quốc hiệu, số | địa danh, ngày; the signature: Nơi nhận | signer): when its columns' lines sit on the
//   same baselines it is written row by row with a TAB between the cells (as the .docx reader writes
//   tables), otherwise — and always for the signature, whose left cell opens with "Nơi nhận" — column by
//   column (Nơi nhận lines, then the signer's), never interleaved;
// - the lines of a justified paragraph (a line that reaches the right margin, followed by one that is not
//   indented) are joined into one line, also across a page break; a big vertical gap gives a blank line.

import { isVietnameseSyllable } from '../legacy/syllable.js';
import { emWidth } from './glyph-widths.js';
import { findGrids, type Ruling, withTableRows } from './tables.js';

export interface TextItem {
  text: string;
  /** Left edge, in points from the page's left. */
  x: number;
  /** Baseline, in points from the page's top (y grows downwards). */
  y: number;
  width: number;
  /** Font size (em) in points. */
  size: number;
  /** A whole word (OCR): always a space between it and the next item. */
  word?: boolean;
  /** A table row written whole (tables.ts): a line of its own, never joined to another. */
  row?: boolean;
}

export interface PageItems {
  width: number;
  height: number;
  items: TextItem[];
  /** The page's border lines, when read: ruled tables come out one line per row. */
  rulings?: Ruling[];
}

export interface LaidOut {
  text: string;
  /** Offset in `text` where each page's text starts. */
  pageStarts: number[];
  /** Offset in `text` where the footnotes moved after the text begin, when there are any. */
  footnotesStart?: number;
  dropped: { pageNumbers: number; runningLines: number; footnoteMarks: number; footnotes: number };
}

interface Line {
  items: TextItem[];
  y: number;
  size: number;
  x0: number;
  x1: number;
}

/** A gap this wide (in em) inside a line that is not a gutter is still written as a TAB. */
const TAB_GAP_EM = 4;
/** The narrowest vertical gutter between two columns, in points. */
const MIN_GUTTER = 8;

const median = (values: number[]): number => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** Lays out every page and joins them. */
export function layoutPages(pages: readonly PageItems[]): LaidOut {
  const dropped = { pageNumbers: 0, runningLines: 0, footnoteMarks: 0, footnotes: 0 };
  const pageLines = pages.map((page) => {
    const { items, marks } = dropFootnoteMarks(cleanItems(page.items));
    dropped.footnoteMarks += marks;
    const grids = page.rulings ? findGrids(page.rulings) : [];
    return visualLines(grids.length > 0 ? withTableRows(items, grids, cellText) : items);
  });
  dropFurniture(pageLines, pages, dropped);
  const footnotes: string[] = [];
  const bodies = pageLines.map((lines) => {
    const body = splitFootnotes(lines);
    if (body.footnotes.length > 0) {
      dropped.footnotes += body.footnotes.length;
      // A footnote's number on a line of its own opens the line after it: "1 Theo Quyết định …".
      for (const line of body.footnotes) {
        const text = lineText(line.items);
        if (footnotes.length > 0 && /^\d{1,3}$/.test(footnotes.at(-1)!)) footnotes[footnotes.length - 1] += ` ${text}`;
        else footnotes.push(text);
      }
    }
    const left = Math.min(...body.lines.map((l) => l.x0));
    const right = Math.max(...body.lines.map((l) => l.x1));
    const bands = body.lines.length > 0 ? findBands(body.lines, left, right) : [];
    // Table rows (tables.ts) span the table, not the text: they measure no margin.
    const single = body.lines.filter((line, index) => !bands.some((b) => index >= b.start && index < b.end) && !line.items.some((item) => item.row));
    return { lines: body.lines, bands, single };
  });
  // A page with few lines of running text (the end of the signature, a short last page) has no margins
  // of its own to measure: it has those of the document's pages of the same width.
  const documentMargins = new Map<number, Margins>();
  bodies.forEach((body, index) => {
    const width = Math.round(pages[index]!.width);
    if (!documentMargins.has(width)) {
      const single = bodies.filter((_, k) => Math.round(pages[k]!.width) === width).flatMap((b) => b.single);
      documentMargins.set(width, measureMargins(single));
    }
  });
  const blocks = bodies.map((body, index) => {
    const document = documentMargins.get(Math.round(pages[index]!.width))!;
    if (body.single.length < 8) return pageBlocks(body.lines, body.bands, document);
    // A page of its own margins, but not a right margin well inside the document's: on a page of
    // short lines (a list, the signature) the longer lines are paragraphs' last lines.
    const own = measureMargins(body.single);
    const size = median(body.single.map((l) => l.size));
    return pageBlocks(body.lines, body.bands, own.right < document.right - 1.5 * size ? { ...own, right: document.right } : own);
  });
  const out: string[] = [];
  const pageStarts: number[] = [];
  let length = 0; // of the lines in `out`, with their newlines
  let open: OutputLine | null = null; // the last line, still open to a paragraph going on over a page break
  const emit = (line: string) => {
    out.push(line);
    length += line.length + 1;
  };
  // A table going on over a page repeats its header row there (Word's and LibreOffice's "repeat as header
  // row"): the copy goes, so that a row broken by the page ("\tđề mà người dân …") goes on the row above
  // it (LibreOffice export of real b04).
  let header: string | null = null;
  let previousLine: OutputLine | null = null;
  for (const lines of blocks) {
    const first = lines[0];
    if (first?.row && previousLine?.row && first.text === header && lines[1]?.row) {
      lines.shift();
      dropped.runningLines++;
    }
    for (const line of lines) {
      if (line.row && !previousLine?.row) header = line.text;
      previousLine = line;
    }
  }
  blocks.forEach((lines) => {
    lines.forEach((line, k) => {
      if (k === 0 && open && open.continues && line.joinable) {
        pageStarts.push(length + open.text.length + 1);
        open = { ...line, text: `${open.text} ${line.text}` };
        return;
      }
      if (open) emit(open.text);
      if (line.blankBefore) emit('');
      if (k === 0) pageStarts.push(length);
      open = line;
    });
    if (lines.length === 0) pageStarts.push(length + (open ? open.text.length + 1 : 0));
  });
  if (open) emit((open as OutputLine).text);
  let footnotesStart: number | undefined;
  if (footnotes.length > 0) {
    emit('');
    footnotesStart = length;
    for (const line of footnotes) emit(line);
  }
  const text = out.join('\n');
  return { text, pageStarts: pageStarts.map((start) => Math.min(start, text.length)), ...(footnotesStart !== undefined ? { footnotesStart: Math.min(footnotesStart, text.length) } : {}), dropped };
}

/** Drops empty items and the second copy of text drawn twice (fake bold). */
function cleanItems(items: readonly TextItem[]): TextItem[] {
  const kept: TextItem[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    // Each space stays (a run's places: mergeOverlays); lineText collapses them.
    const text = item.text.replace(/\s/g, ' ');
    if (!text.trim() || !(item.size > 0) || !Number.isFinite(item.x) || !Number.isFinite(item.y)) continue;
    // Leading and trailing spaces of an item (some writers centre a line with them) are not ink: the
    // box shrinks by their share of the item's characters.
    const lead = text.length - text.trimStart().length;
    const trail = text.length - text.trimEnd().length;
    const share = item.width / Math.max(1, text.length);
    const ink = { ...item, text: text.trim(), x: item.x + lead * share, width: Math.max(0, item.width - (lead + trail) * share) };
    const key = `${ink.text}|${Math.round(ink.x)}|${Math.round(ink.y)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(ink);
  }
  return kept;
}

/**
 * Footnote reference marks: digits (or *) in type under three quarters of the text's size, raised above
 * the baseline of the text they follow ("… 58/QĐ-UBND¹ ngày …"). They are not part of the sentence.
 */
function dropFootnoteMarks(items: TextItem[]): { items: TextItem[]; marks: number } {
  const bodySize = median(items.map((item) => item.size));
  const kept: TextItem[] = [];
  let marks = 0;
  for (const item of items) {
    const small = item.size <= 0.75 * bodySize && /^[\d*]{1,3}$/.test(item.text.trim());
    const follows =
      small &&
      items.some(
        (other) =>
          other !== item &&
          other.size > item.size * 1.2 &&
          other.y - item.y >= 0.15 * other.size &&
          other.y - item.y <= 0.7 * other.size &&
          Math.abs(item.x - (other.x + other.width)) <= 0.6 * other.size,
      );
    if (follows) marks++;
    else kept.push(item);
  }
  return { items: kept, marks };
}

/** Items on one baseline (within a quarter em: table cells are centred apart by a point or two) make a line. */
function visualLines(items: TextItem[]): Line[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Line[] = [];
  for (const item of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(item.y - line.y) <= 0.25 * Math.max(item.size, line.size)) {
      line.items.push(item);
      line.size = Math.max(line.size, item.size);
      line.x0 = Math.min(line.x0, item.x);
      line.x1 = Math.max(line.x1, item.x + item.width);
    } else lines.push({ items: [item], y: item.y, size: item.size, x0: item.x, x1: item.x + item.width });
  }
  for (const line of lines) line.items = mergeOverlays(line.items.sort((a, b) => a.x - b.x));
  return lines;
}

/**
 * Letters drawn over a run, from another font. A writer whose font lacks some Vietnamese letters draws
 * the run with a gap where each goes, then draws those letters from a fallback font on top: pdf.js gives
 * "T NH LÂM Đ" and, inside its box, "Ỉ" where the space is (LibreOffice exports of real b01, b04, b05,
 * b11 and b15 with Times New Roman substituted: "TỈNH" came out "T NH … ĐỈ", "Nội vụ" "N i vộụ"). A short
 * item that starts inside a longer one's box goes in at its place: on the space under it, which it fills
 * or shares with a word space ("b n" + "ị" is "bị n": the gap was the letter and a space), else between
 * letters. Spaces are kept as pdf.js gives them (cleanItems), one per gap.
 */
function mergeOverlays(sorted: TextItem[]): TextItem[] {
  const items = sorted.some((item) => isMarkedLetters(item.text)) ? sorted.flatMap(splitMarkedLetters).sort((a, b) => a.x - b.x) : sorted;
  const kept: TextItem[] = [];
  for (let i = 0; i < items.length; i++) {
    const host = items[i]!;
    const overlays: TextItem[] = [];
    while (i + 1 < items.length && isOverlay(items[i + 1]!, host)) overlays.push(items[++i]!);
    kept.push(overlays.length > 0 ? { ...host, text: placeOverlays(host, overlays) } : host);
  }
  return gluedLetters(kept);
}

/** A fallback letter on its own (it filled a gap that pdf.js gave as an item of its own). */
const isLoneLetter = (item: TextItem): boolean => !item.word && item.text.length <= 2 && [...item.text].every(isMarkedLetter);

/**
 * Lone fallback letters join the runs beside them (within 0.6 em): "- Ch" + "ủ" + "tịch, PCT" is
 * "- Chủ tịch, PCT". A chain of touching items holding such letters is read as one: at each edge of a
 * letter a word space goes or not, as the syllables read best, the gaps breaking ties ("vụ của", not
 * "vục ủa"; "thủ tục", not "thủ t ục"); where no reading makes syllables, the gaps alone decide (real b01,
 * b04, b05's LibreOffice exports).
 */
function gluedLetters(items: TextItem[]): TextItem[] {
  if (!items.some(isLoneLetter)) return items;
  const out: TextItem[] = [];
  for (let i = 0; i < items.length; ) {
    let j = i;
    const touches = (a: TextItem, b: TextItem) => !a.word && !b.word && b.x - (a.x + a.width) <= 0.6 * b.size;
    while (j + 1 < items.length && touches(items[j]!, items[j + 1]!) && (isLoneLetter(items[j]!) || isLoneLetter(items[j + 1]!))) j++;
    const chain = items.slice(i, j + 1);
    i = j + 1;
    if (chain.length === 1) {
      out.push(chain[0]!);
      continue;
    }
    let text = '';
    const edges: Array<{ at: number; gap: boolean; free: boolean }> = [];
    chain.forEach((item, k) => {
      if (k > 0) {
        const before = chain[k - 1]!;
        edges.push({ at: text.length, gap: item.x - (before.x + before.width) > 0.12 * item.size, free: isLoneLetter(item) || isLoneLetter(before) });
      }
      text += item.text;
    });
    const letter = (k: number) => k > 0 && k < text.length && /\p{L}/u.test(text[k - 1]!) && /\p{L}/u.test(text[k]!);
    // Edges between letters are read by syllables; beside a space, a digit or a sign, by the gap.
    const read = edges.filter((e) => e.free && letter(e.at));
    const cuts = new Set(edges.filter((e) => e.gap && !read.includes(e)).map((e) => e.at));
    // Each word of letters the free edges fall in is read on its own.
    for (let k = 0; k < read.length; ) {
      let runStart = read[k]!.at;
      while (runStart > 0 && /\p{L}/u.test(text[runStart - 1]!) && !cuts.has(runStart)) runStart--;
      let runEnd = read[k]!.at;
      while (runEnd < text.length && /\p{L}/u.test(text[runEnd]!) && !cuts.has(runEnd)) runEnd++;
      const inRun: typeof read = [];
      while (k < read.length && read[k]!.at < runEnd) inRun.push(read[k++]!);
      const chosen = bestReading(text.slice(runStart, runEnd), inRun.map((e) => ({ at: e.at - runStart, gap: e.gap })));
      for (const e of chosen ? chosen.map((c) => ({ at: c.at + runStart })) : inRun.filter((r) => r.gap)) cuts.add(e.at);
    }
    const joined = [...cuts].sort((a, b) => b - a).reduce((t, k) => (t[k - 1] === ' ' || t[k] === ' ' ? t : `${t.slice(0, k)} ${t.slice(k)}`), text);
    const first = chain[0]!;
    const last = chain.at(-1)!;
    out.push({ ...first, text: joined, width: last.x + last.width - first.x });
  }
  return out;
}

/**
 * The edges to cut among `free` so that every piece of `word` is a Vietnamese syllable; null when no
 * cutting does. Among the readings, the one that disagrees least with the gaps, then cuts least — or,
 * when the gaps are only estimated (`gaps: 'estimated'`, inside a run), the one that cuts least first.
 */
function bestReading(word: string, free: ReadonlyArray<{ at: number; gap: boolean }>, gaps: 'measured' | 'estimated' = 'measured'): Array<{ at: number; gap: boolean }> | null {
  if (free.length > 10) return null;
  let best: { chosen: Array<{ at: number; gap: boolean }>; cost: number } | null = null;
  for (let mask = 0; mask < 1 << free.length; mask++) {
    const chosen = free.filter((_, k) => mask & (1 << k));
    const disagreements = free.reduce((sum, e, k) => sum + (Boolean(mask & (1 << k)) !== e.gap ? 1 : 0), 0);
    const cost = gaps === 'measured' ? disagreements * 100 + chosen.length : chosen.length * 100 + disagreements;
    if (best && cost >= best.cost) continue;
    const bounds = [0, ...chosen.map((e) => e.at), word.length];
    if (bounds.every((b, i) => i === 0 || isSyllableWord(word.slice(bounds[i - 1], b)))) best = { chosen, cost };
  }
  return best?.chosen ?? null;
}

/** A letter a font may lack: one that bears a mark, or đ. */
const isMarkedLetter = (ch: string): boolean => ch.normalize('NFD').length > 1 || ch === 'đ' || ch === 'Đ';

/** Fallback letters close together come as one item, "ử ỉ": words of one or two marked letters. */
const isMarkedLetters = (text: string): boolean => /^\S{1,2}(?: \S{1,2})+$/u.test(text) && [...text.replace(/ /g, '')].every(isMarkedLetter);

/**
 * "ử ỉ" → "ử" and "ỉ": the first letter where the item starts, the last where it ends, each as wide as
 * such a letter is (the gaps between them are word spaces and places of other letters, of any width).
 */
function splitMarkedLetters(item: TextItem): TextItem[] {
  if (!isMarkedLetters(item.text)) return [item];
  const words = item.text.split(' ');
  const widths = words.map((word) => Math.min(item.width / words.length, [...word].reduce((sum, ch) => sum + emWidth(ch), 0) * item.size));
  const free = item.width - widths.reduce((sum, w) => sum + w, 0);
  const gap = words.length > 1 ? free / (words.length - 1) : 0;
  let x = item.x;
  return words.map((word, k) => {
    const part = { ...item, text: word, x, width: widths[k]! };
    x += widths[k]! + gap;
    return part;
  });
}

const isOverlay = (item: TextItem, host: TextItem): boolean =>
  !item.word && !host.word && item.text.length <= 3 && host.text.length > 2 * item.text.length && item.x > host.x + 0.1 * item.size && item.x + 0.5 * item.width < host.x + host.width;

/** The host's text with each overlay in its place (mergeOverlays). */
function placeOverlays(host: TextItem, overlays: readonly TextItem[]): string {
  const text = host.text;
  const size = host.size;
  let letters = 0;
  let spaces = 0;
  for (const ch of text) {
    if (ch === ' ') spaces++;
    else letters += emWidth(ch) * size;
  }
  // Where each character starts. Justified lines widen their word spaces: the spaces share what the
  // letters leave of the run's width, and a space an overlay takes is as wide as the overlay.
  const clampSpace = (width: number) => Math.max(0.15 * size, Math.min(1.5 * size, width));
  const startsOf = (spaceWidth: number, spaceOf: readonly number[]): number[] => {
    const width = new Map(spaceOf.flatMap((space, o) => (space >= 0 ? [[space, overlays[o]!.width] as const] : [])));
    const at: number[] = [];
    let x = host.x;
    for (let k = 0; k < text.length; k++) {
      at.push(x);
      x += text[k] === ' ' ? (width.get(k) ?? spaceWidth) : emWidth(text[k]!) * size;
    }
    at.push(x);
    return at;
  };
  // The space under each overlay (-1: none within 0.6 em), in order along the run.
  const match = (at: readonly number[]): number[] => {
    let from = 0;
    return overlays.map((overlay) => {
      let best = -1;
      for (let k = from; k < text.length; k++) {
        if (text[k] !== ' ' || Math.abs(at[k]! - overlay.x) > 0.6 * size) continue;
        if (best < 0 || Math.abs(at[k]! - overlay.x) < Math.abs(at[best]! - overlay.x)) best = k;
      }
      if (best >= 0) from = best + 1;
      return best;
    });
  };
  let spaceOf = match(startsOf(spaces > 0 ? clampSpace((host.width - letters) / spaces) : 0.25 * size, []));
  const placed = spaceOf.filter((space) => space >= 0).length;
  const taken = spaceOf.reduce((sum, space, o) => sum + (space >= 0 ? overlays[o]!.width : 0), 0);
  const spaceWidth = spaces > placed ? clampSpace((host.width - letters - taken) / (spaces - placed)) : 0.25 * size;
  spaceOf = match(startsOf(spaceWidth, spaceOf));
  const at = startsOf(spaceWidth, spaceOf);
  // Each overlay on its space, or between the letters where it falls when there is none (nothing is lost).
  const inserts: Array<{ index: number; replace: boolean; text: string; spaceAfter: boolean }> = [];
  overlays.forEach((overlay, o) => {
    const space = spaceOf[o]!;
    if (space < 0) {
      let index = 0;
      while (index < text.length && at[index + 1]! <= overlay.x + 0.25 * overlay.width) index++;
      inserts.push({ index: Math.min(index + 1, text.length), replace: false, text: overlay.text, spaceAfter: false });
      return;
    }
    // A gap wider than its letter by a word space holds both ("bị nội": the gap after "b" was "ị "):
    // where the gap ends is the next overlay's place (or the run's end) less the letters up to it.
    const next = spaceOf.findIndex((k, n) => n > o && k >= 0);
    const nextIndex = next >= 0 ? spaceOf[next]! : text.length;
    const nextX = next >= 0 ? overlays[next]!.x : host.x + host.width;
    const gapEnd = nextX - (at[nextIndex]! - at[space + 1]!);
    const spaceAfter = gapEnd - (overlay.x + overlay.width) > 0.12 * size;
    inserts.push({ index: space, replace: true, text: overlay.text, spaceAfter });
  });
  inserts.sort((a, b) => a.index - b.index);
  let out = '';
  let from = 0;
  const spans: Array<{ start: number; end: number; spaceAfter: boolean }> = [];
  for (const insert of inserts) {
    out += text.slice(from, insert.index);
    spans.push({ start: out.length, end: out.length + insert.text.length, spaceAfter: insert.spaceAfter });
    out += insert.text;
    from = insert.replace ? insert.index + 1 : insert.index;
  }
  out += text.slice(from);
  // Whether a word space shares a gap is read from the words first, the geometry second: "bịnội" is no
  // word, "bị nội" two, "tỉnh" one. The letters around the overlays are cut, at their edges only, into
  // Vietnamese syllables (bestReading); a run the words do not settle keeps the geometry's spaces.
  const cuts = new Set<number>();
  for (let n = 0; n < spans.length; ) {
    let runStart = spans[n]!.start;
    while (runStart > 0 && /\p{L}/u.test(out[runStart - 1]!)) runStart--;
    let runEnd = spans[n]!.end;
    while (runEnd < out.length && /\p{L}/u.test(out[runEnd]!)) runEnd++;
    const inRun: typeof spans = [];
    while (n < spans.length && spans[n]!.start < runEnd) inRun.push(spans[n++]!);
    const edges = new Map<number, boolean>();
    for (const span of inRun) {
      if (span.start > runStart && span.start < runEnd && !edges.has(span.start)) edges.set(span.start, false);
      if (span.end > runStart && span.end < runEnd) edges.set(span.end, span.spaceAfter);
    }
    const read = bestReading(out.slice(runStart, runEnd), [...edges].sort((a, b) => a[0] - b[0]).map(([k, gap]) => ({ at: k - runStart, gap })), 'estimated');
    for (const k of read ? read.map((e) => e.at + runStart) : inRun.filter((span) => span.spaceAfter).map((span) => span.end)) cuts.add(k);
  }
  return [...cuts].sort((a, b) => b - a).reduce((text, k) => `${text.slice(0, k)} ${text.slice(k)}`, out);
}

/** A Vietnamese syllable, in one case or capitalized: a capital after a small letter starts a word ("SởN" is "Sở N"). */
const isSyllableWord = (word: string): boolean => !/\p{Ll}\p{Lu}/u.test(word) && isVietnameseSyllable(word);


/** The text of items on one line: a space where there is a gap, a TAB where the gap is a column's. */
function lineText(items: readonly TextItem[]): string {
  let text = '';
  let end = -Infinity;
  for (const item of items) {
    const gap = item.x - end;
    if (text) {
      if (gap >= TAB_GAP_EM * item.size) text = `${text.trimEnd()}\t`;
      else if ((item.word || gap > 0.12 * item.size) && !/\s$/.test(text) && !/^\s/.test(item.text)) text += ' ';
    }
    text += text.endsWith('\t') ? item.text.trimStart() : item.text;
    end = Math.max(end, item.x + item.width);
  }
  return text.replace(/ {2,}/g, ' ').trim();
}

/** A table cell's text: its lines, joined by a space (as the .docx reader writes a cell). */
const cellText = (items: TextItem[]): string => visualLines(items).map((line) => lineText(line.items)).filter(Boolean).join(' ');

const pageNumberPattern = /^(?:[-–—]\s*)?(?:Trang\s+)?\d{1,4}(?:\s*[/]\s*\d{1,4})?(?:\s*[-–—])?$/iu;

/** Page numbers and running headers/footers: the first or last lines of a page. */
function dropFurniture(pageLines: Line[][], pages: readonly PageItems[], dropped: LaidOut['dropped']): void {
  const key = (line: Line) => lineText(line.items).replace(/\d+/g, '#').toLowerCase();
  const edgeLines = (lines: Line[]) => [...lines.slice(0, 2), ...lines.slice(-2)];
  const counts = new Map<string, number>();
  if (pageLines.length >= 2) {
    for (const lines of pageLines) for (const k of new Set(edgeLines(lines).map(key))) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const repeated = (line: Line) => (counts.get(key(line)) ?? 0) >= Math.max(2, Math.ceil(pageLines.length / 2));
  pageLines.forEach((lines, index) => {
    const height = pages[index]!.height;
    const isEdge = (line: Line, at: number) => (at === 0 || at === lines.length - 1) && (line.y < 0.15 * height || line.y > 0.85 * height);
    for (let at = lines.length - 1; at >= 0; at--) {
      const line = lines[at]!;
      const text = lineText(line.items);
      const edge = at < 2 || at >= lines.length - 2;
      if (isEdge(line, at) && pageNumberPattern.test(text)) {
        lines.splice(at, 1);
        dropped.pageNumbers++;
      } else if (edge && repeated(line) && text.length < 120 && !line.items.some((item) => item.row)) {
        // Not a table's header row repeated on each page: that one is the table's (layoutPages keeps one copy).
        lines.splice(at, 1);
        dropped.runningLines++;
      }
    }
  });
}

/**
 * Footnote texts: lines at the foot of a page, in type smaller than the page's text, the first of them
 * opening with its number ("1 Theo Quyết định …"). Small type elsewhere (Nơi nhận) does not open so.
 */
function splitFootnotes(lines: Line[]): { lines: Line[]; footnotes: Line[] } {
  const bodySize = median(lines.flatMap((line) => line.items.map((item) => item.size)));
  let start = lines.length;
  while (start > 0 && lines[start - 1]!.size < 0.9 * bodySize) start--;
  for (let at = start; at < lines.length; at++) {
    // The number may be raised off the text's baseline, a line of its own (LibreOffice export of real b05).
    const text = lineText(lines[at]!.items);
    if ((/^\d{1,3}\s*\S/.test(text) || (/^\d{1,3}$/.test(text) && at + 1 < lines.length)) && at > 0) return { lines: lines.slice(0, at), footnotes: lines.slice(at) };
  }
  return { lines, footnotes: [] };
}

interface OutputLine {
  text: string;
  /** The line reaches the right margin: its paragraph may go on on the next line. */
  continues: boolean;
  /** The line may continue the paragraph above it (not indented, no list marker, same type). */
  joinable: boolean;
  blankBefore: boolean;
  /** The line ends at the right margin (within half an em): a justified line, not a paragraph's last. */
  tight: boolean;
  /** A ruled table's row (tables.ts). */
  row?: boolean;
}

interface Interval {
  from: number;
  to: number;
}

/** Where a line has no ink, between `left` and `right`. */
function freeIntervals(line: Line, left: number, right: number): Interval[] {
  const free: Interval[] = [];
  let at = left;
  for (const item of line.items) {
    if (item.x > at) free.push({ from: at, to: item.x });
    at = Math.max(at, item.x + item.width);
  }
  if (right > at) free.push({ from: at, to: right });
  return free;
}

function intersect(a: Interval[], b: Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const x of a) {
    for (const y of b) {
      const from = Math.max(x.from, y.from);
      const to = Math.min(x.to, y.to);
      if (to - from >= MIN_GUTTER) out.push({ from, to });
    }
  }
  return out;
}

interface Band {
  start: number;
  end: number;
  gutters: Interval[];
}

/**
 * Whether the line has ink on both sides of the gutter, apart by a gap that is a column's: over an em and
 * over 2.5 times the line's word spacing. Justified lines stretch every space alike; OCR boxes leave word
 * gaps of half an em, and two such gaps can line up over two lines by chance.
 */
function spansGutter(line: Line, gutter: Interval): boolean {
  let before = -Infinity;
  let after = Infinity;
  const gaps: Array<{ from: number; width: number }> = [];
  let end = -Infinity;
  for (const item of line.items) {
    if (item.x + item.width <= gutter.from + 0.5) before = Math.max(before, item.x + item.width);
    else if (item.x >= gutter.to - 0.5) after = Math.min(after, item.x);
    if (end > -Infinity && item.x > end) gaps.push({ from: end, width: item.x - end });
    end = Math.max(end, item.x + item.width);
  }
  if (before === -Infinity || after === Infinity) return false;
  const gap = after - before;
  // The line's other gaps: a justified line's spaces are all as wide as the one over the gutter.
  const spacing = median(gaps.filter((g) => Math.abs(g.from - before) > 0.01).map((g) => g.width));
  return gap >= 1.2 * line.size && gap >= 2.5 * (spacing || 0.25 * line.size);
}

/**
 * Runs of lines that share a gutter: a vertical strip without ink in the middle of the page's text, over
 * at least two lines, with ink on both of its sides in the run — either on one line, apart by a column
 * gap (spansGutter: the header's rows), or on two lines or more on each side (a signature whose signer
 * lines sit between the Nơi nhận lines, on no common baseline).
 */
function findBands(lines: Line[], left: number, right: number): Band[] {
  const bands: Band[] = [];
  const middle: Interval = { from: left + 0.15 * (right - left), to: right - 0.15 * (right - left) };
  const sides = (from: number, to: number, gutter: Interval) => {
    let spanned = false;
    let crossed = false;
    // Lines with ink on one side only, per side: how many, the highest and the lowest.
    const left = { lines: 0, top: Infinity, bottom: -Infinity };
    const right = { lines: 0, top: Infinity, bottom: -Infinity };
    for (let k = from; k < to; k++) {
      const line = lines[k]!;
      const hasLeft = line.items.some((it) => it.x + it.width <= gutter.from + 0.5);
      const hasRight = line.items.some((it) => it.x >= gutter.to - 0.5);
      if (hasLeft && hasRight) {
        if (spansGutter(line, gutter)) spanned = true;
        else crossed = true;
      }
      const side = hasLeft && !hasRight ? left : hasRight && !hasLeft ? right : null;
      if (side) {
        side.lines++;
        side.top = Math.min(side.top, line.y);
        side.bottom = Math.max(side.bottom, line.y);
      }
    }
    // Without a row across the gutter: two lines or more on each side, beside each other, and no line
    // going over the gutter with a mere space. Centred lines above left-aligned ones ("KT. CHỦ TỊCH" /
    // "PHÓ CHỦ TỊCH" over a name and "Nơi nhận:") come one after the other; lines of justified
    // paragraphs whose spaces line up, between short lines, are not columns.
    const beside = left.top < right.bottom && right.top < left.bottom;
    return spanned || (left.lines >= 2 && right.lines >= 2 && beside && !crossed);
  };
  let i = 0;
  while (i < lines.length) {
    // A band opens on a line with ink right of its gutter: not on the short last line of a paragraph.
    let gutters = intersect(freeIntervals(lines[i]!, left, right), [middle]).filter((g) => lines[i]!.items.some((it) => it.x >= g.to - 0.5));
    if (gutters.length === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    let best: Band | null = null;
    while (j < lines.length) {
      // A line with ink inside the gutter, on neither side (a centred heading after a signature), ends it.
      const open = gutters.filter((g) => !(lines[j]!.x0 > g.from + 0.5 && lines[j]!.x1 < g.to - 0.5));
      const next = intersect(open, freeIntervals(lines[j]!, left, right));
      if (next.length === 0 || lines[j]!.y - lines[j - 1]!.y > 8 * lines[j]!.size) break;
      gutters = next;
      j++;
      const valid = gutters.filter((g) => sides(i, j, g));
      if (valid.length > 0) best = { start: i, end: j, gutters: valid };
    }
    if (best) {
      bands.push(best);
      i = best.end;
    } else i++;
  }
  return bands;
}

/** Cells of a line between gutters. */
function cellsOf(line: Line, gutters: Interval[]): TextItem[][] {
  const cells: TextItem[][] = gutters.map(() => []);
  cells.push([]);
  for (const item of line.items) {
    const column = gutters.filter((g) => item.x >= g.to - 0.5).length;
    cells[column]!.push(item);
  }
  return cells;
}

const markerStart = /^(?:[-–+•·*]\s|\(?(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[a-zđ])[.)]\s)/u;

/** The part of a line that lies in one column of a band. */
interface Fragment {
  text: string;
  line: Line;
  x0: number;
  x1: number;
  size: number;
  /** Width of its first word. */
  firstWord: number;
}

function fragmentOf(items: TextItem[], line: Line): Fragment {
  const first = items[0]!;
  const word = /^\S+/u.exec(first.text)?.[0] ?? '';
  return {
    text: lineText(items),
    line,
    x0: Math.min(...items.map((it) => it.x)),
    x1: Math.max(...items.map((it) => it.x + it.width)),
    size: Math.max(...items.map((it) => it.size)),
    firstWord: (first.width * word.length) / Math.max(1, first.text.length),
  };
}

/** Pieces of one cell's text, in order: a hyphen at a line's end that ends a word ("NĐ-" / "CP") joins without a space. */
function joinFragments(fragments: readonly Fragment[]): string {
  let text = '';
  for (const fragment of fragments) text = !text ? fragment.text : /[\p{L}\p{N}][-–]$/u.test(text) ? text + fragment.text : `${text} ${fragment.text}`;
  return text;
}

const isUpperText = (text: string) => /\p{Lu}/u.test(text) && text === text.toUpperCase();
/** Lines that open a block of their own inside a column (the trích yếu of a công văn, the addressees, the recipients). */
const ownBlockStart = /^(?:V\/v|Về\s+việc|Kính\s+gửi|Nơi\s+nhận)(?!\p{L}|\p{M})/iu;

/**
 * Whether `next`, in the same column just under `above`, is the rest of its text rather than a new one:
 * same type, a line's step down, not a list item, `above` not ending its sentence, capitals going on in
 * capitals, and a sign of a wrapped line — `next` goes on in lower case, `above` ends on a hyphen or a
 * comma, or `above` with `next`'s first word would be wider than the column's widest line.
 */
function continuesCell(above: Fragment, next: Fragment, columnWidth: number): boolean {
  if (Math.abs(next.size - above.size) > Math.max(0.3, 0.05 * above.size)) return false;
  const step = next.line.y - above.line.y;
  if (step <= 0 || step > 1.6 * Math.max(next.size, above.size)) return false;
  if (!/[\p{L}\p{N}]/u.test(next.text) || markerStart.test(next.text) || ownBlockStart.test(next.text)) return false;
  if (/[.;:!?]$/u.test(above.text)) return false;
  if (isUpperText(above.text) && !isUpperText(next.text)) return false;
  if (/^\p{Ll}/u.test(next.text) || /[-–—,(/&]$/u.test(above.text)) return true;
  return above.x1 - above.x0 + 0.25 * above.size + next.firstWord > columnWidth + 0.5;
}

/**
 * Whether a band's columns are side by side: the lines with ink in one column only, of two columns,
 * overlap from top to bottom. Lines of one column all above those of the other are read in their order.
 */
function columnsBeside(rows: ReadonlyArray<ReadonlyArray<Fragment | null>>): boolean {
  const spans: Array<{ top: number; bottom: number }> = [];
  for (const cells of rows) {
    const inked = cells.flatMap((cell, c) => (cell ? [c] : []));
    if (inked.length !== 1) continue;
    const c = inked[0]!;
    const y = cells[c]!.line.y;
    spans[c] = { top: Math.min(spans[c]?.top ?? Infinity, y), bottom: Math.max(spans[c]?.bottom ?? -Infinity, y) };
  }
  const present = spans.filter(Boolean);
  return present.some((a, i) => present.some((b, j) => i !== j && a.top < b.bottom && b.top < a.bottom));
}

interface Margins {
  left: number;
  right: number;
  /** The line pitch of running text; 0 when unknown. */
  pitch: number;
}

/** Margins and line pitch of lines of running text (lines outside bands). */
function measureMargins(single: readonly Line[]): Margins {
  // The right margin: where the longer lines end (a quarter of the lines reach it on a page of running
  // text); the farthest end would be a stray mark's on a scan.
  const ends = single.map((l) => l.x1).sort((a, b) => b - a);
  const right = ends.length >= 4 ? ends[Math.floor(ends.length / 4)]! : (ends[0] ?? 0);
  // The left margin likewise: where a quarter of the lines start or further left.
  const starts = single.map((l) => l.x0).sort((a, b) => a - b);
  const left = starts.length >= 4 ? starts[Math.floor(starts.length / 4)]! : (starts[0] ?? 0);
  // The line pitch: the step down from a line that reaches the right margin, inside a paragraph (a page
  // of one- and two-line paragraphs has as many steps between paragraphs as inside them); else the
  // steps of all lines. A gap wider by a paragraph's spacing (Word's 6 pt before or after) ends a
  // paragraph, and is written as a blank line so that no later rule joins the two.
  const steps = single.slice(1).map((line, k) => ({ step: line.y - single[k]!.y, full: single[k]!.x1 >= right - 1.5 * single[k]!.size, size: line.size }));
  const inside = steps.filter((s) => s.full && s.step > 0 && s.step < 2.2 * s.size).map((s) => s.step);
  const pitch = inside.length >= 3 ? median(inside) : median(steps.map((s) => s.step).filter((d) => d > 0));
  return { left, right, pitch };
}

/** The page as output lines: bands column by column or row by row, paragraphs joined. */
function pageBlocks(lines: Line[], bands: Band[], margins: Margins): OutputLine[] {
  if (lines.length === 0) return [];
  const { left: leftMargin, right: rightMargin, pitch } = margins;
  const out: OutputLine[] = [];
  const push = (text: string, line: Line, previous: Line | null, joinable: boolean, continues: boolean, spaced = false, tight = false) => {
    // A line without a letter or a digit is not text, unless it is a separator rule ("-----").
    if (!/[\p{L}\p{N}]/u.test(text) && !/[-_=*]{3,}/.test(text)) return;
    const blankBefore = previous !== null && (line.y - previous.y > 2.2 * Math.max(line.size, previous.size) || spaced);
    out.push({ text, continues, joinable, blankBefore, tight });
  };
  let previous: Line | null = null;
  for (let index = 0; index < lines.length; ) {
    const band = bands.find((b) => b.start === index);
    if (band) {
      const bandLines = lines.slice(band.start, band.end);
      const rows = bandLines.map((line) => cellsOf(line, band.gutters).map((items) => (items.length > 0 ? fragmentOf(items, line) : null)));
      const columns = band.gutters.length + 1;
      const filled = (column: number) => rows.filter((cells) => cells[column]).length;
      const aligned = rows.filter((cells) => cells.filter(Boolean).length >= 2).length;
      const shortest = Math.min(...Array.from({ length: columns }, (_, c) => filled(c)));
      // The widest piece of each column: a line that much wide is full, its next word went to the next line.
      const widths = Array.from({ length: columns }, (_, c) => Math.max(0, ...rows.map((cells) => (cells[c] ? cells[c].x1 - cells[c].x0 : 0))));
      // The signature is two flows that happen to start on one baseline: Nơi nhận and the signer.
      const signature = /^Nơi\s+nhận/iu.test(rows[0]![0]?.text ?? '');
      if (!signature && ((shortest > 0 && aligned / shortest >= 0.6) || !columnsBeside(rows))) {
        // Row by row. A line with ink in one column only goes on in that column's cell of the row above
        // when it is the rest of its text ("CỘNG HÒA XÃ HỘI CHỦ" / "NGHĨA VIỆT NAM", "…, ngày 12 tháng 4" /
        // "năm 2024"); otherwise it is a row of its own.
        const out: Array<{ cells: Fragment[][]; line: Line; before: Line | null }> = [];
        rows.forEach((cells, r) => {
          const inked = cells.flatMap((cell, c) => (cell ? [c] : []));
          const open = out.at(-1);
          if (open && inked.length === 1) {
            const c = inked[0]!;
            const above = open.cells[c]!.at(-1);
            if (above && continuesCell(above, cells[c]!, widths[c]!)) {
              open.cells[c]!.push(cells[c]!);
              return;
            }
          }
          out.push({ cells: cells.map((cell) => (cell ? [cell] : [])), line: bandLines[r]!, before: r === 0 ? previous : bandLines[r - 1]! });
        });
        for (const row of out) {
          const text = row.cells.map(joinFragments).filter(Boolean).join('\t');
          push(text, row.line, row.before, false, false);
        }
      } else {
        // Column by column. A list item that goes on over lines ("- Thành viên … tỉnh" / "(Sở Nội vụ, …,"
        // / "Sở Tài chính);") is one line.
        for (let c = 0; c < columns; c++) {
          let before: Line | null = c === 0 ? previous : null;
          let item: Fragment[] = [];
          let itemBefore: Line | null = null;
          const flush = () => {
            if (item.length > 0) push(joinFragments(item), item[0]!.line, itemBefore, false, false);
            item = [];
          };
          for (const cells of rows) {
            const cell = cells[c];
            if (!cell) continue;
            if (item.length > 0 && markerStart.test(item[0]!.text) && continuesCell(item.at(-1)!, cell, widths[c]!)) item.push(cell);
            else {
              flush();
              item = [cell];
              itemBefore = before;
            }
            before = cell.line;
          }
          flush();
        }
      }
      previous = bandLines.at(-1)!;
      index = band.end;
      continue;
    }
    const line = lines[index]!;
    const text = lineText(line.items);
    if (line.items.some((item) => item.row)) {
      const afterRow = previous?.items.some((item) => item.row) ?? false;
      // A row's empty first cells stay: "\t\t\t\tTrung tâm …" goes on the row above.
      push(line.items.length === 1 ? line.items[0]!.text.trimEnd() : text, line, afterRow ? null : previous, false, false);
      if (out.at(-1)) out.at(-1)!.row = true;
      previous = line;
      index++;
      continue;
    }
    const prev = out.at(-1);
    const indent = line.x0 - leftMargin;
    const joinable = !markerStart.test(text) && indent <= 1.2 * line.size && (previous === null || Math.abs(line.size - previous.size) <= 0.25 * previous.size);
    // Justified lines reach the margin; a paragraph's last line does not, and the next paragraph is indented
    // or opens with a marker: so a line at the margin goes on, whatever it ends with ("… sáng tạo." / "Chủ động …").
    const continues = line.x1 >= rightMargin - 1.5 * line.size;
    const tight = line.x1 >= rightMargin - 0.5 * line.size;
    const step = previous === null ? 0 : line.y - previous.y;
    const close = previous !== null && step <= 1.9 * line.size;
    const spaced = previous !== null && pitch > 0 && step >= pitch + Math.max(3.5, 0.3 * line.size) && step < 2.2 * line.size;
    // A paragraph's last line may end near the margin by chance: a paragraph's spacing under it says
    // that the next line starts another ("… quyết định./." / "TM. ỦY BAN NHÂN DÂN").
    if (prev && prev.continues && joinable && close && !(spaced && !prev.tight)) {
      prev.text = `${prev.text} ${text}`;
      prev.continues = continues;
      prev.tight = tight;
    } else {
      push(text, line, previous, joinable, continues, spaced, tight);
    }
    previous = line;
    index++;
  }
  return out;
}
