// Which references of a "Căn cứ / Thực hiện …" paragraph are what the document rests on, and which are
// documents named inside them. A basis is the first reference, or one listed after it ("…; Nghị định
// số …", "Luật A, Luật B và Luật C", "các Quyết định: số …, số …"); a reference reached through words
// ("Nghị quyết số 71/NQ-CP … sửa đổi … Chương trình hành động … thực hiện Nghị quyết số 57-NQ/TW",
// "Luật Đất đai … được sửa đổi, bổ sung tại Luật …", "; UBND thành phố ban hành Kế hoạch “Triển khai
// thực hiện Nghị quyết số 214/NQ-CP …”") is a citation nested in one. A list goes on at the level of
// its first item. Evidence: real f02, f06, f08, f14, f17 (nested references were 21 of 80 legal bases).

import type { RawCitation } from './citations.js';

// Between two items of one list: a comma, "và", "các", a colon, a bare "số", bullets; after a ";" also
// the opener of the next basis run on ("…năm 2025; Căn cứ Kế hoạch số 77/KH-UBND …", f28).
const listSeparator = /^[\s,:\-–+•]*(?:(?:và|cùng|hoặc|Căn\s+cứ|căn\s+cứ|Thực\s+hiện|thực\s+hiện|Triển\s+khai)\s+)?(?:các\s+)?(?:(?:số|Số)\s*)?$/u;
// A basis as amended: "Luật Xây dựng số 50/2014/QH13, được sửa đổi, bổ sung tại Luật …", "(được điều
// chỉnh bổ sung bởi Quyết định số 128/QĐ-LĐTBXH …" (f06, f28): the amending document is a basis too.
const amendedBy = /(?:được\s+)?(?:điều\s+chỉnh\s*,?\s*)?(?:sửa\s+đổi\s*,?\s*)?bổ\s+sung(?:\s+cập\s+nhật)?(?:\s+một\s+số\s+(?:điều|nội\s+dung))?\s+(?:tại|bởi|theo)\s+$/u;

// A second basis joined by "và" after the first one's subject: "Căn cứ Nghị quyết số 68-NQ/TW ngày … của
// Bộ Chính trị về phát triển kinh tế tư nhân và Nghị quyết số 138/NQ-CP ngày … của Chính phủ …", "Thực
// hiện Kế hoạch số 77/KH-UBND … về nâng cao Chỉ số PAR INDEX … và Công văn số 610/BNV-CCHC ngày …"
// (real-like r03, r13; bulk: four documents). It names a document of its own (number and date); a
// subject with a verb that leads to documents ("về thực hiện Nghị quyết … và Chương trình …", f17) keeps
// what follows "và" inside it.
const joinedByAnd = /\s(?:và|cùng)\s+$/u;
const leadsToDocuments = /(?<!\p{L}|\p{M})(?:triển\s+khai|thực\s+hiện|thi\s+hành|ban\s+hành|kèm\s+theo|hướng\s+dẫn|quy\s+định|sửa\s+đổi|bổ\s+sung|thay\s+thế|bãi\s+bỏ|phê\s+duyệt|theo|tại|căn\s+cứ)(?!\p{L}|\p{M})/iu;

/**
 * The bases among one paragraph's references (`text` is the normalized text their spans point into).
 * @example basesOf(findCitations('Căn cứ Nghị quyết số 71/NQ-CP … thực hiện Nghị quyết số 57-NQ/TW;', 0), text).length // 1
 */
export function basesOf(references: RawCitation[], text: string): RawCitation[] {
  const bases: RawCitation[] = [];
  let previousNested = false;
  for (let k = 0; k < references.length; k++) {
    const reference = references[k]!;
    let nested = false;
    if (k > 0) {
      const previous = references[k - 1]!;
      // From the end of the reference proper: a subject ("… về việc triển khai Kế hoạch hành động số …")
      // is words, so a reference inside it is nested.
      const gap = text.slice(Math.min(previous.headEnd, reference.span.start), reference.span.start);
      const semicolon = gap.lastIndexOf(';');
      if (amendedBy.test(text.slice(Math.max(previous.span.start, reference.span.start - 90), reference.span.start))) nested = false;
      else if (semicolon >= 0) nested = !listSeparator.test(gap.slice(semicolon + 1));
      else if (!previousNested && reference.number && reference.date && joinedByAnd.test(gap) && !leadsToDocuments.test(gap)) nested = false;
      // The laws listed after an amending law are those it amends, named inside its name.
      else nested = listSeparator.test(gap) ? previousNested || previous.amends : true;
    }
    if (!nested) bases.push(reference);
    previousNested = nested;
  }
  return bases;
}
