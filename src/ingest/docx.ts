// .docx → the plain text a plan would have if typed in a text editor: one line per paragraph, Word's
// automatic numbering ("I.", "1.", "a)", bullets) written out — Vietnamese offices number their headings
// with automatic lists and losing them loses the outline —, data tables as one line per row with cells
// joined by TAB, and the small tables Word lays the header and the signature out with read cell by cell,
// each paragraph on its own line, so the header and signer rules see them as typed. Headers, footers,
// comments and tracked deletions are not read. Synchronous, like the parser; reads word/document.xml,
// word/numbering.xml and word/styles.xml through zip-buffer.ts and a small XML tokenizer. Bad bytes give
// an error value, never an exception.

import { MiB } from '../batch/limits.js';
import { closePlaceholders } from './placeholders.js';
import { type FormatReader, readFailure } from './reader.js';
import { hasZipSignature, readZipDirectory, readZipEntry, type ZipEntry } from './zip-buffer.js';

export interface DocxLimits {
  maxEntryBytes: number;
  maxRatio: number;
}

export const defaultDocxLimits: DocxLimits = { maxEntryBytes: 64 * MiB, maxRatio: 200 };

export type DocxResult =
  | { ok: true; text: string; paragraphs: number; tables: number }
  | { ok: false; code: 'ingest/docx-corrupt' | 'ingest/docx-too-large'; message: string };

type DocxFailure = Extract<DocxResult, { ok: false }>;

const partNames = { document: 'word/document.xml', numbering: 'word/numbering.xml', styles: 'word/styles.xml' };

/**
 * Whether bytes look like a .docx (a zip whose entries include word/document.xml). Cheap: checks the zip
 * signature and the central directory names.
 * @example isDocx(new TextEncoder().encode('KẾ HOẠCH')) // false
 */
export function isDocx(bytes: Uint8Array): boolean {
  if (!hasZipSignature(bytes)) return false;
  const directory = readZipDirectory(bytes);
  return directory.ok && findPart(directory.entries, partNames.document) !== undefined;
}

export const docxReader: FormatReader = {
  format: 'docx',
  detect: (bytes, extension) => (isDocx(bytes) ? 'content' : extension === '.docx' ? 'extension' : false),
  read(bytes) {
    const docx = docxToText(bytes);
    if (!docx.ok) return readFailure(docx.code, docx.message);
    return {
      ok: true,
      text: docx.text,
      encoding: 'utf-8',
      format: 'docx',
      notes: [{ code: 'ingest/docx', message: `Read from a .docx: ${docx.paragraphs} paragraph(s), ${docx.tables} table(s).` }],
      layout: {},
    };
  },
};

/**
 * The plan text of a .docx. Synchronous, since the parser is.
 * @example docxToText(bytes) // { ok: true, text: 'KẾ HOẠCH\nI. MỤC ĐÍCH, YÊU CẦU\n…', paragraphs: 40, tables: 1 }
 */
