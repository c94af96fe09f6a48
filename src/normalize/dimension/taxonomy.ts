// The index taxonomy (src/domain/taxonomy.json) as flat, matchable entries: every dimension and
// sub-dimension with the keys of all the names it goes by.

import taxonomyData from '../../domain/taxonomy.json' with { type: 'json' };
import { asciiKey, labelKey } from './label-text.js';

export type NameKind = 'exact' | 'alias';

export interface EntryName {
  text: string;
  kind: NameKind;
  key: string;
  ascii: string;
  tokens: string[];
  asciiTokens: string[];
  /** Content syllables (function words left out), for the cheap "anything in common?" test. */
  tokenSet: ReadonlySet<string>;
  asciiTokenSet: ReadonlySet<string>;
  /** Position in `allNames` (set once the taxonomy is built): the matcher counts by it. */
  id: number;
}

export interface TaxonomyEntry {
  /** Index code as in PlanDocument.indices: PAPI, PAR_INDEX, SIPAS, PCI. */
  index: string;
  /** Scheme id: PAPI2018, PAPI2009, PAR2022, SIPAS2022, PCI. */
  scheme: string;
  code: string;
  /** Official Vietnamese name: the label every match reports. */
  label: string;
  en: string;
  level: 'dimension' | 'subdimension';
  parentCode: string | null;
  /** Position among its siblings, from 1 ("nội dung thứ hai" → 2). */
  ordinal: number;
  names: EntryName[];
}

interface RawDimension {
  code: string;
  vi: string;
  en: string;
  aliases: string[];
  planAliases?: string[];
  formerNames?: Array<{ name: string }>;
  equivalent?: string;
  subdimensions?: RawDimension[];
}

interface RawIndex {
  code: string;
  schemes: Array<{ id: string; from: number; to: number | null; dimensions: RawDimension[] }>;
}

export interface Scheme {
  id: string;
  index: string;
  from: number;
  to: number | null;
}

// Function words: sharing only these says nothing about two labels being the same.
const functionWords = new Set(['của', 'và', 'trong', 'với', 'các', 'ở', 'cấp', 'đối', 'về', 'cho', 'tại', 'có', 'được', 'những', 'việc', 'người', 'the', 'of', 'in', 'and', 'to']);
// A syllable's answer is kept: the taxonomy's ~700 names and every heading ask it of the same few
// thousand syllables, and the NFD form it needs was half of the taxonomy's build at start-up.
const contentAnswers = new Map<string, boolean>();
export const isContentSyllable = (syllable: string): boolean => {
  let answer = contentAnswers.get(syllable);
  if (answer === undefined) {
    answer = !functionWords.has(syllable) && !functionWords.has(syllable.normalize('NFD').replace(/\p{M}/gu, ''));
    if (contentAnswers.size >= 50_000) contentAnswers.clear();
    contentAnswers.set(syllable, answer);
  }
  return answer;
};

function nameOf(text: string, kind: NameKind): EntryName {
  const key = labelKey(text);
  const ascii = asciiKey(key);
  const tokens = key.split(' ');
  const asciiTokens = ascii.split(' ');
  const content = (ts: string[]) => new Set(ts.filter(isContentSyllable));
  return { text, kind, key, ascii, tokens, asciiTokens, tokenSet: content(tokens), asciiTokenSet: content(asciiTokens), id: -1 };
}

