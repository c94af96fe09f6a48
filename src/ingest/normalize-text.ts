// Input text → normalized text + exact OffsetMap. After it: LF line ends only, NFC, new-style tone
// placement, no BOM/zero-width/soft hyphens, NBSP-like spaces are spaces, markdown heading markers and
// emphasis gone, `|` table residue gone (inner cell bars become tabs, a 1:1 change).

import { unifyTonePlacement } from '../util/fold.js';
import { OffsetMap } from './offset-map.js';

export interface NormalizedText {
  text: string;
  map: OffsetMap;
  /** How many of each repair were made, for diagnostics. */
  repairs: Record<RepairKind, number>;
}

export type RepairKind =
  | 'crlf'
  | 'nfc'
  | 'invisible'
  | 'space'
  | 'look-alike'
  | 'tone-placement'
  | 'markdown'
  | 'table-residue'
  | 'control'
  | 'html-entity';

const INVISIBLE = new Set([0xfeff, 0x200b, 0x200c, 0x200d, 0x2060, 0x00ad]);
const isSpaceLike = (c: number) => c === 0xa0 || c === 0x2007 || c === 0x202f || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
/** Characters normalization leaves alone: printable, not special-cased below, not a surrogate. */
const isOrdinary = (c: number) =>
  (c >= 0x20 && c < 0x7c && c !== 0x26) || c === 0x7d || c === 0x7e || c === 0x0a || c === 0x09 || (c > 0xff && c < 0x2000) || (c >= 0xc0 && c <= 0xff && c !== 0xd0 && c !== 0xf0);
const isCombining = (c: number) => (c >= 0x0300 && c <= 0x036f) || (c >= 0x1dc0 && c <= 0x1dff);

/** Marks the input offsets to drop and the `|` to turn into tabs, line by line, on the input as given. */
function planLineEdits(input: string, drop: Uint8Array, toTab: Set<number>, repairs: NormalizedText['repairs']): void {
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  for (;;) {
    const m = lineBreak.exec(input);
    const lineEnd = m ? m.index : input.length;
    planOneLine(input.slice(lineStart, lineEnd), lineStart, drop, toTab, repairs);
    if (!m) break;
    lineStart = m.index + m[0].length;
  }
}

const markdownHeading = /^[\uFEFF\u200B]*[ \t]{0,3}(#{1,6})[ \t]+/;
const strongestEmphasis = /\*\*\*(?=[^\s*])(.+?)(?<=[^\s*])\*\*\*/g;
const strongEmphasis = /(\*\*|__)(?=[^\s*_])(.+?)(?<=[^\s*_])\1/g;
const emphasis = /(?<!\p{L}|\p{N}|[*\\])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?!\p{L}|\p{N}|[*])/gu;
const tableSeparatorRow = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

function dropRange(drop: Uint8Array, from: number, to: number): void {
  for (let i = from; i < to; i++) drop[i] = 1;
}

function planOneLine(
  line: string,
  base: number,
  drop: Uint8Array,
  toTab: Set<number>,
  repairs: NormalizedText['repairs'],
): void {
  if (line.length === 0) return;
  const heading = markdownHeading.exec(line);
  if (heading) {
    dropRange(drop, base + heading[0].indexOf('#'), base + heading[0].length);
    repairs.markdown++;
  }
  if (line.includes('*') || line.includes('__')) {
    for (const m of line.matchAll(strongestEmphasis)) {
      const at = base + m.index;
      dropRange(drop, at, at + 3);
      dropRange(drop, at + m[0].length - 3, at + m[0].length);
      repairs.markdown++;
    }
    for (const m of line.matchAll(strongEmphasis)) {
      if (drop[base + m.index]) continue;
      const at = base + m.index;
      dropRange(drop, at, at + 2);
      dropRange(drop, at + m[0].length - 2, at + m[0].length);
      repairs.markdown++;
    }
    // Emphasis that opens on one hard-wrapped line and closes on another ("*Căn cứ …" / "… 2030;*").
    for (const marker of ['**', '*']) {
      const bare = marker === '*' ? line.replace(/\*\*/g, '').replace(/^[ \t]*\*[ \t]/, '') : line;
      if (bare.split(marker).length % 2 !== 0) continue;
      const lead = marker === '**' ? /^[ \t]*\*\*(?=[^\s*])/.exec(line) : /^[ \t]*\*(?=[^\s*])/.exec(line);
      const trail = marker === '**' ? /(?<=[^\s*])\*\*[ \t]*$/.exec(line) : /(?<=[^\s*])\*[ \t]*$/.exec(line);
      if (lead && !drop[base + lead[0].length - 1]) dropRange(drop, base + lead[0].length - marker.length, base + lead[0].length);
      else if (trail && !drop[base + trail.index]) dropRange(drop, base + trail.index, base + trail.index + marker.length);
      if (lead || trail) repairs.markdown++;
    }
    for (const m of line.matchAll(emphasis)) {
      const at = base + m.index;
      if (drop[at]) continue;
      drop[at] = 1;
      drop[at + m[0].length - 1] = 1;
      repairs.markdown++;
    }
  }
  if (line.includes('|')) {
    if (tableSeparatorRow.test(line)) {
      dropRange(drop, base, base + line.length);
      repairs['table-residue']++;
      return;
    }
    const leading = /^[ \t]*\|[ \t]?/.exec(line);
    const trailing = /[ \t]?\|[ \t]*$/.exec(line);
    if (leading) dropRange(drop, base + leading.index, base + leading[0].length);
    if (trailing && (!leading || trailing.index >= leading[0].length))
      dropRange(drop, base + trailing.index, base + line.length);
    for (let i = 0; i < line.length; i++) {
      if (line.charCodeAt(i) !== 0x7c || drop[base + i]) continue;
      toTab.add(base + i);
      // The spaces around an inner bar are padding of the cell, not text.
      for (let k = i - 1; k >= 0 && (line[k] === ' ' || line[k] === '\t'); k--) drop[base + k] = 1;
      for (let k = i + 1; k < line.length && (line[k] === ' ' || line[k] === '\t'); k++) drop[base + k] = 1;
    }
    repairs['table-residue']++;
  }
}

