// The Markdown that legal-database exports are written in, read line by line: paragraphs, ATX and setext
// headings, thematic breaks, bullet and ordered lists (nested by indentation, lazy continuation lines),
// emphasis and strong emphasis (CommonMark's delimiter rules, as micromark applies them), code spans,
// backslash escapes and hard breaks. That is every construct of the 821 real exports measured; through
// CommonMark's full pipeline (remark-parse) they read at ~1 MB/s, line by line at ~40 MB/s.
// A text that holds anything else — block quotes, fenced or indented code, HTML, links, images, character
// references, definitions, tabs in indentation, empty list items — is left to remark-parse (null here),
// so that what this reader gives is always what remark-parse gives (a test compares the two).

import { createRequire } from 'node:module';

export interface InlineNode {
  type: 'text' | 'strong' | 'emphasis' | 'inlineCode' | 'break';
  value?: string;
  children?: InlineNode[];
}

/** Blocks shaped as mdast's (what remark-parse gives), so that one renderer reads both. */
export type MarkdownBlock =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; depth: 1; children: InlineNode[] }
  | { type: 'list'; ordered: boolean; spread: false; children: ListItem[] };

export interface ListItem {
  type: 'listItem';
  spread: false;
  /** The marker as typed ("1.", "2)"), bullets written "-". */
  data: { marker: string };
  children: MarkdownBlock[];
}

