// Re-typings of a plan: the same document as another tool or typist would have produced it.
// Each takes the text and returns the re-typed text (or bytes: a legacy encoding, a .docx, a web page);
// extracted values must not change.

import { encodeLegacy } from '../../src/ingest/legacy.js';
import { textToDocx } from './docx.js';

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

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00A0/g, '&nbsp;');

/** The plan as a portal shows it: a menu, a breadcrumb, the plan (paragraphs, tables), comments, a footer. */
export function toPortalPage(text: string): string {
  const body: string[] = [];
  let table: string[] = [];
  const flushTable = () => {
    if (table.length > 0) body.push(`<table border="1">${table.join('')}</table>`);
    table = [];
  };
  for (const line of text.split('\n')) {
    if (line.includes('\t')) {
      table.push(`<tr>${line.split('\t').map((c) => `<td>${escapeHtml(c.trim())}</td>`).join('')}</tr>`);
      continue;
    }
    flushTable();
    body.push(line.trim() ? `<p>${escapeHtml(line.trim())}</p>` : '');
  }
  flushTable();
  return [
    '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin điện tử</title>',
    '<style>.menu{color:red}</style><script>var x = "<p>không phải nội dung</p>";</script></head><body>',
    '<div class="header-banner">CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG</div>',
    '<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/van-ban">Văn bản</a></li></ul></nav>',
    '<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/van-ban">Văn bản chỉ đạo điều hành</a></div>',
    `<div class="noi-dung">${body.join('\n')}</div>`,
    '<div id="comments"><h3>Ý kiến bạn đọc</h3><p>Bài viết rất hay, cảm ơn.</p><form><textarea></textarea><button>Gửi</button></form></div>',
    '<footer>Bản quyền thuộc về UBND phường. Địa chỉ: 12 Lê Lợi.</footer></body></html>',
  ].join('\n');
}

/** Re-typings that change the bytes, not only the text. */
export const byteRetypings: Record<string, (text: string) => Uint8Array> = {
  'tcvn3 bytes': (t) => encodeLegacy(t.normalize('NFC'), 'tcvn3'),
  'vni bytes': (t) => encodeLegacy(t.normalize('NFC'), 'vni'),
  docx: (t) => textToDocx(t),
  'html page': (t) => new TextEncoder().encode(toPortalPage(t)),
};
