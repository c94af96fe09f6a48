// Unit names: how a plan names a responsible unit → { name, role, canonical }.
// "Trưởng Phòng Nội vụ quận" → name "Phòng Nội vụ quận", role "Trưởng"; "VP HĐND&UBND huyện" →
// "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện". Abbreviations: documents.md §4/§6.

import { departmentNames } from '../domain/departments.js';
import { expandOrganization } from './organization.js';
import { isUpperLine } from '../segment/genre-lines.js';
import { gatedReplacements, pattern, type PatternSource } from '../util/literal-gate.js';
import { foldToAscii, squash, unifyTonePlacement } from '../util/fold.js';

export interface UnitName {
  raw: string;
  /** Abbreviations expanded, role words moved out, level words kept. */
  name: string;
  /** The role word(s) in front of the unit ("Trưởng", "Chủ tịch", "Thủ trưởng"), or null. */
  role: string | null;
  /** Stable key for matching across documents: folded, without diacritics or punctuation. */
  canonical: string;
}

export interface UnitOptions {
  /** Drop the level word at the end ("Phòng Nội vụ quận" ~ "Phòng Nội vụ huyện" ~ "Phòng Nội vụ"). */
  ignoreLevel?: boolean;
}

// Roles, longest first; canonical spelling. A role stands before a unit, never alone.
const roles = [
  'Phó Chủ tịch', 'Chủ tịch', 'Phó Giám đốc', 'Giám đốc', 'Phó Chánh', 'Chánh', 'Phó Trưởng', 'Thủ trưởng',
  'Chỉ huy trưởng', 'Chi cục trưởng', 'Cục trưởng', 'Tổ trưởng', 'Trưởng', 'Người đứng đầu', 'Phó Bí thư', 'Bí thư',
  'Lãnh đạo', 'Ban Giám đốc', 'Ban Lãnh đạo', 'Công chức',
];
const rolePatterns = roles.map((role) => ({ role, ascii: foldToAscii(role) }));
// What "Trưởng phòng X" / "Trưởng ban X" / "Chánh Văn phòng" leave: the unit word goes back to the name.
const unitWordAfterRole = /^(?:phòng|ban)(?=\s)/iu;

const word = (w: string) => `(?<!\\p{L}|\\p{M}|\\d)${w}(?!\\p{L}|\\p{M}|\\d)`;
const re = (w: string, flags = 'gu') => pattern(word(w), flags);