// Lines that open a construct this reader leaves to remark-parse: a block quote, fenced code, an HTML
// block, a link reference definition. "<Nội dung> = …" (a banner of the exports) is text: no tag starts so.
const unsupportedLine = /^ {0,3}(?:>|```|~~~|<(?:[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)|\/[A-Za-z]|[!?])|\[[^\]]*\]:)/u;
// Inline: images, inline links ("[1]" and "[a][b]" are text where no definition exists), HTML and autolinks.
const inlineUnsupported = /!\[|\]\(|<(?:[A-Za-z][A-Za-z0-9+.-]*(?:[\s/>:@]|$)|\/[A-Za-z]|[!?]|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@)/u;

const atxOpening = /^ {0,3}#{1,6}(?=[ \t]|$)/u;

/** An ATX heading's content ("## II. NHIỆM VỤ ##" → "II. NHIỆM VỤ"), or null when the line is not one. */
function atxHeading(line: string): string | null {
  const m = atxOpening.exec(line);
  if (!m) return null;
  const rest = line.slice(m[0].length).trim();
  return /^#+$/u.test(rest) ? '' : rest.replace(/[ \t]+#+$/u, '');
}
const setextUnderline = /^ {0,3}(?:=+|-+)[ \t]*$/u;
const thematicBreak = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/u;
const bulletItem = /^( {0,3})([-+*])( +|$)/u;
const orderedItem = /^( {0,3})(\d{1,9})([.)])( +|$)/u;

interface OpenItem {
  /** Column where the item's content starts: lines indented this far belong to it. */
  contentOffset: number;
  children: MarkdownBlock[];
}

interface OpenList {
  ordered: boolean;
  /** Bullet character or ordered delimiter: a different one starts a new list. */
  kind: string;
  block: Extract<MarkdownBlock, { type: 'list' }>;
  item: OpenItem;
}

class Unsupported extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** Why the last text was left to remark-parse (for tests). */
export let lastUnsupported: string | null = null;

/**
 * The blocks of an export's Markdown, or null when it holds a construct left to remark-parse.
 * @example parseExportMarkdown('**I. MỤC\nĐÍCH**')?.[0] // { type: 'paragraph', children: [{ type: 'strong', … }] }
 */
export function parseExportMarkdown(markdown: string): MarkdownBlock[] | null {
  try {
    return parseBlocks(markdown);
  } catch (error) {
    if (error instanceof Unsupported) {
      lastUnsupported = error.reason;
      return null;
    }
    throw error;
  }
}

interface ItemStart {
  ordered: boolean;
  kind: string;
  marker: string;
  start: number;
  /** Spaces before the marker, the marker's width, spaces after it. */
  indent: number;
  markerWidth: number;
  spaces: number;
  empty: boolean;
  content: string;
}

/** A list marker opening `line`, or null. */
function listItemStart(line: string): ItemStart | null {
  const bullet = bulletItem.exec(line);
  const ordered = bullet ? null : orderedItem.exec(line);
  const m = bullet ?? ordered;
  if (!m) return null;
  const spacesText = (bullet ? m[3] : m[4])!;
  const content = line.slice(m[0].length);
  const empty = content.trim() === '';
  if (!empty && spacesText.length > 4) throw new Unsupported('item code');
  return {
    ordered: ordered !== null,
    kind: bullet ? bullet[2]! : ordered![3]!,
    // As the item was typed, with "*" and "+" bullets written "-" (as for remark-parse's lists).
    marker: bullet ? '-' : `${ordered![2]}${ordered![3]}`,
    start: ordered ? Number(ordered[2]) : 0,
    indent: m[1]!.length,
    markerWidth: bullet ? 1 : ordered![2]!.length + 1,
    spaces: spacesText.length,
    empty,
    content,
  };
}

function parseBlocks(markdown: string): MarkdownBlock[] {
  const root: MarkdownBlock[] = [];
  const lists: OpenList[] = [];
  let paragraph: string[] | null = null;
  /** The container the open paragraph belongs to (how many lists deep). */
  let paragraphDepth = 0;
  let pendingEmptyItem = false;
  const containerAt = (depth: number): MarkdownBlock[] => (depth === 0 ? root : lists[depth - 1]!.item.children);
  const closeParagraph = () => {
    if (paragraph) containerAt(paragraphDepth).push({ type: 'paragraph', children: parseInline(paragraph) });
    paragraph = null;
  };
  const closeListsBelow = (depth: number) => {
    if (paragraph && paragraphDepth > depth) closeParagraph();
    lists.length = Math.min(lists.length, depth);
  };

  const lines = markdown.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n]!.replace(/\r$/u, '');
    if (/^[ \t]*$/u.test(raw)) {
      closeParagraph();
      // "A list item can begin with at most one blank line": an empty item then a blank line stays empty.
      if (pendingEmptyItem) lists[lists.length - 1]!.item.contentOffset = Number.POSITIVE_INFINITY;
      pendingEmptyItem = false;
      continue;
    }
    pendingEmptyItem = false;
    if (/^ *\t/u.test(raw)) throw new Unsupported('tab indentation');
    const indent = raw.length - raw.trimStart().length;
    // Open lists whose current item this line is indented into.
    let matched = 0;
    let offset = 0;
    while (matched < lists.length && indent >= lists[matched]!.item.contentOffset) {
      offset = lists[matched]!.item.contentOffset;
      matched++;
    }
    const line = raw.slice(offset);
    const relative = indent - offset;
    const lazyOpen = paragraph !== null && paragraphDepth > matched;
    const paragraphHere = paragraph !== null && paragraphDepth === matched;
    if (unsupportedLine.test(line)) throw new Unsupported('block construct');
    if (relative >= 4) {
      if (paragraph) {
        paragraph.push(line);
        continue;
      }
      throw new Unsupported('indented code'); // indented code
    }
    const heading = atxHeading(line);
    if (heading !== null) {
      closeListsBelow(matched);
      closeParagraph();
      containerAt(matched).push({ type: 'heading', depth: 1, children: parseInline([heading]) });
      continue;
    }
    if (paragraphHere && setextUnderline.test(line)) {
      containerAt(matched).push({ type: 'heading', depth: 1, children: parseInline(paragraph!) });
      paragraph = null;
      continue;
    }
    if (thematicBreak.test(line)) {
      closeListsBelow(matched);
      closeParagraph();
      continue;
    }
    const item = listItemStart(line);
    // An empty item cannot interrupt a paragraph, an ordered one only when its number is "1" (not "01").
    if (item && (!paragraphHere || (!item.empty && (!item.ordered || item.marker.startsWith('1') && item.markerWidth === 2)))) {
      closeListsBelow(matched + 1);
      closeParagraph();
      openItem(matched, offset, item);
      // "- - …": a marker right after a marker opens a list in the new item.
      let rest = item.content;
      let inner = thematicBreak.test(rest) ? null : listItemStart(rest);
      if (thematicBreak.test(rest)) throw new Unsupported('item break');
      while (inner && !inner.empty) {
        const column = lists[lists.length - 1]!.item.contentOffset;
        openItem(lists.length, column, inner);
        rest = inner.content;
        if (thematicBreak.test(rest)) throw new Unsupported('item break');
        inner = listItemStart(rest);
      }
      if (inner?.empty) throw new Unsupported('nested empty item');
      if (!rest.trim()) {
        pendingEmptyItem = true;
        continue;
      }
      processItemContent(rest);
      continue;
    }
    if (paragraph && (paragraphHere || lazyOpen)) {
      paragraph.push(line);
      continue;
    }
    closeListsBelow(matched);
    paragraph = [line];
    paragraphDepth = matched;
  }
  closeParagraph();
  return root;

  /** Opens a list item at `depth` (a new item of the list there, or a new list), its marker at `column` + its indent. */
  function openItem(depth: number, column: number, item: ItemStart): void {
    const contentOffset = item.empty ? column + item.indent + item.markerWidth + 1 : column + item.indent + item.markerWidth + item.spaces;
    const open = lists[depth];
    const newItem: OpenItem = { contentOffset, children: [] };
    const listItem: ListItem = { type: 'listItem', spread: false, data: { marker: item.marker }, children: newItem.children };
    if (open && open.kind === item.kind && open.ordered === item.ordered) {
      open.item = newItem;
      open.block.children.push(listItem);
      lists.length = depth + 1;
    } else {
      lists.length = depth;
      const block: Extract<MarkdownBlock, { type: 'list' }> = { type: 'list', ordered: item.ordered, spread: false, children: [listItem] };
      containerAt(depth).push(block);
      lists.push({ ordered: item.ordered, kind: item.kind, block, item: newItem });
    }
  }

  /** The text after a list marker: a heading, a break or a paragraph of the new item. */
  function processItemContent(content: string): void {
    if (unsupportedLine.test(content)) throw new Unsupported('item construct');
    const depth = lists.length;
    const heading = atxHeading(content);
    if (heading !== null) {
      containerAt(depth).push({ type: 'heading', depth: 1, children: parseInline([heading]) });
      return;
    }
    if (thematicBreak.test(content)) throw new Unsupported('item break');
    paragraph = [content];
    paragraphDepth = depth;
  }
}

// ---------- inline ----------

const asciiPunctuation = /[!-/:-@[-`{-~]/u;
const unicodePunctuation = /\p{P}|\p{S}/u;
const unicodeWhitespace = /\s/u;

/** 1 whitespace (or the edge), 2 punctuation, 0 anything else — micromark's classifyCharacter. */
function classOf(char: string | undefined): 0 | 1 | 2 {
  if (char === undefined || unicodeWhitespace.test(char)) return 1;
  return unicodePunctuation.test(char) ? 2 : 0;
}

interface Delimiter {
  char: string;
  length: number;
  open: boolean;
  close: boolean;
  /** Index of its text node in `nodes`. */
  node: number;
}

/** A paragraph's lines → inline nodes, as mdast-util-from-markdown builds them. */
function parseInline(lines: string[]): InlineNode[] {
  // Line ends: two spaces or a backslash make a hard break; other trailing and leading white space goes.
  let text = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/^[ \t]+/u, '');
    if (i === lines.length - 1) text += line.replace(/[ \t]+$/u, '');
    else if (/ {2,}$/u.test(line)) text += `${line.replace(/ +$/u, '')}\u0000`;
    // The backslash stays before the break: emphasis right before it sees punctuation, as micromark does.
    else if (hasOddBackslashes(line)) text += `${line}\u0001`;
    else text += `${line.replace(/[ \t]+$/u, '')}\n`;
  }
  if (inlineUnsupported.test(text)) throw new Unsupported('inline construct');
  const nodes: InlineNode[] = [];
  const delimiters: Delimiter[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) nodes.push({ type: 'text', value: buffer });
    buffer = '';
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    // U+0000: a break made by trailing spaces; "\\" + U+0001: one made by a backslash.
    if (c === '\u0000' || (c === '\\' && text[i + 1] === '\u0001')) {
      flush();
      nodes.push({ type: 'break' });
      i += c === '\u0000' ? 1 : 2;
      continue;
    }
    if (c === '\\' && i + 1 < text.length && asciiPunctuation.test(text[i + 1]!)) {
      buffer += text[i + 1];
      i += 2;
      continue;
    }
    if (c === '&') {
      const ref = characterReference.exec(text.slice(i, i + 40));
      const decoded = ref ? decodeReference(ref) : null;
      if (ref && decoded !== null) {
        buffer += decoded;
        i += ref[0].length;
        continue;
      }
    }
    if (c === '`') {
      let run = 1;
      while (text[i + run] === '`') run++;
      const fence = '`'.repeat(run);
      let close = -1;
      for (let k = i + run; k < text.length; ) {
        const at = text.indexOf(fence, k);
        if (at < 0) break;
        let end = at + run;
        while (text[end] === '`') end++;
        if (end - at === run) {
          close = at;
          break;
        }
        k = end;
      }
      if (close < 0) {
        buffer += fence;
        i += run;
        continue;
      }
      // Over a line end, a code span keeps white space this reader strips from line ends: left to remark.
      if (/[\n\u0000\u0001]/u.test(text.slice(i + run, close))) throw new Unsupported('code span over lines');
      flush();
      let value = text.slice(i + run, close);
      if (/^ .*[^ ].* $|^ [^ ] $/su.test(value) || (/^ /u.test(value) && / $/u.test(value) && /[^ ]/u.test(value))) value = value.slice(1, -1);
      nodes.push({ type: 'inlineCode', value });
      i = close + run;
      continue;
    }
    if (c === '*' || c === '_') {
      let run = 1;
      while (text[i + run] === c) run++;
      const before = classOf(i > 0 ? previousChar(text, i) : undefined);
      const after = classOf(i + run < text.length ? nextChar(text, i + run) : undefined);
      const open = after === 0 || (after === 2 && before !== 0);
      const close = before === 0 || (before === 2 && after !== 0);
      flush();
      nodes.push({ type: 'text', value: c.repeat(run) });
      delimiters.push({
        char: c,
        length: run,
        open: c === '*' ? open : open && (before !== 0 || !close),
        close: c === '*' ? close : close && (after !== 0 || !open),
        node: nodes.length - 1,
      });
      i += run;
      continue;
    }
    // Ordinary characters up to the next one that may start a construct, in one piece.
    special.lastIndex = i + 1;
    const next = special.exec(text);
    const end = next ? next.index : text.length;
    buffer += text.slice(i, end);
    i = end;
  }
  flush();
  return delimiters.length > 0 ? mergeText(resolveEmphasis(nodes, delimiters)) : nodes;
}

