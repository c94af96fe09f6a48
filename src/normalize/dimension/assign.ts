// Every section of a plan → the dimension its heading names, read in the document's context: the
// indices it works on, the PAPI scheme its own headings show, the enclosing section's dimension or index.

import { findIndices } from '../../extract/indices.js';
import type { OutlineItem, Section } from '../../outline/index.js';
import { flattenTree } from '../../util/tree.js';
import { type DimensionContext, type DimensionMatch, matchDimension } from './match.js';

export interface DocumentContext {
  /** Index codes the plan works on, most mentioned first. */
  indices: readonly string[];
  /** The index year: the PAPI period's first year, else the year of issue. */
  year: number | null;
  /** The plan's whole text (normalized), for statements like "06 nội dung chỉ số PAPI". */
  text: string;
}

// Codes only one PAPI scheme has (indices.md §1.3–1.4): a heading naming one of them shows the scheme.
const only2009 = new Set(['PAPI2009.3.2', 'PAPI2009.3.3']);
const only2018 = /^PAPI\.(?:7|8|2\.1|3\.2|3\.3)(?:\.|$)/;
const countWord = (n: string) => `(?:0?${n}|${n === '6' ? 'sáu' : 'tám'})`;
const dimensionCount = (n: string) =>
  new RegExp(`${countWord(n)}\\s+(?:chỉ số\\s+)?(?:nội dung|lĩnh vực(?: nội dung)?|trục nội dung)(?:\\s+(?:chỉ số|của chỉ số|thuộc chỉ số|của))?\\s+(?:papi|hiệu quả quản trị)`, 'iu');
const sixDimensions = dimensionCount('6');
const eightDimensions = dimensionCount('8');

// Items that head what follows them as an unnumbered heading would: "- Chỉ số thành phần “Thủ tục hành
// chính công”: bảo đảm …" (the words before the colon), a line alone "Cung ứng dịch vụ công" or
// "“Quản trị môi trường”" (a bold paragraph of an export, no number). Evidence: real-like r11; the issue's
// "dimension headings without numbering, as bullets". Read only in plans that name an index, fuzzy
// readings only when close.
const itemFuzzyFloor = 0.85;
const maxLabelWords = 15;

/** The words of an item that may name a dimension, or null. */
export function itemLabel(text: string): string | null {
  const colon = text.indexOf(':');
  const label = colon > 0 && colon <= 120 ? text.slice(0, colon) : /[.;,:!?]$/u.test(text) ? null : text;
  if (!label) return null;
  const words = label.trim().split(/\s+/u).length;
  return words >= 2 && words <= maxLabelWords ? label.trim() : null;
}

// Parts of a plan that never name a dimension: no need to read their headings.
const partsWithoutDimensions = new Set(['purpose_requirements', 'purpose', 'requirement', 'schedule', 'reporting', 'funding', 'appendix']);

/**
 * Which PAPI scheme the plan's own words show: 002 (2019) lists six dimensions with "Ban Thanh tra
 * nhân dân" under accountability, so it reads in the 2009 scheme. Null when they do not say.
 */
export function papiSchemeShown(sections: readonly Section[], doc: DocumentContext): 'PAPI2009' | 'PAPI2018' | null {
  if (!doc.indices.includes('PAPI')) return null;
  const headings = flattenTree(sections.filter((s) => !partsWithoutDimensions.has(s.kind)))
    .map((s) => s.heading)
    .filter((h) => h.length > 0);
  let old = 0;
  let current = 0;
  const dimensionsSeen = new Set<number>();
  for (const heading of headings) {
    // Both schemes at once: on a tie (the names they share) the 2018 entry comes first.
    const reading = matchDimension(heading, { indices: ['PAPI'], scheme: 'any' });
    if (!reading || reading.confidence < 0.9) continue;
    if (only2009.has(reading.code)) old++;
    if (only2018.test(reading.code)) current++;
    const dimension = /^PAPI(?:2009)?\.(\d)$/.exec(reading.code);
    if (dimension) dimensionsSeen.add(Number(dimension[1]));
  }
  // Ingest already unified NFC and tone placement; the patterns ignore case.
  if (sixDimensions.test(doc.text)) old++;
  if (eightDimensions.test(doc.text)) current++;
  // All six old dimensions in sequence and neither of the two added in 2018.
  if ([1, 2, 3, 4, 5, 6].every((n) => dimensionsSeen.has(n)) && !dimensionsSeen.has(7) && !dimensionsSeen.has(8)) old++;
  if (old > current) return 'PAPI2009';
  if (current > old) return 'PAPI2018';
  return null;
}

export type DimensionNote = (code: 'normalize/dimension-fuzzy' | 'normalize/papi-scheme', message: string, section?: Section) => void;

/**
 * The dimension of every section (by object), top-down so each reads its parent's, and the PAPI scheme
 * the headings showed (for other labels of the same plan, such as table group rows).
 */
export function assignDimensions(
  sections: readonly Section[],
  doc: DocumentContext,
  note: DimensionNote = () => {},
): { dimensions: Map<Section, DimensionMatch | null>; items: Map<OutlineItem, DimensionMatch>; scheme: 'PAPI2009' | 'PAPI2018' | null } {
  const out = new Map<Section, DimensionMatch | null>();
  const items = new Map<OutlineItem, DimensionMatch>();
  const scheme = papiSchemeShown(sections, doc);
  const byYear = doc.year !== null && doc.year <= 2017 ? 'PAPI2009' : 'PAPI2018';
  if (scheme && scheme !== byYear) {
    note('normalize/papi-scheme', `The headings show the PAPI ${scheme === 'PAPI2009' ? '2009–2017 scheme (six dimensions)' : '2018 scheme (eight dimensions)'}; its codes are used whatever the year${doc.year ? ` (${doc.year})` : ''}.`);
  }
  const visit = (section: Section, parentCode: string | null, parentIndex: string | null) => {
    let match: DimensionMatch | null = null;
    if (section.level === 1 && partsWithoutDimensions.has(section.kind)) return;
    if (section.heading.length > 0) {
      const context: DimensionContext = { indices: doc.indices, year: doc.year, parentCode, parentIndex, scheme };
      match = matchDimension(section.heading, context);
      if (match?.matchedBy === 'fuzzy') {
        note('normalize/dimension-fuzzy', `“${section.heading}” read as ${match.code} “${match.label}” by similarity ${match.confidence}.`, section);
      }
    }
    out.set(section, match);
    if (doc.indices.length > 0) {
      for (const item of section.items) {
        const label = itemLabel(item.text);
        if (!label) continue;
        const context: DimensionContext = { indices: doc.indices, year: doc.year, parentCode: match?.code ?? parentCode, parentIndex, scheme };
        const named = matchDimension(label, context);
        if (named && named.matchedBy !== 'ordinal' && (named.matchedBy !== 'fuzzy' || named.confidence >= itemFuzzyFloor)) items.set(item, named);
      }
    }
    // A section that names one index ("Đối với Chỉ số PAR INDEX") makes its subtree read that index.
    const named = match ? null : findIndices(section.heading, []).map((i) => i.code);
    const childIndex = named && named.length === 1 ? named[0]! : parentIndex;
    for (const child of section.children) visit(child, match?.code ?? parentCode, match ? null : childIndex);
  };
  for (const section of sections) visit(section, null, null);
  return { dimensions: out, items, scheme };
}
