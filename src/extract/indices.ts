// Which governance indices a plan is about, how often it names each, and the period it covers.
// Names and aliases come from ../shared/domain/taxonomy.json (src/domain/indices.json).

import indexData from '../domain/indices.json' with { type: 'json' };
import { foldText } from '../util/fold.js';
import { matchesNotAfter } from '../util/search.js';

export interface RawIndex {
  code: string;
  mentions: number;
  period?: { from: number; to: number | null };
  firstMention: number;
}

interface IndexEntry {
  code: string;
  acronyms: string[];
  names: string[];
}

const entries = indexData.indices as IndexEntry[];
const letterOrDigit = /[\p{L}\d]/u;
const escapePattern = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]*');
const patterns = entries.map((e) => ({
  code: e.code,
  // Not after a letter or digit: checked by matchesNotAfter (a leading lookbehind is slow on whole texts).
  acronym: new RegExp(`(?:${e.acronyms.map(escapePattern).join('|')})(?!\\p{L}|\\d)`, 'giu'),
  name: new RegExp(`(?:${e.names.map((n) => escapePattern(foldText(n))).join('|')})`, 'gu'),
  // The first word of each form, folded: a text whose folded form holds none of them cannot match, and
  // most texts (headings, plans about one index) hold few. Checked with indexOf before the regexes run.
  acronymWords: [...new Set(e.acronyms.map(firstWord))],
  nameWords: [...new Set(e.names.map((n) => firstWord(foldText(n))))],
}));
function firstWord(text: string): string {
  return text.toLowerCase().split(/[\s-]+/u)[0]!;
}
// Characters the `i` flag matches to ASCII letters that lower-casing does not give (ſ ~ s, K ~ k):
// a text with one of them skips the word gate.
const caseFoldOutliers = /[\u017f\u212a]/u;

// "giai đoạn 2021 - 2025", "2021-2025", "năm 2024 và những năm tiếp theo", "năm 2021".
const rangePattern = /(?:giai\s+đoạn\s+|từ\s+năm\s+|thời\s+kỳ\s+)?((?:19|20)\d{2})\s*(?:-|–|—|đến(?:\s+năm)?)\s*((?:19|20)\d{2})/iu;
const openEndedPattern = /năm\s+((?:19|20)\d{2})\s+và\s+(?:những|các)\s+năm\s+tiếp\s+theo/iu;
const yearPattern = /năm\s+((?:19|20)\d{2})(?!\s*[-–]\s*\d)/iu;

/** Reads the period a piece of text names, most specific form first. */
export function readPeriod(text: string): { from: number; to: number | null } | null {
  let m = openEndedPattern.exec(text);
  if (m) return { from: Number(m[1]), to: null };
  m = rangePattern.exec(text);
  if (m && Number(m[2]) >= Number(m[1])) return { from: Number(m[1]), to: Number(m[2]) };
  m = yearPattern.exec(text);
  if (m) return { from: Number(m[1]), to: Number(m[1]) };
  return null;
}

/**
 * Counts index mentions in text (a name followed by its acronym in brackets counts once).
 * @param periodSources texts to read the period from, in order of authority (title, intro, closing).
 */
export function findIndices(text: string, periodSources: string[]): RawIndex[] {
  const folded = foldText(text);
  const out: RawIndex[] = [];
  const outliers = caseFoldOutliers.test(text);
  for (const p of patterns) {
    const mayHaveAcronym = outliers || p.acronymWords.some((w) => folded.includes(w));
    const mayHaveName = p.nameWords.some((w) => folded.includes(w));
    if (!mayHaveAcronym && !mayHaveName) continue;
    const acronymAt = mayHaveAcronym ? [...matchesNotAfter(text, p.acronym, letterOrDigit)].map((m) => m.index) : [];
    // Index names are proper nouns ("Chỉ số hài lòng …"): lower-case "chỉ số hài lòng của người dân" is
    // generic wording (004). A name followed by its acronym is one mention, counted by the acronym.
    const acronymFollows = (end: number) => acronymAt.some((a) => a >= end && a - end <= 24);
    const nameAt = (mayHaveName ? [...folded.matchAll(p.name)] : [])
      .map((m) => ({ at: m.index, end: m.index + m[0].length }))
      .filter((n) => /\p{Lu}/u.test(text[n.at]!) && !acronymFollows(n.end));
    const all = [...acronymAt, ...nameAt.map((n) => n.at)];
    if (all.length === 0) continue;
    const entry: RawIndex = { code: p.code, mentions: all.length, firstMention: Math.min(...all) };
    for (const source of periodSources) {
      const period = readPeriod(source);
      if (period) {
        entry.period = period;
        break;
      }
    }
    out.push(entry);
  }
  return out.sort((a, b) => b.mentions - a.mentions || a.firstMention - b.firstMention);
}
