// Organization names: abbreviations expanded (documents.md §6: UBND, HĐND, MTTQ, BCĐ, TP.) and, for
// names written in capitals (header lines), Nghị định 30 Phụ lục II capitalisation:
// "ỦY BAN NHÂN DÂN QUẬN 3" → "Ủy ban nhân dân Quận 3"; "SỞ KẾ HOẠCH VÀ ĐẦU TƯ" → "Sở Kế hoạch và Đầu tư".

import { upperRatio } from '../segment/genre-lines.js';
import { squash, unifyTonePlacement } from '../util/fold.js';
import { gatedReplacements, pattern, type PatternSource } from '../util/literal-gate.js';

// Applied on word boundaries, in order.
const abbreviations: Array<[PatternSource, string]> = [
  [pattern(String.raw`(?<!\p{L}|\p{M}|\d)UBMTTQVN(?!\p{L}|\p{M}|\d)|(?<!\p{L}|\p{M}|\d)UB\s*MTTQ\s*VN(?!\p{L}|\p{M}|\d)`, 'gu'), 'Ủy ban Mặt trận Tổ quốc Việt Nam'],
  [pattern(String.raw`(?<!\p{L}|\p{M}|\d)UBMTTQ(?!\p{L}|\p{M}|\d)`, 'gu'), 'Ủy ban Mặt trận Tổ quốc'],
  [pattern(String.raw`(?<!\p{L}|\p{M}|\d)MTTQVN(?!\p{L}|\p{M}|\d)`, 'gu'), 'Mặt trận Tổ quốc Việt Nam'],
  [pattern(String.raw`(?<!\p{L}|\p{M}|\d)MTTQ(?!\p{L}|\p{M}|\d)`, 'giu'), 'Mặt trận Tổ quốc'],
  [pattern(String.raw`(?<![\p{L}])UBND(?![\p{L}])`, 'gu'), 'Ủy ban nhân dân'],
  [pattern(String.raw`(?<![\p{L}])HĐND(?![\p{L}])`, 'gu'), 'Hội đồng nhân dân'],
  [pattern(String.raw`(?<![\p{L}])BCĐ(?![\p{L}])`, 'gu'), 'Ban Chỉ đạo'],
  [pattern(String.raw`(?<![\p{L}])BCH(?![\p{L}])`, 'giu'), 'Ban Chấp hành'],
  [pattern(String.raw`(?<![\p{L}])ĐBQH(?![\p{L}])`, 'gu'), 'đại biểu Quốc hội'],
  [pattern(String.raw`(?<![\p{L}])BHXH(?![\p{L}])`, 'gu'), 'Bảo hiểm xã hội'],
  [pattern(String.raw`(?<![\p{L}])GD\s*&\s*ĐT(?![\p{L}])|(?<![\p{L}])GDĐT(?![\p{L}])`, 'gu'), 'Giáo dục và Đào tạo'],
  [pattern(String.raw`(?<![\p{L}])KH\s*&\s*ĐT(?![\p{L}])`, 'gu'), 'Kế hoạch và Đầu tư'],
  [pattern(String.raw`(?<![\p{L}])TN\s*&\s*MT(?![\p{L}])|(?<![\p{L}])TNMT(?![\p{L}])`, 'gu'), 'Tài nguyên và Môi trường'],
  [pattern(String.raw`(?<![\p{L}])LĐ-?TB\s*&\s*XH(?![\p{L}])|(?<![\p{L}])LĐTBXH(?![\p{L}])`, 'gu'), 'Lao động - Thương binh và Xã hội'],
  [pattern(String.raw`(?<![\p{L}])THCS(?![\p{L}])`, 'gu'), 'Trung học cơ sở'],
  [pattern(String.raw`(?<![\p{L}])THPT(?![\p{L}])`, 'gu'), 'Trung học phổ thông'],
  [pattern(String.raw`(?<![\p{L}])(?:TP|Tp)\.\s*(?=\p{Lu})`, 'gu'), 'Thành phố '],
  [pattern(String.raw`(?<![\p{L}])TP\s+(?=\p{Lu})`, 'gu'), 'Thành phố '],
];

const gatedAbbreviations = gatedReplacements(abbreviations);

export function expandAbbreviations(text: string): string {
  let out = text;
  for (const abbreviation of gatedAbbreviations) if (abbreviation.may(out)) out = abbreviation.replace(out);
  return out;
}

