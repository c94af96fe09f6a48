// Heading text (+ what the document says around it) → the dimension it names, or null.
// Exact → alias → ordinal → fuzzy (edit similarity for typos, syllable Dice for reordered or partial
// wording). Thresholds are calibrated on test/fixtures/dimension-labels.jsonl. Rules: docs/dimensions.md.

import indexData from '../../domain/indices.json' with { type: 'json' };
import { asciiKey, foldedHeading, hasDiacritics, keyOfFolded, labelFormsOfFolded, labelKey, ordinalCue, outsideQuotes, type LabelForms } from './label-text.js';
import { isWhiteSpace } from '../../util/fold.js';
import { editSimilarity, tokenDice } from '../../util/similarity.js';
import { entryOf, entryOfName, indicesWithDimensions, namesSharingSyllables, taxonomyEntries, type EntryName, type TaxonomyEntry } from './taxonomy.js';

export type MatchedBy = 'exact' | 'alias' | 'ordinal' | 'fuzzy';

export interface DimensionMatch {
  index: string;
  code: string;
  label: string;
  confidence: number;
  matchedBy: MatchedBy;
}

export interface DimensionContext {
  /** Indices the plan works on (PlanDocument.indices codes), most mentioned first. */
  indices?: readonly string[];
  /** The index year the plan is about (decides the PAPI scheme when nothing else does). */
  year?: number | null;
  /** Dimension code of the enclosing section: its sub-dimensions are read first. */
  parentCode?: string | null;
  /** Index an enclosing section names ("Đối với Chỉ số PAR INDEX"). */
  parentIndex?: string | null;
  /** Scheme the document's own evidence chose ("PAPI2009" for 002's six dimensions); "any" reads both. */
  scheme?: string | null;
}

/** Fuzzy scores at or above these are matches (calibration: test/normalize/dimension-labels.test.ts). */
export interface Thresholds {
  fuzzy: number;
  underParent: number;
  margin: number;
}

export const thresholds: Readonly<Thresholds> = {
  fuzzy: 0.78,
  /** A sub-dimension of the enclosing dimension: the parent already narrows the choice. */
  underParent: 0.72,
  /** The best fuzzy candidate must beat the best other code by this much. */
  margin: 0.03,
};

export interface Candidate {
  entry: TaxonomyEntry;
  score: number;
  matchedBy: MatchedBy;
  /** The taxonomy name that scored, and the heading form it was compared with. */
  name: string;
  form: string;
  tier: number;
  /** Literalness rank of the form that scored (0 = the heading as written). */
  rank: number;
}

// Trailing qualifiers that do not change what is named: "… của tỉnh", "… năm 2024", "… trên địa bàn xã".
const qualifier = /\s+(?:(?:của|tại|ở|trên địa bàn|trong)\s+(?:tỉnh|huyện|quận|xã|phường|thị xã|thị trấn|thành phố|địa phương|đơn vị|sở|ngành|cơ quan)(?:\s+[\p{L}\p{M}\d]+){0,3}|năm\s+\d{4}(?:\s*[-–]\s*\d{4})?|giai đoạn\s+\d{4}\s*[-–]\s*\d{4})$/u;

// What the index itself is called, wrappers off ("Chỉ số cải cách hành chính" → "cải cách hành chính"):
// a heading that names the index as a whole names none of its dimensions.
const indexKeys = new Set(
  indexData.indices.flatMap((i) => [...i.acronyms, ...i.names]).flatMap((n) => {
    const key = labelKey(n);
    const bare = key.replace(/^chỉ số\s+/u, '');
    return [key, bare, asciiKey(key), asciiKey(bare)];
  }),
);

interface Form {
  text: string;
  key: string;
  tokens: string[];
  ascii: string;
  asciiTokens: string[];
  /** Order of literalness: on equal scores the form closer to the heading's own wording wins. */
  rank: number;
  /** A piece of the heading (the first of several dimensions named): only exact or alias matches count. */
  piece: boolean;
  /** The taxonomy names worth scoring against this form (enough syllables in common). */
  worth?: Set<EntryName>;
}

