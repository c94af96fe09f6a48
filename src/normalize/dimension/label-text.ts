// Heading text → the forms the dimension matcher compares: the wrappers plans put around a label
// stripped (numbering, lead-ins, level words, quotes, remarks), abbreviations expanded, folded.
// Rules: docs/dimensions.md; prefixes from the taxonomy's `normalization.strip_prefixes`.

import { foldText, foldToAscii } from '../../util/fold.js';

// The abbreviations plans use inside dimension labels (documents.md §4), folded.
const abbreviations: Record<string, string> = {
  tthc: 'thủ tục hành chính',
  cchc: 'cải cách hành chính',
  cbccvc: 'cán bộ công chức viên chức',
  cbcc: 'cán bộ công chức',
  vbqppl: 'văn bản quy phạm pháp luật',
  qppl: 'quy phạm pháp luật',
  dvc: 'dịch vụ công',
  dvhcc: 'dịch vụ hành chính công',
  hcc: 'hành chính công',
  cpđt: 'chính phủ điện tử',
  cqđt: 'chính quyền điện tử',
  ttnd: 'thanh tra nhân dân',
  gsđtcđ: 'giám sát đầu tư của cộng đồng',
  pctn: 'phòng chống tham nhũng',
  'kt-xh': 'kinh tế xã hội',
  ktxh: 'kinh tế xã hội',
  ubnd: 'ủy ban nhân dân',
  nlct: 'năng lực cạnh tranh',
  dn: 'doanh nghiệp',
  gcn: 'giấy chứng nhận',
  qsdđ: 'quyền sử dụng đất',
  gpxd: 'giấy phép xây dựng',
  'tn&mt': 'tài nguyên và môi trường',
  pakn: 'phản ánh kiến nghị',
};

const numbering = /^\s*(?:[-–—+•*·]\s*)*(?:(?:phần|mục|chương)\s+[ivxlc\d]+\s*[.:)-]?\s*|\d+(?:\.\d+)+\s+|(?:(?:[ivxlc]+|\d+(?:\s*\.\s*\d+)*)\s*[.)/:-]|[a-zđ]\s*[.)])\s*)/u;
const trailingRemark = /\s*\((?:[^()]*)\)\s*$/u;
const trailingPunctuation = /[\s.:;,!–—-]+$/u;

// Lead-in phrases that introduce a label; stripped repeatedly, longest first.
const leadIns = [
  'giải pháp nâng cao', 'giải pháp cải thiện', 'giải pháp đối với', 'giải pháp về', 'giải pháp',
  'nhiệm vụ và giải pháp', 'nhiệm vụ, giải pháp', 'nhiệm vụ nâng cao', 'nhiệm vụ cải thiện', 'nhiệm vụ',
  'nâng cao điểm số', 'nâng cao kết quả', 'nâng cao', 'cải thiện điểm số', 'cải thiện', 'tăng điểm', 'tăng cường', 'đẩy mạnh',
  'đối với', 'về', 'nhóm', 'kết quả',
];
// Level words (the taxonomy's strip_prefixes and level terms), longest first.
const levelWords = [
  'chỉ số lĩnh vực nội dung', 'chỉ số nội dung thành phần', 'chỉ số nội dung', 'chỉ số thành phần',
  'nội dung thành phần', 'nội dung', 'lĩnh vực nội dung', 'lĩnh vực', 'trục nội dung',
  'tiêu chí thành phần', 'tiêu chí', 'yếu tố thành phần', 'yếu tố', 'khía cạnh', 'chỉ tiêu', 'chỉ số',
];
const wordEnd = '(?!\\p{L}|\\p{M}|\\d)';
const alternation = (words: string[]) => words.map((w) => w.replace(/[,]/g, ',?').replace(/ /g, '\\s+')).join('|');
const leadInPattern = new RegExp(`^(?:${alternation(leadIns)})${wordEnd}[\\s:,]*`, 'u');
const levelWordPattern = new RegExp(`^(?:${alternation(levelWords)})${wordEnd}[\\s:,]*`, 'u');
// The same, for headings typed without diacritics ("chi so noi dung thu ba: …").
const asciiLeadInPattern = new RegExp(`^(?:${alternation(leadIns.map(foldToAscii))})${wordEnd}[\\s:,]*`, 'u');
const asciiLevelWordPattern = new RegExp(`^(?:${alternation(levelWords.map(foldToAscii))})${wordEnd}[\\s:,]*`, 'u');
// "thứ hai: …", "số 3 - …" after a level word: the position, then the label.
const ordinalBeforeLabel = /^(?:thứ|số|thu|so)\s+[\p{L}\d]+\s*[:.)–-]\s*/u;
const indexNameInside = /^(?:papi|par[\s-]*index|sipas|pci)(?!\p{L}|\p{M}|\d)[\s:,]*/u;

