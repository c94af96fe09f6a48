// docxToText and isDocx on .docx files built here: seed plans round-tripped (typed and automatic numbering),
// tables, entities, run-level characters, numbering from styles and overrides, and hostile or broken zips.

import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { docxToText, isDocx, type DocxResult } from '../../src/ingest/docx.js';
import { readZipDirectory, readZipEntry } from '../../src/ingest/zip-buffer.js';
import { zipBytes } from '../helpers/archives.js';
import { docxPackage, textToDocx } from '../helpers/docx.js';

const seedPlans = ['corpus/000_9bc95635cc1859e3.txt', 'corpus/004_6d8437bd74688339.txt'];
const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function textOf(result: DocxResult): string {
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.text;
}

const linesOf = (text: string) => text.split('\n').map((line) => line.trimEnd());

function documentWith(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><w:document ${w}><w:body>${body}</w:body></w:document>`;
}

function partOf(docx: Uint8Array, name: string): string {
  const directory = readZipDirectory(docx);
  if (!directory.ok) throw new Error(directory.message);
  const entry = directory.entries.find((e) => e.name === name)!;
  const read = readZipEntry(docx, entry, { maxEntryBytes: 1 << 26, maxRatio: 200 });
  if (!read.ok) throw new Error(read.message);
  return read.data.toString('utf8');
}

describe('docxToText on seed plans', () => {
  // Blank lines come back too: an empty paragraph is an empty line, so the comparison keeps them.
  it.each(seedPlans)('%s comes back line by line', (path) => {
    const text = readFileSync(path, 'utf8');
    const result = docxToText(textToDocx(text));
    expect(linesOf(textOf(result))).toEqual(linesOf(text));
    expect(result.ok && result.paragraphs).toBe(text.split('\n').length);
  });

  it.each(seedPlans)('%s with automatic numbering gives the same markers', (path) => {
    const text = readFileSync(path, 'utf8');
    const docx = textToDocx(text, { autoNumbering: true });
    const documentXml = partOf(docx, 'word/document.xml');
    // The markers really are Word's: the typed ones are gone from the XML.
    const markerLines = text.split('\n').filter((line) => /^(?:[IVX]+\. |\d+\. |[a-z]\) |- )\S/.test(line));
    expect(markerLines.length).toBeGreaterThan(5);
    expect(documentXml.match(/<w:numPr>/g)?.length).toBe(markerLines.length);
    expect(documentXml).not.toContain('>II. ');
    expect(linesOf(textOf(docxToText(docx)))).toEqual(linesOf(text));
  });
});

describe('docxToText rendering', () => {
  it('renders a data table as one line per row, and a layout table (header, signature) cell by cell', () => {
    const header = ['UBND TỈNH HƯNG YÊN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SỞ VĂN HÓA\tĐộc lập - Tự do - Hạnh phúc'];
    const tasks = ['TT\tNội dung\tĐơn vị\tThời gian', '1\tTuyên truyền\t\tQuý I/2021', '2\tKiểm tra\tVăn phòng\tQuý II'];
    const result = docxToText(textToDocx([...header, 'KẾ HOẠCH', ...tasks].join('\n')));
    // Two rows of two cells: Word's header table, read cell by cell as a typed header has it.
    expect(textOf(result)).toBe(['UBND TỈNH HƯNG YÊN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SỞ VĂN HÓA', 'Độc lập - Tự do - Hạnh phúc', 'KẾ HOẠCH', ...tasks].join('\n'));
    expect(result.ok && result.tables).toBe(2);
  });

  it('reads a signature table Nơi nhận first, then the signer, and closes blanks left for handwriting', () => {
    const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
    const header = `<w:tbl><w:tr><w:tc>${p('ỦY BAN NHÂN DÂN')}${p('TỈNH LÂM ĐỒNG')}</w:tc><w:tc>${p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')}</w:tc></w:tr><w:tr><w:tc>${p('Số:           /KH-UBND')}</w:tc><w:tc>${p('Lâm Đồng, ngày       tháng 12 năm 2025')}</w:tc></w:tr></w:tbl>`;
    const signature = `<w:tbl><w:tr><w:tc>${p('Nơi nhận:')}${p('- Bộ Nội vụ;')}${p('- Lưu: VT.')}</w:tc><w:tc>${p('KT. CHỦ TỊCH')}${p('PHÓ CHỦ TỊCH')}${p('')}${p('')}${p('Nguyễn Ngọc Phúc')}</w:tc></w:tr></w:tbl>`;
    expect(textOf(docxToText(docxPackage({ document: documentWith(header + p('KẾ HOẠCH') + signature) })))).toBe(
      ['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: /KH-UBND', 'Lâm Đồng, ngày tháng 12 năm 2025', 'KẾ HOẠCH', 'Nơi nhận:', '- Bộ Nội vụ;', '- Lưu: VT.', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Ngọc Phúc'].join('\n'),
    );
  });

  it('decodes entities, in escaped text and as written by hand', () => {
    const text = 'A & B < C > D "E" \'F\' &amp; literal';
    expect(textOf(docxToText(textToDocx(text)))).toBe(text);
    const body = '<w:p><w:r><w:t>K&#7870; HO&#x1EA0;CH &apos;a&apos; &quot;b&quot; &lt;c&gt; &amp;amp; &unknown;</w:t></w:r></w:p>';
    expect(textOf(docxToText(docxPackage({ document: documentWith(body) })))).toBe('KẾ HOẠCH \'a\' "b" <c> &amp; &unknown;');
  });

  it('renders tabs, breaks, non-breaking hyphens; ignores symbols, hidden, deleted and field-code text', () => {
    const body = [
      '<w:p><w:r><w:t>Số:</w:t><w:tab/><w:t>12/KH</w:t><w:noBreakHyphen/><w:t>UBND</w:t><w:sym w:font="Wingdings" w:char="F0FC"/></w:r></w:p>',
      '<w:p><w:r><w:t>dòng một</w:t><w:br/><w:t>dòng hai</w:t><w:cr/><w:t>dòng ba</w:t></w:r></w:p>',
      '<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r><w:del><w:r><w:delText>xóa</w:delText></w:r></w:del><w:ins><w:r><w:t>thêm</w:t></w:r></w:ins></w:p>',
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
      '<w:p><w:hyperlink><w:r><w:t xml:space="preserve">liên kết </w:t></w:r></w:hyperlink><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>hiện</w:t></w:r></w:p>',
    ].join('');
    expect(textOf(docxToText(docxPackage({ document: documentWith(body) })))).toBe(
      'Số:\t12/KH-UBND\ndòng một\ndòng hai\ndòng ba\nthêm\n3\nliên kết hiện',
    );
  });

  it('renders a text box once (the AlternateContent fallback is skipped) after its paragraph', () => {
    const box = (text: string) => `<w:txbxContent><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:txbxContent>`;
    const body = `<w:p><w:r><w:t>Trước</w:t></w:r><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>${box('Số: 15/KH-UBND')}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>${box('Số: 15/KH-UBND')}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p><w:p><w:r><w:t>Sau</w:t></w:r></w:p>`;
    expect(textOf(docxToText(docxPackage({ document: documentWith(body) })))).toBe('Trước\nSố: 15/KH-UBND\nSau');
  });

  it('flattens a nested table and multi-paragraph cells of a data table into one row line', () => {
    const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const nested = `<w:tbl><w:tr><w:tc>${p('x')}</w:tc><w:tc>${p('y')}</w:tc></w:tr><w:tr><w:tc>${p('z')}</w:tc></w:tr></w:tbl>`;
    const row = `<w:tr><w:tc>${p('UBND TỈNH')}${p('SỞ Y TẾ')}</w:tc><w:tc>${p('a')}${nested}${p('b')}</w:tc><w:tc><w:p><w:r><w:t>c</w:t><w:tab/><w:t>d</w:t></w:r></w:p></w:tc><w:tc>${p('e')}</w:tc></w:tr>`;
    const result = docxToText(docxPackage({ document: documentWith(`<w:tbl>${row}</w:tbl>`) }));
    expect(textOf(result)).toBe('UBND TỈNH SỞ Y TẾ\ta x y z b\tc d\te');
    expect(result.ok && result.tables).toBe(2);
  });

  it('reads a part whose Word namespace has another prefix, and content controls', () => {
    const document = '<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body><x:sdt><x:sdtContent><x:p><x:r><x:t>trong sdt</x:t></x:r></x:p></x:sdtContent></x:sdt></x:body></x:document>';
    expect(textOf(docxToText(docxPackage({ document })))).toBe('trong sdt');
  });
});

