// Which references of the preamble's "Căn cứ / Thực hiện" paragraphs are bases and which are nested
// citations, on whole plans (the paragraph split matters as much as the words).

import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

function plan(preamble: string, path = 'plan.txt') {
  const text = [
    'ỦY BAN NHÂN DÂN',
    'TỈNH NINH BÌNH',
    '',
    'Số: 12/KH-UBND',
    '',
    'Ninh Bình, ngày 5 tháng 1 năm 2026',
    '',
    'KẾ HOẠCH',
    'Cải cách hành chính năm 2026',
    '',
    preamble,
    '',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '1. Mục đích',
    'Nâng cao chất lượng phục vụ người dân.',
    '',
  ].join('\n');
  return parsePlan(Buffer.from(text), { path });
}

const numbers = (refs: ReadonlyArray<{ number: string | null }>) => refs.map((r) => r.number);

describe('legal bases', () => {
  it('reads a second document joined by "và" after the first one’s subject as a basis', () => {
    const doc = plan(
      'Căn cứ Nghị quyết số 68-NQ/TW ngày 04 tháng 5 năm 2025 của Bộ Chính trị về phát triển kinh tế tư nhân và Nghị quyết số 138/NQ-CP ngày 16 tháng 5 năm 2025 của Chính phủ ban hành Kế hoạch hành động của Chính phủ thực hiện Nghị quyết số 68-NQ/TW;',
    );
    expect(numbers(doc.legalBases)).toEqual(['68-NQ/TW', '138/NQ-CP']);
    expect(doc.legalBases[1]).toMatchObject({ type: 'Nghị quyết', date: '2025-05-16', issuer: 'Chính phủ' });
    // The Nghị quyết the second one carries out is named inside it.
    expect(numbers(doc.citations)).toEqual(['68-NQ/TW']);
  });

  it('keeps a document inside a subject that leads to it ("về thực hiện … và …") a citation', () => {
    const doc = plan(
      'Căn cứ Kế hoạch số 283/KH-UBND ngày 24/9/2025 của Ủy ban nhân dân tỉnh về thực hiện Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ và Chương trình hành động số 10-CTr/TU ngày 13/8/2025 của Ban Thường vụ Tỉnh ủy;',
    );
    expect(numbers(doc.legalBases)).toEqual(['283/KH-UBND']);
    expect(numbers(doc.citations)).toEqual(['71/NQ-CP', '10-CTr/TU']);
  });

  it('does not make a bare mention after "và" a basis (no date of its own)', () => {
    const doc = plan('Căn cứ Quyết định số 35/QĐ-UBND ngày 10/01/2026 của Ủy ban nhân dân tỉnh về chỉ số cải cách hành chính và Kế hoạch số 9/KH-UBND;');
    expect(numbers(doc.legalBases)).toEqual(['35/QĐ-UBND']);
  });

  it('reads "Tiếp tục thực hiện …" as a basis line', () => {
    const doc = plan('Tiếp tục thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ về ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030, UBND tỉnh ban hành Kế hoạch như sau:');
    expect(numbers(doc.legalBases)).toEqual(['76/NQ-CP']);
  });

  it('reads the items of a factored list on the paragraph after its colon', () => {
    const doc = plan(
      'Căn cứ các Quyết định của Thủ tướng Chính phủ:\n\nsố 1847/QĐ-TTg ngày 27/12/2018 phê duyệt Đề án Văn hóa công vụ; số 766/QĐ-TTg ngày 23/6/2022 phê duyệt Bộ chỉ số chỉ đạo, điều hành;\n\nCăn cứ Kế hoạch số 287/KH-UBND ngày 20/11/2025 của Ủy ban nhân dân tỉnh;',
    );
    expect(numbers(doc.legalBases)).toEqual(['1847/QĐ-TTg', '766/QĐ-TTg', '287/KH-UBND']);
    expect(doc.legalBases.map((b) => b.type)).toEqual(['Quyết định', 'Quyết định', 'Kế hoạch']);
  });

  it('does not take a paragraph that opens with "số" after an unrelated colon', () => {
    const doc = plan('Căn cứ Kế hoạch số 287/KH-UBND ngày 20/11/2025 của Ủy ban nhân dân tỉnh;\n\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\nsố 5/KH-UBND ngày 2/1/2026 là kế hoạch trước.');
    expect(numbers(doc.legalBases)).toEqual(['287/KH-UBND']);
  });
});