// Unit abbreviations (applied before the general organization ones), in order.
const unitAbbreviations: Array<[PatternSource, string]> = [
  [pattern(String.raw`(?<!\p{L}|\p{M}|\d)TP\.?\s*HCM(?!\p{L}|\p{M}|\d)`, 'gu'), 'Thành phố Hồ Chí Minh'],
  [pattern(String.raw`(?<!\p{L}|\p{M}|\d)TP\.\s*Hồ Chí Minh`, 'gu'), 'Thành phố Hồ Chí Minh'],
  [re('VPHĐND\\s*[-&]?\\s*UBND'), 'Văn phòng HĐND và UBND'],
  [re('VPUBND'), 'Văn phòng UBND'],
  [re('VPHĐND'), 'Văn phòng HĐND'],
  [pattern(String.raw`(?<!\p{L}|\p{M}|\d)HĐND\s*(?:&|-|và)\s*UBND(?!\p{L}|\p{M}|\d)`, 'gu'), 'HĐND và UBND'],
  [re('VP'), 'Văn phòng'],
  [re('PNV'), 'Phòng Nội vụ'],
  [re('SNV'), 'Sở Nội vụ'],
  [re('SKHĐT'), 'Sở Kế hoạch và Đầu tư'],
  [re('SLĐTBXH'), 'Sở Lao động - Thương binh và Xã hội'],
  [re('TTPVHCC'), 'Trung tâm Phục vụ hành chính công'],
  [re('TTYT'), 'Trung tâm Y tế'],
  [re('BCHQS'), 'Ban Chỉ huy Quân sự'],
  [re('BCH(?=\\s+Quân sự)'), 'Ban Chỉ huy'],
  [re('CHQS'), 'Chỉ huy Quân sự'],
  [re('CCHC'), 'cải cách hành chính'],
  [re('QLDA'), 'Quản lý dự án'],
  [re('ĐTXD'), 'đầu tư xây dựng'],
  [re('TTND'), 'Thanh tra nhân dân'],
  [re('UB\\s*MTTQ\\s*(?:VN|Việt Nam)'), 'Ủy ban Mặt trận Tổ quốc Việt Nam'],
  [re('UBMTTQ(?:VN)?'), 'Ủy ban Mặt trận Tổ quốc Việt Nam'],
  [pattern(String.raw`Ủy ban MTTQ(?:\s*(?:VN|Việt Nam))?(?!\p{L}|\p{M}|\d)`, 'gu'), 'Ủy ban Mặt trận Tổ quốc Việt Nam'],
  [re('MTTQ\\s*(?:VN|Việt Nam)|MTTQVN|MTTQ'), 'Mặt trận Tổ quốc Việt Nam'],
  [re('LĐLĐ'), 'Liên đoàn Lao động'],
  [re('Hội ND'), 'Hội Nông dân'],
  [re('LHPN'), 'Liên hiệp Phụ nữ'],
  [re('CCB'), 'Cựu chiến binh'],
  [re('TNCS\\s+(?:HCM|Hồ Chí Minh)'), 'Thanh niên Cộng sản Hồ Chí Minh'],
  [re('KBNN'), 'Kho bạc Nhà nước'],
  [re('PT\\s*-\\s*TH'), 'Phát thanh - Truyền hình'],
  [re('TT\\s*-\\s*TH'), 'Truyền thanh - Truyền hình'],
  [re('CNTT\\s*&\\s*TT'), 'Công nghệ thông tin và Truyền thông'],
  [re('CNTT'), 'Công nghệ thông tin'],
  [re('HCC'), 'hành chính công'],
  [re('TT\\s*&\\s*TT|TTTT'), 'Thông tin và Truyền thông'],
  [re('VH\\s*(?:-|&)\\s*TT'), 'Văn hóa và Thông tin'],
  [re('TCKH|TC\\s*-\\s*KH'), 'Tài chính - Kế hoạch'],
  [re('KT\\s*-\\s*HT'), 'Kinh tế và Hạ tầng'],
  [re('LĐ\\s*-?\\s*TB\\s*&\\s*XH'), 'Lao động - Thương binh và Xã hội'],
  [pattern(String.raw`Tài chính\s+Kế hoạch`, 'gu'), 'Tài chính - Kế hoạch'],
  [re('KT\\s*&\\s*HT'), 'Kinh tế và Hạ tầng'],
  [re('NN\\s*&\\s*PTNT'), 'Nông nghiệp và Phát triển nông thôn'],
  [re('QLĐT'), 'Quản lý đô thị'],
  [pattern(String.raw`^CA(?=\s)`, 'u'), 'Công an'],
  [pattern(String.raw`^P\.\s*(?=\p{Lu})`, 'u'), 'Phòng '],
  [pattern(String.raw`(?<=UBND|Ủy ban nhân dân)\s+P\.?\s*(\d+)`, 'gu'), ' Phường $1'],
  [pattern(String.raw`(?<!\p{L}|\p{M}|\d)Q\.?\s*(\d+)(?!\p{L}|\p{M}|\d)`, 'gu'), 'Quận $1'],
  [pattern(String.raw`(?<!\p{L}|\p{M}|\d)H\.\s*(?=\p{Lu})`, 'gu'), 'huyện '],
  [pattern(String.raw`(?<!\p{L}|\p{M}|\d)TX\.?(?=\s|,|$)`, 'gu'), 'thị xã'],
  [pattern(String.raw`(?<!\p{L}|\p{M}|\d)TP\.?(?=\s|,|$)`, 'gu'), 'thành phố'],
  [pattern(String.raw`(?<=xã,\s*)TT(?!\p{L}|\p{M}|\d)`, 'gu'), 'thị trấn'],
  [pattern(String.raw`[–—]`, 'gu'), '-'],
  [pattern(String.raw`\s*-\s*`, 'gu'), ' - '],
];

const gatedUnitAbbreviations = gatedReplacements(unitAbbreviations);

// Words typed without diacritics, restored when the reading is certain (unit vocabulary only).
const vocabulary = [
  'Phòng', 'Sở', 'Ban', 'Văn phòng', 'Thanh tra', 'Trung tâm', 'Chi cục', 'Cục', 'Công an', 'Đài', 'Hội', 'Đoàn',
  'Ủy ban nhân dân', 'Hội đồng nhân dân', 'Nội vụ', 'Tư pháp', 'Tài chính', 'Kế hoạch', 'Đầu tư', 'Kinh tế',
  'Văn hóa', 'Thông tin', 'Thể thao', 'Truyền thanh', 'Truyền hình', 'Y tế', 'Giáo dục', 'Đào tạo', 'Thuế',
  'khu vực', 'Tài nguyên', 'Môi trường', 'Lao động', 'Thương binh', 'Xã hội', 'Nông dân', 'Dân vận', 'Nông nghiệp',
  'Quản lý đô thị', 'huyện', 'quận', 'xã', 'phường', 'tỉnh', 'thị xã', 'thị trấn', 'thành phố', 'các', 'và',
  'Huyện ủy', 'Tỉnh ủy', 'Đảng ủy', 'Thống kê', 'Bưu điện', 'cơ quan', 'đơn vị', 'thuộc', 'chuyên môn',
];
const restore = new Map<string, string | null>();
for (const phrase of vocabulary) {
  const key = foldToAscii(phrase);
  restore.set(key, restore.has(key) && restore.get(key) !== phrase ? null : phrase);
}

