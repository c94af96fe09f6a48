import { describe, expect, it } from 'vitest';
import { repairOcrHeader } from '../../src/ingest/pdf/ocr-header.js';

describe('repairOcrHeader (OCR of a scanned header)', () => {
  const scanned = ['II', 'ỦY BAN NHÂN DẪN\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TÍNH PHÙ THỌ\tĐộc lập - Tự do - Hạnh phúc', 'LL', 'Số: /UBND- KSTTHC\tPhú Thọ, ngày tháng 12 năm 2011', '', 'Về việc xây dựng kế hoạch'].join('\n');

  it('writes cells that are a council, the Quốc hiệu or a province as their names, and drops the rules read as letters', () => {
    const { text } = repairOcrHeader(scanned, [0], new Set([1]));
    expect(text.split('\n').slice(0, 3)).toEqual(['ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỈNH PHÚ THỌ\tĐộc lập - Tự do - Hạnh phúc', 'Số: /UBND- KSTTHC\tPhú Thọ, ngày tháng 12 năm 2011']);
  });

  it('leaves the body, pages read from their text layer, and words that are not the vocabulary', () => {
    const body = 'Tính toán lại\nSở Nội vụ';
    const text = `UBND TĨNH PHÙ THỌ\nSỞ NỘI VỤ\nSố: 12/SNV\n${body}`;
    expect(repairOcrHeader(text, [0], new Set([1])).text).toBe(`UBND TỈNH PHÚ THỌ\nSỞ NỘI VỤ\nSố: 12/SNV\n${body}`);
    expect(repairOcrHeader(text, [0], new Set()).text).toBe(text);
  });

  it('moves the page starts after a page whose header changed length', () => {
    const page1 = 'II\nTÍNH PHÙ THỌ\nSố: 1/UBND\nmột\n';
    const page2 = 'UBND TĨNH PHÙ THỌ\nSố: 2/VP\nhai';
    const { text, pageStarts } = repairOcrHeader(page1 + page2, [0, page1.length], new Set([1, 2]));
    expect(text.slice(pageStarts[1])).toBe('UBND TỈNH PHÚ THỌ\nSố: 2/VP\nhai');
    expect(text.slice(0, pageStarts[1])).toBe('TỈNH PHÚ THỌ\nSố: 1/UBND\nmột\n');
  });
});