function formOf(text: string, rank: number, piece = false): Form {
  const key = keyOfFolded(text);
  const ascii = asciiKey(key);
  return { text, key, tokens: key.split(' '), ascii, asciiTokens: ascii.split(' '), rank, piece };
}

function formsOf(heading: string, forms: LabelForms): Form[] {
  const out: Form[] = [];
  const outside = outsideQuotes(heading);
  const quotedIsLabel = outside === null || outside.split(' ').filter(Boolean).length <= 3;
  forms.variants.forEach((v) => {
    if (v === forms.quoted && !quotedIsLabel) return; // a quoted label inside a task sentence
    out.push(formOf(v, out.length));
    const unqualified = v.replace(qualifier, '');
    if (unqualified !== v && unqualified.length > 0) out.push(formOf(unqualified, out.length));
  });
  // Several dimensions named in one heading ("Trách nhiệm giải trình, kiểm soát tham nhũng"): the first.
  const bare = forms.variants[forms.variants.length - (forms.quoted ? 2 : 1)] ?? '';
  for (const separator of [/;| và /u, /;|,| và /u]) {
    const first = bare.split(separator)[0]!.trim();
    if (first !== bare && first.split(' ').length >= 2) out.push(formOf(first, out.length, true));
  }
  const seen = new Set<string>();
  return out.filter((f) => f.key.length > 0 && !seen.has(`${f.key}\u0001${f.piece}`) && seen.add(`${f.key}\u0001${f.piece}`));
}

/**
 * Partial wording, scored below an exact match: the heading is the start of the name (five syllables
 * or more: "đổi mới cơ chế quản lý tài chính"), its end covering most of it ("thủ tục hành chính" of
 * "cải cách thủ tục hành chính"), or starts as the name does and keeps its syllables in order over at
 * least half of it ("tính năng động của chính quyền tỉnh" in "tính năng động và tiên phong của chính
 * quyền tỉnh").
 */
function partialScore(heading: readonly string[], name: readonly string[]): number {
  if (heading.length < 3 || heading.length >= name.length) return 0;
  const ratio = heading.length / name.length;
  const prefix = heading.every((syllable, i) => name[i] === syllable);
  if (prefix && heading.length >= 5) return 0.85 + 0.15 * ratio;
  const offset = name.length - heading.length;
  if (ratio >= 0.6 && heading.every((syllable, i) => name[offset + i] === syllable)) return 0.8 + 0.2 * ratio;
  if (heading.length * 2 < name.length || heading[0] !== name[0]) return 0;
  let at = 0;
  for (const syllable of name) if (at < heading.length && syllable === heading[at]) at++;
  return at === heading.length ? 0.8 + 0.2 * ratio : 0;
}

