// Cross-references to the plan's own parts: "mục 1, 2.2, 2.7 của Phần II", "tại điểm a mục 2.3, điểm a
// mục 2.4 của Phần II", "Riêng mục 2.5 Phần II", "điểm b khoản 2 mục II", "khoản 2 Điều 1", "Phụ lục I
// kèm theo". One reference per target, resolved to a section id (or an appendix id "PL1"); a reference
// followed by another document's name ("Điều 5 Nghị định 30/2020/NĐ-CP") is a citation, not ours.

import { docTypeNamesPattern } from '../domain/doc-types.js';
import { romanToNumber } from '../segment/index.js';
import type { Span } from '../util/span.js';

export interface RawReference {
  /** The words that name the target: "mục 2.2", "điểm a mục 2.3 của Phần II". */
  raw: string;
  span: Span;
  /** Section or appendix id as the words build it, before resolution: "II.2.3.a", "PL1". */
  path: string;
  kind: 'section' | 'appendix';
}

interface Entry {
  point?: string;
  clause?: string;
  item?: string;
  start: number;
  end: number;
}

const level = String.raw`(?:điểm|Điểm)\s+[a-zđ](?!\p{L}|\p{M}|\d)\)?|(?:khoản|Khoản)\s+\d{1,2}(?![\d.]\d)|(?:mục|Mục|tiểu mục)\s+(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2}){0,3})(?!\p{L}|\p{M}|\d)`;
const scope = String.raw`(?:Phần|phần|PHẦN)\s+(?:[IVX]{1,5}|thứ\s+\p{L}+)(?!\p{L}|\p{M}|\d)|(?:Điều|điều)\s+\d{1,2}(?!\p{L}|\p{M}|\d)`;
// A chain: levels and bare numbers joined by "," / "và", then an optional scope after "của"/"tại".
const chain = new RegExp(
  String.raw`(?:${level})(?:(?:\s*,\s*|\s+và\s+|\s+)(?:${level}|\d{1,2}(?:\.\d{1,2}){0,3}(?!\p{L}|\p{M}|\d|[/])))*(?:,?\s+(?:của\s+|tại\s+|thuộc\s+)?(?:${scope}))?|(?:${scope})`,
  'gu',
);
const appendixRef = /(?<!\p{L}|\p{M})(?:Phụ lục|phụ lục|PHỤ LỤC)(?:\s+(?:số\s+)?([IVX]{1,5}|\d{1,2}))?(?!\p{L}|\p{M}|\d)/gu;
// Another document named right after: the reference is part of a citation.
const otherDocument = new RegExp(String.raw`^\s*(?:của\s+|tại\s+)?(?:${docTypeNamesPattern}|Văn bản)(?!\p{L}|\p{M})(?!\s+này)`, 'u');
const ordinalWords: Record<string, number> = { nhất: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9, mười: 10 };

function partId(word: string): string {
  const ordinal = /^thứ\s+(\p{L}+)$/u.exec(word);
  if (ordinal) return `P${ordinalWords[ordinal[1]!.toLowerCase()] ?? ordinal[1]}`;
  return word.toUpperCase();
}

/** Reads one chain into its entries and scope. */
function readChain(text: string, start: number): { entries: Entry[]; part?: string; article?: string; scopeEnd: number } {
  const entries: Entry[] = [];
  let current: Entry | null = null;
  let lastKind: 'point' | 'clause' | 'item' | null = null;
  let part: string | undefined;
  let article: string | undefined;
  const token = /(điểm|Điểm|khoản|Khoản|mục|Mục|tiểu mục)\s+([^\s,)]+)\)?|(Phần|phần|PHẦN)\s+(thứ\s+\p{L}+|[IVX]+)|(Điều|điều)\s+(\d+)|(\d{1,2}(?:\.\d{1,2}){0,3})|(,|\svà\s)/gu;
  let scopeEnd = start;
  for (const m of text.matchAll(token)) {
    const at = start + m.index;
    const end = at + m[0].length;
    if (m[3]) {
      part = partId(m[4]!);
      scopeEnd = end;
      continue;
    }
    if (m[5]) {
      article = m[6]!;
      scopeEnd = end;
      continue;
    }
    if (m[8]) {
      // "," or "và" closes the entry; the next level word opens a new one.
      if (current) entries.push(current);
      current = null;
      continue;
    }
    const kind: 'point' | 'clause' | 'item' | null = m[1] ? levelWord[m[1].toLowerCase()] ?? null : lastKind;
    const value = (m[2] ?? m[7])!.replace(/\)$/u, '');
    if (!kind) continue;
    // A level already set in the open entry starts a new one ("mục 1 mục 2" never happens; "điểm a mục 2.3" fills one).
    if (!current || current[kind] !== undefined || order(kind) <= maxOrder(current)) {
      if (current) entries.push(current);
      current = { start: at, end };
    }
    current[kind] = value;
    current.end = end;
    lastKind = kind;
    scopeEnd = end;
  }
  if (current) entries.push(current);
  return { entries, ...(part !== undefined ? { part } : {}), ...(article !== undefined ? { article } : {}), scopeEnd };
}