function restoreDiacritics(text: string): string {
  const words = text.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    let taken = 0;
    for (let n = Math.min(4, words.length - i); n >= 1 && taken === 0; n--) {
      const piece = words.slice(i, i + n).join(' ');
      const trailing = /[,;.:]*$/u.exec(piece)![0];
      const phrase = restore.get(piece.slice(0, piece.length - trailing.length).toLowerCase());
      if (phrase) {
        const first = words[i]!;
        out.push((first[0] === first[0]!.toLowerCase() ? phrase.charAt(0).toLowerCase() + phrase.slice(1) : phrase) + trailing);
        taken = n;
      }
    }
    if (taken === 0) {
      out.push(words[i]!);
      taken = 1;
    }
    i += taken;
  }
  return out.join(' ');
}

/** The canonical key of a unit name: ASCII fold, "&" as "và", no punctuation. */
export function unitKey(name: string, options: UnitOptions = {}): string {
  let key = squash(foldToAscii(name).replace(/&/g, ' va ').replace(/[^a-z0-9]+/g, ' '));
  if (options.ignoreLevel) key = key.replace(/ (?:thi xa|thi tran|thanh pho|tinh|huyen|quan|xa|phuong)$/u, '');
  return key;
}

// The collective bodies named by a common noun, not a name: "cấp ủy, chính quyền các cấp" (real f26, b05).
const collectiveNoun = /^(?:cấp ủy|cấp uỷ|chính quyền)(?!\p{L}|\p{M})/u;

/** Splits the role off the front: "Trưởng Phòng Nội vụ quận" → ["Trưởng", "Phòng Nội vụ quận"]. */
function splitRole(text: string): [string | null, string] {
  const ascii = foldToAscii(text);
  for (const { role, ascii: roleAscii } of rolePatterns) {
    if (!ascii.startsWith(`${roleAscii} `)) continue;
    const rest = text.slice(role.length).trim();
    // A role is followed by a unit: "Trưởng Ban Chỉ đạo", "Chủ tịch UBND", "Thủ trưởng các cơ quan".
    if (!/^[\p{Lu}\d]|^(?:các|những|phòng|ban|cơ quan|đơn vị)(?!\p{L}|\p{M})/u.test(rest) && !collectiveNoun.test(rest)) continue;
    // "Trưởng ban Ban Tổ chức cán bộ", "Trưởng phòng Phòng Nội vụ": the post's word, then the unit's name.
    const repeated = /^(phòng|ban)\s+(?=(Phòng|Ban)\s)/u.exec(rest);
    const named = repeated && repeated[1]!.toLowerCase() === repeated[2]!.toLowerCase() ? rest.slice(repeated[0].length) : rest;
    const unit = unitWordAfterRole.test(named) ? named.charAt(0).toUpperCase() + named.slice(1) : named;
    return [role, unit];
  }
  return [null, text];
}

/**
 * @example normalizeUnit('Trưởng Phòng Nội vụ quận') // { raw, name: 'Phòng Nội vụ quận', role: 'Trưởng', canonical: 'phong noi vu quan' }
 * @example normalizeUnit('VP HĐND&UBND huyện').name // 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện'
 */
export function normalizeUnit(raw: string, options: UnitOptions = {}): UnitName {
  // Plans name the same units again and again; the result is a pure function of the name.
  const key = options.ignoreLevel ? `1${raw}` : `0${raw}`;
  const known = normalizedUnits.get(key);
  if (known) return { ...known };
  const unit = normalizeUnitUncached(raw, options);
  if (normalizedUnits.size >= 10_000) normalizedUnits.clear();
  normalizedUnits.set(key, unit);
  return { ...unit };
}

const normalizedUnits = new Map<string, UnitName>();