/**
 * Normalizes plan text and records where every normalized unit came from.
 * @example normalizeText('Ủy ban\r\nhoà').text // 'Ủy ban\nhòa'
 */
export function normalizeText(input: string): NormalizedText {
  const repairs: NormalizedText['repairs'] = {
    crlf: 0,
    nfc: 0,
    invisible: 0,
    space: 0,
    'look-alike': 0,
    'tone-placement': 0,
    markdown: 0,
    'table-residue': 0,
    control: 0,
    'html-entity': 0,
  };
  const n = input.length;
  const drop = new Uint8Array(n);
  const toTab = new Set<number>();
  planLineEdits(input, drop, toTab, repairs);

  const map = new OffsetMap();
  const out: string[] = [];
  let pending = ''; // run of units copied 1:1, flushed in bulk
  const flush = () => {
    if (pending) {
      out.push(pending);
      pending = '';
    }
  };
  for (let i = 0; i < n; i++) {
    if (drop[i]) continue;
    const c = input.charCodeAt(i);
    // Fast path: a run of ordinary characters is copied in one piece.
    if (isOrdinary(c) && !isCombining(input.charCodeAt(i + 1))) {
      let j = i + 1;
      while (j < n && !drop[j] && isOrdinary(input.charCodeAt(j)) && !isCombining(input.charCodeAt(j + 1))) j++;
      pending += input.slice(i, j);
      map.copy(i, j - i);
      i = j - 1;
      continue;
    }
    if (c === 0x0d) {
      if (input.charCodeAt(i + 1) === 0x0a) {
        repairs.crlf++;
        continue; // the LF that follows is copied
      }
      flush();
      out.push('\n');
      map.replace(1, i, i + 1);
      repairs.crlf++;
      continue;
    }
    if (INVISIBLE.has(c)) {
      repairs.invisible++;
      continue;
    }
    // HTML residue from portals: "&nbsp;", "&amp;", "&#7871;" — one character each.
    if (c === 0x26) {
      const entity = /^&(nbsp|amp|lt|gt|quot|apos|#\d{2,7}|#x[0-9a-fA-F]{2,6});/.exec(input.slice(i, i + 12));
      if (entity) {
        const name = entity[1]!;
        const decoded =
          name === 'nbsp' ? ' ' : name === 'amp' ? '&' : name === 'lt' ? '<' : name === 'gt' ? '>' : name === 'quot' ? '"' : name === 'apos' ? "'"
          : String.fromCodePoint(name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1)));
        flush();
        out.push(decoded.normalize('NFC'));
        map.replace(decoded.length, i, i + entity[0].length);
        repairs['html-entity']++;
        i += entity[0].length - 1;
        continue;
      }
    }
    let replacement: string | null = null;
    if (isSpaceLike(c)) replacement = ' ';
    else if (c === 0x0c) replacement = '\n';
    else if (c === 0xd0) replacement = 'Đ';
    else if (c === 0xf0) replacement = 'đ';
    else if (c === 0x7c && toTab.has(i)) replacement = '\t';
    else if ((c < 0x20 && c !== 0x09 && c !== 0x0a) || c === 0x7f) {
      repairs.control++;
      continue;
    }
    if (replacement !== null) {
      if (replacement === ' ') repairs.space++;
      else if (replacement !== '\t' && replacement !== '\n') repairs['look-alike']++;
      flush();
      out.push(replacement);
      map.replace(1, i, i + 1);
      continue;
    }
    // A base character followed by combining marks is composed as one run.
    let runEnd = i + 1;
    if (c >= 0xd800 && c <= 0xdbff && runEnd < n) runEnd++;
    let marks = runEnd;
    while (marks < n && isCombining(input.charCodeAt(marks)) && !drop[marks]) marks++;
    if (marks > runEnd) {
      const composed = input.slice(i, marks).normalize('NFC');
      flush();
      out.push(composed);
      map.replace(composed.length, i, marks);
      repairs.nfc++;
      i = marks - 1;
      continue;
    }
    pending += input.slice(i, runEnd);
    map.copy(i, runEnd - i);
    i = runEnd - 1;
  }
  flush();
  const composed = out.join('');
  const text = unifyTonePlacement(composed);
  if (text !== composed) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== composed.charCodeAt(i)) repairs['tone-placement']++;
    repairs['tone-placement'] = Math.ceil(repairs['tone-placement'] / 2);
  }
  return { text, map, repairs };
}
