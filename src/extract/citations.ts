// Document references in running text, with exact spans: "Quyết định số 2844/QĐ-UBND ngày 14 tháng 8
// năm 2021 của Ủy ban nhân dân Thành phố về …", "Quyết định 195/QĐ-UBND ngày 19/01/2024 của UBND huyện
// …" (no "số"), "văn bản 2408/KH-UBND", "Nghị quyết số 04-NQ/TU", bare "số 1033/QĐ-UBND", and laws cited by
// name: "Luật Tố cáo năm 2018", "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015".

import { docTypeByCode, docTypeByName, docTypeNamesAnyCasePattern } from '../domain/doc-types.js';
import { expandOrganization } from '../normalize/organization.js';
import { squash } from '../util/fold.js';
import { lastAtMost, matchesNotAfter } from '../util/search.js';
import { type Span, span } from '../util/span.js';
import { parseVietnameseDate } from './dates.js';
import { documentNumberPattern, parseDocumentNumber } from './document-number.js';

export interface RawCitation {
  type: string | null;
  typeCode: string | null;
  number: string | null;
  date: string | null;
  issuer: string | null;
  subject: string | null;
  /** Laws cited by name: "Luật Tố cáo". */
  name: string | null;
  span: Span;
  /** Where the reference proper (type, number, date, issuer) ends and its subject begins. */
  headEnd: number;
  /** A law named after those it amends ("Luật sửa đổi, bổ sung một số điều của Luật A, Luật B"). */
  amends: boolean;
}

const notLetterBefore = String.raw`(?<!\p{L}|\p{M}|\d|[/])`;
const letterDigitOrSlash = /[\p{L}\p{M}\d/]/u;
// Type word, then "số"/"số:" (possibly doubled by a typo), then the number; or "số" + number alone.
// Case-sensitive (type words in their written casings): with the i flag \p{Lu} would match any letter.
// No leading lookbehind here: matchesNotAfter checks the character before (much faster on long text).
const numberedReference = new RegExp(
  String.raw`(?:(${docTypeNamesAnyCasePattern})\s*(?:(liên\s+tịch|hành\s+động|HÀNH\s+ĐỘNG)\s+)?(?:(?:s\s?ố|S\s?ố|SỐ)\s*:?\s*)*|(?:số|Số|SỐ)\s*:?\s*)(${documentNumberPattern.source})`,
  'gu',
);
// Laws by name: capitalised name after the type word.
const namedLaw = new RegExp(String.raw`${notLetterBefore}(Bộ\s+luật|Luật|Pháp\s+lệnh|Hiến\s+pháp)(?=\s+\p{Lu}|\s+năm\s+\d{4})`, 'gu');
// "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa
// phương" — one law, named after those it amends; the laws inside its name are not citations of their own.
const amendingLaw = /(?<!\p{L}|\p{M})Luật\s+sửa\s+đổi\s*,?\s+bổ\s+sung(?:\s+một\s+số\s+điều)?(?:\s+của)?(?=\s+(?:các\s+)?Luật|\s+\p{Lu})/gu;

const lawNameStop =
  /^(?:và|để|của|theo|về|gắn|nhằm|trong|tại|do|đã|được|có|cho|với|bằng|khi|là|đến|năm|số|ngày|nay|mới|này|đó|sửa|các|những|trên|thì|cũng|hoặc|nên|phải|không|như)$/iu;
// A document type after the name ends it: "Luật Tiếp cận thông tin và Nghị định hướng dẫn".
const lawNameStopPair = /^(?:nghị định|thông tư|quyết định|chỉ thị|hướng dẫn|triển khai|tiếp tục|quy định|hiện hành)$/iu;

const issuerStop =
  /^(?:về|v\/v|nhằm|để|trong|theo|tại|đối|áp|sửa|gắn|và|đã|được|cho|với|trên|kèm|giai|năm|đến|nay|hiện|này|việc|số|ngày|tháng|cụ|như|khi|có|là)$/iu;
// Two-word verbs that end an issuer: "của Chính phủ quy định …", "của UBND tỉnh ban hành …".
const issuerStopPair =
  /^(?:quy định|hướng dẫn|ban hành|phê duyệt|triển khai|khắc phục|thực hiện|tổ chức|giao cho|công bố|chỉ đạo|thông qua|thành lập|kiện toàn|điều chỉnh|bổ sung|phân công|phân cấp|ủy quyền|đánh giá|xác định|nâng cao|cải thiện|đẩy mạnh|tăng cường|quyết định|công nhận|xếp hạng)$/iu;

