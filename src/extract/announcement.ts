// A portal news post that announces a plan: "Ngày 17/01/2026, UBND huyện Krông Pắc ban hành Kế hoạch số
// 19/KH-UBND về nâng cao Chỉ số PAPI …". The post has no Nghị định 30 header; its opening sentence names
// the plan's number, date, issuer and trích yếu, which is what a reader of the post wants as its values.
// Only the post's opening paragraphs count: encyclopedia texts also tell that "Ngày 5/5/1992, Ban Bí thư
// ban hành Quyết định số 29-QĐ/TW …", deep in their history sections (real negatives).

import type { Block } from '../segment/index.js';
import { squash } from '../util/fold.js';
import { type Span, span } from '../util/span.js';
import { parseVietnameseDate } from './dates.js';
import { documentNumberPattern } from './document-number.js';

export interface Announcement {
  type: { text: string; span: Span };
  number: { raw: string; span: Span };
  date: { iso: string; span: Span } | null;
  issuer: { text: string; span: Span } | null;
  title: { text: string; span: Span } | null;
}

// Paragraphs of the post read for its announcement: everything up to its third paragraph of prose
// (a sentence of twenty words or more), past menus, breadcrumbs, the headline and the byline.
const OPENING_PROSE = 3;
const PROSE_WORDS = 20;
const announcedType = String.raw`(Kế\s+hoạch|Chương\s+trình|Đề\s+án|Phương\s+án|Chỉ\s+thị|Quyết\s+định)`;
const issuingBody = String.raw`((?:Ủy\s+ban\s+nhân\s+dân|UBND|Hội\s+đồng\s+nhân\s+dân|HĐND|Sở|Ban|Văn\s+phòng|Chủ\s+tịch|Bộ|Thủ\s+tướng|Tỉnh\s+ủy|Thành\s+ủy|Huyện\s+ủy|Đảng\s+ủy)(?:\s+[^\s.,;:]+){0,9}?)`;
const announcing = new RegExp(
  String.raw`${issuingBody}\s+(?:đã\s+|vừa\s+|mới\s+|chính\s+thức\s+)*(?:ký\s+)?ban\s+hành\s+${announcedType}\s+(?:số\s*:?\s*)(${documentNumberPattern.source})`,
  'u',
);
// "Ngày 17/01/2026, …" or "Ngày 17 tháng 01 năm 2026, …" opening the sentence.
const leadingDate = /(?:^|[.!?]\s+)Ngày\s+(?=\d)/u;

/**
 * The plan a post's opening announces, or null.
 * @example readAnnouncement(blocks, text)?.number.raw // '19/KH-UBND'
 */
export function readAnnouncement(blocks: readonly Block[], text: string): Announcement | null {
  let prose = 0;
  for (const block of blocks) {
    if (prose >= OPENING_PROSE) break;
    if (block.kind !== 'paragraph' && block.kind !== 'heading') continue;
    if (block.text.split(' ').length >= PROSE_WORDS) prose++;
    const slice = text.slice(block.start, block.end);
    const m = announcing.exec(slice);
    if (!m) continue;
    const at = (group: number, from = m.index) => block.start + slice.indexOf(m[group]!, from);
    const numberStart = at(3, m.index + m[0].length - m[3]!.length);
    const numberEnd = numberStart + m[3]!.length;
    let end = numberEnd - block.start;
    let date: Announcement['date'] = null;
    const dateAfter = /^\s*,?\s*(?=ngày)/iu.exec(slice.slice(end));
    const after = dateAfter ? parseVietnameseDate(slice.slice(end + dateAfter[0].length)) : null;
    if (after?.iso && dateAfter) {
      const from = end + dateAfter[0].length;
      date = { iso: after.iso, span: span(block.start + from, block.start + from + after.length) };
      end = from + after.length;
    } else {
      // The sentence's own "Ngày …, " is the day the plan was issued.
      const sentenceStart = slice.slice(0, m.index).search(/(?:^|[.!?]\s+)[^.!?]*$/u);
      const lead = leadingDate.exec(slice.slice(Math.max(0, sentenceStart)));
      if (lead) {
        const from = Math.max(0, sentenceStart) + lead.index + lead[0].length - 'Ngày '.length;
        const parsed = parseVietnameseDate(slice.slice(from));
        if (parsed?.iso && from + parsed.length <= m.index + 2) date = { iso: parsed.iso, span: span(block.start + from, block.start + from + parsed.length) };
      }
    }
    let title: Announcement['title'] = null;
    const about = /^\s*(?:của\s+[^,;.]{2,60}?\s+)?(?:về\s+việc|về|V\/v|v\/v)\s+/u.exec(slice.slice(end));
    if (about) {
      const from = end + about[0].length;
      const clause = slice.slice(from);
      const stop = /[.;](?=\s|$)|,\s+(?:trong\s+đó|theo\s+đó|với\s+mục|nhằm|qua\s+đó|và|đồng\s+thời)\s|\s+\(sau\s+đây|\n/u.exec(clause);
      const raw = clause.slice(0, stop ? stop.index : clause.length).replace(/[\s,]+$/u, '');
      if (raw.split(/\s+/u).length >= 3) {
        const value = squash(raw);
        title = { text: value.charAt(0).toUpperCase() + value.slice(1), span: span(block.start + from, block.start + from + raw.length) };
      }
    }
    const issuerStart = at(1);
    return {
      type: { text: squash(m[2]!).toUpperCase(), span: span(at(2, m.index), at(2, m.index) + m[2]!.length) },
      number: { raw: m[3]!, span: span(numberStart, numberEnd) },
      date,
      issuer: { text: squash(m[1]!), span: span(issuerStart, issuerStart + m[1]!.length) },
      title,
    };
  }
  return null;
}
