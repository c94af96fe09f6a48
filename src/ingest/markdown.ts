// A Markdown file (from a converter: pandoc, a wiki, a portal's editor) → the plan's plain text, read
// with remark-parse: headings, emphasis, links and escapes ("I\. MỤC ĐÍCH") give their text, list items
// keep the markers they were typed with, code keeps its lines, HTML is dropped. Soft line breaks stay
// line breaks, so the plan's own line structure survives. Pipe tables are left as text lines: ingest
// turns their bars into TABs.

import { createRequire } from 'node:module';
import type { Nodes, Root, RootContent } from 'mdast';
import { splitBarTables } from './bar-tables.js';
import { splitPipeBreaks } from './pipe-breaks.js';
import { parseExportMarkdown } from './markdown-lines.js';
import { docTypeByName } from '../domain/doc-types.js';
import type { TextFormatReader } from './reader.js';

/** Markdown has no signature: only the extension says a file is Markdown. */
export const markdownReader: TextFormatReader = {
  format: 'markdown',
  detectText: (_text, extension) => (extension === '.md' || extension === '.markdown' ? 'extension' : false),
  readText: (text) => ({ text: markdownToText(text), notes: [] }),
};

// Loaded on the first Markdown file (require of an ES module, Node ≥ 20.19): remark and micromark are
// ~100 ms of start-up that a batch of text files does not need, and parsePlan stays synchronous.
const require = createRequire(import.meta.url);
let parser: { parse(markdown: string): unknown } | null = null;
function markdownParser(): { parse(markdown: string): unknown } {
  if (!parser) {
    const { unified } = require('unified') as typeof import('unified');
    const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
    parser = unified().use(remarkParse);
  }
  return parser;
}

// Emphasis markers CommonMark leaves as text because the exporter put a space inside them ("**TM. ỦY
// BAN NHÂN\nDÂN **", "** **", "ngày **24** tháng** 11** năm 2025", "*Căn cứ …; *"): every real export
// (f02, f06, f26 and most of the bulk set) has them, and no plan writes asterisks as text but the
// footnote marks "(*)", "(**)", which stay.
const strayEmphasis = /(?<!\()\*+|\*+(?!\))/g;

/**
 * A soft break inside one bold or italic run is the exporter's wrap of one styled unit — a heading
 * ("**4. Đề nghị Ủy ban Mặt trận\nTổ quốc Việt Nam thành phố và các Đoàn thể**", real f28), a date line,
 * a signing line — so it is a space; but not after a type word alone ("**QUYẾT ĐỊNH\nVỀ VIỆC …**"),
 * where the trích yếu starts.
 */
function joinStyledBreaks(text: string): string {
  return text.replace(/([^\n]*)\n(?=([^\n]*))/gu, (whole, before: string, after: string) =>
    docTypeByName(before.trim()) || !after.trim() || after.trim() === '|' ? whole : `${before} `,
  );
}

// A styled unit is short. A run longer than this is CommonMark pairing two stray markers far apart
// ("*Cao Bằng, ngày **24 **tháng 11 năm 2025*" … "*Căn cứ …*", bulk f709d287): its breaks stay.
const MAX_STYLED_LINES = 4;

/** Whether an emphasis node is one short styled unit whose soft breaks are wraps. */
function isStyledUnit(node: RootContent): boolean {
  if (node.type !== 'strong' && node.type !== 'emphasis') return false;
  const text = inlineText(node.children as RootContent[]);
  return text.split('\n').length <= MAX_STYLED_LINES && !text.includes('|');
}

/** The text of inline content: what a reader sees, without the markup. */
function inlineText(nodes: readonly RootContent[], styled = false): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') {
      const value = node.value.includes('*') ? node.value.replace(strayEmphasis, '') : node.value;
      out += styled && value.includes('\n') ? joinStyledBreaks(value) : value;
    } else if (node.type === 'inlineCode') out += node.value;
    else if (node.type === 'break') out += '\n';
    else if (node.type === 'image') out += node.alt ?? '';
    // "<br>" in a paragraph is a line break; other HTML is markup.
    else if (node.type === 'html') out += /^<br\s*\/?>$/iu.test(node.value) ? '\n' : '';
    else if ('children' in node) out += inlineText(node.children as RootContent[], styled || isStyledUnit(node));
  }
  return out;
}

