// Typical character widths, for placing characters inside a text item whose characters pdf.js does not
// position one by one (layout.ts: letters drawn over a run; tables.ts: a run across a cell border).

/**
 * A character's width in em in Times (the face of nearly every plan), by its letter without marks
 * ("ố" as "o"); other faces differ by a factor, which placeOverlays scales away.
 */
const timesWidths: Record<string, number> = (() => {
  const table: Record<string, number> = { ' ': 0.25, '.': 0.25, ',': 0.25, ':': 0.278, ';': 0.278, '-': 0.333, '/': 0.278, '(': 0.333, ')': 0.333, '“': 0.444, '”': 0.444, '"': 0.408, "'": 0.18 };
  const lower = [444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444];
  const upper = [722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611];
  for (let i = 0; i < 26; i++) {
    table[String.fromCharCode(97 + i)] = lower[i]! / 1000;
    table[String.fromCharCode(65 + i)] = upper[i]! / 1000;
  }
  for (let d = 0; d < 10; d++) table[String(d)] = 0.5;
  table['đ'] = 0.5;
  table['Đ'] = 0.722;
  return table;
})();
export const emWidth = (ch: string): number => timesWidths[ch] ?? timesWidths[ch.normalize('NFD')[0]!] ?? 0.5;