function normalizeUnitUncached(raw: string, options: UnitOptions): UnitName {
  let text = squash(unifyTonePlacement(raw.normalize('NFC'))).replace(/[\s,;:.]+$/u, '');
  if (foldToAscii(text) === text.toLowerCase() || foldToAscii(text) === text) text = restoreDiacritics(text);
  const [role, rest] = splitRole(text);
  let name = rest;
  for (const abbreviation of gatedUnitAbbreviations) if (abbreviation.may(name)) name = abbreviation.replace(name);
  // Every word capitalised ("Phòng Nội Vụ Huyện") is cased like a name in capitals.
  const words = name.split(' ');
  const titleCased = words.length >= 2 && words.every((w) => /^[\p{Lu}\d]/u.test(w));
  name = squash(expandOrganization(titleCased ? name.toUpperCase() : name));
  name = name.replace(/(?<=\s)(tỉnh|huyện|quận|thị|thành) Ủy(?!\p{L}|\p{M})/giu, (_m, level: string) => `${level.charAt(0).toUpperCase()}${level.slice(1).toLowerCase()} ủy`);
  // Plurals and the collective "cấp ủy", "chính quyền các cấp" are common nouns, not names: kept in lower case.
  if (/^\p{Ll}/u.test(name) && !/^các(?!\p{L}|\p{M})/u.test(name) && !collectiveNoun.test(name)) name = name.charAt(0).toUpperCase() + name.slice(1);
  // Plural units read as a common noun: "Các cơ quan, đơn vị" → "các cơ quan, đơn vị".
  name = name.replace(/^Các(?=\s)/u, 'các').replace(/^CÁC(?=\s)/u, 'các');
  // Field words of a unit's name are capitalised after the head word.
  name = name.replace(/^Ban chỉ đạo/u, 'Ban Chỉ đạo').replace(/^Đài truyền thanh/u, 'Đài Truyền thanh').replace(/^Bộ phận một cửa/u, 'Bộ phận Một cửa');
  // "Công Thương" is written so in every name of the ministry and its departments, also after sentence casing.
  name = name.replace(/(?<=^(?:Bộ|Sở|Phòng)\s+)Công thương(?!\p{L}|\p{M})/u, 'Công Thương');
  return { raw, name, role: role ? canonicalRole(role) : null, canonical: unitKey(name, options) };
}

function canonicalRole(role: string): string {
  return roles.find((r) => foldToAscii(r) === foldToAscii(role)) ?? role;
}

/** Verbs of duty that follow a unit given work ("Phòng Nội vụ chủ trì …", "Văn phòng … chịu trách nhiệm …"). */
// What opens a sentence that gives work: "Giao …", "Đề nghị …", "Yêu cầu …", also after the issuer
// ("Ủy ban nhân dân tỉnh giao Giám đốc các sở, …", real f23; "Chủ tịch UBND tỉnh giao Sở Nội vụ …").
export const assigningOpener =
  /^(?:(?:Chủ tịch\s+)?(?:Ủy ban nhân dân|UBND|Ban Thường vụ|Thường trực|Ban Chỉ đạo)(?:\s+[^\s,;:]+){0,6}?\s+(?=giao|đề nghị|yêu cầu))?(?:Giao|giao|Đề nghị|đề nghị|Yêu cầu|yêu cầu)\s+/u;

