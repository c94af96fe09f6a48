// The Nơi nhận list, and the signer beside it.

import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

const plan = (footer: string[]) =>
  parsePlan(['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', 'Số: 7/KH-UBND', 'Lâm Đồng, ngày 8 tháng 1 năm 2026', 'KẾ HOẠCH', 'Cải cách hành chính năm 2026', 'I. MỤC ĐÍCH', '- Nâng cao chất lượng phục vụ.', ...footer].join('\n'));

describe('recipients', () => {
  it('reads the list that goes on after the signer title (a signature table broken across a page)', () => {
    const doc = plan(['Nơi nhận:', '- Bộ Nội vụ;', '- Thường trực Tỉnh ủy;', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '- UBND các xã, phường, đặc khu;', '- Lưu: VT, NC.', 'Nguyễn Ngọc Phúc']);
    expect(doc.recipients).toEqual(['Bộ Nội vụ', 'Thường trực Tỉnh ủy', 'UBND các xã, phường, đặc khu', 'Lưu: VT, NC']);
    expect([doc.signer?.authority, doc.signer?.position, doc.signer?.name]).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Ngọc Phúc']);
  });

  it('ends at the signer when the list has reached its Lưu', () => {
    const doc = plan(['Nơi nhận:', '- Bộ Nội vụ;', '- Lưu: VT.', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Ngọc Phúc']);
    expect(doc.recipients).toEqual(['Bộ Nội vụ', 'Lưu: VT']);
  });
});