function scoreName(form: Form, name: EntryName, useAscii: boolean, floor = 0): { score: number; matchedBy: MatchedBy } {
  if (form.key === name.key || (useAscii && form.ascii === name.ascii)) return { score: 1, matchedBy: name.kind };
  const a = useAscii ? form.ascii : form.key;
  const b = useAscii ? name.ascii : name.key;
  const at = useAscii ? form.asciiTokens : form.tokens;
  const bt = useAscii ? name.asciiTokens : name.tokens;
  // Cheap test first: a label and a heading with no syllable in common are not the same thing (a typo
  // touches one syllable, not all of them).
  // Edit similarity cannot exceed the length ratio: skip the distance when that is already low.
  // Under `floor` a score decides nothing (scoreEntry): nor is the distance worth computing there.
  const edit = Math.min(a.length, b.length) >= Math.max(0.6, floor) * Math.max(a.length, b.length) ? editSimilarity(a, b) : 0;
  // Dice is at most 2·min/(a+b) syllables; under `floor` it decides nothing, unless the heading is the
  // longer (then it also tells whether the heading holds the whole label, below).
  const dice = floor > 0 && at.length <= bt.length && (2 * at.length) / (at.length + bt.length) < floor ? 0 : tokenDice(at, bt);
  let score = Math.max(edit, dice);
  // Vietnamese phrases are head-first: words in front of a whole label make it the object of something
  // else ("kiểm soát thủ tục hành chính", "công khai thủ tục hành chính" are not "Thủ tục hành chính").
  // The same when the word in front is also in the label, elsewhere: "công khai thủ tục hành chính" holds
  // every word of "Thủ tục hành chính công", but the label's opening words come after "công khai" (real-like r06).
  const holdsWholeLabel = at.length > bt.length && dice * (at.length + bt.length) >= 2 * bt.length;
  const wordsInFront = !bt.includes(at[0]!) || (bt.length >= 3 && at[0] !== bt[0] && runAfterStart(at, bt[0]!, bt[1]!));
  if (holdsWholeLabel && wordsInFront) score = Math.min(score, 0.7);
  return { score: Math.max(score, partialScore(at, bt)), matchedBy: 'fuzzy' };
}

/** Whether the syllables `first second` follow each other in `tokens` after its first syllable. */
function runAfterStart(tokens: readonly string[], first: string, second: string): boolean {
  for (let i = 1; i + 1 < tokens.length; i++) if (tokens[i] === first && tokens[i + 1] === second) return true;
  return false;
}

/**
 * A bound no score of `scoreName` exceeds, from lengths alone: edit similarity is at most the length
 * ratio (and is not computed under 0.6), Dice at most 2·min/(a+b) syllables, a partial reading needs the
 * heading shorter than the name. Sentences read as headings (most of the work) fall under every threshold.
 */
function scoreBound(form: Form, name: EntryName, useAscii: boolean): number {
  const la = useAscii ? form.ascii.length : form.key.length;
  const lb = useAscii ? name.ascii.length : name.key.length;
  const ratio = Math.min(la, lb) / Math.max(la, lb);
  const a = (useAscii ? form.asciiTokens : form.tokens).length;
  const b = (useAscii ? name.asciiTokens : name.tokens).length;
  if (a >= 3 && a < b) return 1;
  return Math.max(ratio >= 0.6 ? ratio : 0, (2 * Math.min(a, b)) / (a + b));
}

function scoreEntry(entry: TaxonomyEntry, forms: Form[], useAscii: boolean, tier: number, floor = 0): Candidate {
  let best: Candidate = { entry, score: 0, matchedBy: 'fuzzy', name: entry.label, form: '', tier, rank: Infinity };
  for (const form of forms) {
    for (const name of entry.names) {
      // A label and a heading with (almost) no syllable in common are not the same thing: a typo
      // touches one syllable, not all of them.
      if (!form.worth!.has(name)) continue;
      // A piece counts only when it is a name outright (below): no similarity to compute for it.
      if (form.piece && form.key !== name.key && !(useAscii && form.ascii === name.ascii)) continue;
      // Only the decision is wanted: a name that cannot reach the lowest threshold is not scored.
      if (floor > 0 && form.key !== name.key && form.ascii !== name.ascii && scoreBound(form, name, useAscii) < floor) continue;
      const { score, matchedBy } = scoreName(form, name, useAscii, floor);
      if (form.piece && matchedBy === 'fuzzy') continue;
      const weighted = form.piece ? score * 0.9 : score;
      const better =
        weighted > best.score ||
        (weighted === best.score && (form.rank < best.rank || (form.rank === best.rank && matchedBy === 'exact' && best.matchedBy === 'alias')));
      if (better) best = { entry, score: weighted, matchedBy, name: name.text, form: form.text, tier, rank: form.rank };
    }
  }
  return best;
}

/**
 * The PAPI scheme in force: the document's evidence, the enclosing section's, the year, else 2018.
 * "any" (used to gather that evidence) reads both schemes at once.
 */