export const dutyVerbs = [
  'chủ trì', 'chịu trách nhiệm', 'có trách nhiệm', 'tham mưu', 'thực hiện', 'triển khai', 'tổ chức', 'theo dõi',
  'hướng dẫn', 'rà soát', 'xây dựng', 'đảm bảo', 'bảo đảm', 'tiếp tục', 'chỉ đạo', 'quán triệt', 'căn cứ', 'phụ trách',
  'nghiêm túc', 'được giao', 'đôn đốc', 'kiểm tra', 'tăng cường', 'đẩy mạnh', 'tập trung', 'cung cấp', 'phổ biến',
  'công khai', 'duy trì', 'làm đầu mối', 'làm cơ quan', 'định kỳ', 'hằng năm', 'hàng năm',
];
// Where a unit phrase in a heading ends: a verb of duty or another word a unit name does not hold, or punctuation.
/** Other verbs a unit given work is followed by ("Sở Lao động - Thương binh và Xã hội kết nối …"). */
export const taskVerbs = [
  'báo cáo', 'tổng hợp', 'đề xuất', 'trình', 'tham gia', 'vận động', 'tuyên truyền', 'kết nối', 'nâng cao',
  'phân tích', 'hỗ trợ', 'ban hành', 'giải quyết', 'cập nhật', 'vận hành', 'nghiên cứu', 'đánh giá', 'khảo sát',
  'lấy ý kiến', 'tiếp nhận', 'xử lý', 'thẩm định', 'giám sát', 'xác định', 'bố trí', 'hoàn thành', 'ứng dụng',
  'quản lý', 'cải thiện', 'khắc phục', 'đối thoại', 'phát huy', 'kiện toàn', 'tập huấn', 'bồi dưỡng', 'chấn chỉnh',
  'gửi', 'nắm bắt', 'kiểm soát', 'thông tin', 'chuẩn bị', 'thống kê', 'lựa chọn', 'phải', 'cần',
  'tiếp công dân', 'tiếp xúc', 'họp', 'khẩn trương',
];
const unitPhraseEnders = [
  ...dutyVerbs, ...taskVerbs, 'phối hợp', 'là cơ quan', 'trong phạm vi', 'theo chức năng', 'tùy theo', 'tuỳ theo', 'theo', 'trong',
  'để', 'nhằm', 'được', 'có', 'là', 'khi', 'thường xuyên', 'kịp thời', 'trực tiếp', 'lãnh đạo',
  // "… Truyền hình tỉnh mở chuyên mục …" (real-like r06, r16), not the "Khu kinh tế mở Chu Lai" of a name (bulk).
  String.raw`mở(?!\s+\p{Lu})`, 'tích cực', 'chủ động', 'quyết liệt', 'cùng',
].sort((a, b) => b.length - a.length);
// ";" ends the phrase unless another unit follows ("Các sở, ban, ngành; UBND các huyện"); a bracket, open or
// closing, ends it (a unit named inside one: "(các Ban quản lý rừng đặc dụng, …)", bulk 4f30202155d56bdd). "quản lý" after
// "Ban" names it: "Ban quản lý các thôn, khu", "Ban quản lý dự án …" (real-like r08; bulk ac0f18a2).
const nextUnit = String.raw`\s*(?:UBND|Ủy ban|Uỷ ban|Sở|Phòng|Ban|Văn phòng|Thủ trưởng|Chủ tịch|Giám đốc|Trưởng|Chánh|các|Các|Công an|Trung tâm|Đài|Hội|Đoàn|Mặt trận|Bảo hiểm|Chi cục|Cục|Bưu điện|Kho bạc|Liên đoàn|Thanh tra)(?!\p{L}|\p{M})`;
const clauseEnd = new RegExp(`(?<!các|những)(?<!(?:^|\\s)[Bb]an(?=\\s+quản lý))\\s+(?:${unitPhraseEnders.join('|')})(?!\\p{L}|\\p{M})(?!\\s+(?:liên quan|cùng cấp))|\\s*(?::|\\(|\\)|;(?!${nextUnit}))`, 'u');
// "Trường hợp …" opens a case, not a school (real f06); the provinces' "Báo và (Đài) Phát thanh, Truyền hình
// tỉnh" and a "Tạp chí …" are units (b04); "Bộ" opens a unit when a ministry's or a command's
// name follows ("Bộ Công an", "Bộ Tư lệnh Thành phố", "Bộ CHQS tỉnh": f06, f08, f14), not in "bộ máy".
// Party committees and local government as a whole are the partners of a Mặt trận or a Sở: "phối hợp chặt
// chẽ với cấp ủy, chính quyền các cấp" (real f26, b05), "phối hợp với chính quyền địa phương" (bulk: three
// documents) — "chính quyền" only with its level, never "chính quyền số/điện tử", and only as a whole
// phrase (in a law, "Chính quyền địa phương ở đơn vị hành chính …" is a subject, not a partner: bulk, seven
// documents); "các ngân hàng thương mại" (f16, bulk: five documents). Tax offices since 2025: "Thuế tỉnh
// Phú Thọ", "Thuế Thành phố Hà Nội", "Thuế cơ sở" (bulk: six documents). "Hiệp hội Doanh nghiệp tỉnh", "Viễn thông
// Ninh Bình" in lists of units (bulk f1e09814, b3255cff; real-like r02, r03, r15, r16); a commune's "Trạm Y
// tế xã" (real-like r08; bulk f48a2691 lists "Trạm Kiểm lâm …"), not a facility ("Trạm trung chuyển"); "phối hợp tổ chức
// chính trị - xã hội tại địa phương" without "các" (real f16).
const unitStart = /^(?!ban\s+hành)(?:(?:phó\s+)?(?:chủ tịch|giám đốc|chánh|trưởng|thủ trưởng|người đứng đầu|lãnh đạo|bí thư|ban giám đốc|công chức)\s+)?(?:Tư pháp\s*-\s*Hộ tịch|Địa chính(?=\s*-)|Văn hóa\s*-\s*Xã hội|Tài chính\s*-\s*Kế toán|Phòng|Sở|Ban|Văn phòng|VP|Thanh tra|Trung tâm|Trạm\s+(?:Y tế|Khuyến nông|Thú y|Kiểm lâm|Bảo vệ thực vật)|Ủy ban|Uỷ ban|UBND|UBMTTQ|HĐND|Hội|Hiệp hội|Đoàn|Công an|Chi cục|Cục|Đài|Bưu điện|Viễn thông|Bảo hiểm|BHXH|Kho bạc|Liên đoàn|Đảng ủy|Huyện đoàn|Bộ phận|Viện|Trường(?!\s+hợp)|Báo và (?:Đài )?Phát thanh|Tạp chí|Mặt trận|Bộ(?=\s+(?:Tư lệnh|Chỉ huy|CHQS|Công an|Quốc phòng|Nội vụ|Tài chính|Tư pháp|Y tế|Xây dựng|Khoa học|Giáo dục|Ngoại giao|Công Thương|Văn hóa|Nông nghiệp|Dân tộc|Lao động|Kế hoạch|Thông tin|Giao thông|Tài nguyên|Ngoại vụ)(?!\p{L}|\p{M}))|MTTQ|Chi nhánh|Ngân hàng|Tòa án|Viện kiểm sát|Thuế\s+(?:tỉnh|thành phố|cơ sở)|tổ chức chính trị\s*[-–]\s*xã hội|(?:(?:các\s+)?cấp (?:ủy|uỷ)(?:\s+đảng)?(?:\s+các cấp)?|chính quyền\s+(?:địa phương|các cấp|cơ sở|cấp (?:tỉnh|huyện|xã)))(?=\s*(?:[,;.:)]|$)|\s+(?:và|chủ trì|phối hợp|chịu trách nhiệm|có trách nhiệm|lãnh đạo|chỉ đạo|thực hiện|triển khai|tổ chức|quán triệt)(?!\p{L}|\p{M}))|các\s+(?:cơ quan|ngân hàng|đơn vị|phòng|sở|ban|ngành|xã|phường|thị trấn|huyện|quận|thị xã|tổ chức|đoàn thể|hội|trường(?!\s+hợp)|thôn|tổ dân phố|khu phố|ấp|bộ phận|trung tâm|chi cục|doanh nghiệp|cơ sở|địa phương|thành viên))(?!\p{L}|\p{M})/iu;

