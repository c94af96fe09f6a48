/** Index of the last element of ascending `sorted` that is ≤ `value` (0 when none is). */
export function lastAtMost(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Index of the first element of ascending `sorted` that is ≥ `value` (`sorted.length` when none is). */
export function firstAtLeast(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The matches of a global `pattern` that do not follow a character of `before` — the same matches as a
 * leading lookbehind `(?<![…])` gives, found faster: a regex that opens with a lookbehind is tried at
 * every position, one that opens with its words can skip ahead.
 */
export function* matchesNotAfter(text: string, pattern: RegExp, before: RegExp): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m.index > 0) {
      const low = text.charCodeAt(m.index - 1);
      const previous = low >= 0xdc00 && low <= 0xdfff && m.index > 1 ? text.slice(m.index - 2, m.index) : text[m.index - 1]!;
      if (before.test(previous)) {
        pattern.lastIndex = m.index + 1;
        continue;
      }
    }
    yield m;
    if (m[0].length === 0) pattern.lastIndex++;
  }
}