export function papiScheme(context: DimensionContext): 'PAPI2009' | 'PAPI2018' | 'any' {
  if (context.scheme === 'PAPI2009' || context.scheme === 'PAPI2018' || context.scheme === 'any') return context.scheme;
  if (context.parentCode?.startsWith('PAPI2009')) return 'PAPI2009';
  if (context.parentCode?.startsWith('PAPI.')) return 'PAPI2018';
  if (context.year !== null && context.year !== undefined && context.year <= 2017) return 'PAPI2009';
  return 'PAPI2018';
}

/** Indices whose labels are candidates, in order of preference. */
export function candidateIndices(context: DimensionContext): string[] {
  const parent = context.parentCode ? entryOf(context.parentCode)?.index : undefined;
  const preferred = [parent, context.parentIndex ?? undefined].filter((i): i is string => !!i && indicesWithDimensions.includes(i));
  const named = (context.indices ?? []).filter((i) => indicesWithDimensions.includes(i));
  if (preferred.length > 0) return [...new Set(preferred)];
  return named.length > 0 ? named : [...indicesWithDimensions];
}

export interface DimensionReading {
  forms: LabelForms;
  scheme: string;
  indices: string[];
  candidates: Candidate[];
  decision: DimensionMatch | null;
  reason: string;
}

const toMatch = (c: Candidate, confidence: number, matchedBy: MatchedBy): DimensionMatch => ({
  index: c.entry.index,
  code: c.entry.code,
  label: c.entry.label,
  confidence: Math.round(confidence * 1000) / 1000,
  matchedBy,
});

// The entries of the indices and scheme a reading considers, in taxonomy order (ties of the sort keep
// it): a handful of combinations, each filtered once.
const pools = new Map<string, TaxonomyEntry[]>();
function poolOf(indices: readonly string[], scheme: string): TaxonomyEntry[] {
  const key = `${indices.join(',')}\u0001${scheme}`;
  let pool = pools.get(key);
  if (!pool) {
    pool = taxonomyEntries.filter((e) => indices.includes(e.index) && (e.index !== 'PAPI' || scheme === 'any' || e.scheme === scheme));
    pools.set(key, pool);
  }
  return pool;
}

// Longer than any label with its wrappers (PAR.8's name is 20 syllables): a sentence, not a label.
const maxHeadingSyllables = 40;

interface PreparedHeading {
  text: string;
  /** The heading folded (foldedHeading). */
  folded: string;
  useAscii: boolean;
  /** The whole heading shares too little with every label (no form can share more). */
  sharesNothing: boolean;
  /** The heading may name a dimension by its ordinal ("nội dung thứ hai"): ordinalCue holds. */
  mayBeOrdinal: boolean;
  /** Built on first need: the gate above answers most headings without them. */
  forms?: LabelForms;
  headingForms?: Form[];
}

// A heading is read once per context: the PAPI scheme's evidence reads every heading, then the sections
// read them again in their own context, and plans repeat headings. Its forms depend on the text alone.
// Bounded; cleared when full.
const preparedCache = new Map<string, PreparedHeading>();
const preparedCacheSize = 512;

/** Whether `text.split(/\s+/u)` has more than `limit` pieces, counted without splitting. */
function moreWordsThan(text: string, limit: number): boolean {
  let pieces = 1;
  for (let i = 0; i < text.length; i++) {
    if (!isWhiteSpace(text.charCodeAt(i))) continue;
    if (++pieces > limit) return true;
    while (i + 1 < text.length && isWhiteSpace(text.charCodeAt(i + 1))) i++;
  }
  return false;
}