// "1.6. Trách nhiệm của các cơ quan quản lý cấp trên:", "Điều 14. Trách nhiệm của Sở Khoa học và Công
// nghệ": a heading naming whose duties follow (real f25; bulk: 97 headings in 27 documents).
export const dutiesHeading = /^(?:Trách nhiệm|Nhiệm vụ|Trách nhiệm,?\s+nhiệm vụ|Nhiệm vụ,?\s+trách nhiệm)\s+(?:của|đối với)\s+(?=\S)/u;

// A list that says its head word once: "Giám đốc các Sở: Văn hóa, Thể thao và Du lịch; Nội vụ; Tài Chính;
// Chủ tịch …", "…, Giám đốc các Sở: Giáo dục và Đào tạo, Nội vụ; Thủ trưởng …" (bulk: the execution clauses
// of 3e09f285, 7599f652; recipients of forty more). Its members are read from the departments' names.
const factoredHead = /(?:^|[,;]\s*)((?:(?:Giám đốc|Thủ trưởng|Bộ trưởng)\s+)?[Cc]ác\s+(Sở|Bộ)\s*:\s*)/u;
const departmentPattern = {
  Sở: namesPattern(departmentNames.Sở),
  Bộ: namesPattern(departmentNames.Bộ),
};
function namesPattern(names: readonly string[]): RegExp {
  const alternatives = [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return new RegExp(`(?:${alternatives.join('|')})(?!\\p{L}|\\p{M})`, 'iuy');
}

/** The departments listed after "các Sở:" at `from`, and where the list ends; null when none is named. */
function factoredMembers(text: string, from: number, head: 'Sở' | 'Bộ', options: UnitOptions): { units: UnitName[]; end: number } | null {
  const pattern = departmentPattern[head];
  const units: UnitName[] = [];
  let at = from;
  for (;;) {
    const separator = units.length === 0 ? '' : (/^\s*(?:[,;]|và(?=\s))\s*/u.exec(text.slice(at))?.[0] ?? null);
    if (separator === null) break;
    pattern.lastIndex = at + separator.length;
    const name = pattern.exec(text);
    if (!name) break;
    units.push({ ...normalizeUnit(`${head} ${name[0]}`, options), raw: name[0] });
    at = name.index + name[0].length;
  }
  return units.length > 0 ? { units, end: at } : null;
}

/**
 * The units a heading names ("2. Phòng Nội vụ", "Các cơ quan chuyên môn thuộc quận, Chủ tịch Ủy ban nhân
 * dân 12 phường", "Giao Văn phòng Sở chủ trì …"), each normalized. Empty when it names none.
 */
export function unitsInHeading(heading: string, options: UnitOptions = {}): UnitName[] {
  let text = squash(heading).replace(assigningOpener, '').replace(dutiesHeading, '');
  // Cutting the clause only shortens the text, so a text that does not start like a unit never will.
  if (!unitStart.test(text)) return [];
  const factored = factoredHead.exec(text);
  if (factored) {
    const listStart = factored.index + factored[0].length - factored[1]!.length;
    const before = text.slice(0, listStart);
    // The list must be inside the first clause: nothing ends the phrase before it.
    const firstEnd = clauseEnd.exec(text);
    const members = !firstEnd || firstEnd.index >= before.trimEnd().length ? factoredMembers(text, factored.index + factored[0].length, factored[2] as 'Sở' | 'Bộ', options) : null;
    if (members) {
      const tail = text.slice(members.end);
      const after = /^\s*[,;]/u.test(tail) ? unitsInHeading(tail.replace(/^\s*[,;]\s*/u, ''), options) : [];
      return [...(before.trim() ? unitsInHeading(before, options) : []), ...members.units, ...after];
    }
  }
  const end = clauseEnd.exec(text);
  if (end) text = text.slice(0, end.index);
  text = text.replace(/[\s,.;:]+$/u, '');
  if (!unitStart.test(text)) return [];
  return splitUnitList(text).map((p) => normalizeUnit(p, options));
}

/** Whether a phrase begins like a unit name ("Phòng …", "UBND …", "các cơ quan …"). */
export const unitStartsName = (text: string): boolean => unitStart.test(squash(text));

/**
 * The units of a table cell ("Thủ trưởng các cơ quan chuyên môn thuộc quận; Chủ tịch UBND 12 phường",
 * "Thủ trưởng cơ quan, đơn vị có liên quan"): every piece between ";" is units, split again at "," or
 * "và" where a new unit starts.
 */
export function unitsInCell(cell: string, options: UnitOptions = {}): UnitName[] {
  return squash(cell)
    .split(/\s*[;\n]\s*/u)
    .map((piece) => piece.replace(/^[-+•]\s*/u, '').replace(/[\s,.;:]+$/u, ''))
    .filter((piece) => piece.length > 1)
    // A cell of a unit column that opens as a unit may name a long one: "Cơ quan quản lý cấp trên của đơn vị sự
    // nghiệp công lập, đơn vị sự nghiệp công lập trực thuộc UBND tỉnh" (real b01, 21 words).
    .flatMap((piece) => splitUnitList(piece, longCellUnit.test(piece) ? cellMaxWords : 16))
    .map((p) => normalizeUnit(p, options));
}

// After "," or "và": more places of the same unit ("UBND các xã, phường"), more generic nouns ("các cơ
// quan, ban, ngành", "cơ quan, đơn vị có liên quan", "cấp ủy, chính quyền các cấp") — not a new unit.
const samePlural = /^(?:các\s+)?(?:chính quyền|xã|phường|thị trấn|quận|huyện|thị xã|thành phố|[Bb]an,?\s+ngành|ngành|đoàn thể|đơn vị|ban|địa phương)(?!\p{L}|\p{M})/u;

// The same in a list typed in capitals ("CÁC SỞ, BAN, NGÀNH"), where case no longer tells a place word
// from a unit's name; a bare "BAN" may start one ("BAN CHỈ ĐẠO"), so it is not in the list.
const samePluralInCapitals = /^(?:các\s+)?(?:xã|phường|thị trấn|quận|huyện|thị xã|thành phố|ban,?\s+ngành|ngành|đoàn thể|đơn vị|địa phương)(?!\p{L}|\p{M})/iu;

/** Staff named after a unit ("…, các công chức chuyên môn"): people, not a unit; "Công chức Văn phòng - Thống kê" is a post. */
export const people = /^(?:[Cc]ác\s+|[Nn]hững\s+)?(?:[Cc]án bộ|[Cc]ông chức|[Vv]iên chức|[Nn]gười lao động|[Nn]hân viên)(?!\p{L}|\p{M})(?!\s+\p{Lu})/u;

const cellMaxWords = 28;
// What a long cell must open with to be read as a unit's name rather than a task pushed into the column.
const longCellUnit = /^(?:[Cc]ơ quan|[Đđ]ơn vị)\s(?!.*:)/u;

function splitUnitList(text: string, maxWords = 16): string[] {
  const pieces: string[] = [];
  const capitals = isUpperLine(text);
  let rest = text;
  for (;;) {
    const separator = /(?:[,;]\s*|\s+và\s+)(?=\S)/gu;
    let cut = -1;
    let next = '';
    for (let m = separator.exec(rest); m; m = separator.exec(rest)) {
      const after = rest.slice(m.index + m[0].length);
      // "Văn phòng HĐND và UBND huyện" is one office; "Báo và Đài Phát thanh, Truyền hình tỉnh" one agency (b05).
      const jointOffice = /(?:Văn phòng\s+(?:HĐND|Hội đồng nhân dân)|^Báo)$/iu.test(rest.slice(0, m.index));
      // "Ủy ban MTTQ phường và các đoàn thể": a generic plural after a named unit is a unit of its own.
      const pluralAfterNamed = /^các\s/u.test(after) && /^\p{Lu}/u.test(rest) && !/^Các\s/u.test(rest);
      const plural = samePlural.test(after) || (capitals && samePluralInCapitals.test(after));
      if ((unitStart.test(after) || people.test(after)) && (!plural || pluralAfterNamed) && !jointOffice) {
        cut = m.index;
        next = after;
        break;
      }
    }
    if (cut < 0) break;
    pieces.push(rest.slice(0, cut));
    rest = next;
  }
  pieces.push(rest);
  // A unit is named in a few words; a long run is a sentence the clause ends above did not cut. Staff
  // ("các công chức chuyên môn") are people, not units.
  return pieces
    .map((p) => p.trim())
    .filter((p) => p.length > 1 && p.split(' ').length <= maxWords && !people.test(p) && !notAUnit.test(p));
}

// A cell that points elsewhere for who does the work: "Theo phân công tại Quyết định số 1441/QĐ-UBND …"
// (real b01's annex, three rows), "Như trên", "Theo chức năng, nhiệm vụ" — no unit is named.
const notAUnit = /^(?:[Tt]heo\s|[Nn]hư\s+trên|[Cc]ăn\s+cứ\s|[Tt]ại\s)|\d+\s*\/\s*(?:\d{4}\s*\/\s*)?\p{Lu}{2,}/u;

// One Vietnamese syllable, lower case: onset, one to three vowels, coda. Abbreviations ("UBND", "HĐND",
// "MTTQ", "VP") are not syllables, so they keep their capitals.
const syllable =
  /^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnpqrstvx])?[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]{1,3}(?:ng|nh|ch|[cmnpt])?$/u;

