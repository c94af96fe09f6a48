// A tiny .docx writer for tests: one paragraph per line, TAB lines as table rows, and optionally Word's
// automatic numbering in place of typed "I.", "1.", "a)" and "- " markers, as offices number their plans.

import { zipBytes } from './archives.js';

export interface TextToDocxOptions {
  /** Replace typed markers ("I. ", "1. ", "a) ", "- ") by w:numPr into numbering.xml, as Word's lists do. */
  autoNumbering?: boolean;
}

const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const relationshipType = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** One paragraph per line; consecutive lines with a TAB are the rows of one table, cells split at the TABs. */
export function textToDocx(text: string, options: TextToDocxOptions = {}): Uint8Array {
  const numbering = options.autoNumbering ? new NumberingWriter() : undefined;
  const body = bodyXml(text.split(/\r?\n/), numbering);
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${wordNamespace}" xmlns:r="${relationshipType}"><w:body>${body}<w:sectPr/></w:body></w:document>`;
  return docxPackage({ document, styles: stylesXml(), ...(numbering ? { numbering: numbering.xml() } : {}) });
}

export interface DocxParts {
  document: string;
  styles?: string;
  numbering?: string;
}

/** A package from hand-written parts, with the content types and relationships Word itself writes. */
export function docxPackage(parts: DocxParts): Uint8Array {
  const override = (name: string, type: string) => `<Override PartName="/word/${name}.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${type}+xml"/>`;
  const contentTypes = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
    '<Default Extension="xml" ContentType="application/xml"/>',
    override('document', 'document.main'),
    parts.styles ? override('styles', 'styles') : '',
    parts.numbering ? override('numbering', 'numbering') : '',
    '</Types>',
  ].join('');
  const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relationshipType}/officeDocument" Target="word/document.xml"/></Relationships>`;
  const documentRels = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">',
    parts.styles ? `<Relationship Id="rId1" Type="${relationshipType}/styles" Target="styles.xml"/>` : '',
    parts.numbering ? `<Relationship Id="rId2" Type="${relationshipType}/numbering" Target="numbering.xml"/>` : '',
    '</Relationships>',
  ].join('');
  return zipBytes([
    { name: '[Content_Types].xml', data: contentTypes },
    { name: '_rels/.rels', data: rootRels },
    { name: 'word/document.xml', data: parts.document },
    { name: 'word/_rels/document.xml.rels', data: documentRels },
    ...(parts.styles ? [{ name: 'word/styles.xml', data: parts.styles }] : []),
    ...(parts.numbering ? [{ name: 'word/numbering.xml', data: parts.numbering }] : []),
  ]);
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function bodyXml(lines: string[], numbering: NumberingWriter | undefined): string {
  const blocks: string[] = [];
  let rows: string[] = [];
  const flushTable = () => {
    if (rows.length > 0) blocks.push(`<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${rows.join('')}</w:tbl>`);
    rows = [];
  };
  for (const line of lines) {
    if (line.includes('\t')) {
      rows.push(`<w:tr>${line.split('\t').map((cell) => `<w:tc>${paragraphXml(cell, undefined)}</w:tc>`).join('')}</w:tr>`);
      continue;
    }
    flushTable();
    blocks.push(paragraphXml(line, numbering));
  }
  flushTable();
  return blocks.join('');
}

function paragraphXml(line: string, numbering: NumberingWriter | undefined): string {
  const numbered = numbering?.take(line);
  const text = numbered ? numbered.text : line;
  const properties = numbered ? `<w:pPr><w:numPr><w:ilvl w:val="${numbered.level}"/><w:numId w:val="${numbered.numId}"/></w:numPr></w:pPr>` : '';
  const run = text === '' ? '' : `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
  return `<w:p>${properties}${run}</w:p>`;
}

function stylesXml(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${wordNamespace}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`;
}