function buildEntries(): { entries: TaxonomyEntry[]; schemes: Scheme[] } {
  const entries: TaxonomyEntry[] = [];
  const schemes: Scheme[] = [];
  const raw = new Map<string, RawDimension>();
  const visit = (index: string, scheme: string, d: RawDimension, parentCode: string | null, ordinal: number) => {
    raw.set(d.code, d);
    const texts: Array<[string, NameKind]> = [
      [d.vi, 'exact'],
      ...d.aliases.map((a): [string, NameKind] => [a, 'alias']),
      ...(d.planAliases ?? []).map((a): [string, NameKind] => [a, 'alias']),
      ...(d.formerNames ?? []).map((f): [string, NameKind] => [f.name, 'alias']),
      [d.en, 'alias'],
    ];
    entries.push({
      index,
      scheme,
      code: d.code,
      label: d.vi,
      en: d.en,
      level: parentCode ? 'subdimension' : 'dimension',
      parentCode,
      ordinal,
      names: texts.map(([t, k]) => nameOf(t, k)),
    });
    d.subdimensions?.forEach((s, n) => visit(index, scheme, s, d.code, n + 1));
  };
  for (const index of taxonomyData.indices as RawIndex[]) {
    for (const scheme of index.schemes) {
      schemes.push({ id: scheme.id, index: index.code, from: scheme.from, to: scheme.to });
      scheme.dimensions.forEach((d, n) => visit(index.code, scheme.id, d, null, n + 1));
    }
  }
  // Equivalent entries of the two PAPI schemes answer to each other's names.
  const byCode = new Map(entries.map((e) => [e.code, e]));
  for (const [code, d] of raw) {
    if (!d.equivalent) continue;
    const older = byCode.get(code)!;
    const newer = byCode.get(d.equivalent)!;
    const olderOwn = older.names.slice();
    older.names.push(...newer.names.map((n) => ({ ...n, kind: 'alias' as const })));
    newer.names.push(...olderOwn.map((n) => ({ ...n, kind: 'alias' as const })));
  }
  for (const e of entries) {
    const seen = new Set<string>();
    e.names = e.names.filter((n) => n.key.length > 0 && !seen.has(n.key) && seen.add(n.key));
  }
  return { entries, schemes };
}

const built = buildEntries();

/** Every dimension and sub-dimension of every scheme. */
export const taxonomyEntries: readonly TaxonomyEntry[] = built.entries;
export const taxonomySchemes: readonly Scheme[] = built.schemes;
const entryByCode = new Map(taxonomyEntries.map((e) => [e.code, e]));
const allNames: EntryName[] = taxonomyEntries.flatMap((e) => e.names);
allNames.forEach((name, id) => (name.id = id));
const entryByName: TaxonomyEntry[] = taxonomyEntries.flatMap((e) => e.names.map(() => e));

/** The entry a name belongs to. */
export const entryOfName = (name: EntryName): TaxonomyEntry => entryByName[name.id]!;
// A name's content syllables are few (under 40): a byte per name counts them.
const shareCounts = new Uint8Array(allNames.length);

// Content syllable → the names that contain it, in both spaces: the matcher scores only names that
// share enough with a heading instead of every name of every entry.
function syllableIndex(pick: (n: EntryName) => ReadonlySet<string>): Map<string, EntryName[]> {
  const index = new Map<string, EntryName[]>();
  for (const entry of taxonomyEntries) {
    for (const name of entry.names) {
      for (const syllable of pick(name)) {
        const list = index.get(syllable);
        if (list) list.push(name);
        else index.set(syllable, [name]);
      }
    }
  }
  return index;
}
const namesBySyllable = syllableIndex((n) => n.tokenSet);
const namesByAsciiSyllable = syllableIndex((n) => n.asciiTokenSet);

/**
 * The names sharing at least two content syllables with `syllables` (or all of theirs, when they have
 * fewer): the only ones worth scoring.
 */
export function namesSharingSyllables(syllables: readonly string[], ascii: boolean): Set<EntryName> {
  const index = ascii ? namesByAsciiSyllable : namesBySyllable;
  // Counted in an array by name id (it runs for every form of every heading read), reset as it is read.
  const touched: number[] = [];
  for (const syllable of new Set(syllables)) {
    for (const name of index.get(syllable) ?? []) if (shareCounts[name.id]!++ === 0) touched.push(name.id);
  }
  const out = new Set<EntryName>();
  for (const id of touched) {
    const name = allNames[id]!;
    if (shareCounts[id]! >= Math.min(2, (ascii ? name.asciiTokenSet : name.tokenSet).size)) out.add(name);
    shareCounts[id] = 0;
  }
  return out;
}

export function entryOf(code: string): TaxonomyEntry | undefined {
  return entryByCode.get(code);
}

/** The index codes the matcher knows dimensions for. */
export const indicesWithDimensions: readonly string[] = [...new Set(taxonomyEntries.map((e) => e.index))];