const levelOrder = { point: 0, clause: 1, item: 2 } as const;
const levelWord: Record<string, 'point' | 'clause' | 'item'> = { điểm: 'point', khoản: 'clause', mục: 'item', 'tiểu mục': 'item' };
const order = (kind: keyof typeof levelOrder) => levelOrder[kind];
function maxOrder(entry: Entry): number {
  // Levels run from small to large in Vietnamese ("điểm a khoản 2 mục II"): a smaller one after a larger starts anew.
  let max = -1;
  if (entry.point !== undefined) max = Math.max(max, 0);
  if (entry.clause !== undefined) max = Math.max(max, 1);
  if (entry.item !== undefined) max = Math.max(max, 2);
  return max;
}

function entryPath(entry: Entry, part: string | undefined, article: string | undefined): string {
  const segments: string[] = [];
  if (article) segments.push(`D${article}`);
  // "mục II" is a part by itself.
  if (entry.item && /^[IVX]+$/.test(entry.item)) segments.push(entry.item);
  else {
    if (part) segments.push(part);
    if (entry.item) segments.push(...entry.item.split('.'));
  }
  if (entry.clause) segments.push(entry.clause);
  if (entry.point) segments.push(entry.point.toLowerCase());
  return segments.join('.');
}

/** Every cross-reference in a piece of text that starts at `offset`. */
export function findReferences(text: string, offset: number): RawReference[] {
  const out: RawReference[] = [];
  chain.lastIndex = 0;
  for (let m = chain.exec(text); m; m = chain.exec(text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (otherDocument.test(after)) continue;
    const start = offset + m.index;
    const read = readChain(m[0], start);
    if (read.entries.length === 0) {
      // "Phần II" / "Điều 2" alone.
      const path = read.article ? `D${read.article}` : read.part;
      if (path) out.push({ raw: m[0], span: { start, end: start + m[0].length }, path, kind: 'section' });
      continue;
    }
    read.entries.forEach((entry, i) => {
      const last = i === read.entries.length - 1;
      const end = last ? read.scopeEnd : entry.end;
      out.push({ raw: text.slice(entry.start - offset, end - offset), span: { start: entry.start, end }, path: entryPath(entry, read.part, read.article), kind: 'section' });
    });
  }
  appendixRef.lastIndex = 0;
  for (let m = appendixRef.exec(text); m; m = appendixRef.exec(text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (otherDocument.test(after)) continue;
    const number = m[1] ? (/^\d+$/.test(m[1]) ? Number(m[1]) : romanToNumber(m[1])) : null;
    out.push({ raw: m[0], span: { start: offset + m.index, end: offset + m.index + m[0].length }, path: number ? `PL${number}` : 'PL', kind: 'appendix' });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/**
 * The section id a reference names: the path itself, else the one section whose id ends with it
 * (preferring the plan's task parts), else null.
 */
export function resolveReference(ref: RawReference, sectionIds: readonly string[], taskIds: ReadonlySet<string>, appendixIds: readonly string[]): string | null {
  if (ref.kind === 'appendix') {
    if (appendixIds.includes(ref.path)) return ref.path;
    // "Phụ lục kèm theo" with one appendix, or "Phụ lục I" when the only appendix has no number.
    if (appendixIds.length === 1 && (ref.path === 'PL' || appendixIds[0] === 'PL')) return appendixIds[0]!;
    return null;
  }
  if (sectionIds.includes(ref.path)) return ref.path;
  // "Phần II" typed where the outline numbers parts "P2"; "mục 2.3" without its part.
  const alternatives = [ref.path.replace(/^([IVX]+)(?=\.|$)/, (r) => `P${romanToNumber(r)}`)];
  for (const alt of alternatives) if (sectionIds.includes(alt)) return alt;
  if (/^[IVXDP]/.test(ref.path)) return null;
  const suffix = sectionIds.filter((id) => id.endsWith(`.${ref.path}`));
  if (suffix.length === 1) return suffix[0]!;
  const inTasks = suffix.filter((id) => taskIds.has(id));
  return inTasks.length >= 1 ? inTasks[0]! : null;
}
