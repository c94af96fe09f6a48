// A page saved from a portal → the plan's plain text: a hand-written tolerant tokenizer and tree builder,
// then navigation, scripts, banners and comment boxes are dropped, the main content is kept, and it is
// written as one line per block, one line per table row with cells joined by TAB. Output is NFC.

import type { TextFormatReader } from './reader.js';

export type HtmlResult = { text: string; title: string | null };

export const htmlReader: TextFormatReader = {
  format: 'html',
  detectText: (text, extension) => (isHtml(text) ? 'content' : extension === '.html' || extension === '.htm' ? 'extension' : false),
  readText(text) {
    const page = htmlToText(text);
    const title = page.title ? ` ("${page.title.slice(0, 80)}")` : '';
    return { text: page.text, notes: [{ code: 'ingest/html', message: `Read the main content of an HTML page${title}; navigation, scripts and comment boxes were dropped.` }] };
  },
};

interface HtmlElement {
  tag: string;
  attributes: Map<string, string>;
  children: HtmlNode[];
}

type HtmlNode = HtmlElement | string;

/**
 * Whether a decoded text is an HTML page rather than a plan: a doctype or <html> at the start, or tags making
 * up a large share of the text (a fragment of <p> and <div>).
 * @example isHtml('<!DOCTYPE html><html><body><p>KẾ HOẠCH</p></body></html>') // true
 */
export function isHtml(text: string): boolean {
  const start = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(start)) return true;
  const sample = text.slice(0, 65536);
  const tags = sample.match(knownTagPattern) ?? [];
  if (tags.length < 4) return false;
  const tagCharacters = tags.reduce((sum, tag) => sum + tag.length, 0);
  const visibleCharacters = sample.replace(/\s+/g, '').length;
  return tagCharacters >= 0.1 * visibleCharacters || tags.length >= sample.split('\n').length;
}

const knownTagPattern =
  /<\/?(?:html|head|body|title|meta|link|script|style|div|span|p|br|hr|a|b|i|u|em|strong|font|table|tbody|thead|tr|td|th|ul|ol|li|h[1-6]|section|article|header|footer|nav|main|img)(?=[\s/>])[^<>]*>/gi;

/**
 * The main content of a page saved from a portal, as plain text.
 * @example htmlToText('<html><title>Tin</title><body><nav>Trang chủ</nav><p>KẾ HOẠCH</p></body></html>') // { text: 'KẾ HOẠCH', title: 'Tin' }
 */
export function htmlToText(html: string): HtmlResult {
  const { root, title } = buildTree(html);
  const body = findElement(root, 'body') ?? root;
  const lengths = new TextLengths();
  pruneNoise(body, lengths.of(body), lengths);
  const kept = mainContent(body, new TextLengths());
  const writer = new LineWriter();
  renderElement(kept, writer);
  return { text: writer.finish().normalize('NFC'), title: title ? title.normalize('NFC') : null };
}

// ---------------------------------------------------------------------------------------------------------
// Tokenizer and tree builder: browsers' rules simplified to what changes the text (implied end tags of p, li,
// dt/dd and table parts, void elements, raw text of script and style).

const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Their content is text up to the matching end tag, never markup. */
const rawTextElements = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'textarea', 'title', 'plaintext']);

/** Raw-text elements whose content still has entities decoded. */
const escapableRawTextElements = new Set(['textarea', 'title']);

/** A start tag of one of these closes an open <p>, as in browsers. */
const closesParagraph = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'dialog', 'div', 'dl', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'menu', 'nav', 'ol', 'p',
  'pre', 'section', 'table', 'ul', 'li', 'dd', 'dt',
]);

/** Elements an implied end tag does not look past. */
const scopeBoundaries = new Set(['html', 'table', 'td', 'th', 'caption', 'template', 'button', 'object', 'marquee', 'applet']);