const special = /[\\`*_&\u0000\u0001]/gu;
const characterReference = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,30}));/u;

/** "&amp;" → "&", "&#7871;" → "ế" (CommonMark's rules, as micromark applies them); an unknown name stays text. */
function decodeReference(ref: RegExpExecArray): string | null {
  if (ref[3] !== undefined) {
    const named = namedReference(ref[3]);
    return named === false ? null : named;
  }
  const code = ref[1] !== undefined ? Number.parseInt(ref[1], 10) : Number.parseInt(ref[2]!, 16);
  const invalid =
    code < 9 || code === 11 || (code > 13 && code < 32) || (code > 126 && code < 160) || (code > 55_295 && code < 57_344) ||
    (code > 64_975 && code < 65_008) || (code & 65_535) === 65_535 || (code & 65_535) === 65_534 || code > 1_114_111;
  return invalid ? '\uFFFD' : String.fromCodePoint(code);
}

// The table of HTML's named references (2,000 names), loaded on the first one met.
const require = createRequire(import.meta.url);
let decodeNamed: ((name: string) => string | false) | null = null;
function namedReference(name: string): string | false {
  decodeNamed ??= (require('decode-named-character-reference') as { decodeNamedCharacterReference: (n: string) => string | false }).decodeNamedCharacterReference;
  return decodeNamed(name);
}

/** Whether a line ends in an odd number of backslashes (the last one escapes the line end). */
function hasOddBackslashes(line: string): boolean {
  const m = /\\+$/u.exec(line);
  return m !== null && m[0].length % 2 === 1;
}

// The character before or after a position, with a line end (soft or hard) seen as white space.
const isBreak = (char: string | undefined) => char === '\u0000' || char === '\u0001';
const previousChar = (text: string, at: number) => (isBreak(text[at - 1]) ? '\n' : String.fromCodePoint(text.codePointAt(at - 1 - (isLowSurrogate(text.charCodeAt(at - 1)) ? 1 : 0))!));
const nextChar = (text: string, at: number) => (isBreak(text[at]) ? '\n' : String.fromCodePoint(text.codePointAt(at)!));
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * CommonMark's emphasis: each closing run, left to right, meets the nearest opening run of its character
 * before it (the rule of three aside); both give up two characters (strong) or one (emphasis), what lies
 * between becomes the new node's children, and runs left inside are plain text.
 */
function resolveEmphasis(nodes: InlineNode[], delimiters: Delimiter[]): InlineNode[] {
  // Work on a list of items: nodes, with delimiter runs as mutable entries.
  type Item = { node: InlineNode; delimiter?: Delimiter & { remaining: number } };
  const items: Item[] = nodes.map((node) => ({ node }));
  for (const d of delimiters) items[d.node]!.delimiter = { ...d, remaining: d.length };
  // CommonMark's openers_bottom: where the search for an opener stopped without one, by what decides a
  // match (character, whether the closer also opens, its size mod 3); a later closer of the same kind
  // stops there too. Paragraphs of table exports hold thousands of runs that close nothing.
  const bottoms = new Map<string, number>();
  let index = 0;
  while (index < items.length) {
    const closer = items[index]!.delimiter;
    if (!closer || !closer.close || closer.remaining === 0) {
      index++;
      continue;
    }
    let matched = false;
    const kind = `${closer.char}${closer.open ? 1 : 0}${closer.remaining % 3}`;
    const bottom = bottoms.get(kind) ?? 0;
    for (let open = index - 1; open >= bottom; open--) {
      const opener = items[open]!.delimiter;
      if (!opener || !opener.open || opener.remaining === 0 || opener.char !== closer.char) continue;
      if ((opener.close || closer.open) && closer.remaining % 3 !== 0 && (opener.remaining + closer.remaining) % 3 === 0) continue;
      const use = opener.remaining > 1 && closer.remaining > 1 ? 2 : 1;
      opener.remaining -= use;
      closer.remaining -= use;
      // Runs between the two are text now.
      const inner = items.slice(open + 1, index).map((it) => (it.delimiter ? { node: { type: 'text' as const, value: it.delimiter.char.repeat(it.delimiter.remaining) } } : it));
      const group: Item = { node: { type: use === 2 ? 'strong' : 'emphasis', children: mergeText(inner.map((it) => it.node)) } };
      const replaced: Item[] = [];
      if (opener.remaining > 0) replaced.push(items[open]!);
      replaced.push(group);
      if (closer.remaining > 0) replaced.push(items[index]!);
      // In place: a paragraph of a table export holds hundreds of runs, and copying the list per match was quadratic.
      items.splice(open, index + 1 - open, ...replaced);
      // Positions above `open` moved: a bottom there falls back to it (searching more is always safe).
      for (const [key, at] of bottoms) if (at > open) bottoms.set(key, open);
      index = open + (opener.remaining > 0 ? 1 : 0) + 1;
      if (closer.remaining > 0) index = open + replaced.length - 1;
      matched = true;
      break;
    }
    if (!matched) {
      bottoms.set(kind, index);
      index++;
    }
  }
  return items.map((it) => (it.delimiter ? { type: 'text', value: it.delimiter.char.repeat(it.delimiter.remaining) } : it.node));
}

/** Adjacent text nodes as one, empty ones dropped (mdast-util-from-markdown merges them). */
function mergeText(nodes: InlineNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      if (!node.value) continue;
      const last = out[out.length - 1];
      if (last?.type === 'text') {
        last.value += node.value;
        continue;
      }
      out.push({ type: 'text', value: node.value });
    } else out.push(node);
  }
  return out;
}
