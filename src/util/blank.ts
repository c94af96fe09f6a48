/** Replaces text[from, to) by spaces: the range is consumed but every offset after it stays valid. */
export function blankRange(text: string, from: number, to: number): string {
  return text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
}
