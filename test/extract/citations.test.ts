// Citations in running text: the ⟦…⟧ marks the span each must have.

import { describe, expect, it } from 'vitest';
import { findCitations } from '../../src/extract/citations.js';

/** Splits "a ⟦b⟧ c" into the text and the marked spans. */
function marked(input: string): { text: string; spans: Array<[number, number]> } {
  const spans: Array<[number, number]> = [];
  let text = '';
  let open = -1;
  for (const ch of input) {
    if (ch === '⟦') open = text.length;
    else if (ch === '⟧') spans.push([open, text.length]);
    else text += ch;
  }
  return { text, spans };
}

describe('findCitations', () => {
  it.each([
    // [input with marked spans, expected values of each citation]
    [
      'Căn cứ ⟦Quyết định số 2844/QĐ-UBND ngày 14 tháng 8 năm 2021 của Ủy ban nhân dân Thành phố về ban hành Kế hoạch cải thiện Chỉ số PAPI⟧;',
      [{ type: 'Quyết định', typeCode: 'QĐ', number: '2844/QĐ-UBND', date: '2021-08-14', issuer: 'Ủy ban nhân dân Thành phố', subject: 'ban hành Kế hoạch cải thiện Chỉ số PAPI' }],
    ],
    [
      // 001: two references in one sentence, the second without "số"
      'Thực hiện ⟦Kế hoạch số 4770/KH-UBND ngày 27/6/2024 của UBND tỉnh Quảng Nam về Cải thiện Chỉ số SIPAS⟧; ⟦Quyết định 195/QĐ-UBND ngày 19/01/2024 của UBND huyện Nam Trà My về việc ban hành Kế hoạch⟧',
      [
        { number: '4770/KH-UBND', date: '2024-06-27', issuer: 'Ủy ban nhân dân tỉnh Quảng Nam' },
        { type: 'Quyết định', number: '195/QĐ-UBND', date: '2024-01-19', issuer: 'Ủy ban nhân dân huyện Nam Trà My' },
      ],
    ],
    [
      // a generic "văn bản" takes the type of its code
      'Căn cứ ⟦văn bản 2408/KH-UBND ngày 14 tháng 3 năm 2019 của Ủy ban nhân dân Quận 10⟧;',
      [{ type: 'Kế hoạch', typeCode: 'KH', number: '2408/KH-UBND', date: '2019-03-14' }],
    ],
    [
      // laws by name, with a year, nested in another reference's subject
      // a subject ends where the next reference begins
      '(tập trung vào ⟦Luật Tố cáo năm 2018⟧, ⟦Nghị định số 31/2019/NĐ-CP ngày 10 tháng 4 năm 2019 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành⟧ ⟦Luật Tố cáo⟧)',
      [
        { type: 'Luật', number: null, name: 'Luật Tố cáo', date: '2018' },
        { type: 'Nghị định', number: '31/2019/NĐ-CP', date: '2019-04-10', issuer: 'Chính phủ' },
        { type: 'Luật', number: null, name: 'Luật Tố cáo', date: null },
      ],
    ],
    [
      // Party document; "Quốc Hội" gets its one spelling
      'theo ⟦Nghị quyết số 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương khóa XII⟧; ⟦Nghị quyết số 74/2022/QH15 ngày 15 tháng 11 năm 2022 của Quốc Hội⟧.',
      [
        { type: 'Nghị quyết', typeCode: 'NQ', number: '19-NQ/TW', date: '2017-10-25' },
        { type: 'Nghị quyết', typeCode: null, number: '74/2022/QH15', issuer: 'Quốc hội' },
      ],
    ],
    [
      // law names with commas and "và"
      'Thực hiện ⟦Luật Phòng, chống tham nhũng⟧ và ⟦Luật Hỗ trợ doanh nghiệp nhỏ và vừa⟧; ⟦Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn năm 2007⟧.',
      [{ name: 'Luật Phòng, chống tham nhũng' }, { name: 'Luật Hỗ trợ doanh nghiệp nhỏ và vừa' }, { name: 'Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn', date: '2007' }],
    ],
    [
      // "Căn cứ Luật … ngày …" names a law with its full date
      'Căn cứ ⟦Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015⟧;',
      [{ type: 'Luật', name: 'Luật Tổ chức chính quyền địa phương', date: '2015-06-19' }],
    ],
    [
      // names of bodies hold "và" and commas; a reference after them does not belong to the name
      'theo ⟦Thông tư liên tịch số 15/2014/TTLT-BTTTT-BNV ngày 22/10/2014 của Bộ Thông tin và Truyền thông và Bộ Nội vụ⟧ và ⟦Báo cáo số 112/BC-SNV ngày 30/5/2024 của Sở Văn hóa, Thể thao và Du lịch⟧, Chỉ số PAR Index',
      [
        { type: 'Thông tư liên tịch', typeCode: 'TTLT', issuer: 'Bộ Thông tin và Truyền thông và Bộ Nội vụ' },
        { type: 'Báo cáo', issuer: 'Sở Văn hóa, Thể thao và Du lịch' },
      ],
    ],
    [
      // an amending law is one citation, named after the laws it amends
      'Căn cứ ⟦Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019⟧;',
      [{ type: 'Luật', number: null, name: 'Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương', date: '2019-11-22' }],
    ],
  ])('%s', (input, expected) => {
    const { text, spans } = marked(input);
    const found = findCitations(text, 0);
    expect(found).toMatchObject(expected);
    expect(found.map((c) => [c.span.start, c.span.end])).toEqual(spans.sort((a, b) => a[0] - b[0]));
  });

  it.each([
    'Tăng cường cung cấp dịch vụ công mức độ 3, mức độ 4.', // numbers that are not references
    'quy hoạch chi tiết 1/2000, 1/500 đến Nhân dân', // map scales
    'Hệ thống quản lý chất lượng tiêu chuẩn quốc gia TCVN ISO 9001:2015.',
    'tuyên truyền pháp luật về tiếp cận thông tin', // lower-case "luật"
  ])('finds nothing in %s', (text) => {
    expect(findCitations(text, 0)).toEqual([]);
  });
});
