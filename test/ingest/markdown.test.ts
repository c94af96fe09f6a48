// Markdown read with remark-parse: the text a reader sees, the plan's own markers and lines kept.

import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../src/ingest/markdown.js';

describe('markdownToText', () => {
  it('drops the markup and keeps the text: headings, emphasis, escapes, links, images, inline HTML', () => {
    expect(markdownToText('## II\\. NHIỆM VỤ')).toBe('II. NHIỆM VỤ');
    expect(markdownToText('**1\\. Mục đích**')).toBe('1. Mục đích');
    expect(markdownToText('Căn cứ [Quyết định số 2844/QĐ-UBND](https://vbpl.vn/qd-2844) ngày 14/8/2021;')).toBe('Căn cứ Quyết định số 2844/QĐ-UBND ngày 14/8/2021;');
    expect(markdownToText('![Quốc huy](qh.png) <span>ỦY BAN NHÂN DÂN</span>')).toBe('Quốc huy ỦY BAN NHÂN DÂN');
    expect(markdownToText('KẾ HOẠCH\n=======\n\nCải thiện Chỉ số PAPI')).toBe('KẾ HOẠCH\n\nCải thiện Chỉ số PAPI');
  });

  it('keeps list markers as typed, soft line breaks as lines, and quotes, code and tables as text', () => {
    expect(markdownToText('1. Mục đích\n2. Yêu cầu')).toBe('1. Mục đích\n\n2. Yêu cầu');
    expect(markdownToText('a) Nội dung một\nb) Nội dung hai')).toBe('a) Nội dung một\nb) Nội dung hai');
    expect(markdownToText('* Tuyên truyền\n+ Kiểm tra\n3) Báo cáo')).toBe('- Tuyên truyền\n\n- Kiểm tra\n\n3) Báo cáo');
    expect(markdownToText('> Căn cứ Luật Tổ chức chính quyền địa phương;')).toBe('Căn cứ Luật Tổ chức chính quyền địa phương;');
    expect(markdownToText('```\nSTT\tNội dung\n```')).toBe('STT\tNội dung');
    expect(markdownToText('| STT | Nội dung |\n|---|---|\n| 1 | Rà soát |')).toBe('| STT | Nội dung |\n|---|---|\n| 1 | Rà soát |');
    expect(markdownToText('---\n\n<!-- ghi chú -->\n\nNơi nhận:')).toBe('Nơi nhận:');
  });

  it('puts a wrap at a phrase’s own hyphen back on its line, where Markdown read a list', () => {
    for (const engine of ['auto', 'remark'] as const) {
      expect(markdownToText('phối hợp tổ chức chính trị\n- xã hội tại địa phương thực hiện', { engine })).toBe('phối hợp tổ chức chính trị\n- xã hội tại địa phương thực hiện');
      // A real list after a finished sentence, or items in capitals, stay a list.
      expect(markdownToText('Các nội dung sau:\n- rà soát\n- báo cáo', { engine })).toBe('Các nội dung sau:\n\n- rà soát\n\n- báo cáo');
      expect(markdownToText('Nội dung chính\n- Rà soát', { engine })).toBe('Nội dung chính\n\n- Rà soát');
    }
  });
});
