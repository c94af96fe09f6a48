// Re-typings of a plan text, the ways real copies of the same plan differ. Every function takes and
// returns a string with '\n' line ends in NFC (except the last three, which change exactly that:
// nfd, crlf, bom). The ones that choose take a PRNG `rng` () => [0, 1).

/** Deterministic PRNG (mulberry32): the same seed gives the same stream on every machine. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = (rng, items) => items[Math.floor(rng() * items.length)];
export const intBetween = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));

const ROMAN_HEADING = /^(\s*)((?:PHẦN|Phần|PHAN)\s+)?([IVXLC]+)([.)]\s)/u;
const ARABIC_HEADING = /^(\s*)(\d+(?:\.\d+)*)([.)]\s)/u;
const SHORT_HEADING = 120; // longer numbered lines are paragraphs, not headings

/** Numbered lines up to 120 characters → upper case ("1. Mục đích" → "1. MỤC ĐÍCH"). */
export function capsHeadings(text) {
  return text
    .split('\n')
    .map((line) => (line.length <= SHORT_HEADING && (ROMAN_HEADING.test(line) || ARABIC_HEADING.test(line)) ? line.toUpperCase() : line))
    .join('\n');
}

/** Markdown copy: `## ` before roman headings, `### ` or `**…**` around level-1 arabic headings, `# ` before the title. */
export function markdown(text, rng) {
  const bold = rng() < 0.5;
  return text
    .split('\n')
    .map((line) => {
      if (line.length > SHORT_HEADING) return line;
      if (ROMAN_HEADING.test(line)) return `## ${line.trim()}`;
      const arabic = ARABIC_HEADING.exec(line);
      if (arabic && !arabic[2].includes('.')) return bold ? `**${line.trim()}**` : `### ${line.trim()}`;
      if (/^\s*(?:KẾ HOẠCH|QUYẾT ĐỊNH|CHỈ THỊ|PHỤ LỤC)\b/u.test(line)) return `# ${line.trim()}`;
      return line;
    })
    .join('\n');
}

const TONES = '\u0300\u0301\u0303\u0309\u0323'; // huyền, sắc, ngã, hỏi, nặng
const OLD_OA_OE = new RegExp(`([oO])([${TONES}])([aAeE])(?![\\p{L}\\p{M}])`, 'gu');
const OLD_UY = new RegExp(`([uU])([${TONES}])([yY])(?![\\p{L}\\p{M}])`, 'gu');

/** Old tone placement at word end: hòa → hoà, khỏe → khoẻ, thủy → thuỷ. */
export function oldToneMarks(text) {
  return text.normalize('NFD').replace(OLD_OA_OE, '$1$3$2').replace(OLD_UY, '$1$3$2').normalize('NFC');
}

/** Some spaces (share `p`) become NO-BREAK SPACE, as in copies from web pages and Word. */
export function nbsp(text, rng, p = 0.2) {
  return text.replace(/ /g, () => (rng() < p ? '\u00a0' : ' '));
}

/** Indentation by depth: tabs or runs of spaces before numbered lines and bullets, first-line indents. */
export function indent(text, rng) {
  const unit = rng() < 0.5 ? '\t' : '    ';
  return text
    .split('\n')
    .map((line) => {
      if (line.trim() === '' || line.startsWith('|')) return line;
      const arabic = ARABIC_HEADING.exec(line);
      if (arabic) return unit.repeat(arabic[2].split('.').length - 1) + line;
      if (/^[-+•]\s/u.test(line)) return unit + line;
      if (!ROMAN_HEADING.test(line) && line.length > 80) return unit + line;
      return line;
    })
    .join('\n');
}

/** pdftotext-style: hard wrap at about `width` columns; a centred page number every ~50 lines. */
export function hardWrap(text, rng, width = 72) {
  const out = [];
  for (const line of text.split('\n')) {
    if (line.length <= width || line.startsWith('|')) {
      out.push(line);
      continue;
    }
    let rest = line;
    while (rest.length > width) {
      let cut = rest.lastIndexOf(' ', width);
      if (cut <= 0) cut = rest.indexOf(' ', width);
      if (cut <= 0) break;
      out.push(rest.slice(0, cut));
      rest = rest.slice(cut + 1);
    }
    out.push(rest);
  }
  const paged = [];
  let page = 1;
  let next = intBetween(rng, 45, 55);
  for (let i = 0; i < out.length; i++) {
    paged.push(out[i]);
    if (i + 1 === next && i + 1 < out.length) {
      page++;
      paged.push('', `${' '.repeat(34)}${page}`, '');
      next += intBetween(rng, 45, 55);
    }
  }
  return paged.join('\n');
}

export const nfd = (text) => text.normalize('NFD');
export const crlf = (text) => text.replace(/\n/g, '\r\n');
export const bom = (text) => `\ufeff${text}`;

/**
 * The re-typings in the order they apply (content first, then normalization form, line ends, BOM) and
 * the share of synthetic files each is applied to. Each file draws each one independently.
 */
export const RETYPINGS = [
  { name: 'caps-headings', p: 0.25, apply: (t) => capsHeadings(t) },
  { name: 'markdown', p: 0.2, apply: (t, rng) => markdown(t, rng) },
  { name: 'old-tone-marks', p: 0.3, apply: (t) => oldToneMarks(t) },
  { name: 'indent-tabs', p: 0.25, apply: (t, rng) => indent(t, rng) },
  { name: 'hard-wrap-pages', p: 0.25, apply: (t, rng) => hardWrap(t, rng, intBetween(rng, 66, 78)) },
  { name: 'nbsp', p: 0.25, apply: (t, rng) => nbsp(t, rng, 0.05 + rng() * 0.3) },
  { name: 'nfd', p: 0.2, apply: (t) => nfd(t) },
  { name: 'crlf', p: 0.35, apply: (t) => crlf(t) },
  { name: 'bom', p: 0.2, apply: (t) => bom(t) },
];
