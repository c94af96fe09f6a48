// A Word 97–2003 .doc written from a plan's text, as [MS-DOC] lays one out: an OLE2 compound file (cfb)
// with a WordDocument stream (the FIB, then the text in UTF-16) and a 1Table stream (the piece table and
// the paragraph properties: which paragraphs are in a table, which marks end a row). Lines with TABs
// become table rows (cells end with \x07, rows with a row-end mark); other lines are paragraphs.

import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const CFB = require('cfb') as typeof import('cfb');

interface Paragraph {
  text: string;
  /** The character that ends it: \r, or \x07 for a cell or a row end. */
  end: '\r' | '\x07';
  inTable: boolean;
  rowEnd: boolean;
}

function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (!line.includes('\t')) {
      out.push({ text: line, end: '\r', inTable: false, rowEnd: false });
      continue;
    }
    for (const cell of line.split('\t')) out.push({ text: cell.trim(), end: '\x07', inTable: true, rowEnd: false });
    out.push({ text: '', end: '\x07', inTable: true, rowEnd: true });
  }
  return out;
}

/** One PapxInFkp: istd 0, then sprmPFInTable and, for a row end, sprmPFTtp. */
function papx(p: Paragraph): Uint8Array {
  const sprms = [0x00, 0x00, 0x16, 0x24, 0x01, ...(p.rowEnd ? [0x17, 0x24, 0x01] : [])];
  if (sprms.length % 2 === 1) return Uint8Array.from([(sprms.length + 1) / 2, ...sprms]);
  return Uint8Array.from([0, sprms.length / 2, ...sprms]);
}

/**
 * @example textToDoc('KẾ HOẠCH\nSố: 12/KH-UBND\tHà Nội, ngày 1 tháng 2 năm 2024') // bytes of a .doc
 */
export function textToDoc(text: string): Uint8Array {
  const paragraphs = paragraphsOf(text);
  const chars = paragraphs.map((p) => p.text + p.end).join('');
  const textStart = 0x400;
  const textBytes = Buffer.from(chars, 'utf16le');
  // FKP pages (512 bytes each) after the text: runs of paragraphs with their properties.
  const fkpStart = Math.ceil((textStart + textBytes.length) / 512) * 512;
  const pages: Buffer[] = [];
  const bte: Array<{ fc: number; pn: number }> = [];
  let fc = textStart;
  for (let at = 0; at < paragraphs.length; ) {
    const page = Buffer.alloc(512);
    const runs: Array<{ start: number; end: number; bx: number }> = [];
    let free = 511; // PAPXs grow down from the byte before crun
    let pageFc = fc;
    while (at < paragraphs.length) {
      const p = paragraphs[at]!;
      const length = (p.text.length + 1) * 2;
      const props = p.inTable ? papx(p) : null;
      let bx = 0;
      if (props) {
        free -= props.length;
        if (free % 2 === 1) free--;
        page.set(props, free);
        bx = free / 2;
      }
      runs.push({ start: pageFc, end: pageFc + length, bx });
      pageFc += length;
      at++;
      // 16 runs: 17 FCs, 16 BxPaps and 16 PAPXs of at most 10 bytes fit in 511 bytes.
      if (runs.length >= 16) break;
    }
    runs.forEach((run, k) => page.writeUInt32LE(run.start, k * 4));
    page.writeUInt32LE(runs.at(-1)!.end, runs.length * 4);
    runs.forEach((run, k) => (page[(runs.length + 1) * 4 + k * 13] = run.bx));
    page[511] = runs.length;
    bte.push({ fc, pn: (fkpStart + pages.length * 512) / 512 });
    pages.push(page);
    fc = pageFc;
  }
  const fibSize = 32 + 2 + 14 * 2 + 2 + 22 * 4 + 2 + 93 * 8 + 2;
  const word = Buffer.alloc(fkpStart + pages.length * 512);
  word.writeUInt16LE(0xa5ec, 0);
  word.writeUInt16LE(0x00c1, 2);
  word.writeUInt16LE(0x0200, 0x0a); // fWhichTblStm: 1Table
  word.writeUInt16LE(14, 32);
  const rgLw = 34 + 28 + 2;
  word.writeUInt16LE(22, rgLw - 2);
  word.writeInt32LE(word.length, rgLw); // cbMac
  word.writeInt32LE(chars.length, rgLw + 12); // ccpText
  const rgFcLcb = rgLw + 88 + 2;
  word.writeUInt16LE(93, rgFcLcb - 2);
  textBytes.copy(word, textStart);
  pages.forEach((page, i) => page.copy(word, fkpStart + i * 512));
  if (fibSize > textStart) throw new Error('FIB overlaps the text');

  // 1Table: the CLX (one UTF-16 piece for the whole text), then the PlcBtePapx.
  const plcPcd = Buffer.alloc(4 * 2 + 8);
  plcPcd.writeUInt32LE(0, 0);
  plcPcd.writeUInt32LE(chars.length, 4);
  plcPcd.writeUInt32LE(textStart, 8 + 2); // fc, not compressed
  const clx = Buffer.concat([Buffer.from([0x02]), Buffer.alloc(4), plcPcd]);
  clx.writeUInt32LE(plcPcd.length, 1);
  const plcBte = Buffer.alloc(4 * (bte.length + 1) + 4 * bte.length);
  bte.forEach((entry, i) => plcBte.writeUInt32LE(entry.fc, i * 4));
  plcBte.writeUInt32LE(fc, bte.length * 4);
  bte.forEach((entry, i) => plcBte.writeUInt32LE(entry.pn, 4 * (bte.length + 1) + i * 4));
  const table = Buffer.concat([clx, plcBte]);
  word.writeUInt32LE(0, rgFcLcb + 33 * 8);
  word.writeUInt32LE(clx.length, rgFcLcb + 33 * 8 + 4);
  word.writeUInt32LE(clx.length, rgFcLcb + 13 * 8);
  word.writeUInt32LE(plcBte.length, rgFcLcb + 13 * 8 + 4);

  const container = CFB.utils.cfb_new();
  CFB.utils.cfb_add(container, '/WordDocument', word);
  CFB.utils.cfb_add(container, '/1Table', table);
  return new Uint8Array(CFB.write(container, { type: 'buffer' }) as Buffer);
}
