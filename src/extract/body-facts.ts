// Facts the body states about the document itself, used when the header lacks them:
// "Ủy ban nhân dân Phường 7 xây dựng kế hoạch …" (issuer), "Trên đây là Kế hoạch <title>." (title),
// "(Kèm theo Kế hoạch số 219 /KH-UBND …)" (number), "Kế hoạch này" (type).

import type { Block } from '../segment/index.js';
import { squash } from '../util/fold.js';
import { type Span, span } from '../util/span.js';
import { documentNumberPattern } from './document-number.js';

export interface Found {
  text: string;
  span: Span;
}

const orgStart = String.raw`(?:Ủy\s+ban\s+nhân\s+dân|UBND|Hội\s+đồng\s+nhân\s+dân|Sở|Phòng|Ban|Văn\s+phòng|Thanh\s+tra|Trung\s+tâm|Chi\s+cục|Cục|Bộ|Đài|Công\s+an)`;
const issuingVerb = String.raw`(?:ban\s+hành|xây\s+dựng|triển\s+khai\s+xây\s+dựng|lập|tổ\s+chức\s+xây\s+dựng|đề\s+ra)`;
const planWord = String.raw`(?:Kế\s+hoạch|kế\s+hoạch|Chương\s+trình|chương\s+trình|Phương\s+án|phương\s+án)`;
// "<Org> ban hành/xây dựng Kế hoạch …" at a sentence or clause start.
// Not narrative: "UBND tỉnh đã ban hành Kế hoạch số …" in a news article reports on another document.
const issuingSentence = new RegExp(String.raw`(?:^|[,;.:]\s+)(${orgStart}(?:[^.;:]){0,90}?)(?<!\s(?:đã|vừa|đã chính thức|mới))\s+${issuingVerb}\s+${planWord}(?!\s+(?:số|Số)\s)`, 'u');
// "Trên đây là Kế hoạch <title>./." — the closing sentence repeats the title.
// The title ends where the sentence goes on to something else: "…; trong quá trình triển khai …" (real b04),
// ", đề nghị các cơ quan …".
const closingTitle = new RegExp(String.raw`^Trên\s+đây\s+là\s+(?:bản\s+)?${planWord}\s+(.+?)(?:\s*\.\s*\/\s*\.|\.(?=\s|$)|;|,\s+(?:đề\s+nghị|yêu\s+cầu|giao|các\s+cơ\s+quan|trong\s+quá\s+trình)\s|$)`, 'u');
// "… ban hành Kế hoạch <title> (cụ thể) như sau:" — the intro sentence.
const introTitle = new RegExp(String.raw`${issuingVerb}\s+${planWord}\s+(.+?)\s*,?\s*(?:cụ\s+thể\s+)?(?:như\s+sau|với\s+(?:những|các)\s+nội\s+dung(?:\s+như)?\s+sau|gồm\s+các\s+nội\s+dung\s+sau)\s*:`, 'u');
// What follows the title inside the intro sentence: "… năm 2026 của tỉnh với chủ đề “…”, trong đó …" (real b01).
const introTitleEnd = /\s+với\s+chủ\s+đề\s|,\s+trong\s+đó[\s,]|;\s/u;

function located(block: Block, sourceText: string, value: string, from = 0): Found {
  const slice = sourceText.slice(block.start, block.end);
  const at = indexOfLoose(slice, value, from);
  return { text: squash(value), span: at ? span(block.start + at.start, block.start + at.end) : span(block.start, block.end) };
}

/** Finds `value` in `slice` allowing any run of white space where `value` has one. */
function indexOfLoose(slice: string, value: string, from: number): { start: number; end: number } | null {
  const pattern = new RegExp(value.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'u');
  const m = pattern.exec(slice.slice(from));
  return m ? { start: from + m.index, end: from + m.index + m[0].length } : null;
}

export function issuerFromBody(blocks: Block[], sourceText: string): Found | null {
  for (const block of blocks) {
    const text = sourceText.slice(block.start, block.end);
    const m = issuingSentence.exec(text);
    if (m) return located(block, sourceText, m[1]!);
  }
  return null;
}

export function titleFromClosing(blocks: Block[], sourceText: string): Found | null {
  for (const block of blocks) {
    const text = squash(block.text);
    const m = closingTitle.exec(text);
    if (m && m[1]!.split(' ').length >= 4) return located(block, sourceText, m[1]!);
  }
  return null;
}

export function titleFromIntro(blocks: Block[], sourceText: string): Found | null {
  for (const block of blocks) {
    const m = introTitle.exec(squash(block.text));
    if (!m) continue;
    const whole = m[1]!;
    const cut = introTitleEnd.exec(whole);
    const title = cut ? whole.slice(0, cut.index) : whole;
    // "triển khai thực hiện" alone says nothing about what the plan is.
    if (title.split(' ').length < 5) return null;
    return located(block, sourceText, title);
  }
  return null;
}

const attachedNumber = new RegExp(String.raw`[Kk]èm\s+theo\s+(Kế\s+hoạch|Quyết\s+định|Chương\s+trình|Chỉ\s+thị|Phương\s+án|Đề\s+án)\s+số\s*:?\s*(${documentNumberPattern.source})`, 'u');

/** 003: the plan's own number appears only in "(Kèm theo Kế hoạch số 219 /KH-UBND …)". */
export function numberFromAttachment(lines: Array<{ text: string; start: number }>): { type: string; raw: string; span: Span } | null {
  for (const line of lines) {
    const m = attachedNumber.exec(line.text);
    if (!m) continue;
    const at = line.start + m.index + m[0].length - m[2]!.length;
    return { type: squash(m[1]!), raw: m[2]!, span: span(at, at + m[2]!.length) };
  }
  return null;
}

// "Kế hoạch này", "Trên đây là Kế hoạch …", or the intro "… ban hành Kế hoạch … như sau:" — a headline
// "Quảng Nam ban hành kế hoạch nâng cao Chỉ số PAPI" (news, 408) is none of them. A document names
// itself with a capital inside a sentence ("thực hiện Kế hoạch này", 001); "kế hoạch này đã bị phá vỡ",
// "các ca sĩ tham gia chương trình này" and a sentence opening "Kế hoạch này …" are narrative (7 of the
// 500 encyclopedia texts of the real negatives were taken for plans on them).
const selfReference = new RegExp(
  String.raw`(?:(?<=[\p{Ll}\p{M}]\s)(?:Kế\s+hoạch|Chương\s+trình|Phương\s+án)\s+này|Trên\s+đây\s+là\s+${planWord}|(?<!(?:đã|vừa|mới)\s)${issuingVerb}\s+${planWord}(?!\s+(?:số|Số)\s)[^.;]*?(?:như\s+sau|nội\s+dung\s+sau|nội\s+dung\s+như\s+sau)\s*:)`,
  'u',
);

/** The type the body calls the document by ("Kế hoạch này") — upper-case, or null. */
export function typeFromBody(blocks: Block[]): string | null {
  for (const block of blocks) {
    const m = selfReference.exec(block.text);
    if (!m) continue;
    const word = /(Kế\s+hoạch|Chương\s+trình|Phương\s+án)/iu.exec(m[0])!;
    return squash(word[1]!).toUpperCase();
  }
  return null;
}
