import { describe, expect, it } from 'vitest';
import { expandOrganization, expandPlace } from '../../src/normalize/organization.js';

describe('expandOrganization', () => {
  it.each([
    // [as written, canonical]
    ['UBND THÀNH PHỐ HỒ CHÍ MINH', 'Ủy ban nhân dân Thành phố Hồ Chí Minh'],
    ['ỦY BAN NHÂN DÂN QUẬN 3', 'Ủy ban nhân dân Quận 3'],
    ['UBND TỈNH QUẢNG NAM', 'Ủy ban nhân dân tỉnh Quảng Nam'],
    ['ỦY BAN NHÂN DÂN XÃ NGHĨA LÂM', 'Ủy ban nhân dân xã Nghĩa Lâm'],
    ['SỞ KẾ HOẠCH VÀ ĐẦU TƯ', 'Sở Kế hoạch và Đầu tư'],
    ['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'Sở Lao động - Thương binh và Xã hội'],
    ['VĂN PHÒNG HĐND VÀ UBND', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân'],
    ['UBND tỉnh Quảng Nam', 'Ủy ban nhân dân tỉnh Quảng Nam'], // mixed case: as written, expanded
    ['Ban Thường vụ Tỉnh uỷ Quảng Nam', 'Ban Thường vụ Tỉnh ủy Quảng Nam'], // tone placement
    ['Quốc Hội', 'Quốc hội'],
    ['HUYỆN ỦY LÂM HÀ', 'Huyện ủy Lâm Hà'],
    ['BCH HỘI NÔNG DÂN TỈNH AN GIANG', 'Ban Chấp hành Hội Nông dân tỉnh An Giang'],
    ['UBMTTQ VIỆT NAM HUYỆN ĐÔNG ANH', 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện Đông Anh'],
    ['ĐOÀN ĐBQH VÀ HĐND TỈNH HÀ NAM', 'Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Hà Nam'],
    ['BẢO HIỂM XÃ HỘI TỈNH NGHỆ AN', 'Bảo hiểm xã hội tỉnh Nghệ An'],
    ['BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP', 'Ban Quản lý các khu công nghiệp'],
    ['CÔNG AN TỈNH', 'Công an tỉnh'],
    ['ĐẢNG BỘ TỈNH LÂM ĐỒNG', 'Đảng bộ tỉnh Lâm Đồng'],
    ['TRƯỜNG THCS PHÚ HỮU', 'Trường Trung học cơ sở Phú Hữu'],
    ['PHÒNG GD&ĐT HUYỆN CHÂU THÀNH', 'Phòng Giáo dục và Đào tạo huyện Châu Thành'],
  ])('%s → %s', (written, canonical) => {
    expect(expandOrganization(written)).toBe(canonical);
  });

  it.each([
    ['TP. Hồ Chí Minh', 'Thành phố Hồ Chí Minh'],
    ['Quận 3', 'Quận 3'],
    ['Hưng  Yên', 'Hưng Yên'],
  ])('place %s → %s', (written, canonical) => {
    expect(expandPlace(written)).toBe(canonical);
  });
});