const ordinalWords: Record<string, number> = {
  nhất: 1, một: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9, mười: 10,
  nhat: 1, mot: 1, tu: 4, bon: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10,
};
const ordinalPattern =
  /^(?:(?:chỉ số|chi so)\s+)?(?:nội dung|lĩnh vực|chỉ số|trục nội dung|khía cạnh|yếu tố|noi dung|linh vuc|chi so|truc noi dung)\s+(?:thứ|số|thu|so)\s+(\d{1,2}|nhất|một|hai|ba|tư|bốn|năm|sáu|bảy|bẩy|tám|chín|mười|nhat|mot|tu|bon|nam|sau|bay|tam|chin|muoi)(?!\p{L}|\p{M}|\d)/u;

/**
 * What a folded heading must hold for labelForms to find an ordinal in it: the level word and the
 * ordinal word of ordinalPattern, anywhere (the form it reads is a part of the folded heading).
 */
export const ordinalCue = /(?:nội dung|lĩnh vực|chỉ số|khía cạnh|yếu tố|noi dung|linh vuc|chi so)\s+(?:thứ|số|thu|so)\s/u;

/** The folded heading labelForms starts from: folded, white space squashed. */
export const foldedHeading = (heading: string): string => foldText(heading).replace(/\s+/g, ' ').trim();

// A Vietnamese letter with a mark (or đ) settles it at once: nearly every heading has one. Otherwise folded
// text folds to itself: only the marks and đ remain to go (asciiKey), without folding it again.
const vietnameseMarked = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/u;
/** Whether folded text carries Vietnamese diacritics (else it is compared on the ASCII fold). */
export const hasDiacritics = (folded: string): boolean => vietnameseMarked.test(folded) || folded !== asciiKey(folded);