interface ListLevel {
  format: 'upperRoman' | 'decimal' | 'lowerLetter' | 'bullet';
  text: string;
  /** Finds the typed marker and its number (0 for a bullet). */
  match: (line: string) => { value: number; rest: string } | undefined;
}

const listLevels: ListLevel[] = [
  { format: 'upperRoman', text: '%1.', match: (line) => typedMarker(line, /^([IVXLCDM]+)\. (?=\S)/, fromRoman) },
  { format: 'decimal', text: '%2.', match: (line) => typedMarker(line, /^(\d+)\. (?=\S)/, fromDecimal) },
  { format: 'lowerLetter', text: '%3)', match: (line) => typedMarker(line, /^([a-z])\) (?=\S)/, (s) => s.charCodeAt(0) - 96) },
  { format: 'bullet', text: '\uF0B7', match: (line) => typedMarker(line, /^(-) (?=\S)/, () => 0) },
];

function typedMarker(line: string, pattern: RegExp, valueOf: (marker: string) => number | undefined) {
  const found = pattern.exec(line);
  const value = found ? valueOf(found[1]!) : undefined;
  return found && value !== undefined ? { value, rest: line.slice(found[0].length) } : undefined;
}

function fromDecimal(digits: string): number | undefined {
  const value = Number(digits);
  return String(value) === digits && value > 0 ? value : undefined;
}

/** Only canonical numerals ("IV", not "IIII"), so what Word would print is exactly what was typed. */
function fromRoman(numeral: string): number | undefined {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = values[numeral[i]!]!;
    const next = values[numeral[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return toRoman(total) === numeral ? total : undefined;
}

function toRoman(value: number): string {
  const numerals: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = value;
  let roman = '';
  for (const [amount, numeral] of numerals) for (; rest >= amount; rest -= amount) roman += numeral;
  return roman;
}

/**
 * Simulates Word's counters (per numId, deeper levels restart when a higher one advances); when the typed
 * number is not the one Word would print next, it starts a new w:num whose w:startOverride gives that number.
 */
class NumberingWriter {
  /** Each w:num after the first restarts one level at a given number. */
  private readonly overrides: { numId: number; level: number; start: number }[] = [];
  private numId = 1;
  /** Last number used at each level of the current w:num; undefined when unused or restarted. */
  private counts: (number | undefined)[] = [];

  take(line: string): { text: string; level: number; numId: number } | undefined {
    for (const [level, definition] of listLevels.entries()) {
      const found = definition.match(line);
      if (!found) continue;
      if (definition.format !== 'bullet' && this.nextValue(level) !== found.value) this.restartAt(level, found.value);
      this.counts[level] = found.value;
      for (let deeper = level + 1; deeper < listLevels.length; deeper++) this.counts[deeper] = undefined;
      return { text: found.rest, level, numId: this.numId };
    }
    return undefined;
  }

  /** A level never used, or restarted, begins at its start: 1, or this w:num's override. */
  private nextValue(level: number): number {
    const count = this.counts[level];
    if (count !== undefined) return count + 1;
    const override = this.overrides.find((o) => o.numId === this.numId && o.level === level);
    return override?.start ?? 1;
  }

  private restartAt(level: number, start: number): void {
    this.numId = this.overrides.length + 2;
    this.overrides.push({ numId: this.numId, level, start });
    this.counts = [];
  }

  xml(): string {
    const levels = listLevels
      .map((definition, level) => `<w:lvl w:ilvl="${level}"><w:start w:val="1"/><w:numFmt w:val="${definition.format}"/><w:lvlText w:val="${definition.text}"/><w:lvlJc w:val="left"/></w:lvl>`)
      .join('');
    const overrides = this.overrides
      .map((o) => `<w:num w:numId="${o.numId}"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="${o.level}"><w:startOverride w:val="${o.start}"/></w:lvlOverride></w:num>`)
      .join('');
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${wordNamespace}"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>${levels}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>${overrides}</w:numbering>`;
  }
}
