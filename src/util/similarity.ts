// String similarity for label matching. Inputs are pre-folded (foldText / foldToAscii): these
// functions compare code units and never fold themselves. natural's implementations are the reference
// the tests check against (natural itself stays out of the runtime, see docs/dependencies.md).

import { distance } from 'fastest-levenshtein';

function bigramsOf(text: string): Set<string> {
  const padded = text.length === 1 ? `${text} ` : text;
  const grams = new Set<string>();
  for (let i = 0; i < padded.length - 1; i++) grams.add(padded.slice(i, i + 2));
  return grams;
}

/**
 * Sørensen–Dice coefficient of the character-bigram sets, as natural's DiceCoefficient computes it
 * (lower-cased, white space squashed and trimmed).
 * @example bigramDice('night', 'nacht') // 0.25
 */
export function bigramDice(a: string, b: string): number {
  const clean = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const x = bigramsOf(clean(a));
  const y = bigramsOf(clean(b));
  if (x.size + y.size === 0) return 0; // natural gives NaN for two empty strings
  let shared = 0;
  for (const gram of x) if (y.has(gram)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/** Edit distance in code units (Myers' bit-parallel algorithm, fastest-levenshtein). */
export function editDistance(a: string, b: string): number {
  return distance(a, b);
}

/**
 * 1 − distance / longer length: 1 for equal strings, 0 for nothing in common.
 * @example editSimilarity('cong khai', 'cong khia') // 0.777…
 */
export function editSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - editDistance(a, b) / longer;
}

/** At most one insertion, deletion or substitution apart, in one pass (no copies: it runs per syllable pair). */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short.charCodeAt(i) === long.charCodeAt(i)) i++;
  if (i === short.length) return true;
  // Past the first difference: the rest equal, one unit skipped in the longer (or in both when equal length).
  const skip = short.length === long.length ? 1 : 0;
  for (let k = i + skip, m = i + 1; m < long.length; k++, m++) if (short.charCodeAt(k) !== long.charCodeAt(m)) return false;
  return true;
}

/** Two syllables are the same word, allowing one typo in words of four letters or more. */
function sameSyllable(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 4 || b.length < 4) return false;
  return withinOneEdit(a, b);
}

/**
 * Dice over syllable multisets, pairing each syllable at most once and tolerating one typo per long
 * syllable: order-free, so reordered or partial wording still scores.
 * @example tokenDice(['minh', 'bạch', 'công', 'khai'], ['công', 'khai', 'minh', 'bạch']) // 1
 */
export function tokenDice(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 1;
  // Exact pairs first, then one-typo pairs among what is left.
  const used = new Uint8Array(b.length);
  let unmatched: number[] | null = null;
  let shared = 0;
  for (let i = 0; i < a.length; i++) {
    const syllable = a[i]!;
    let at = -1;
    for (let j = 0; j < b.length; j++) {
      if (used[j] === 0 && b[j] === syllable) {
        at = j;
        break;
      }
    }
    if (at < 0) {
      (unmatched ??= []).push(i);
      continue;
    }
    used[at] = 1;
    shared++;
  }
  if (unmatched !== null && shared < b.length) {
    for (const i of unmatched) {
      const syllable = a[i]!;
      for (let j = 0; j < b.length; j++) {
        if (used[j] === 0 && sameSyllable(syllable, b[j]!)) {
          used[j] = 1;
          shared++;
          break;
        }
      }
    }
  }
  return (2 * shared) / (a.length + b.length);
}
