// A page saved from a portal → the plan's plain text: parse5 reads the markup into a light tree,
// then navigation, scripts, banners and comment boxes are dropped, the main content is kept, and it is
// written as one line per block, one line per table row with cells joined by TAB. Output is NFC.

import { createRequire } from 'node:module';
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
  // One cache for the pruned tree: the layout test of each nested table reads its cells' lengths.
  renderLengths = new TextLengths();
  const kept = mainContent(body, renderLengths);
  const writer = new LineWriter();
  renderElement(kept, writer);
  return { text: writer.finish().normalize('NFC'), title: title ? title.normalize('NFC') : null };
}

// ---------------------------------------------------------------------------------------------------------
// Tree: parse5 parses as browsers do (WHATWG tree construction: implied end tags, tables, entities, raw
// text of script/style/title); its tree is copied into our light one without recursion, since pages nest
// thousands deep.

/** Deeper elements are flattened into their parent: old pages nest unclosed <font> tags without end. */
const maxDepth = 400;

const tableParts = new Set(['table', 'caption', 'colgroup', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th']);

interface Parse5Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: Parse5Node[];
  content?: Parse5Node;
}

const require = createRequire(import.meta.url);
let parse5: { parse(html: string): Parse5Node } | null = null;

function buildTree(html: string): { root: HtmlElement; title: string | null } {
  parse5 ??= require('parse5') as { parse(html: string): Parse5Node };
  const document = parse5.parse(html);
  const root: HtmlElement = { tag: '#document', attributes: new Map(), children: [] };
  let title: string | null = null;
  const work: Array<{ node: Parse5Node; into: HtmlElement; depth: number }> = [];
  const queueChildren = (node: Parse5Node, into: HtmlElement, depth: number) => {
    const children = node.childNodes ?? node.content?.childNodes ?? [];
    for (let i = children.length - 1; i >= 0; i--) work.push({ node: children[i]!, into, depth });
  };
  queueChildren(document, root, 1);
  while (work.length > 0) {
    const { node, into, depth } = work.pop()!;
    if (node.nodeName === '#text') {
      const last = into.children.at(-1);
      if (typeof last === 'string') into.children[into.children.length - 1] = last + (node.value ?? '');
      else into.children.push(node.value ?? '');
    } else if (node.tagName) {
      const element: HtmlElement = { tag: node.tagName, attributes: new Map((node.attrs ?? []).map((a) => [a.name, a.value])), children: [] };
      if (element.tag === 'title' && title === null) title = (node.childNodes ?? []).map((c) => c.value ?? '').join('').replace(/\s+/g, ' ').trim() || null;
      into.children.push(element);
      queueChildren(node, depth < maxDepth ? element : into, depth < maxDepth ? depth + 1 : depth);
    }
  }
  return { root, title };
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

  private readonly tags = new Map<HtmlElement, Set<string>>();

  /** Whether a descendant of the element is a `tag` (memoized: layout tests ask it of every nested table). */
  contains(element: HtmlElement, tag: string): boolean {
    return this.tagsUnder(element).has(tag);
  }

  private tagsUnder(element: HtmlElement): Set<string> {
    const cached = this.tags.get(element);
    if (cached) return cached;
    const tags = new Set<string>();
    for (const child of element.children) {
      if (typeof child === 'string') continue;
      tags.add(child.tag);
      for (const tag of this.tagsUnder(child)) tags.add(tag);
    }
    this.tags.set(element, tags);
    return tags;
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

// The header and signature of the document itself: portals put them in tables classed "header-vb" and
// "footer-vb" (văn bản), which the furniture words would drop (real-like r08).
const documentPart = /CỘNG\s*HÒA\s+XÃ\s+HỘI|Độc\s+lập\s*-\s*Tự\s+do|(?:^|\s)Số\s*:\s*[\d/]|Nơi\s+nhận|(?:^|\s)(?:TM|KT|TL)\.\s*\p{Lu}/u;

function holdsDocumentParts(element: HtmlElement): boolean {
  const text = visibleText(element);
  return text.length < 4000 && documentPart.test(text);
}

function visibleText(element: HtmlElement): string {
  if (invisibleElements.has(element.tag)) return '';
  let out = '';
  for (const child of element.children) out += typeof child === 'string' ? child : ` ${visibleText(child)} `;
  return out;
}

function pruneNoise(element: HtmlElement, pageLength: number, lengths: TextLengths): void {
  element.children = element.children.filter((child) => {
    if (typeof child === 'string') return true;
    if (invisibleElements.has(child.tag)) return false;
    const isFurniture = furnitureElements.has(child.tag) || namesFurniture(child);
    if (isFurniture && lengths.of(child) < majorityShare * pageLength && !holdsDocumentParts(child)) return false;
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

/** Lengths and descendant tags of the tree being rendered (set by htmlToText after pruning). */
let renderLengths = new TextLengths();

function isLayoutTable(table: HtmlElement): boolean {
  if (table.attributes.get('role') === 'presentation') return true;
  const lengths = renderLengths;
  return tableRows(table).some((row) =>
    row.children.some(
      (cell) => typeof cell !== 'string' && (lengths.of(cell) > layoutCellLength || lengths.contains(cell, 'table') || hasHeading(cell, lengths)),
    ),
  );
}

function hasHeading(element: HtmlElement, lengths: TextLengths): boolean {
  return ['h1', 'h2', 'h3'].some((tag) => lengths.contains(element, tag));
}