const tableParts = new Set(['table', 'caption', 'colgroup', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th']);

/** Which open elements a start tag implicitly closes, and where the search for them stops. */
const impliedEnds: Record<string, { closes: string[]; stopAt: string[] }> = {
  li: { closes: ['li'], stopAt: ['ul', 'ol'] },
  dt: { closes: ['dt', 'dd'], stopAt: ['dl'] },
  dd: { closes: ['dt', 'dd'], stopAt: ['dl'] },
  tr: { closes: ['tr'], stopAt: ['table', 'thead', 'tbody', 'tfoot'] },
  td: { closes: ['td', 'th'], stopAt: ['tr', 'table'] },
  th: { closes: ['td', 'th'], stopAt: ['tr', 'table'] },
  thead: { closes: ['thead', 'tbody', 'tfoot'], stopAt: ['table'] },
  tbody: { closes: ['thead', 'tbody', 'tfoot'], stopAt: ['table'] },
  tfoot: { closes: ['thead', 'tbody', 'tfoot'], stopAt: ['table'] },
  option: { closes: ['option'], stopAt: ['select', 'datalist'] },
};

/** Deeper elements are flattened into their parent: old pages nest unclosed <font> tags without end. */
const maxDepth = 400;

function buildTree(html: string): { root: HtmlElement; title: string | null } {
  const root: HtmlElement = { tag: '#document', attributes: new Map(), children: [] };
  const stack: HtmlElement[] = [root];
  let title: string | null = null;
  let index = 0;
  const addText = (text: string) => {
    if (text) stack.at(-1)!.children.push(text);
  };
  while (index < html.length) {
    const open = html.indexOf('<', index);
    addText(decodeHtmlEntities(html.slice(index, open < 0 ? html.length : open)));
    if (open < 0) break;
    const markup = readMarkup(html, open);
    index = markup.next;
    if (markup.kind === 'text') addText(markup.text);
    else if (markup.kind === 'end') closeElement(markup.name, stack);
    else if (markup.kind === 'start') {
      const element = openElement(markup.name, markup.attributes, markup.selfClosing, stack);
      if (!rawTextElements.has(markup.name)) continue;
      const raw = readRawText(html, index, markup.name);
      index = raw.next;
      const text = escapableRawTextElements.has(markup.name) ? decodeHtmlEntities(raw.text) : raw.text;
      element.children.push(text);
      if (markup.name === 'title' && title === null) title = text.replace(/\s+/g, ' ').trim() || null;
      closeElement(markup.name, stack);
    }
  }
  return { root, title };
}

type Markup =
  | { kind: 'skip'; next: number }
  | { kind: 'text'; text: string; next: number }
  | { kind: 'end'; name: string; next: number }
  | { kind: 'start'; name: string; attributes: Map<string, string>; selfClosing: boolean; next: number };

function readMarkup(html: string, open: number): Markup {
  const skipPast = (terminator: string, from: number) => {
    const end = html.indexOf(terminator, from);
    return end < 0 ? html.length : end + terminator.length;
  };
  if (html.startsWith('<!--', open)) return { kind: 'skip', next: skipPast('-->', open + 4) };
  if (html.startsWith('<![CDATA[', open)) {
    const next = skipPast(']]>', open + 9);
    return { kind: 'text', text: html.slice(open + 9, Math.max(open + 9, next - 3)), next };
  }
  if (html.startsWith('<!', open) || html.startsWith('<?', open)) return { kind: 'skip', next: skipPast('>', open + 2) };
  const isEnd = html[open + 1] === '/';
  const name = /^[a-zA-Z][^\s/>]*/.exec(html.slice(open + (isEnd ? 2 : 1), open + 64))?.[0];
  // "a < b" and "</ >" are text and a bogus comment in browsers too.
  if (!name) return isEnd ? { kind: 'skip', next: skipPast('>', open + 2) } : { kind: 'text', text: '<', next: open + 1 };
  const close = findTagEnd(html, open + 1);
  const next = close < 0 ? html.length : close + 1;
  if (isEnd) return { kind: 'end', name: name.toLowerCase(), next };
  const inside = html.slice(open + 1 + name.length, close < 0 ? html.length : close);
  return { kind: 'start', name: name.toLowerCase(), attributes: parseAttributes(inside), selfClosing: inside.endsWith('/'), next };
}

/** The ">" that ends a tag; a quote only opens a value right after "=", as in browsers. */
function findTagEnd(html: string, from: number): number {
  let afterEquals = false;
  for (let index = from; index < html.length; index++) {
    const char = html[index]!;
    if (char === '>') return index;
    if (afterEquals && (char === '"' || char === "'")) {
      const end = html.indexOf(char, index + 1);
      if (end < 0) return -1;
      index = end;
      afterEquals = false;
    } else if (char === '=') afterEquals = true;
    else if (!/\s/.test(char)) afterEquals = false;
  }
  return -1;
}

function parseAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    const name = match[1]!.toLowerCase();
    if (!attributes.has(name)) attributes.set(name, decodeHtmlEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

function readRawText(html: string, from: number, tag: string): { text: string; next: number } {
  const endTag = new RegExp(`</${tag}(?=[\\s/>])`, 'ig');
  endTag.lastIndex = from;
  const found = endTag.exec(html);
  if (!found) return { text: html.slice(from), next: html.length };
  const close = findTagEnd(html, found.index + 2);
  return { text: html.slice(from, found.index), next: close < 0 ? html.length : close + 1 };
}

function openElement(tag: string, attributes: Map<string, string>, selfClosing: boolean, stack: HtmlElement[]): HtmlElement {
  if (closesParagraph.has(tag)) closeInScope(['p'], [], stack);
  const implied = impliedEnds[tag];
  if (implied) closeInScope(implied.closes, implied.stopAt, stack);
  if (/^h[1-6]$/.test(tag) && /^h[1-6]$/.test(stack.at(-1)!.tag)) stack.pop();
  const element: HtmlElement = { tag, attributes, children: [] };
  stack.at(-1)!.children.push(element);
  // A "/>" only closes void and foreign elements in HTML, but svg content is dropped anyway, so honour it there.
  const empty = voidElements.has(tag) || (selfClosing && !closesParagraph.has(tag) && !tableParts.has(tag));
  if (!empty && stack.length < maxDepth) stack.push(element);
  return element;
}

/** Closes the nearest open element among `tags`, unless a boundary comes first. */
function closeInScope(tags: string[], stopAt: string[], stack: HtmlElement[]): void {
  for (let depth = stack.length - 1; depth > 0; depth--) {
    const tag = stack[depth]!.tag;
    if (tags.includes(tag)) {
      stack.length = depth;
      return;
    }
    if (stopAt.includes(tag) || scopeBoundaries.has(tag)) return;
  }
}

/** An end tag closes back to its start tag; one with no open match (or only past a table boundary) is ignored. */
function closeElement(tag: string, stack: HtmlElement[]): void {
  const isTablePart = tableParts.has(tag);
  for (let depth = stack.length - 1; depth > 0; depth--) {
    const open = stack[depth]!.tag;
    if (open === tag) {
      stack.length = depth;
      return;
    }
    if ((isTablePart && open === 'table') || (!isTablePart && scopeBoundaries.has(open) && open !== 'html')) return;
  }
}

function findElement(element: HtmlElement, tag: string): HtmlElement | undefined {
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    if (child.tag === tag) return child;
    const found = findElement(child, tag);
    if (found) return found;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Noise and main content.

/** Never text of the page. */
const invisibleElements = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'head', 'title',
  'select', 'option', 'button', 'textarea', 'input', 'map',
]);

/** Page furniture; dropped unless it holds most of the page's text (ASP.NET pages wrap everything in a <form>). */
const furnitureElements = new Set(['form', 'nav', 'header', 'footer', 'aside']);

const furnitureWords = [
  'menu', 'nav', 'breadcrumb', 'sidebar', 'comment', 'share', 'social', 'footer', 'header', 'banner', 'related', 'tag',
  'login', 'search', 'advert', 'cookie',
];

/** The same in Vietnamese class names: "tin-lien-quan" (related), "binh-luan" (comments), "chia-se" (share). */
const vietnameseFurnitureWords = ['lienquan', 'binhluan', 'chiase', 'tinkhac'];

const mainContentPattern = /content|main|article|noi[-_]?dung|detail|post|entry/i;

const mainContentElements = new Set(['main', 'article']);

/** Share of the text that protects an element from being dropped, and that a main-content element must hold. */
const majorityShare = 0.5;

/** Visible characters (non-space) under each element, computed once per tree state. */
class TextLengths {
  private readonly cache = new Map<HtmlElement, number>();

  of(element: HtmlElement): number {
    const cached = this.cache.get(element);
    if (cached !== undefined) return cached;
    let length = 0;
    if (!invisibleElements.has(element.tag)) {
      for (const child of element.children) length += typeof child === 'string' ? child.replace(/\s+/g, '').length : this.of(child);
    }
    this.cache.set(element, length);
    return length;
  }
}

function classAndId(element: HtmlElement): string {
  return `${element.attributes.get('class') ?? ''} ${element.attributes.get('id') ?? ''}`;
}

/**
 * Whether a class or id names page furniture. A word must begin or end a token ("main-menu", "topnav",
 * "navbar") so that "bloginfo" is not a login box and "heritage" carries no tag.
 */
function namesFurniture(element: HtmlElement): boolean {
  const names = classAndId(element);
  const tokens = names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (tokens.some((token) => furnitureWords.some((word) => token.startsWith(word) || token.endsWith(word)))) return true;
  const compact = names.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return vietnameseFurnitureWords.some((word) => compact.includes(word));
}

function pruneNoise(element: HtmlElement, pageLength: number, lengths: TextLengths): void {
  element.children = element.children.filter((child) => {
    if (typeof child === 'string') return true;
    if (invisibleElements.has(child.tag)) return false;
    const isFurniture = furnitureElements.has(child.tag) || namesFurniture(child);
    if (isFurniture && lengths.of(child) < majorityShare * pageLength) return false;
    pruneNoise(child, pageLength, lengths);
    return true;
  });
}

/** The most specific element named like main content that still holds half the remaining text; else the body. */
function mainContent(body: HtmlElement, lengths: TextLengths): HtmlElement {
  const total = lengths.of(body);
  let best = body;
  const visit = (element: HtmlElement) => {
    for (const child of element.children) {
      if (typeof child === 'string' || lengths.of(child) < majorityShare * total) continue;
      if (mainContentElements.has(child.tag) || mainContentPattern.test(classAndId(child))) best = child;
      visit(child);
    }
  };
  if (total > 0) visit(body);
  return best;
}

// ---------------------------------------------------------------------------------------------------------
// Rendering.

const blockElements = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'tr', 'section', 'article', 'blockquote', 'pre', 'table', 'ul',
  'ol', 'dd', 'dt', 'dl', 'main', 'header', 'footer', 'nav', 'aside', 'address', 'figure', 'figcaption', 'fieldset',
  'form', 'hr', 'caption', 'center', 'details', 'summary', 'body', 'html',
]);