export function docxToText(bytes: Uint8Array, limits: Partial<DocxLimits> = {}): DocxResult {
  try {
    return convertDocx(bytes, { ...defaultDocxLimits, ...limits });
  } catch (error) {
    // Last resort (e.g. a stack overflow on absurdly deep nesting): the contract is an error value.
    return failure('corrupt', `The .docx could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function failure(kind: 'corrupt' | 'too-large', message: string): DocxFailure {
  return { ok: false, code: kind === 'corrupt' ? 'ingest/docx-corrupt' : 'ingest/docx-too-large', message };
}

function convertDocx(bytes: Uint8Array, limits: DocxLimits): DocxResult {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return failure(directory.reason, `Not a readable .docx: ${directory.message}.`);
  const documentEntry = findPart(directory.entries, partNames.document);
  if (!documentEntry) return failure('corrupt', `Not a .docx: the zip has no ${partNames.document}.`);

  const parts: Partial<Record<keyof typeof partNames, XmlElement>> = {};
  for (const part of Object.keys(partNames) as (keyof typeof partNames)[]) {
    const entry = part === 'document' ? documentEntry : findPart(directory.entries, partNames[part]);
    if (!entry) continue;
    const read = readZipEntry(bytes, entry, limits);
    if (!read.ok) return failure(read.reason, `Not a readable .docx: ${read.message}.`);
    parts[part] = parseXml(decodeXmlBytes(read.data));
  }

  const body = findDescendant(parts.document!, 'w:body');
  if (!body) return failure('corrupt', `${partNames.document} has no w:body.`);
  const context = newRenderContext(parts.numbering, parts.styles);
  const lines = renderBlocks(body, context);
  return { ok: true, text: lines.join('\n'), paragraphs: context.paragraphs, tables: context.tables };
}

/** Part names are case-insensitive in OPC; some writers also add a leading slash or use backslashes. */
function findPart(entries: readonly ZipEntry[], partName: string): ZipEntry | undefined {
  const canonical = (name: string) => name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
  return entries.find((entry) => canonical(entry.name) === partName);
}

function decodeXmlBytes(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data);
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data);
  return new TextDecoder('utf-8').decode(data);
}

// ---------------------------------------------------------------------------------------------------------
// XML: a tolerant tokenizer that builds a light tree. Word's namespace is renamed to the "w:" prefix whatever
// prefix the part declared, so the renderer can match names literally.

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}

type XmlNode = XmlElement | string;

const wordNamespaces = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  const renames = new Map<string, string>();
  let index = 0;
  while (index < xml.length) {
    const open = xml.indexOf('<', index);
    const textEnd = open < 0 ? xml.length : open;
    if (textEnd > index) stack.at(-1)!.children.push(decodeXmlEntities(xml.slice(index, textEnd)));
    if (open < 0) break;
    const special = skipSpecialMarkup(xml, open);
    if (special) {
      if (special.text) stack.at(-1)!.children.push(special.text);
      index = special.next;
      continue;
    }
    const close = findTagEnd(xml, open + 1);
    if (close < 0) break;
    applyTag(xml.slice(open + 1, close), stack, renames);
    index = close + 1;
  }
  return root;
}

/** Comments, processing instructions, DOCTYPE and CDATA; only CDATA carries text. */
function skipSpecialMarkup(xml: string, open: number): { next: number; text?: string } | undefined {
  const skipPast = (terminator: string, from: number) => {
    const end = xml.indexOf(terminator, from);
    return end < 0 ? xml.length : end + terminator.length;
  };
  if (xml.startsWith('<!--', open)) return { next: skipPast('-->', open + 4) };
  if (xml.startsWith('<![CDATA[', open)) {
    const next = skipPast(']]>', open + 9);
    return { next, text: xml.slice(open + 9, Math.max(open + 9, next - 3)) };
  }
  if (xml.startsWith('<?', open)) return { next: skipPast('?>', open + 2) };
  if (xml.startsWith('<!', open)) return { next: skipPast('>', open + 2) };
  return undefined;
}

/** The ">" that ends a tag, skipping quoted attribute values (which may contain ">"). */
function findTagEnd(xml: string, from: number): number {
  let quote = '';
  for (let index = from; index < xml.length; index++) {
    const char = xml[index]!;
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '>') return index;
  }
  return -1;
}

function applyTag(tag: string, stack: XmlElement[], renames: Map<string, string>): void {
  if (tag.startsWith('/')) {
    closeElement(renameWordName(tag.slice(1).trim(), renames), stack);
    return;
  }
  const selfClosing = tag.endsWith('/');
  const body = selfClosing ? tag.slice(0, -1) : tag;
  const nameEnd = body.search(/\s|$/);
  let attributes = parseAttributes(body.slice(nameEnd));
  // Namespaces are declared on the root element in practice; only then is there anything to learn.
  if (body.includes('xmlns')) learnWordPrefix(attributes, renames);
  if (renames.size > 0) attributes = renameAttributes(attributes, renames);
  const element: XmlElement = { name: renameWordName(body.slice(0, nameEnd), renames), attributes, children: [] };
  stack.at(-1)!.children.push(element);
  if (!selfClosing) stack.push(element);
}

/** A stray end tag closes back to its matching start tag if one is open, and is ignored otherwise. */
function closeElement(name: string, stack: XmlElement[]): void {
  for (let depth = stack.length - 1; depth > 0; depth--) {
    if (stack[depth]!.name === name) {
      stack.length = depth;
      return;
    }
  }
}

/** Attribute names come from the file, so the record has no prototype for a name like "__proto__" to reach. */
function newRecord(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}

function parseAttributes(text: string): Record<string, string> {
  const attributes = newRecord();
  if (!text.includes('=')) return attributes;
  for (const match of text.matchAll(/([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes[match[1]!] = decodeXmlEntities(match[2] ?? match[3] ?? '');
  }
  return attributes;
}

/** Word writes "w:", but a part may bind its namespace to another prefix or make it the default one. */
function learnWordPrefix(attributes: Record<string, string>, renames: Map<string, string>): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (!wordNamespaces.has(value)) continue;
    if (name === 'xmlns') renames.set('', 'w:');
    else if (name.startsWith('xmlns:') && name !== 'xmlns:w') renames.set(`${name.slice(6)}:`, 'w:');
  }
}

function renameAttributes(attributes: Record<string, string>, renames: Map<string, string>): Record<string, string> {
  const renamed = newRecord();
  for (const [name, value] of Object.entries(attributes)) renamed[renameWordName(name, renames)] = value;
  return renamed;
}

function renameWordName(name: string, renames: Map<string, string>): string {
  if (renames.size === 0) return name;
  const colon = name.indexOf(':');
  const prefix = colon < 0 ? '' : name.slice(0, colon + 1);
  const replacement = renames.get(prefix);
  if (replacement === undefined || (prefix === '' && name.startsWith('xmlns'))) return name;
  return replacement + name.slice(colon + 1);
}

const xmlEntities = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (whole, name: string) => {
    if (!name.startsWith('#')) return xmlEntities.get(name) ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : '\ufffd';
  });
}

function elementChildren(element: XmlElement): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string');
}

function childElement(element: XmlElement, name: string): XmlElement | undefined {
  return elementChildren(element).find((child) => child.name === name);
}

function findDescendant(element: XmlElement, name: string): XmlElement | undefined {
  for (const child of elementChildren(element)) {
    if (child.name === name) return child;
    const found = findDescendant(child, name);
    if (found) return found;
  }
  return undefined;
}

function valueOf(element: XmlElement | undefined): string | undefined {
  return element?.attributes['w:val'];
}

function integerValue(element: XmlElement | undefined): number | undefined {
  const value = valueOf(element);
  if (value === undefined) return undefined;
  const parsed = Number.parseInt(value, 10);
  return Number.isFinite(parsed) ? parsed : undefined;
}

/** On/off properties: present means on, unless w:val says 0, false or off. */
function isOn(element: XmlElement | undefined): boolean {
  return element !== undefined && isOnValue(valueOf(element));
}

function isOnValue(value: string | undefined): boolean {
  return value === undefined || !['0', 'false', 'off'].includes(value);
}

// ---------------------------------------------------------------------------------------------------------
// Numbering: numbering.xml levels, paragraph styles that carry numPr, and counters per numId.

interface NumberingLevel {
  start: number;
  format: string;
  text: string;
  /** w:lvlRestart: restart after this one-based level is used; 0 never restarts; undefined restarts after any higher one. */
  restartAfter: number | undefined;
  legal: boolean;
  style: string | undefined;
}

type NumberingInstances = Map<string, Map<number, NumberingLevel>>;

interface StyleNumbering {
  numId: string | undefined;
  level: number | undefined;
  basedOn: string | undefined;
}

interface Styles {
  byId: Map<string, StyleNumbering>;
  defaultParagraphStyle: string | undefined;
}

interface RenderContext {
  numbering: NumberingInstances;
  styles: Styles;
  counters: Map<string, (number | undefined)[]>;
  paragraphs: number;
  tables: number;
}

const maxLevels = 9;

function newRenderContext(numberingPart: XmlElement | undefined, stylesPart: XmlElement | undefined): RenderContext {
  return {
    numbering: numberingPart ? readNumbering(numberingPart) : new Map(),
    styles: stylesPart ? readStyles(stylesPart) : { byId: new Map(), defaultParagraphStyle: undefined },
    counters: new Map(),
    paragraphs: 0,
    tables: 0,
  };
}

function readNumbering(part: XmlElement): NumberingInstances {
  const numbering = findDescendant(part, 'w:numbering') ?? part;
  const abstracts = new Map<string, Map<number, NumberingLevel>>();
  for (const abstract of elementChildren(numbering).filter((child) => child.name === 'w:abstractNum')) {
    abstracts.set(abstract.attributes['w:abstractNumId'] ?? '', readLevels(abstract));
  }
  const instances: NumberingInstances = new Map();
  for (const num of elementChildren(numbering).filter((child) => child.name === 'w:num')) {
    const abstract = abstracts.get(valueOf(childElement(num, 'w:abstractNumId')) ?? '');
    if (abstract) instances.set(num.attributes['w:numId'] ?? '', applyOverrides(abstract, num));
  }
  return instances;
}

function readLevels(container: XmlElement): Map<number, NumberingLevel> {
  const levels = new Map<number, NumberingLevel>();
  for (const level of elementChildren(container).filter((child) => child.name === 'w:lvl')) {
    levels.set(Number.parseInt(level.attributes['w:ilvl'] ?? '0', 10), readLevel(level));
  }
  return levels;
}

function readLevel(level: XmlElement): NumberingLevel {
  return {
    start: integerValue(childElement(level, 'w:start')) ?? 0,
    format: valueOf(childElement(level, 'w:numFmt')) ?? 'decimal',
    text: valueOf(childElement(level, 'w:lvlText')) ?? '',
    restartAfter: integerValue(childElement(level, 'w:lvlRestart')),
    legal: isOn(childElement(level, 'w:isLgl')),
    style: valueOf(childElement(level, 'w:pStyle')),
  };
}

/** A w:num may restart a level (w:startOverride) or replace it (w:lvl) for its own paragraphs only. */
function applyOverrides(abstract: Map<number, NumberingLevel>, num: XmlElement): Map<number, NumberingLevel> {
  const levels = new Map(abstract);
  for (const override of elementChildren(num).filter((child) => child.name === 'w:lvlOverride')) {
    const index = Number.parseInt(override.attributes['w:ilvl'] ?? '0', 10);
    const replacement = childElement(override, 'w:lvl');
    const base = replacement ? readLevel(replacement) : levels.get(index);
    const start = integerValue(childElement(override, 'w:startOverride'));
    if (base) levels.set(index, start === undefined ? base : { ...base, start });
  }
  return levels;
}

function readStyles(part: XmlElement): Styles {
  const styles = findDescendant(part, 'w:styles') ?? part;
  const byId = new Map<string, StyleNumbering>();
  let defaultParagraphStyle: string | undefined;
  for (const style of elementChildren(styles).filter((child) => child.name === 'w:style')) {
    if ((style.attributes['w:type'] ?? 'paragraph') !== 'paragraph') continue;
    const id = style.attributes['w:styleId'] ?? '';
    if (isOnValue(style.attributes['w:default'] ?? '0')) defaultParagraphStyle = id;
    const numPr = findDescendant(childElement(style, 'w:pPr') ?? emptyElement, 'w:numPr');
    byId.set(id, {
      numId: valueOf(childElement(numPr ?? emptyElement, 'w:numId')),
      level: integerValue(childElement(numPr ?? emptyElement, 'w:ilvl')),
      basedOn: valueOf(childElement(style, 'w:basedOn')),
    });
  }
  return { byId, defaultParagraphStyle };
}

const emptyElement: XmlElement = { name: '', attributes: {}, children: [] };

/** numId and level of a paragraph: its own w:numPr first, then its style's, following w:basedOn. */
function paragraphNumbering(pPr: XmlElement | undefined, context: RenderContext): { numId: string; level: number } | undefined {
  const direct = childElement(pPr ?? emptyElement, 'w:numPr');
  let numId = valueOf(childElement(direct ?? emptyElement, 'w:numId'));
  let level = integerValue(childElement(direct ?? emptyElement, 'w:ilvl'));
  const styleId = valueOf(childElement(pPr ?? emptyElement, 'w:pStyle')) ?? context.styles.defaultParagraphStyle;
  const chain = styleChain(styleId, context.styles);
  for (const style of chain) {
    numId ??= style.numbering.numId;
    if (style.numbering.numId !== undefined || style.numbering.level !== undefined) level ??= style.numbering.level;
  }
  // numId 0 is how Word switches off numbering a style would give.
  if (numId === undefined || numId === '0') return undefined;
  level ??= levelLinkedToStyle(context.numbering.get(numId), chain.map((style) => style.id)) ?? 0;
  return { numId, level: Math.min(Math.max(level, 0), maxLevels - 1) };
}

function styleChain(styleId: string | undefined, styles: Styles): { id: string; numbering: StyleNumbering }[] {
  const chain: { id: string; numbering: StyleNumbering }[] = [];
  const seen = new Set<string>();
  for (let id = styleId; id !== undefined && !seen.has(id); ) {
    seen.add(id);
    const numbering = styles.byId.get(id);
    if (!numbering) break;
    chain.push({ id, numbering });
    id = numbering.basedOn;
  }
  return chain;
}

/** A style numbered without w:ilvl takes the level whose w:pStyle names it. */
function levelLinkedToStyle(levels: Map<number, NumberingLevel> | undefined, styleIds: string[]): number | undefined {
  for (const [index, level] of levels ?? []) if (level.style !== undefined && styleIds.includes(level.style)) return index;
  return undefined;
}

/** Advances the counter of the paragraph's level, restarts the deeper ones, and formats the level text. */
function nextMarker(numId: string, levelIndex: number, context: RenderContext): string {
  const levels = context.numbering.get(numId);
  const level = levels?.get(levelIndex);
  if (!levels || !level) return '';
  const counts = context.counters.get(numId) ?? [];
  context.counters.set(numId, counts);
  counts[levelIndex] = counts[levelIndex] === undefined ? level.start : counts[levelIndex] + 1;
  for (let deeper = levelIndex + 1; deeper < maxLevels; deeper++) {
    if (restartsAfter(levels.get(deeper), levelIndex)) counts[deeper] = undefined;
  }
  if (level.format === 'bullet') return '-';
  return level.text
    .replace(/%([1-9])/g, (_whole, digit: string) => {
      const referenced = Number(digit) - 1;
      const referencedLevel = levels.get(referenced);
      const value = counts[referenced] ?? referencedLevel?.start ?? 1;
      return formatNumber(value, level.legal ? 'decimal' : (referencedLevel?.format ?? 'decimal'));
    })
    .trim();
}

function restartsAfter(level: NumberingLevel | undefined, usedLevel: number): boolean {
  if (!level || level.restartAfter === undefined) return true;
  return level.restartAfter !== 0 && usedLevel < level.restartAfter;
}

function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'none':
      return '';
    case 'upperRoman':
      return toRoman(value) ?? String(value);
    case 'lowerRoman':
      return toRoman(value)?.toLowerCase() ?? String(value);
    case 'upperLetter':
      return toLetters(value);
    case 'lowerLetter':
      return toLetters(value).toLowerCase();
    case 'decimalZero':
      return value >= 0 && value < 10 ? `0${value}` : String(value);
    default:
      return String(value);
  }
}

function toRoman(value: number): string | undefined {
  if (value < 1 || value >= 4000) return undefined;
  const numerals: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = value;
  let roman = '';
  for (const [amount, numeral] of numerals) {
    for (; rest >= amount; rest -= amount) roman += numeral;
  }
  return roman;
}

/** Word's letters: A…Z, then AA…ZZ, then AAA…: the letter repeats, it does not carry like a spreadsheet column. */
function toLetters(value: number): string {
  if (value < 1) return '';
  return String.fromCharCode(65 + ((value - 1) % 26)).repeat(Math.floor((value - 1) / 26) + 1);
}

// ---------------------------------------------------------------------------------------------------------
// Rendering: blocks (paragraphs and tables) to lines.

/** Elements whose content is shown as if they were not there (content controls, tracked insertions, links…). */
const transparentElements = new Set([
  'w:sdt', 'w:sdtContent', 'w:customXml', 'w:smartTag', 'w:ins', 'w:moveTo', 'w:hyperlink', 'w:fldSimple',
  'w:dir', 'w:bdo', 'mc:AlternateContent', 'mc:Choice',
]);

/** Elements whose text is not on the page: tracked deletions and the legacy fallback of AlternateContent. */
const skippedElements = new Set(['w:del', 'w:moveFrom', 'mc:Fallback', 'w:pPr', 'w:rPr', 'w:sectPr']);

function renderBlocks(container: XmlElement, context: RenderContext): string[] {
  const lines: string[] = [];
  for (const child of elementChildren(container)) {
    if (child.name === 'w:p') lines.push(...renderParagraph(child, context));
    else if (child.name === 'w:tbl') lines.push(...renderTable(child, context));
    else if (transparentElements.has(child.name)) lines.push(...renderBlocks(child, context));
  }
  return lines;
}

/** One line, or several when the paragraph has manual line breaks; text boxes anchored in it follow it. */
function renderParagraph(paragraph: XmlElement, context: RenderContext): string[] {
  context.paragraphs++;
  const numbering = paragraphNumbering(childElement(paragraph, 'w:pPr'), context);
  const marker = numbering ? nextMarker(numbering.numId, numbering.level, context) : '';
  const anchored: string[] = [];
  const text = inlineText(paragraph, context, anchored);
  const line = marker && text ? `${marker} ${text}` : marker || text;
  return [...line.split('\n').map(closePlaceholders), ...anchored];
}

function inlineText(element: XmlElement, context: RenderContext, anchored: string[]): string {
  let text = '';
  for (const child of elementChildren(element)) {
    if (child.name === 'w:r') text += runText(child, context, anchored);
    else if (transparentElements.has(child.name)) text += inlineText(child, context, anchored);
  }
  return text;
}

const runCharacters = new Map([
  ['w:tab', '\t'],
  ['w:ptab', '\t'],
  ['w:br', '\n'],
  ['w:cr', '\n'],
  ['w:noBreakHyphen', '-'],
]);

function runText(run: XmlElement, context: RenderContext, anchored: string[]): string {
  // Hidden text (w:vanish) is not part of what the reader sees.
  if (isOn(childElement(childElement(run, 'w:rPr') ?? emptyElement, 'w:vanish'))) return '';
  let text = '';
  for (const child of elementChildren(run)) {
    if (child.name === 'w:t') text += child.children.filter((node) => typeof node === 'string').join('');
    else if (runCharacters.has(child.name)) text += runCharacters.get(child.name);
    else if (!skippedElements.has(child.name)) anchored.push(...textBoxLines(child, context));
  }
  return text;
}

/** Text boxes (w:txbxContent inside drawings, VML shapes or AlternateContent), rendered as blocks of their own. */
function textBoxLines(element: XmlElement, context: RenderContext): string[] {
  if (element.name === 'w:txbxContent') return renderBlocks(element, context);
  if (skippedElements.has(element.name)) return [];
  return elementChildren(element).flatMap((child) => textBoxLines(child, context));
}

/**
 * A data table: one line per row, cells joined by TAB. Inside a cell, paragraphs (and the rows of a nested
 * table) are joined by a space and TABs become spaces, so a row stays one line and TAB only ever separates
 * cells. A layout table (isLayoutTable) is read cell by cell instead, each paragraph a line of its own.
 */
function renderTable(table: XmlElement, context: RenderContext): string[] {
  context.tables++;
  const rows = childrenThrough(table, 'w:tr').map((row) => childrenThrough(row, 'w:tc'));
  if (isLayoutTable(rows)) return rows.flatMap((cells) => cells.flatMap((cell) => layoutCellLines(renderBlocks(cell, context))));
  return rows.map((cells) => cells.map((cell) => flattenCell(renderBlocks(cell, context))).join('\t'));
}

/**
 * Word lays the Nghị định 30 header (issuer | quốc hiệu; số | địa danh, ngày) and the signature (Nơi nhận |
 * signer) out as borderless tables of one or two rows and two cells (real b01, b04, b15: 2×2, 3×2 and 1×2);
 * task tables have a header row of four or more columns, or many rows. So: at most four rows of at most
 * three cells is a layout table.
 */
function isLayoutTable(rows: XmlElement[][]): boolean {
  return rows.length > 0 && rows.length <= 4 && rows.every((cells) => cells.length <= 3);
}

/**
 * The lines of one layout cell: each paragraph on its own, empty ones (the space left for a signature)
 * dropped, TABs and runs of spaces (blanks left for a hand-written number or day: "Số:           /KH-UBND",
 * "ngày       tháng 12") one space, as a plan typed in a text editor has them.
 */
function layoutCellLines(lines: string[]): string[] {
  return lines.map((line) => line.replace(/[\t ]+/g, ' ').trim()).filter((line) => line !== '');
}

function flattenCell(lines: string[]): string {
  return lines
    .map((line) => line.replace(/\t/g, ' ').trim())
    .filter((line) => line !== '')
    .join(' ');
}

/** Children named `name`, looking through content controls and other transparent wrappers. */
function childrenThrough(element: XmlElement, name: string): XmlElement[] {
  return elementChildren(element).flatMap((child) => {
    if (child.name === name) return [child];
    return transparentElements.has(child.name) ? childrenThrough(child, name) : [];
  });
}
