// A cheap test that tells when a regex cannot match: the literal words every match starts with.
// Lists of abbreviation patterns are mostly not matched by a given name; a plain `includes` skips the
// regex — and V8 compiles a regex only on first use, so a skipped one costs nothing at start-up either.

const META = new Set(['\\', '.', '*', '+', '?', '(', ')', '[', ']', '{', '}', '|', '^', '$']);
const QUANTIFIER = new Set(['?', '*', '{']);

/** Splits a pattern source at its top-level "|". */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/** The literal text one alternative starts with after its negative lookbehinds, or '' when there is none. */
function literalPrefix(alternative: string): string {
  let rest = alternative;
  // Negative lookbehinds only restrict where a match starts; a positive one or an anchor gives no literal.
  while (rest.startsWith('(?<!')) {
    let depth = 0;
    let end = 0;
    for (let i = 0; i < rest.length; i++) {
      const c = rest[i]!;
      if (c === '\\') i++;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) {
        end = i + 1;
        break;
      }
    }
    if (end === 0) return '';
    rest = rest.slice(end);
  }
  let prefix = '';
  for (let i = 0; i < rest.length && !META.has(rest[i]!); i++) prefix += rest[i];
  // "LĐ-?TB": the character before a quantifier may be absent.
  if (QUANTIFIER.has(rest[prefix.length] ?? '')) prefix = prefix.slice(0, -1);
  return prefix.trim();
}

/** A pattern not built yet: its source and flags. */
export interface PatternSource {
  source: string;
  flags: string;
}

/**
 * A test that is false only when `pattern` cannot match `text`.
 * @example mayMatch(/(?<![\p{L}])UBND(?![\p{L}])/gu)('Phòng Nội vụ') // false
 */
export function mayMatch(pattern: RegExp | PatternSource): (text: string) => boolean {
  const needles = alternatives(pattern.source).map(literalPrefix);
  if (needles.some((n) => n === '')) return () => true;
  if (pattern.flags.includes('i')) {
    const lower = needles.map((n) => n.toLowerCase());
    return (text) => {
      const folded = text.toLowerCase();
      return lower.some((n) => folded.includes(n));
    };
  }
  return (text) => needles.some((n) => text.includes(n));
}

/** A replacement whose pattern is built the first time its literal gate lets a text through. */
export interface GatedReplacement {
  /** False only when the pattern cannot match. */
  may(text: string): boolean;
  replace(text: string): string;
}

/**
 * Replacements applied in order, each pattern built only when a text first needs it: a pattern with
 * Unicode properties costs V8 0.1–0.3 ms to build, and the fifty of a list built at load were ~6 ms of
 * every process's start-up, while a given name needs two or three of them.
 */
export function gatedReplacements(list: ReadonlyArray<readonly [PatternSource, string]>): GatedReplacement[] {
  return list.map(([pattern, replacement]) => {
    let built: RegExp | null = null;
    return {
      may: mayMatch(pattern),
      replace: (text: string) => text.replace((built ??= new RegExp(pattern.source, pattern.flags)), replacement),
    };
  });
}

/** A pattern's source and flags for `gatedReplacements` (the source written with String.raw). */
export const pattern = (source: string, flags: string): PatternSource => ({ source, flags });