function prepareHeading(heading: string): PreparedHeading {
  const cached = preparedCache.get(heading);
  if (cached) return cached;
  const text = moreWordsThan(heading, maxHeadingSyllables) ? '' : heading;
  // labelForms' own folded text and diacritics test, without the forms (most headings stop at the gate).
  const folded = foldedHeading(text);
  const useAscii = !hasDiacritics(folded);
  const whole = keyOfFolded(folded);
  const sharesNothing = namesSharingSyllables((useAscii ? asciiKey(whole) : whole).split(' '), useAscii).size === 0;
  const prepared: PreparedHeading = { text, folded, useAscii, sharesNothing, mayBeOrdinal: ordinalCue.test(folded) };
  if (preparedCache.size >= preparedCacheSize) preparedCache.clear();
  preparedCache.set(heading, prepared);
  return prepared;
}

const formsOfPrepared = (prepared: PreparedHeading): LabelForms => (prepared.forms ??= labelFormsOfFolded(prepared.folded));

function formsWithWorth(prepared: PreparedHeading, heading: string): Form[] {
  prepared.headingForms ??= formsOf(heading, formsOfPrepared(prepared)).map((f) => ({
    ...f,
    worth: namesSharingSyllables(prepared.useAscii ? f.asciiTokens : f.tokens, prepared.useAscii),
  }));
  return prepared.headingForms;
}

/** Reads a heading against the taxonomy and says why it decided what it decided. */
export function readDimension(heading: string, context: DimensionContext = {}, tuning: Readonly<Thresholds> = thresholds, decisionOnly = false): DimensionReading {
  const prepared = prepareHeading(heading);
  const { useAscii } = prepared;
  const scheme = papiScheme(context);
  const indices = candidateIndices(context);
  // `forms` is built when read: the first gate answers without it.
  const noCandidate = (): DimensionReading => ({
    get forms() {
      return formsOfPrepared(prepared);
    },
    scheme,
    indices,
    candidates: [],
    decision: null,
    reason: 'no candidate shares anything with the heading',
  });
  // Every form is a part of the heading: its syllables are the heading's. When the whole heading shares
  // too little with every label and names no ordinal, no form can match (most headings of a plan).
  if (decisionOnly && prepared.sharesNothing && !prepared.mayBeOrdinal) return noCandidate();
  const forms = formsOfPrepared(prepared);
  if (decisionOnly && forms.ordinal === null && prepared.sharesNothing) return noCandidate();
  const headingForms = formsWithWorth(prepared, heading);
  // No form shares a syllable with any label and no dimension number: nothing can score (most headings).
  if (forms.ordinal === null && headingForms.every((f) => f.worth!.size === 0)) return noCandidate();
  const parent = context.parentCode ? entryOf(context.parentCode) : undefined;
  const pool = poolOf(indices, scheme);
  // Candidates under every threshold less the margin decide nothing (neither best nor rival): with
  // `decisionOnly` they are not scored, and their order in `candidates` is no longer meaningful.
  const floor = decisionOnly ? Math.min(tuning.fuzzy, tuning.underParent) - tuning.margin - 1e-9 : 0;
  const tierOf = (e: TaxonomyEntry) => (parent && parent.level === 'dimension' && e.parentCode === parent.code ? 0 : 1);
  // An entry none of whose names any form is worth scoring against scores 0: it decides nothing.
  const worthEntries = decisionOnly ? new Set(headingForms.flatMap((f) => [...f.worth!].map((name) => entryOfName(name)))) : null;
  const candidates = pool
    .filter((e) => !parent || parent.level !== 'dimension' || e.level === 'dimension' || e.parentCode === parent.code)
    .filter((e) => worthEntries === null || worthEntries.has(e))
    .map((e) => scoreEntry(e, headingForms, useAscii, tierOf(e), floor))
    .sort((x, y) => y.score - x.score || x.rank - y.rank || x.tier - y.tier || indices.indexOf(x.entry.index) - indices.indexOf(y.entry.index));
  const result = (decision: DimensionMatch | null, reason: string): DimensionReading => ({
    forms,
    scheme,
    indices,
    candidates: candidates.slice(0, 5),
    decision,
    reason,
  });

  // Under a dimension, its own sub-dimensions come first unless another label is named outright.
  const ownSub = candidates.find((c) => c.tier === 0);
  const top = candidates[0];
  const best = ownSub && top && ownSub.score >= tuning.underParent && !(top.score === 1 && top.matchedBy !== 'fuzzy') ? ownSub : top;
  if (best && best.score === 1 && best.matchedBy !== 'fuzzy') {
    return result(toMatch(best, 1, best.matchedBy), `${best.matchedBy} match of “${best.name}”`);
  }
  if (forms.ordinal !== null) {
    const index = indices[0]!;
    const ordinalScheme = index === 'PAPI' ? scheme : undefined;
    const entry = taxonomyEntries.find(
      (e) => e.index === index && e.level === 'dimension' && e.ordinal === forms.ordinal && (!ordinalScheme || e.scheme === ordinalScheme),
    );
    if (entry) {
      const sure = (context.indices?.length ?? 0) > 0 || !!context.parentIndex;
      return result(toMatch({ entry, score: 1, matchedBy: 'ordinal', name: '', form: '', tier: 1, rank: 0 }, sure ? 1 : 0.9, 'ordinal'), `dimension number ${forms.ordinal} of ${index}`);
    }
  }
  if (!best || best.score === 0) return result(null, 'no candidate shares anything with the heading');
  const namedIndex = headingForms.find((f) => !f.piece && (indexKeys.has(f.key) || indexKeys.has(f.ascii)));
  if (namedIndex) return result(null, `the heading names the index itself (“${namedIndex.text}”), not one of its dimensions`);
  const threshold = best.tier === 0 ? tuning.underParent : tuning.fuzzy;
  if (best.score < threshold) {
    return result(null, `best candidate ${best.entry.code} scores ${best.score.toFixed(3)}, under the threshold ${threshold}`);
  }
  const rival = candidates.find((c) => c !== best && c.entry.code !== best.entry.code && c.entry.code !== best.entry.parentCode && c.entry.parentCode !== best.entry.code);
  if (best.score < 1 && rival && best.score - rival.score < tuning.margin && rival.tier === best.tier) {
    return result(null, `ambiguous: ${best.entry.code} ${best.score.toFixed(3)} vs ${rival.entry.code} ${rival.score.toFixed(3)}`);
  }
  const how = best.matchedBy === 'fuzzy' ? 'fuzzy match' : `${best.matchedBy} match, of part of the heading,`;
  return result(toMatch(best, best.score, best.matchedBy), `${how} of “${best.name}” (${best.score.toFixed(3)} ≥ ${threshold})`);
}

