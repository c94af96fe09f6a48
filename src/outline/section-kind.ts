// Heading text → canonical SectionKind, from the part titles plans use (documents.md §5.6):
// "MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU", "TỔ CHỨC THỰC HIỆN", "KINH PHÍ THỰC HIỆN", …

import { foldText } from '../util/fold.js';

export type SectionKind =
  | 'purpose_requirements'
  | 'purpose'
  | 'requirement'
  | 'tasks'
  | 'dimension'
  | 'organization'
  | 'schedule'
  | 'reporting'
  | 'funding'
  | 'targets'
  | 'assessment'
  | 'appendix'
  | 'other';

// Checked in order; the first that fits wins.
const kindRules: Array<[RegExp, SectionKind]> = [
  [/^mục đích\s*(?:,|và|-|–)?\s*yêu cầu/, 'purpose_requirements'],
  [/^(?:mục đích|ý nghĩa)/, 'purpose'],
  [/^yêu cầu/, 'requirement'],
  [/^(?:mục tiêu|chỉ tiêu)/, 'targets'],
  [/^(?:tổ chức thực hiện|phân công (?:nhiệm vụ|trách nhiệm|thực hiện)|giao nhiệm vụ|trách nhiệm (?:thực hiện|của)|tổ chức triển khai)/, 'organization'],
  [/^(?:chế độ (?:thông tin,? )?báo cáo|thông tin,? báo cáo|báo cáo)/, 'reporting'],
  [/^(?:kinh phí|nguồn kinh phí|kinh phí thực hiện)/, 'funding'],
  [/^(?:thời gian|tiến độ|lộ trình|thời hạn)/, 'schedule'],
  [/^phụ lục/, 'appendix'],
  [/^(?:kiểm tra|đánh giá|sơ kết|tổng kết|khen thưởng|theo dõi|kết quả|tình hình|thực trạng)|phương pháp đánh giá/, 'assessment'],
  [/(?:nhiệm vụ|giải pháp|nội dung|công tác|hoạt động|biện pháp)/, 'tasks'],
];

/**
 * @example sectionKindOf('MỤC ĐÍCH, YÊU CẦU:') // 'purpose_requirements'
 */
export function sectionKindOf(heading: string): SectionKind {
  const folded = foldText(heading)
    .replace(/^[\s"“”'(]+/, '')
    .replace(/\s+/g, ' ');
  for (const [pattern, kind] of kindRules) if (pattern.test(folded)) return kind;
  return 'other';
}

// A heading that names a responsible unit: "2. Thanh tra Sở", "3. Văn phòng", "1. Lãnh đạo các phòng".
const unitHeadingPattern =
  /^(?:giao\s+)?(?:phòng|sở|ban(?! hành)|văn phòng|thanh tra|trung tâm|ủy ban|ubnd|hđnd|chủ tịch|phó chủ tịch|thủ trưởng|lãnh đạo|trưởng|giám đốc|các cơ quan|các phòng|các đơn vị|các sở|công an|bộ phận|mặt trận|ủy ban mặt trận|hội|đoàn|cơ quan|người đứng đầu|đề nghị|đài|báo|cục|chi cục|bưu điện|viện|trường|liên đoàn|đảng ủy|mttq)(?!\p{L}|\p{M}|\d)/u;

export function namesUnit(heading: string): boolean {
  return unitHeadingPattern.test(foldText(heading).trim());
}

/** The heading a reconstructed section gets when its children show what it was. */
export const inferredHeadings: Partial<Record<SectionKind, string>> = {
  purpose_requirements: 'MỤC ĐÍCH, YÊU CẦU',
  organization: 'TỔ CHỨC THỰC HIỆN',
};