const levelWords = ['thành phố', 'thị xã', 'thị trấn', 'tỉnh', 'huyện', 'quận', 'xã', 'phường'];
const councilHeads = ['ủy ban nhân dân', 'hội đồng nhân dân'];
// Party bodies: "HUYỆN ỦY LÂM HÀ" → "Huyện ủy Lâm Hà", "ĐẢNG BỘ TỈNH LÂM ĐỒNG" → "Đảng bộ tỉnh Lâm Đồng".
const partyHeads: Record<string, string> = {
  'ban thường vụ tỉnh ủy': 'Ban Thường vụ Tỉnh ủy',
  'ban thường vụ thành ủy': 'Ban Thường vụ Thành ủy',
  'ban thường vụ huyện ủy': 'Ban Thường vụ Huyện ủy',
  'ban thường vụ': 'Ban Thường vụ',
  'ban chấp hành': 'Ban Chấp hành',
  'đảng bộ': 'Đảng bộ',
  'đảng ủy': 'Đảng ủy',
  'tỉnh ủy': 'Tỉnh ủy',
  'thành ủy': 'Thành ủy',
  'huyện ủy': 'Huyện ủy',
  'quận ủy': 'Quận ủy',
  'thị ủy': 'Thị ủy',
  'chi bộ': 'Chi bộ',
};
// Schools: "Trường Trung học cơ sở Phú Hữu" — the school level, then the school's proper name.
const schoolLevels = ['mầm non', 'tiểu học', 'trung học cơ sở', 'trung học phổ thông', 'tiểu học và trung học cơ sở'];

const agencyHeads = [
  'văn phòng', 'sở', 'phòng', 'ban', 'trung tâm', 'chi cục', 'tổng cục', 'cục', 'bộ phận', 'bộ', 'thanh tra', 'đài',
  'bảo hiểm xã hội', 'kho bạc nhà nước', 'công an', 'ủy ban mặt trận tổ quốc việt nam', 'đoàn', 'hội',
];

// Words that keep their capitals wherever they stand in a name.
const properWords: Array<[RegExp, string]> = [
  [/việt nam/giu, 'Việt Nam'],
  [/đoàn đại biểu quốc hội/giu, 'Đoàn đại biểu Quốc hội'],
  [/mặt trận tổ quốc/giu, 'Mặt trận Tổ quốc'],
  [/quốc hội/giu, 'Quốc hội'],
  [/chính phủ/giu, 'Chính phủ'],
  [/nhà nước/giu, 'Nhà nước'],
  [/hội nông dân/giu, 'Hội Nông dân'],
  [/hội liên hiệp phụ nữ/giu, 'Hội Liên hiệp Phụ nữ'],
  [/đoàn thanh niên cộng sản hồ chí minh/giu, 'Đoàn Thanh niên Cộng sản Hồ Chí Minh'],
  [/ban thường trực/giu, 'Ban Thường trực'],
  [/ban chấp hành/giu, 'Ban Chấp hành'],
];

const capitalize = (w: string) => (w ? w.charAt(0).toUpperCase() + w.slice(1) : w);
const titleCase = (s: string) => s.split(' ').map(capitalize).join(' ');

/** "quận 3" → "Quận 3"; "tỉnh quảng nam" → "tỉnh Quảng Nam"; "thành phố hồ chí minh" → "Thành phố Hồ Chí Minh". */
function caseLocality(rest: string): string {
  // "các quận, huyện": several places, common nouns.
  if (rest.startsWith('các ')) return rest;
  for (const level of levelWords) {
    if (rest === level) return rest;
    if (rest.startsWith(`${level} `)) {
      const name = rest.slice(level.length + 1);
      if (/^\d/.test(name)) return `${capitalize(level)} ${name}`;
      if (level === 'thành phố' && name === 'hồ chí minh') return 'Thành phố Hồ Chí Minh';
      return `${level} ${titleCase(name)}`;
    }
  }
  return titleCase(rest);
}

/** Field name of an agency: each field capitalised ("kế hoạch và đầu tư" → "Kế hoạch và Đầu tư"). */
function caseField(rest: string): string {
  if (levelWords.some((l) => rest === l || rest.startsWith(`${l} `))) return caseLocality(rest);
  // "xã hội" is a field ("Lao động - Thương binh và Xã hội"), not a commune.
  const tail = levelWords
    .map((l) => ` ${l} `)
    .find((l) => ` ${rest} `.replace(/ xã hội /gu, ' ~ ').includes(l) && !rest.startsWith(l.trim()));
  let field = rest;
  let locality = '';
  if (tail) {
    const at = ` ${rest} `.lastIndexOf(tail);
    field = rest.slice(0, Math.max(0, at - 0)).trim();
    locality = rest.slice(at).trim();
  }
  const cased = field
    .split(/(\s*,\s*|\s+và\s+|\s+-\s+|\s+–\s+)/u)
    .map((piece, i) => (i % 2 === 0 ? capitalize(piece) : piece))
    .join('');
  return locality ? `${cased} ${caseLocality(locality)}` : cased;
}