// First words of document types: a name never continues into "… và Quyết định …".
const documentTypeFirstWord = /^(?:Quyết|Nghị|Thông|Kế|Chỉ|Công|Văn|Luật|Bộ\s+luật|Hướng|Chương|Pháp|Hiến|Tờ|Báo|Đề|Phương)$/u;

function typeFromWord(word: string | undefined, typeCode: string | null): string | null {
  const written = word ? docTypeByName(word) : undefined;
  const fromCode = typeCode ? docTypeByCode(typeCode) : undefined;
  if (written && !['Văn bản', 'Công văn'].includes(written.name)) return written.name;
  if (fromCode) return fromCode.name;
  return written?.name ?? null;
}

/** Reads "của <issuer>" / "do <issuer> ban hành" at `at`; returns the issuer and where it ends. */
function readIssuer(text: string, at: number): { issuer: string; end: number } | null {
  const lead = /^\s*,?\s*(?:của|do)\s+(?=\p{Lu})/u.exec(text.slice(at));
  if (!lead) return null;
  let pos = at + lead[0].length;
  // Names of bodies hold "và" and commas between their fields ("Bộ Thông tin và Truyền thông", "Sở Văn
  // hóa, Thể thao và Du lịch"): they continue into a capitalised word that is not a document type.
  const wordPattern = /(\s*,\s*|\s*)([\p{L}\p{M}\d&.\-–]+)/uy;
  let end = pos;
  let count = 0;
  let firstWord = '';
  for (;;) {
    wordPattern.lastIndex = pos;
    const m = wordPattern.exec(text);
    if (!m) break;
    const word = m[2]!.replace(/[.]+$/, '');
    wordPattern.lastIndex = m.index + m[0].length;
    const next = wordPattern.exec(text)?.[2] ?? '';
    const capitalisedNext = /^\p{Lu}/u.test(next) && !documentTypeFirstWord.test(next);
    // After a comma: the next field of a body's name ("Sở Văn hóa, Thể thao …") or the next body of a
    // joint issuer ("Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch …").
    const fieldAfterComma =
      count > 0 &&
      /^\p{Lu}/u.test(word) &&
      !documentTypeFirstWord.test(word) &&
      (/^(?:Sở|Bộ|Phòng|Ban|Trung|Cục|Chi|Viện)$/u.test(firstWord) || /^(?:Chính|Bộ|Ủy|Đoàn|Ban|Sở|Hội|Tổng|Thủ|Văn)$/u.test(word));
    if (m[1]!.includes(',') && !fieldAfterComma) break;
    if (count > 0 && word === 'và' && capitalisedNext) {
      count++;
      pos = m.index + m[0].length;
      continue;
    }
    if (count > 0 && issuerStop.test(word)) break;
    if (count > 0 && issuerStopPair.test(`${word} ${next}`)) break;
    if (count === 0) firstWord = word;
    count++;
    pos = m.index + m[0].length;
    end = m.index + m[0].length - (m[2]!.length - word.length);
    if (/[.]$/.test(m[2]!) && !/^(?:TP|Tp|Q|P|H|TX|TT)\.$/u.test(m[2]!)) break;
    if (count >= 24) break; // joint issuers are long: "Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch …"
  }
  if (count === 0) return null;
  const issuer = squash(text.slice(at + lead[0].length, end)).replace(/[,;:]+$/, '');
  return { issuer, end };
}