/**
 * A line typed in capitals ("1. VĂN PHÒNG SỞ CHỦ TRÌ, PHỐI HỢP VỚI CÁC PHÒNG") in sentence case, so
 * unit phrases end at the same words as in the line typed normally. Same length as the input (offsets
 * hold); abbreviations stay in capitals. Other lines are returned as they are.
 * @example readableCase('PHÒNG NỘI VỤ CHỦ TRÌ') // 'Phòng nội vụ chủ trì'
 */
export function readableCase(text: string): string {
  if (!isUpperLine(text)) return text;
  const lowered = text.replace(/[\p{L}\p{M}]+/gu, (word) => {
    const lower = word.toLowerCase();
    return lower.length === word.length && syllable.test(lower) ? lower : word;
  });
  // A name alone in capitals ("CÔNG CHỨC VĂN PHÒNG - THỐNG KÊ") is read as it is: its capitals tell a
  // post from staff. Only a sentence — a verb ends the unit phrase — is worth reading in sentence case.
  if (!enderWord.test(lowered)) return text;
  // Capital letters where a sentence starts, and where the unit starts after "Giao/Đề nghị/Yêu cầu".
  return lowered.replace(/^([^\p{L}]*)(\p{L})/u, (_m, lead: string, letter: string) => lead + letter.toUpperCase()).replace(
    /^(\s*(?:Giao|Đề nghị|Yêu cầu)\s+)(\p{L})/u,
    (_m, opener: string, letter: string) => opener + letter.toUpperCase(),
  );
}

// Words that only a sentence giving work has (not "thống kê", "thông tin", which also name units):
// an opening "Giao/Đề nghị/Yêu cầu", or a verb of duty.
const enderWord = /^\s*(?:giao|đề nghị|yêu cầu)\s|\s(?:chủ trì|phối hợp|chịu trách nhiệm|có trách nhiệm|tham mưu|thực hiện|triển khai|hướng dẫn|được giao|phụ trách)(?!\p{L}|\p{M})/u;