function caseUpperName(upper: string): string {
  let cased = caseUpperNameRaw(upper);
  for (const [pattern, proper] of properWords) cased = cased.replace(pattern, proper);
  return cased.charAt(0).toUpperCase() + cased.slice(1);
}

function caseUpperNameRaw(upper: string): string {
  const lower = squash(upper).toLowerCase();
  // "hội đồng nhân dân và ủy ban nhân dân …": each council cased on its own.
  const joined = /^(.+?) (và|&) ((?:ủy ban nhân dân|hội đồng nhân dân).*)$/u.exec(lower);
  if (joined && councilHeads.some((h) => joined[1]!.startsWith(h))) return `${caseUpperName(joined[1]!)} ${joined[2]} ${caseUpperName(joined[3]!)}`;
  for (const [head, cased] of Object.entries(partyHeads)) {
    if (lower === head) return cased;
    if (!lower.startsWith(`${head} `)) continue;
    const rest = lower.slice(head.length + 1);
    // "Ban Chấp hành Hội Nông dân tỉnh An Giang": the rest is a body, cased as one; "Huyện ủy Lâm Hà": a place.
    const namesBody = [...councilHeads, ...agencyHeads, ...Object.keys(partyHeads)].some((h) => rest.startsWith(`${h} `));
    return `${cased} ${namesBody ? caseUpperNameRaw(rest) : caseLocality(rest)}`;
  }
  for (const head of councilHeads) {
    if (lower === head) return capitalize(head);
    if (lower.startsWith(`${head} `)) return `${capitalize(head)} ${caseLocality(lower.slice(head.length + 1))}`;
  }
  if (lower.startsWith('trường ')) {
    const rest = lower.slice('trường '.length);
    const level = schoolLevels.filter((l) => rest === l || rest.startsWith(`${l} `)).sort((a, b) => b.length - a.length)[0];
    if (level) return `Trường ${capitalize(level)}${rest.length > level.length ? ` ${titleCase(rest.slice(level.length + 1))}` : ''}`;
    return `Trường ${titleCase(rest)}`;
  }
  for (const head of agencyHeads) {
    if (lower === head) return capitalize(head);
    if (lower.startsWith(`${head} `)) {
      const rest = lower.slice(head.length + 1);
      const nested = councilHeads.find((h) => rest.startsWith(h));
      if (nested) return `${capitalize(head)} ${caseUpperName(rest)}`;
      return `${capitalize(head)} ${caseField(rest)}`;
    }
  }
  return capitalize(lower);
}

// Central bodies have one spelling; plans vary their case ("Quốc Hội", "Chính Phủ").
const centralBodies = ['Quốc hội', 'Chính phủ', 'Thủ tướng Chính phủ', 'Ban Chấp hành Trung ương', 'Bộ Chính trị', 'Ban Bí thư', 'Văn phòng Chính phủ'];
const centralByFolded = new Map(centralBodies.map((b) => [b.toLowerCase(), b]));

/**
 * Expands abbreviations and, for an all-caps name, applies administrative capitalisation.
 * @example expandOrganization('UBND tỉnh Quảng Nam') // 'Ủy ban nhân dân tỉnh Quảng Nam'
 * @example expandOrganization('SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH') // 'Sở Văn hóa, Thể thao và Du lịch'
 */
export function expandOrganization(text: string): string {
  const expanded = squash(unifyTonePlacement(expandAbbreviations(text))).replace(/[\s,;:.]+$/u, '');
  const central = centralByFolded.get(expanded.toLowerCase());
  if (central) return central;
  if (upperRatio(text.replace(/UBND|HĐND|MTTQ|BCĐ/gu, '')) >= 0.85) return caseUpperName(expanded);
  return expanded;
}

/**
 * Địa danh as written, with "TP." expanded.
 * @example expandPlace('TP. Hồ Chí Minh') // 'Thành phố Hồ Chí Minh'
 */
export function expandPlace(text: string): string {
  return squash(text.replace(/^(?:TP|Tp|tp)\.?\s*(?=\p{Lu})/u, 'Thành phố '));
}
