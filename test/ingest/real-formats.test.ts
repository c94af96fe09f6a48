// The office files and the text PDF of ../shared/real/annotated (third-party documents, never copied into
// this repository): read where that folder exists, skipped with a message where it does not (a fresh
// clone). Values are the gold's (../shared/real/annotated/gold). Scans (OCR) are scored by
// ../shared/tools/score-real.mjs, not here: they take seconds a page.

import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanAsync } from '../../src/index.js';

const raw = new URL('../../../shared/real/annotated/raw/', import.meta.url);
const present = existsSync(raw);
if (!present) console.log('real-formats: ../shared/real/annotated is absent here; skipping the real .docx/.doc/PDF checks');

const read = (name: string) => parsePlanAsync(readFileSync(new URL(name, raw)), { path: name, ocr: false });

describe.skipIf(!present)('real office files and PDFs (../shared/real/annotated)', () => {
  it('b13.pdf, a digitally signed text PDF: the stamped number and day, the signer', async () => {
    const doc = await read('b13.pdf');
    expect(doc.source).toMatchObject({ format: 'pdf', pages: 2 });
    expect(doc.number?.raw.replace(/\s+/g, '')).toBe('2775/SNV-CCHC&VTLT');
    expect([doc.issuedDate?.iso, doc.place, doc.issuer?.name, doc.issuer?.parent]).toEqual(['2025-11-10', 'Lâm Đồng', 'Sở Nội vụ', 'Ủy ban nhân dân tỉnh Lâm Đồng']);
    expect(doc.signer).toMatchObject({ authority: 'KT. GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC', name: 'Trần Hữu Tuấn' });
    expect(doc.recipients.length).toBeGreaterThanOrEqual(4);
  });

  it('b01.docx and b05.doc: header and signature tables read cell by cell', async () => {
    const docx = await read('b01.docx');
    expect([docx.place, docx.issuer?.name, docx.signer?.name]).toEqual(['Lâm Đồng', 'Ủy ban nhân dân tỉnh Lâm Đồng', 'Nguyễn Ngọc Phúc']);
    const doc = await read('b05.doc');
    expect(doc.source?.format).toBe('doc');
    expect([doc.docType, doc.place, doc.issuer?.name]).toEqual(['KẾ HOẠCH', 'Lâm Đồng', 'Ủy ban nhân dân tỉnh Lâm Đồng']);
    expect(doc.legalBases.map((b) => b.number)).toContain('9669/KH-UBND');
  });
});
