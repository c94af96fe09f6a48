// Blanks left for handwriting in an unsigned draft: "Số:             /UBND-NC", "ngày       tháng 11 năm
// 2025". Typed with runs of spaces in Word (real b01, b05, b11), they read as column gaps to every rule
// that splits a flattened header at three spaces; a plan typed in a text editor has one space there.

const blankAfterNumber = /(Số\s*:)[ \t\u00a0]{2,}(?=[/\d])/gu;
const blankInDate = /(ngày|tháng)[ \t\u00a0]{2,}(?=(?:\d{1,2}[ \t\u00a0]+)?(?:tháng|năm)(?![\p{L}]))/giu;
const blankAfterDay = /(ngày|tháng)[ \t\u00a0]+(\d{1,2})[ \t\u00a0]{2,}(?=(?:tháng|năm)(?![\p{L}]))/giu;

/**
 * @example closePlaceholders('Số:             /UBND-NC') // 'Số: /UBND-NC'
 * @example closePlaceholders('Lâm Đồng, ngày       tháng  02  năm 2026') // 'Lâm Đồng, ngày tháng 02 năm 2026'
 */
export function closePlaceholders(line: string): string {
  if (!line.includes('  ') && !line.includes('\t')) return line;
  return line.replace(blankAfterNumber, '$1 ').replace(blankAfterDay, '$1 $2 ').replace(blankInDate, '$1 ').replace(blankAfterDay, '$1 $2 ');
}