/** A cell this long, or holding a table or heading, makes its table a layout grid rather than a data table. */
const layoutCellLength = 2000;

class LineWriter {
  private readonly lines: string[] = [];
  private current = '';

  text(text: string): void {
    this.current += text;
  }

  /** Ends the current line; blank lines are not kept (a block boundary is one line break). */
  breakLine(): void {
    const line = this.current.replace(/ {2,}/g, ' ').trim();
    if (line) this.lines.push(line);
    this.current = '';
  }

  /** A line written as is: a table row or a line of <pre>. */
  verbatim(line: string): void {
    this.breakLine();
    this.lines.push(line);
  }

  finish(): string {
    this.breakLine();
    return this.lines.join('\n');
  }

  lineList(): string[] {
    this.breakLine();
    return this.lines;
  }
}

function collapseWhitespace(text: string): string {
  return text.replace(/[ \t\n\r\f\u00a0]+/g, ' ');
}

function renderChildren(element: HtmlElement, writer: LineWriter): void {
  for (const child of element.children) {
    if (typeof child === 'string') writer.text(collapseWhitespace(child));
    else renderElement(child, writer);
  }
}

function renderElement(element: HtmlElement, writer: LineWriter): void {
  if (element.tag === 'br') return writer.breakLine();
  if (element.tag === 'pre') return renderPre(element, writer);
  if (element.tag === 'table' && !isLayoutTable(element)) return renderTable(element, writer);
  const block = blockElements.has(element.tag) || tableParts.has(element.tag);
  if (block) writer.breakLine();
  renderChildren(element, writer);
  if (block) writer.breakLine();
}