/** Reads a subject introduced by "về (việc)" / "quy định" / "hướng dẫn" …, up to the clause's end. */
function readSubject(text: string, at: number, limit: number): { subject: string; end: number } | null {
  const lead = /^\s*,?\s*(?:về\s+việc|về|v\/v|V\/v|quy\s+định|hướng\s+dẫn|ban\s+hành|phê\s+duyệt)\s+/iu.exec(text.slice(at, limit));
  if (!lead) return null;
  const start = at + lead[0].length;
  const clause = text.slice(start, limit);
  const stop = /;|\.(?=\s|$)|\n\s*\n/u.exec(clause);
  let end = start + (stop ? stop.index : clause.length);
  while (end > start && /[\s,;:.]/.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  const keepFrom = /^\s*,?\s*(?:về\s+việc|về|v\/v)\s+/iu.test(lead[0]) ? start : at + lead[0].search(/\S/);
  return { subject: squash(text.slice(keepFrom, end)), end };
}

// Names may hold ", " lists and "và" ("Luật Phòng, chống tham nhũng", "Pháp lệnh Thực hiện dân chủ ở xã,
// phường, thị trấn", "Luật Hỗ trợ doanh nghiệp nhỏ và vừa"): both continue only into a lower-case word
// that is neither a stop word nor the start of a document type.
function readLawName(text: string, at: number, lowerFirst = false): { end: number } {
  const word = /(\s+|,\s+)([\p{L}\p{M}]+)/uy;
  const peek = (from: number) => {
    word.lastIndex = from;
    const m = word.exec(text);
    return m ? { sep: m[1]!, word: m[2]!, end: m.index + m[0].length } : null;
  };
  let pos = at;
  let end = at;
  let count = 0;
  for (;;) {
    const w = peek(pos);
    if (!w) break;
    if (count === 0 && ((!lowerFirst && !/^\p{Lu}/u.test(w.word)) || w.sep.startsWith(','))) break;
    if (count > 0) {
      const next = peek(w.end);
      const pair = `${w.word} ${next?.word ?? ''}`;
      if (lawNameStopPair.test(pair)) break;
      if (/^\p{Lu}/u.test(w.word) && /^(?:Luật|Bộ|Nghị|Quyết|Thông|Chỉ|Pháp|Hiến)$/u.test(w.word)) break;
      const lowerContinuation = /^\p{Ll}/u.test(w.word) && !lawNameStop.test(w.word);
      if (w.sep.startsWith(',') && !lowerContinuation) break;
      if (w.word === 'và') {
        // "… giám sát của Quốc hội và Hội đồng nhân dân": after "của", a second body continues the name.
        const bodyAfterOf = /\scủa\s/u.test(text.slice(at, w.end)) && next !== null && /^(?:Hội|Ủy|Chính|Quốc)$/u.test(next.word);
        if (!bodyAfterOf && (!next || !/^\p{Ll}/u.test(next.word) || lawNameStop.test(next.word) || lawNameStopPair.test(`${next.word} ${peek(next.end)?.word ?? ''}`))) break;
      } else if (w.word === 'của' && next && /^(?:Quốc|Ủy|Hội|Chính)$/u.test(next.word)) {
        // "Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân" is the law's own name.
      } else if (lawNameStop.test(w.word)) break;
    }
    pos = w.end;
    end = w.end;
    if (++count >= 14) break;
  }
  return { end };
}

/** "Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp" as a citation's type. */
function lawType(word: string): string {
  const squashed = squash(word);
  return squashed.charAt(0).toUpperCase() + squashed.slice(1);
}

/**
 * Finds every document reference in `text` (a slice of the normalized text starting at `base`).
 * @example findCitations('Căn cứ Quyết định số 2844/QĐ-UBND ngày 14 tháng 8 năm 2021 của UBND Thành phố;', 0)[0].date // '2021-08-14'
 */
export function findCitations(text: string, base: number): RawCitation[] {
  const found: RawCitation[] = [];
  const anchors: Array<{ start: number; end: number; word?: string; qualifier?: string; number: string }> = [];
  // Cheap gates first: every numbered reference has a "/" (or "-" for Party ones), every law its word.
  const mayHaveNumber = text.includes('/') || /\d-\p{Lu}/u.test(text);
  const mayHaveLaw = /Luật|Pháp lệnh|Hiến pháp/u.test(text);
  if (!mayHaveNumber && !mayHaveLaw) return found;
  for (const m of mayHaveNumber ? matchesNotAfter(text, numberedReference, letterDigitOrSlash) : []) {
    // "… quy phạm pháp luật số 87/2025/QH15": "luật" is the end of a name there, not the type word.
    if (m[1] === 'luật' && /pháp\s$/u.test(text.slice(Math.max(0, m.index - 6), m.index))) {
      const at = m.index + m[0].search(/số/u);
      anchors.push({ start: at, end: m.index + m[0].length, number: m[3]! });
      continue;
    }
    anchors.push({ start: m.index, end: m.index + m[0].length, word: m[1], qualifier: m[2], number: m[3]! });
  }
  const laws: Array<{ start: number; end: number; word: string; amends?: boolean }> = [];
  const amending: Array<{ start: number; end: number }> = [];
  for (const m of mayHaveLaw ? text.matchAll(amendingLaw) : []) {
    // The amended laws: "Luật A", "Luật A và Luật B", "các Luật A, Luật B".
    let end = m.index + m[0].length;
    const next = /^\s+(?:các\s+)?Luật/uy;
    for (;;) {
      next.lastIndex = 0;
      const lead = next.exec(text.slice(end));
      if (!lead) break;
      // An amended law may be typed in lower case: "… một số điều của Luật xây dựng số 62/2020/QH14" (f06).
      const inner = readLawName(text, end + lead[0].length, true);
      if (inner.end === end + lead[0].length) break;
      end = inner.end;
      const joiner = /^\s*(?:,|và)(?=\s+Luật)/u.exec(text.slice(end));
      if (!joiner) break;
      end += joiner[0].length;
    }
    amending.push({ start: m.index, end });
    laws.push({ start: m.index, end, word: 'Luật', amends: true });
  }
  for (const m of mayHaveLaw ? text.matchAll(namedLaw) : []) {
    const start = m.index;
    if (anchors.some((a) => start >= a.start && start < a.end)) continue;
    if (amending.some((a) => start >= a.start && start < a.end)) continue;
    laws.push({ start, end: start + m[0].length, word: m[1]! });
  }
  // "Luật Tổ chức chính quyền địa phương số 72/2025/QH15", "Luật Dữ liệu số\n60/2024/QH15" (f06 cites
  // twelve laws this way): the name, then its number — one citation, a law with a number; so is
  // "Luật sửa đổi, bổ sung một số điều của Luật xây dựng số 62/2020/QH14" (the amending law's number).
  const namedAnchor = new Map<number, { start: number; word: string; nameEnd: number; amends: boolean }>();
  const nameEnds = new Map<number, number>();
  for (const l of laws) {
    const name = l.amends ? { end: l.end } : readLawName(text, l.end);
    nameEnds.set(l.start, name.end);
    const lead = /^\s*,?\s*(?=(?:số|Số|SỐ)\s*:?\s*\d)/uy;
    lead.lastIndex = 0;
    const gap = lead.exec(text.slice(name.end, name.end + 12));
    if (!gap) continue;
    const anchor = anchors.find((a) => a.start === name.end + gap[0].length && a.word === undefined);
    if (anchor) namedAnchor.set(anchor.start, { start: l.start, word: l.word, nameEnd: name.end, amends: l.amends === true });
  }
  const starts = [...anchors.map((a) => a.start), ...laws.map((l) => l.start)].sort((a, b) => a - b);
  const nextStart = (after: number) => {
    const k = lastAtMost(starts, after);
    const next = starts[k]! > after ? starts[k] : starts[k + 1];
    return next ?? text.length;
  };

  for (const a of anchors) {
    const parsed = parseDocumentNumber(a.number);
    if (!parsed) continue;
    const number = a.number.replace(/\s+/g, '').replace(/–/g, '-');
    let end = a.end;
    let date: string | null = null;
    const dateLead = /^\s*,?\s*(?:ban\s+hành\s+)?(?=ngày)/iu.exec(text.slice(end));
    if (dateLead) {
      const d = parseVietnameseDate(text.slice(end + dateLead[0].length));
      if (d) {
        date = d.iso;
        end += dateLead[0].length + d.length;
      }
    }
    const issuer = readIssuer(text, end);
    if (issuer) end = issuer.end;
    const headEnd = end;
    const limit = nextStart(a.start);
    const subject = readSubject(text, end, limit);
    if (subject) end = subject.end;
    const law = namedAnchor.get(a.start);
    // "Chương trình hành động số 10-CTr/TU", "Kế hoạch hành động số 459-KHHĐ/TU" (f06, f17) keep their kind.
    const written = law ? lawType(law.word) : typeFromWord(a.word, parsed.typeCode);
    const type = written && a.qualifier && /hành/iu.test(a.qualifier) ? `${written} hành động` : written;
    if (!a.word && !law && !parsed.typeCode && !parsed.year) continue; // "số 12/ABC" without a type: too weak
    found.push({
      type,
      typeCode: parsed.typeCode,
      number,
      date,
      issuer: issuer ? expandOrganization(issuer.issuer) : null,
      subject: subject?.subject ?? null,
      name: law ? squash(text.slice(law.start, law.nameEnd)) : null,
      span: span(base + (law?.start ?? a.start), base + end),
      headEnd: base + headEnd,
      amends: law?.amends ?? false,
    });
  }
  const numberedLaws = new Set([...namedAnchor.values()].map((l) => l.start));
  for (const l of laws) {
    if (numberedLaws.has(l.start)) continue;
    const name = { end: l.amends ? l.end : nameEnds.get(l.start)! };
    let end = name.end;
    let date: string | null = null;
    const year = /^\s*,?\s*(?:năm\s+(\d{4})|(?=ngày))/iu.exec(text.slice(end));
    if (year?.[1]) {
      date = year[1];
      end += year[0].length;
    } else if (year) {
      const d = parseVietnameseDate(text.slice(end + year[0].length));
      if (d) {
        date = d.iso;
        end += year[0].length + d.length;
      }
    }
    const lawName = squash(text.slice(l.start, name.end));
    if (lawName.split(' ').length < 2 && !/Hiến/u.test(lawName)) continue;
    found.push({
      type: lawType(l.word),
      typeCode: null,
      number: null,
      date,
      issuer: null,
      subject: null,
      name: lawName,
      span: span(base + l.start, base + end),
      headEnd: base + end,
      amends: l.amends === true,
    });
  }
  return found.sort((x, y) => x.span.start - y.span.start);
}