// Plans repeat their headings ("Mục đích", "TỔ CHỨC THỰC HIỆN", the dimension names): remember the
// latest decisions, keyed by heading and context. Bounded; cleared when full.
const decisionCache = new Map<string, DimensionMatch | null>();
const decisionCacheSize = 4096;

/**
 * The dimension a heading names, or null.
 * @example matchDimension('2.2. Đối với nội dung “Công khai, minh bạch”', { indices: ['PAPI'] })
 * // { index: 'PAPI', code: 'PAPI.2', label: 'Công khai, minh bạch trong việc ra quyết định ở địa phương', confidence: 1, matchedBy: 'alias' }
 */
export function matchDimension(heading: string, context: DimensionContext = {}): DimensionMatch | null {
  const key = `${heading}\u0001${context.indices?.join(',') ?? ''}\u0001${context.year ?? ''}\u0001${context.parentCode ?? ''}\u0001${context.parentIndex ?? ''}\u0001${context.scheme ?? ''}`;
  const cached = decisionCache.get(key);
  if (cached !== undefined) return cached && { ...cached };
  const decision = readDimension(heading, context, thresholds, true).decision;
  if (decisionCache.size >= decisionCacheSize) decisionCache.clear();
  decisionCache.set(key, decision);
  return decision && { ...decision };
}
