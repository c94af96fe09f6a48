// Re-typings of a plan: the same document as another tool or typist would have produced it.
// Each takes the text and returns the re-typed text; extracted values must not change.

const toOldTones = (text: string) =>
  text
    .normalize('NFC')
    .replace(/([òóỏõọ])a(?![\p{L}])/gu, (_m, o: string) => `o${'àáảãạ'['òóỏõọ'.indexOf(o)]}`)
    .replace(/([ùúủũụ])y(?![\p{L}])/gu, (_m, u: string) => `u${'ỳýỷỹỵ'['ùúủũụ'.indexOf(u)]}`)
    .replace(/([ÙÚỦŨỤ])y(?![\p{L}])/gu, (_m, u: string) => `U${'ỳýỷỹỵ'['ÙÚỦŨỤ'.indexOf(u)]}`);

const isHeadingLine = (line: string) => /^\s*(?:[IVX]+\.|\d+(?:\.\d+)*\.)\s+\S/u.test(line);

/** pdftotext-like: wrap long lines at ~72 columns, a page number and running header every 45 lines. */
function hardWrap(text: string): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    // pdftotext keeps layout rows (cells apart by runs of spaces) as they are.
    if (line.length <= 72 || line.includes('\t') || line.includes('   ')) {
      out.push(line);
      continue;
    }
    let rest = line;
    while (rest.length > 72) {
      let cut = rest.lastIndexOf(' ', 72);
      if (cut <= 20) cut = rest.indexOf(' ', 72);
      if (cut < 0) break;
      out.push(rest.slice(0, cut));
      rest = rest.slice(cut + 1);
    }
    out.push(rest);
  }
  const paged: string[] = [];
  out.forEach((line, i) => {
    paged.push(line);
    if (i > 0 && i % 45 === 0) paged.push('', String(i / 45 + 1), 'Kế hoạch cải thiện chỉ số – bản điện tử', '');
  });
  return paged.join('\n');
}

export const retypings: Record<string, (text: string) => string> = {
  nfd: (t) => t.normalize('NFD'),
  'crlf+bom': (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`,
  'old tone marks': toOldTones,
  'nbsp+tabs+indent': (t) =>
    t
      .split('\n')
      .map((l) => (l.trim() ? `\t${l.replace(/ /g, (_s, i: number) => (i % 7 === 3 ? '\u00A0' : ' '))}  ` : l))
      .join('\n'),
  'zero-width': (t) => t.replace(/(Kế hoạch|Căn cứ|Ủy ban)/gu, '$1\u200B'),
  markdown: (t) => t.split('\n').map((l) => (isHeadingLine(l) ? `## **${l.trim()}**` : l)).join('\n'),
  'pipe residue': (t) => t.split('\n').map((l, i) => (i < 12 && l.trim() ? `| ${l.trim()} |` : l)).join('\n'),
  'upper-case headings': (t) => t.split('\n').map((l) => (isHeadingLine(l) ? l.toUpperCase() : l)).join('\n'),
  'hard wrap + pages': hardWrap,
};