describe('docxToText automatic numbering', () => {
  const level = (ilvl: number, format: string, text: string, extra = '') =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
  const numbering = (abstracts: string, nums: string) =>
    `<w:numbering ${w}>${abstracts}${nums}</w:numbering>`;
  const para = (text: string, numPr = '', style = '') =>
    `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${numPr}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
  const numPr = (numId: number, ilvl?: number) =>
    `<w:numPr>${ilvl === undefined ? '' : `<w:ilvl w:val="${ilvl}"/>`}<w:numId w:val="${numId}"/></w:numPr>`;

  it('formats levels, restarts deeper ones, and writes bullets as "- "', () => {
    const abstract = `<w:abstractNum w:abstractNumId="7">${level(0, 'upperRoman', '%1.')}${level(1, 'decimal', '%1.%2.')}${level(2, 'lowerLetter', '%3)')}${level(3, 'bullet', '')}${level(4, 'lowerRoman', '(%5)')}${level(5, 'upperLetter', '%6.')}</w:abstractNum>`;
    const body = [
      para('MỤC ĐÍCH', numPr(3, 0)),
      para('Mục đích', numPr(3, 1)),
      para('nội dung', numPr(3, 2)),
      para('gạch đầu dòng', numPr(3, 3)),
      para('nội dung', numPr(3, 2)),
      para('NHIỆM VỤ', numPr(3, 0)),
      para('Nhiệm vụ', numPr(3, 1)),
      para('nội dung', numPr(3, 2)),
      para('la mã thường', numPr(3, 4)),
      para('la mã thường', numPr(3, 4)),
      para('chữ hoa', numPr(3, 5)),
      para('không đánh số', numPr(0, 0)),
    ].join('');
    const docx = docxPackage({ document: documentWith(body), numbering: numbering(abstract, '<w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>') });
    expect(linesOf(textOf(docxToText(docx)))).toEqual([
      'I. MỤC ĐÍCH',
      'I.1. Mục đích',
      'a) nội dung',
      '- gạch đầu dòng',
      'b) nội dung',
      'II. NHIỆM VỤ',
      'II.1. Nhiệm vụ',
      'a) nội dung',
      '(i) la mã thường',
      '(ii) la mã thường',
      'A. chữ hoa',
      'không đánh số',
    ]);
  });

  it('numbers paragraphs through their style (and its basedOn chain), with overrides and lvlRestart', () => {
    const abstract = `<w:abstractNum w:abstractNumId="1">${level(0, 'upperRoman', '%1.', '<w:pStyle w:val="Heading1"/>')}${level(1, 'decimal', '%2.', '<w:lvlRestart w:val="0"/>')}</w:abstractNum>`;
    const nums = '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>';
    const styles = `<w:styles ${w}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"/><w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="MyHeading"><w:basedOn w:val="Heading1"/></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`;
    const body = [
      para('MỤC ĐÍCH', '', 'Heading1'),
      para('Mục đích', '', 'Heading2'),
      para('NHIỆM VỤ', '', 'MyHeading'),
      para('Nhiệm vụ (không khởi động lại)', '', 'Heading2'),
      para('TỔ CHỨC', numPr(2), 'Heading1'),
      para('thường'),
    ].join('');
    const docx = docxPackage({ document: documentWith(body), styles, numbering: numbering(abstract, nums) });
    expect(linesOf(textOf(docxToText(docx)))).toEqual([
      'I. MỤC ĐÍCH',
      '1. Mục đích',
      'II. NHIỆM VỤ',
      '2. Nhiệm vụ (không khởi động lại)',
      'IV. TỔ CHỨC',
      'thường',
    ]);
  });

  it('keeps an empty numbered paragraph as its marker, and ignores a numId with no definition', () => {
    const abstract = `<w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1.')}</w:abstractNum>`;
    const body = `<w:p><w:pPr>${numPr(1, 0)}</w:pPr></w:p>${para('sau', numPr(1, 0))}${para('không có', numPr(9, 0))}`;
    const docx = docxPackage({ document: documentWith(body), numbering: numbering(abstract, '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>') });
    expect(textOf(docxToText(docx))).toBe('1.\n2. sau\nkhông có');
  });
});