/** The marker a list item was typed with ("1.", "2)", "-", "+"), read from the source. */
function itemMarker(source: string, node: Nodes): string {
  const typed = (node.data as { marker?: string } | undefined)?.marker;
  if (typed) return typed;
  const start = node.position?.start.offset;
  if (start === undefined) return '-';
  const marker = /^\s*([-+*]|\d{1,9}[.)])/u.exec(source.slice(start, start + 12));
  return marker ? (marker[1] === '*' || marker[1] === '+' ? '-' : marker[1]!) : '-';
}

// A hard wrap at a phrase's own hyphen, "… tổ chức chính trị\n- xã hội tại địa phương …", reads in
// Markdown as a paragraph, then a list: the item goes back on the paragraph's last line, as typed, for the
// unwrapper to join (real f16; bulk: 13 documents, "kinh tế\n- xã hội", "tổ chức xã hội\n- nghề nghiệp").
const unfinishedLine = /[^.;:!?]$/u;
const startsLower = /^\p{Ll}/u;

function renderBlocks(nodes: readonly RootContent[], source: string, out: string[]): void {
  let previous: RootContent['type'] | null = null;
  for (const node of nodes) {
    const after = previous;
    previous = node.type;
    switch (node.type) {
      case 'heading':
      case 'paragraph':
        out.push(inlineText(node.children));
        break;
      case 'list':
        node.children.forEach((item, index) => {
          const lines: string[] = [];
          renderBlocks(item.children, source, lines);
          const [first = '', ...rest] = lines;
          const marker = itemMarker(source, item);
          const last = out.length - 1;
          if (index === 0 && after === 'paragraph' && marker === '-' && startsLower.test(first) && unfinishedLine.test(out[last] ?? '')) {
            out[last] += `\n${marker} ${first}`;
            out.push(...rest);
          } else out.push(`${marker} ${first}`, ...rest);
        });
        break;
      case 'blockquote':
        renderBlocks(node.children, source, out);
        break;
      case 'code':
        out.push(node.value);
        break;
      case 'table':
        for (const row of node.children) out.push(row.children.map((cell) => inlineText(cell.children)).join('\t'));
        break;
      case 'html':
      case 'thematicBreak':
      case 'definition':
        break;
      default:
        if ('children' in node) renderBlocks(node.children as RootContent[], source, out);
        else if ('value' in node && typeof node.value === 'string') out.push(node.value);
    }
  }
}

export interface MarkdownOptions {
  /** 'auto' (default): the line reader for what exports hold, remark-parse for the rest; 'remark': always remark-parse. */
  engine?: 'auto' | 'remark';
}

/**
 * Markdown → plain text, one block per line (blocks are separated by a blank line, as typed).
 * @example markdownToText('## II\\. NHIỆM VỤ\\n\\n**1. Mục đích**') // 'II. NHIỆM VỤ\n\n1. Mục đích'
 */
export function markdownToText(markdown: string, options: MarkdownOptions = {}): string {
  const blocks: string[] = [];
  // A line of emphasis markers alone ("* *", "** **") is an exporter's empty bold run, not a bullet or a
  // rule: read as one, it swallowed the type line below it ("* *\n**QUYẾT ĐỊNH**", bulk ad3df698).
  for (const piece of splitBarTables(splitPipeBreaks(markdown).replace(/^[ \t]*\*[* \t]*$/gmu, ''))) {
    if (piece.kind === 'rows') {
      blocks.push(piece.rows.join('\n'));
      continue;
    }
    const fast = options.engine === 'remark' ? null : parseExportMarkdown(piece.text);
    const children = fast ? (fast as unknown as RootContent[]) : (markdownParser().parse(piece.text) as Root).children;
    renderBlocks(children, piece.text, blocks);
  }
  return blocks.join('\n\n');
}
