// Blocks of hard-wrapped text: where a wrap goes on and where a paragraph starts.

import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { detectWrapWidth, indentsFirstLines } from '../../src/segment/blocks.js';
import { splitLines } from '../../src/segment/lines.js';

/** Parses a document typed as lines. */
const parseLines = (lines: string[], path: string) => parsePlan(Buffer.from(lines.join('\n')), { path });

/** Wraps a paragraph at `width` columns, its first line indented by `indent` spaces. */
function wrapped(paragraph: string, width: number, indent: number): string[] {
  const lines: string[] = [];
  let line = ' '.repeat(indent);
  for (const word of paragraph.split(' ')) {
    if (line.trim() && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line.trim() ? `${line} ${word}` : `${line}${word}`;
  }
  lines.push(line);
  return lines;
}

const tasks = [
  'Sở Nội vụ chủ trì rà soát chức năng, nhiệm vụ của các cơ quan chuyên môn sau sắp xếp; thực hiện quản lý biên chế, vị trí việc làm đúng quy định của pháp luật hiện hành.',
  'Sở Tài chính chủ trì hướng dẫn thực hiện cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập; giải ngân vốn đầu tư công đạt trên 95% kế hoạch vốn được giao trong năm.',
  'Sở Khoa học và Công nghệ chủ trì, phối hợp với Công an tỉnh triển khai các nền tảng số dùng chung, bảo đảm an toàn thông tin; 100% văn bản được trao đổi dưới dạng điện tử.',
];

function plan(indent: number): string {
  const lines = [
    'ỦY BAN NHÂN DÂN',
    'TỈNH LÀO CAI',
    'Số: 15/KH-UBND',
    'Lào Cai, ngày 10 tháng 1 năm 2026',
    'KẾ HOẠCH',
    'Cải cách hành chính năm 2026',
    ...wrapped('Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;', 80, indent),
    'I. NHIỆM VỤ TRÊN TỪNG LĨNH VỰC',
    ...wrapped('Lĩnh vực 1. Cải cách tổ chức bộ máy hành chính nhà nước', 80, indent),
    ...wrapped(tasks[0]!, 80, indent),
    ...wrapped('Lĩnh vực 2. Cải cách tài chính công', 80, indent),
    ...wrapped(tasks[1]!, 80, indent),
    // A heading as wide as the wrap, then the indented paragraph under it.
    ...wrapped('Lĩnh vực 3. Xây dựng và phát triển chính quyền điện tử, chính quyền số tỉnh', 80, indent),
    ...wrapped(tasks[2]!, 80, indent),
    // A heading wrapped inside its words: the line that goes on starts in lower case.
    ...wrapped('Lĩnh vực 4. Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội của tỉnh', 80, indent),
    ...wrapped('Ủy ban nhân dân các xã, phường chủ trì tổ chức đối thoại với người dân, doanh nghiệp về thủ tục hành chính ít nhất hai lần trong năm theo quy định.', 80, indent),
    'II. TỔ CHỨC THỰC HIỆN',
    ...wrapped('Sở Nội vụ là cơ quan thường trực, hướng dẫn, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh theo quy định.', 80, indent),
    ...wrapped('Các sở, ban, ngành, Ủy ban nhân dân các xã, phường ban hành kế hoạch triển khai trước ngày 31/3/2026; báo cáo kết quả thực hiện lồng ghép trong báo cáo quý.', 80, indent),
  ];
  return lines.join('\n');
}

describe('hard-wrapped text with indented first lines', () => {
  it('is told from wrapped text at the margin', () => {
    const indented = splitLines(plan(9));
    const flush = splitLines(plan(0));
    expect(indentsFirstLines(indented, detectWrapWidth(indented))).toBe(true);
    expect(indentsFirstLines(flush, detectWrapWidth(flush))).toBe(false);
    expect(indentsFirstLines(indented, null)).toBe(false);
  });

  it('ends a full-width heading where the indented paragraph under it starts', () => {
    const doc = parsePlan(Buffer.from(plan(9)), { path: 'plan.txt' });
    const areas = doc.sections[0]!.children;
    expect(areas.map((s) => s.heading)).toEqual([
      'Cải cách tổ chức bộ máy hành chính nhà nước',
      'Cải cách tài chính công',
      'Xây dựng và phát triển chính quyền điện tử, chính quyền số tỉnh',
      'Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội của tỉnh',
    ]);
    expect(doc.assignments.find((a) => a.unit.name === 'Sở Khoa học và Công nghệ')?.role).toBe('lead');
  });
});

describe('a web export’s chrome after an appendix', () => {
  it('is dropped, with the documents it links to', () => {
    const doc = parseLines(
      [
        'ỦY BAN NHÂN DÂN',
        'TỈNH NGHỆ AN',
        'Số: 980/KH-UBND',
        'Nghệ An, ngày 18 tháng 11 năm 2025',
        'KẾ HOẠCH',
        'Triển khai thi hành Nghị định số 200/2025/NĐ-CP',
        'I. MỤC ĐÍCH, YÊU CẦU',
        'Bảo đảm triển khai kịp thời các nhiệm vụ tại Nghị định số 200/2025/NĐ-CP.',
        'PHỤ LỤC',
        'DANH MỤC NHIỆM VỤ',
        'TT\tNội dung\tCơ quan chủ trì',
        '1\tRà soát văn bản\tSở Tư pháp',
        'Văn bản liên quan',
        'Ban hành:',
        '04/09/2025',
        'Quyết định 1349/QĐ-UBND năm 2025 phê duyệt Quy trình nội bộ',
        'Nghị định 13/2023/NĐ-CP về Bảo vệ dữ liệu cá nhân yêu cầu xác nhận sự đồng ý của thành viên',
      ],
      'plan.txt',
    );
    const numbers = doc.citations.map((c) => c.number);
    expect(numbers).toContain('200/2025/NĐ-CP');
    expect(numbers).not.toContain('1349/QĐ-UBND');
    expect(numbers).not.toContain('13/2023/NĐ-CP');
    expect(doc.diagnostics.map((d) => d.code)).toContain('segment/web-debris-dropped');
  });
});

describe('footnotes a reader put after the text', () => {
  it('are read for their references, not dropped as debris after the signature', async () => {
    const { ingest } = await import('../../src/ingest/index.js');
    const { parseIngested } = await import('../../src/pipeline.js');
    const body = [
      'ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', 'Số: 12/QĐ-UBND', 'Lâm Đồng, ngày 5 tháng 1 năm 2026', 'QUYẾT ĐỊNH', 'Ban hành Kế hoạch thi đua năm 2026',
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thi đua năm 2026.', 'Nơi nhận:', '- Như Điều 3;', '- Lưu: VT.', 'CHỦ TỊCH', 'Nguyễn Văn An',
    ].join('\n');
    const footnote = 'Theo Quyết định: Thống nhất áp dụng Quyết định số 01/2025/QĐ-UBND ngày 03 tháng 01 năm 2025 của Ủy ban nhân dân tỉnh.';
    const text = `${body}\n\n${footnote}`;
    const read = ingest(text, { path: 'plan.doc.txt' });
    if (!read.ok) throw new Error('not read');
    const without = parseIngested(read).document;
    expect(without.citations.map((c) => c.number)).not.toContain('01/2025/QĐ-UBND');
    const withFootnotes = parseIngested({ ...read, source: { ...read.source, layout: { footnotesStart: body.length + 2 } } }).document;
    expect(withFootnotes.citations.map((c) => c.number)).toContain('01/2025/QĐ-UBND');
    expect(withFootnotes.signer).toEqual(without.signer);
  });
});

describe('an export’s own footnotes after the signature', () => {
  it('give their references as citations', () => {
    const doc = parseLines(
      [
        'ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HÀ NỘI', 'Số: 30/KH-UBND', 'Hà Nội, ngày 5 tháng 2 năm 2026', 'KẾ HOẠCH', 'Rà soát thủ tục hành chính năm 2026',
        'I. MỤC ĐÍCH', 'Rà soát theo Quyết định số 1159/QĐ-UBND[1].', 'Nơi nhận:', '- Lưu: VT.', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Vũ Thu Hà', '',
        '[1] Quyết định số 1159/QĐ-UBND được sửa đổi, bổ sung tại Quyết định số 4417/QĐ-UBND ngày 18/8/2025 của Ủy ban nhân dân Thành phố.',
      ],
      'plan.txt',
    );
    expect(doc.citations.map((c) => c.number)).toContain('4417/QĐ-UBND');
    expect(doc.signer).toMatchObject({ name: expect.anything() });
  });
});

describe('a news post’s list of related posts', () => {
  it('is dropped with what it names, though the post has no numbered part', () => {
    const doc = parseLines(
      [
        'SỞ NỘI VỤ TỈNH QUẢNG TRỊ',
        'Quảng Trị đặt mục tiêu đưa PAR INDEX vào nhóm 20 tỉnh dẫn đầu',
        'Ngày 23/02/2026, UBND tỉnh ban hành Kế hoạch số 64/KH-UBND về cải thiện, nâng cao Chỉ số cải cách hành chính (PAR INDEX) tỉnh Quảng Trị năm 2026.',
        'Kế hoạch được ban hành nhằm cụ thể hóa Kế hoạch số 230/KH-UBND ngày 10/12/2025 của UBND tỉnh về cải cách hành chính nhà nước năm 2026.',
        'Tin liên quan:',
        '- Triển khai Kế hoạch số 12/KH-UBND nâng cao Chỉ số PAPI (10/01/2026)',
      ],
      'post.txt',
    );
    expect(doc.number?.raw).toBe('64/KH-UBND');
    expect(doc.docType).toBe('KẾ HOẠCH');
    expect(doc.citations.map((c) => c.number)).toEqual(['230/KH-UBND']);
    expect(doc.indices.map((i) => i.code)).not.toContain('PAPI');
  });
});