/** <pre> keeps its spaces and line breaks; browsers drop one newline right after the start tag. */
function renderPre(element: HtmlElement, writer: LineWriter): void {
  const text = preText(element).replace(/^\r?\n/, '').replace(/\u00a0/g, ' ');
  writer.breakLine();
  for (const line of text.replace(/\s+$/, '').split(/\r?\n/)) writer.verbatim(line);
}

function preText(element: HtmlElement): string {
  return element.children
    .map((child) => {
      if (typeof child === 'string') return child;
      return child.tag === 'br' ? '\n' : preText(child);
    })
    .join('');
}

function renderTable(table: HtmlElement, writer: LineWriter): void {
  writer.breakLine();
  for (const part of table.children) {
    if (typeof part !== 'string' && part.tag === 'caption') renderElement(part, writer);
  }
  for (const row of tableRows(table)) {
    const cells = row.children.filter((cell): cell is HtmlElement => typeof cell !== 'string' && (cell.tag === 'td' || cell.tag === 'th'));
    const texts = cells.map(cellText);
    if (texts.some((text) => text !== '')) writer.verbatim(texts.join('\t'));
  }
}

/** The table's own rows, through thead/tbody/tfoot, not those of nested tables. */
function tableRows(table: HtmlElement): HtmlElement[] {
  return table.children.flatMap((child) => {
    if (typeof child === 'string') return [];
    if (child.tag === 'tr') return [child];
    return ['thead', 'tbody', 'tfoot'].includes(child.tag) ? tableRows(child) : [];
  });
}

/** A cell's paragraphs and line breaks become spaces (and so do TABs), so the row stays one line. */
function cellText(cell: HtmlElement): string {
  const writer = new LineWriter();
  renderChildren(cell, writer);
  return writer
    .lineList()
    .map((line) => line.replace(/\t/g, ' '))
    .join(' ');
}