const quoted = /[“"«‘'](.+?)[”"»’']/u;

export interface LabelForms {
  /** The heading folded (case, tone placement, NFC), white space squashed. */
  folded: string;
  /** Candidate label texts, most literal first: the heading without numbering, then without wrappers, then a quoted label. */
  variants: string[];
  /** The quoted part of the heading, wrappers stripped, when it has one (also the last variant). */
  quoted: string | null;
  /** The dimension's position when the heading names it by ordinal ("nội dung thứ hai" → 2). */
  ordinal: number | null;
  /** The heading carries Vietnamese diacritics; without them it is compared on the ASCII fold. */
  hasDiacritics: boolean;
}

/** Folded comparison key: punctuation to spaces, abbreviations expanded, single spaces. */
export function labelKey(text: string): string {
  return keyOfFolded(foldText(text));
}

/** labelKey of text that is already folded (the forms of labelForms): folding twice is the cost. */
export function keyOfFolded(folded: string): string {
  const words = (folded.includes('&') ? folded.replace(/&/g, ' và ') : folded).replace(/[^\p{L}\p{M}\d&-]+/gu, ' ');
  // Word by word only where a word changes (an abbreviation, a hyphen): most keys have neither, and their
  // words are already one space apart (every run of other characters became one space).
  if (!words.includes('-') && !abbreviationWord.test(words)) return words.trim();
  return words.split(' ').map((word) => abbreviations[word] ?? word.replace(/-/g, ' ')).join(' ').replace(/\s+/g, ' ').trim();
}
const abbreviationWord = new RegExp(`(?:^| )(?:${Object.keys(abbreviations).map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?= |$)`);

/** The ASCII form of a key, for headings typed without diacritics. */
export function asciiKey(key: string): string {
  // Keys are folded already: only the marks and đ remain to go.
  return key.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
}

/** The heading without its numbering ("2.2.", "II.", "a)", "- "), nested markers included. */
function stripNumbering(text: string): string {
  let body = text;
  for (let guard = 0; guard < 3 && numbering.test(body); guard++) body = body.replace(numbering, '');
  return body;
}

function stripEdges(text: string): string {
  let t = text.trim();
  for (let guard = 0; guard < 4; guard++) {
    const before = t;
    t = t.replace(trailingRemark, '').replace(trailingPunctuation, '').trim();
    t = t.replace(/^[“"«‘'\s]+|[”"»’'\s]+$/gu, '').trim();
    if (t === before) break;
  }
  return t;
}

/** The text after each wrapper is stripped, in order: "giải pháp nâng cao chỉ số x" → ["chỉ số x", "x"]. */
function stripSteps(text: string): string[] {
  const steps: string[] = [];
  let t = text;
  for (let guard = 0; guard < 8; guard++) {
    // "Nội dung 3: …", "Lĩnh vực 1: …": a number after the level word is numbering too.
    const next = stripEdges(
      t
        .replace(leadInPattern, '')
        .replace(asciiLeadInPattern, '')
        .replace(levelWordPattern, '')
        .replace(asciiLevelWordPattern, '')
        .replace(indexNameInside, '')
        .replace(/^\d{1,2}\s*[.:)-]\s*/u, '')
        .replace(ordinalBeforeLabel, ''),
    );
    if (next === t) break;
    steps.push(next);
    t = next;
  }
  return steps;
}

function stripWrappers(text: string): string {
  return stripSteps(text).at(-1) ?? text;
}

/**
 * The forms of a heading the matcher compares.
 * @example labelForms('2.2. Đối với nội dung “Công khai, minh bạch”:').variants // ['đối với nội dung “công khai, minh bạch”', 'công khai, minh bạch']
 */
export function labelForms(heading: string): LabelForms {
  return labelFormsOfFolded(foldedHeading(heading));
}

/** labelForms of a heading already folded by foldedHeading (the matcher folds it first, for its gate). */
export function labelFormsOfFolded(folded: string): LabelForms {
  const body = stripNumbering(folded);
  const literal = stripEdges(body);
  const variants = [literal, ...stripSteps(literal)];
  const inQuotes = quoted.exec(body)?.[1];
  const quotedLabel = inQuotes ? stripWrappers(stripEdges(inQuotes)) : null;
  if (quotedLabel) variants.push(quotedLabel);
  const ordinalMatch = ordinalPattern.exec(literal.replace(/^(?:đối với|về)\s+/u, ''));
  const ordinalText = ordinalMatch?.[1];
  const ordinal = ordinalText ? (ordinalWords[ordinalText] ?? Number(ordinalText)) : null;
  return {
    folded,
    variants: [...new Set(variants.filter((v) => v.length > 0))],
    quoted: quotedLabel && quotedLabel.length > 0 ? quotedLabel : null,
    ordinal,
    hasDiacritics: hasDiacritics(folded),
  };
}

/** The text outside the quoted label, wrappers removed: what a quoted heading says besides its label. */
export function outsideQuotes(heading: string): string | null {
  const folded = foldText(heading);
  if (!quoted.test(folded)) return null;
  const body = stripNumbering(folded.replace(quoted, ' '));
  return stripWrappers(stripEdges(body.replace(/\s+/g, ' ')));
}
