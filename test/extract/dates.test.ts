import { describe, expect, it } from 'vitest';
import { parseVietnameseDate } from '../../src/extract/dates.js';

describe('parseVietnameseDate', () => {
  it.each([
    // [text, iso]
    ['ngày 14 tháng 8 năm 2021', '2021-08-14'],
    ['ngày 27/6/2024', '2024-06-27'],
    ['ngày 02/02/2021', '2021-02-02'],
    ['ngày 5/4/2024', '2024-04-05'],
    ['ngày 10-01-2024', '2024-01-10'],
    ['ngày   tháng   năm 2021', '2021'], // blank day and month (004)
    ['ngày … tháng … năm 2023', '2023'],
    ['ngày 31/02/2024', null], // no such day
  ])('%s → %s', (text, iso) => {
    expect(parseVietnameseDate(text)?.iso).toBe(iso);
  });

  it('is null for text that is not a date', () => {
    expect(parseVietnameseDate('ngày càng tốt hơn')).toBeNull();
  });
});