function isLayoutTable(table: HtmlElement): boolean {
  if (table.attributes.get('role') === 'presentation') return true;
  const lengths = new TextLengths();
  return tableRows(table).some((row) =>
    row.children.some(
      (cell) => typeof cell !== 'string' && (lengths.of(cell) > layoutCellLength || findElement(cell, 'table') !== undefined || hasHeading(cell)),
    ),
  );
}

function hasHeading(element: HtmlElement): boolean {
  return ['h1', 'h2', 'h3'].some((tag) => findElement(element, tag) !== undefined);
}

// ---------------------------------------------------------------------------------------------------------
// Entities.

/** Latin-1 names in code point order from U+00A0; browsers also accept these without the final ";". */
const latin1EntityNames = (
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute ' +
  'micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig ' +
  'Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash ' +
  'Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc ' +
  'euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml ' +
  'yacute thorn yuml'
).split(' ');

/** Other names found in Vietnamese pages: letters with breve, stroke and tilde, typographic punctuation, spaces. */
const otherEntities: [string, number][] = [
  ['Abreve', 0x102], ['abreve', 0x103], ['Dstrok', 0x110], ['dstrok', 0x111], ['Itilde', 0x128], ['itilde', 0x129],
  ['Utilde', 0x168], ['utilde', 0x169], ['OElig', 0x152], ['oelig', 0x153], ['Scaron', 0x160], ['scaron', 0x161],
  ['Yuml', 0x178], ['fnof', 0x192], ['circ', 0x2c6], ['tilde', 0x2dc], ['ensp', 0x2002], ['emsp', 0x2003],
  ['thinsp', 0x2009], ['zwnj', 0x200c], ['zwj', 0x200d], ['lrm', 0x200e], ['rlm', 0x200f], ['ndash', 0x2013],
  ['mdash', 0x2014], ['lsquo', 0x2018], ['rsquo', 0x2019], ['sbquo', 0x201a], ['ldquo', 0x201c], ['rdquo', 0x201d],
  ['bdquo', 0x201e], ['dagger', 0x2020], ['Dagger', 0x2021], ['bull', 0x2022], ['hellip', 0x2026], ['permil', 0x2030],
  ['prime', 0x2032], ['Prime', 0x2033], ['lsaquo', 0x2039], ['rsaquo', 0x203a], ['euro', 0x20ac], ['trade', 0x2122],
  ['larr', 0x2190], ['uarr', 0x2191], ['rarr', 0x2192], ['darr', 0x2193], ['harr', 0x2194], ['minus', 0x2212],
  ['le', 0x2264], ['ge', 0x2265], ['ne', 0x2260], ['asymp', 0x2248], ['infin', 0x221e], ['Alpha', 0x391],
  ['alpha', 0x3b1], ['beta', 0x3b2], ['Delta', 0x394], ['delta', 0x3b4], ['mu', 0x3bc], ['pi', 0x3c0], ['sigma', 0x3c3],
  ['apos', 0x27], ['quot', 0x22], ['amp', 0x26], ['lt', 0x3c], ['gt', 0x3e], ['QUOT', 0x22], ['AMP', 0x26],
  ['LT', 0x3c], ['GT', 0x3e], ['COPY', 0xa9], ['REG', 0xae],
];

const namedEntities = new Map<string, string>([
  ...latin1EntityNames.map((name, offset): [string, string] => [name, String.fromCodePoint(0xa0 + offset)]),
  ...otherEntities.map(([name, code]): [string, string] => [name, String.fromCodePoint(code)]),
]);

const legacyEntityNames = new Set([...latin1EntityNames, 'amp', 'lt', 'gt', 'quot', 'AMP', 'LT', 'GT', 'QUOT', 'COPY', 'REG']);

/** &#128;–&#159; mean Windows-1252 characters in browsers (&#150; is an en dash), not C1 controls. */
const windows1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*)(;?)/g, (whole, name: string, semicolon: string) => {
    if (name.startsWith('#')) return numericCharacter(name);
    const character = namedEntities.get(name);
    if (character === undefined || (!semicolon && !legacyEntityNames.has(name))) return whole;
    return character;
  });
}

function numericCharacter(reference: string): string {
  const hex = reference[1] === 'x' || reference[1] === 'X';
  const code = Number.parseInt(reference.slice(hex ? 2 : 1), hex ? 16 : 10);
  if (code >= 0x80 && code <= 0x9f) return String.fromCodePoint(windows1252[code - 0x80]!);
  const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
  return valid ? String.fromCodePoint(code) : '\ufffd';
}
