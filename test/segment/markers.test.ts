import { describe, expect, it } from 'vitest';
import { readMarker } from '../../src/segment/markers.js';

describe('readMarker', () => {
  it.each([
    // [line, kind, path, label]
    ['II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU', 'roman', ['II'], 'II.'],
    ['II - NHIỆM VỤ TRỌNG TÂM', 'roman', ['II'], 'II -'],
    ['IV: KINH PHÍ', 'roman', ['IV'], 'IV:'],
    ['2.1. Đối với nội dung “Tham gia của người dân ở cấp cơ sở”', 'nested', ['2', '1'], '2.1.'],
    ['1.1 Chỉ số “Tri thức công dân”', 'nested', ['1', '1'], '1.1'],
    ['1.1.2. Rà soát', 'nested', ['1', '1', '2'], '1.1.2.'],
    ['1. Mục đích', 'arabic', ['1'], '1.'],
    ['2) Góp phần cải thiện', 'arabic', ['2'], '2)'],
    ['a) Đối với công tác phòng, chống tham nhũng', 'letter', ['a'], 'a)'],
    ['đ) Nội dung', 'letter', ['đ'], 'đ)'],
    ['Điều 1. Ban hành kèm theo', 'article', ['D1'], 'Điều 1.'],
    ['PHẦN I. MỤC TIÊU', 'part', ['P1'], 'PHẦN I.'],
    ['Phần thứ hai: NHIỆM VỤ', 'part', ['P2'], 'Phần thứ hai:'],
  ])('%s', (line, kind, path, label) => {
    expect(readMarker(line).marker).toMatchObject({ kind, path, label });
  });

  it.each([
    ['- Tuyên truyền', '-'],
    ['+ Rà soát', '+'],
    ['• Nội dung', '•'],
    ['* Nội dung', '*'],
  ])('bullet %s', (line, bullet) => {
    expect(readMarker(line).bullet).toBe(bullet);
  });

  it.each([
    'Từ ngày 20/3 đến ngày 25/3', // a date, not a number
    '15/11/2024 là hạn cuối',
    'Vì vậy, cần thực hiện', // "V" of a word is not a roman numeral
    'V/v triển khai kế hoạch',
    '2024 là năm',
  ])('no marker in %s', (line) => {
    expect(readMarker(line).marker).toBeUndefined();
  });
});