describe('docxToText on broken or hostile input', () => {
  const valid = textToDocx('KẾ HOẠCH\nI. MỤC ĐÍCH');

  it.each([
    ['empty bytes', new Uint8Array()],
    ['plain text', new TextEncoder().encode('KẾ HOẠCH')],
    ['a truncated .docx', valid.subarray(0, valid.length - 40)],
    ['a zip signature and garbage', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array<number>(100).fill(7)])],
    ['a zip without word/document.xml', zipBytes([{ name: 'word/other.xml', data: '<x/>' }])],
    ['a document that is not deflate', Buffer.from(zipBytes([{ name: 'word/document.xml', data: documentWith('') }])).fill(0xff, 30 + 17, 30 + 17 + 12)],
    ['an unknown compression method', zipBytes([{ name: 'word/document.xml', data: '<w:document/>', method: 12 }])],
    ['an encrypted entry', zipBytes([{ name: 'word/document.xml', data: '<w:document/>', flags: 0x1 }])],
    ['a CRC mismatch', zipBytes([{ name: 'word/document.xml', data: documentWith(''), declaredCrc: 1234 }])],
    ['a size smaller than declared', zipBytes([{ name: 'word/document.xml', data: documentWith(''), declaredSize: 5000 }])],
    ['a size larger than declared', zipBytes([{ name: 'word/document.xml', data: documentWith(''), declaredSize: 10 }])],
    ['no w:body', zipBytes([{ name: 'word/document.xml', data: `<w:document ${w}/>` }])],
  ])('%s → ingest/docx-corrupt', (_what, bytes) => {
    const result = docxToText(bytes);
    expect(result.ok ? 'ok' : result.code).toBe('ingest/docx-corrupt');
  });

  it('refuses an entry over the size limit, and one over the ratio limit, without inflating it', () => {
    expect(docxToText(valid, { maxEntryBytes: 100 })).toMatchObject({ ok: false, code: 'ingest/docx-too-large' });
    const bomb = zipBytes([{ name: 'word/document.xml', data: documentWith(`<w:p><w:r><w:t>${' '.repeat(3 << 20)}</w:t></w:r></w:p>`) }]);
    expect(deflateRawSync(Buffer.alloc(3 << 20)).length).toBeLessThan((3 << 20) / 200);
    expect(docxToText(bomb)).toMatchObject({ ok: false, code: 'ingest/docx-too-large' });
    expect(docxToText(bomb, { maxRatio: 10_000 }).ok).toBe(true);
  });

  it('never throws on mutated bytes', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 300; round++) {
      const bytes = Uint8Array.from(valid);
      for (let flips = 1 + Math.floor(random() * 8); flips > 0; flips--) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      const cut = random() < 0.2 ? bytes.subarray(0, Math.floor(random() * bytes.length)) : bytes;
      expect(() => docxToText(cut)).not.toThrow();
      expect(() => isDocx(cut)).not.toThrow();
    }
  });
});

describe('isDocx', () => {
  it.each([
    ['a .docx', textToDocx('KẾ HOẠCH'), true],
    ['stored entries', zipBytes([{ name: 'word/document.xml', data: documentWith(''), method: 0 }]), true],
    ['plain text', new TextEncoder().encode('KẾ HOẠCH\n'), false],
    ['empty', new Uint8Array(), false],
    ['another zip', zipBytes([{ name: 'content.xml', data: '<office:document/>' }]), false],
    ['an .xlsx-like zip', zipBytes([{ name: 'xl/workbook.xml', data: '<workbook/>' }]), false],
    ['a zip signature then garbage', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array<number>(60).fill(0)]), false],
  ])('%s → %s', (_what, bytes, expected) => {
    expect(isDocx(bytes)).toBe(expected);
  });
});
