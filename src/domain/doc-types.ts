// Document types of Nghị định 30/2020 (Điều 7, Phụ lục III) plus the legal documents plans cite.
// Source: ../shared/domain/documents.md §5.3 (thuvienphapluat 2878, luatvietnam). Codes keep the
// official casing ("QyĐ", "CTr", "TTr"); matching is case-insensitive.

export interface DocType {
  /** Canonical name, title case: "Kế hoạch". */
  name: string;
  /** Official abbreviation in the ký hiệu, null when the type has none (Công văn). */
  code: string | null;
  /** A directive or plan kind that `isPlan` accepts. */
  planLike: boolean;
}

export const docTypes: DocType[] = [
  { name: 'Kế hoạch', code: 'KH', planLike: true },
  { name: 'Quyết định', code: 'QĐ', planLike: true },
  { name: 'Chỉ thị', code: 'CT', planLike: true },
  { name: 'Chương trình', code: 'CTr', planLike: true },
  { name: 'Phương án', code: 'PA', planLike: true },
  { name: 'Đề án', code: 'ĐA', planLike: true },
  { name: 'Hướng dẫn', code: 'HD', planLike: true },
  { name: 'Nghị quyết', code: 'NQ', planLike: true },
  { name: 'Nghị quyết liên tịch', code: 'NQLT', planLike: false },
  { name: 'Công văn', code: null, planLike: true },
  { name: 'Thông báo', code: 'TB', planLike: false },
  { name: 'Báo cáo', code: 'BC', planLike: false },
  { name: 'Tờ trình', code: 'TTr', planLike: false },
  { name: 'Quy chế', code: 'QC', planLike: false },
  { name: 'Quy định', code: 'QyĐ', planLike: false },
  { name: 'Thông cáo', code: 'TC', planLike: false },
  { name: 'Dự án', code: 'DA', planLike: false },
  { name: 'Biên bản', code: 'BB', planLike: false },
  { name: 'Công điện', code: 'CĐ', planLike: true },
  { name: 'Kết luận', code: 'KL', planLike: false },
  { name: 'Nghị định', code: 'NĐ', planLike: false },
  { name: 'Thông tư liên tịch', code: 'TTLT', planLike: false },
  { name: 'Thông tư', code: 'TT', planLike: false },
  { name: 'Luật', code: null, planLike: false },
  { name: 'Bộ luật', code: null, planLike: false },
  { name: 'Pháp lệnh', code: null, planLike: false },
  { name: 'Hiến pháp', code: null, planLike: false },
  { name: 'Văn bản', code: null, planLike: false },
  { name: 'Văn bản hợp nhất', code: 'VBHN', planLike: false },
];

const byFoldedName = new Map(docTypes.map((t) => [t.name.toLowerCase(), t]));
const byFoldedCode = new Map(docTypes.filter((t) => t.code).map((t) => [t.code!.toLowerCase(), t]));
// Codes of older regimes and common variants still seen (Thông tư 01/2011, sector lists).
byFoldedCode.set('nđ', byFoldedName.get('nghị định')!);
byFoldedCode.set('qđ', byFoldedName.get('quyết định')!);
byFoldedCode.set('ctr', byFoldedName.get('chương trình')!);

/** "kế hoạch" / "KẾ HOẠCH" → the DocType. */
export function docTypeByName(name: string): DocType | undefined {
  return byFoldedName.get(name.toLowerCase().replace(/\s+/g, ' ').trim());
}

/** "KH" / "kh" → the DocType whose official code it is. */
export function docTypeByCode(code: string): DocType | undefined {
  return byFoldedCode.get(code.toLowerCase());
}

/** Alternation of every type name, longest first, for regexes (case-insensitive use). */
export const docTypeNamesPattern = [...new Set(docTypes.map((t) => t.name))]
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/ /g, '\\s+'))
  .join('|');

/** The same names as written in documents: title case, upper case or lower case (case-sensitive use). */
export const docTypeNamesAnyCasePattern = [...new Set(docTypes.map((t) => t.name))]
  .sort((a, b) => b.length - a.length)
  .flatMap((n) => [n, n.toUpperCase(), n.toLowerCase()])
  .filter((n, i, all) => all.indexOf(n) === i)
  .map((n) => n.replace(/ /g, '\\s+'))
  .join('|');
