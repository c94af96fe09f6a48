// Mục đích and Yêu cầu items, and the Mục tiêu that stands in for a missing Mục đích.

import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

const plan = (body: string[]) =>
  parsePlan(['ỦY BAN NHÂN DÂN', 'HUYỆN TÂN PHÚ', 'Số: 7/KH-UBND', 'Tân Phú, ngày 8 tháng 1 năm 2024', 'KẾ HOẠCH', 'Nâng cao Chỉ số cải cách hành chính năm 2024', ...body].join('\n'));

describe('purposes', () => {
  it('reads a Mục tiêu paired with a Yêu cầu as the purposes when there is no Mục đích', () => {
    const doc = plan(['I. MỤC TIÊU, YÊU CẦU', '1. Mục tiêu', '- Phấn đấu Chỉ số đạt từ 85 điểm trở lên.', '- Khắc phục 100% tiêu chí bị trừ điểm.', '2. Yêu cầu', '- Gắn kết quả với thi đua, khen thưởng.']);
    expect(doc.purposes.map((p) => p.text)).toEqual(['Phấn đấu Chỉ số đạt từ 85 điểm trở lên.', 'Khắc phục 100% tiêu chí bị trừ điểm.']);
    expect(doc.requirements).toHaveLength(1);
  });

  it('keeps the Mục đích when there is one, and a Mục tiêu without a Yêu cầu beside it out', () => {
    const withPurpose = plan(['I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', '- Nâng cao chất lượng phục vụ.', '2. Yêu cầu', '- Bảo đảm đúng tiến độ.', 'II. MỤC TIÊU', '- Chỉ số đạt 90%.']);
    expect(withPurpose.purposes.map((p) => p.text)).toEqual(['Nâng cao chất lượng phục vụ.']);
    const alone = plan(['I. MỤC TIÊU', '- Chỉ số đạt 90%.', 'II. NHIỆM VỤ', '1. Rà soát thủ tục hành chính.']);
    expect(alone.purposes).toEqual([]);
  });
});

describe('requirements', () => {
  it('leaves out a "Yêu cầu về …" of a part of tasks: what a task must deliver', () => {
    const doc = plan(['I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', '- Cắt giảm chi phí tuân thủ.', '2. Yêu cầu', '- Rà soát thực chất, có trọng tâm.', 'II. NỘI DUNG RÀ SOÁT', '1. Phạm vi', '- Toàn bộ thủ tục hành chính của tỉnh.', '2. Yêu cầu về sản phẩm', '- Báo cáo kết quả rà soát kèm phương án đơn giản hóa.']);
    expect(doc.requirements.map((r) => r.text)).toEqual(['Rà soát thực chất, có trọng tâm.']);
  });
});
