// Deadlines and periods: "Trước 30 tháng 11 2024", "Tháng 8 năm 2024", "trước 31/10/2024", "Từ ngày
// 20/3 đến ngày 25/3", "Thường xuyên", "Khi được triển khai", "quý 1 (trước ngày 06/4), 6 tháng (trước
// ngày 05/6) …", "Định kỳ 6 tháng, năm". A date without a year takes the plan's year, flagged.

import type { Span } from '../util/span.js';
import { matchesNotAfter } from '../util/search.js';

export type ScheduleKind = 'date' | 'range' | 'recurring' | 'event' | 'continuous';

export interface RawScheduleEntry {
  kind: ScheduleKind;
  start: string | null;
  end: string | null;
  recurrence: string | null;
  yearInferred: boolean;
  span: Span;
}

interface When {
  iso: string;
  yearInferred: boolean;
  /** The year was written ("30/9/2025"), so an earlier date of the same phrase can borrow it. */
  year: number | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const romanQuarter: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

// One point in time: a day ("30/11/2024", "ngày 30 tháng 11 năm 2024", "30 tháng 11 2024"), a month
// ("tháng 8 năm 2024", "tháng 8/2024"), a quarter ("quý III/2024") or a year ("năm 2024").
const day = String.raw`(?:ngày\s+)?(\d{1,2})\s*(?:[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?|\s+tháng\s+(\d{1,2})(?:\s*(?:,\s*)?(?:năm\s+)?(\d{4}))?)`;
const month = String.raw`tháng\s+(\d{1,2})(?:\s*(?:/|năm)\s*(\d{4})|\s+(\d{4}))?`;
const quarter = String.raw`quý\s+(I{1,3}|IV|[1-4])(?:\s*(?:/|năm)\s*(\d{4}))?`;
const year = String.raw`năm\s+(\d{4})`;
const pointPattern = new RegExp(`^(?:${day})|^(?:${month})|^(?:${quarter})|^(?:${year})`, 'iu');

function readPoint(text: string, planYear: number | null): { when: When; length: number } | null {
  const m = pointPattern.exec(text);
  if (!m) return null;
  const inferred = (y: string | undefined) => (y ? Number(y) : planYear);
  const make = (iso: string, written: string | undefined) => ({ when: { iso, yearInferred: !written && planYear !== null, year: written ? Number(written) : null }, length: m[0].length });
  if (m[1]) {
    const d = Number(m[1]);
    const mo = Number(m[2] ?? m[4]);
    const y = m[3] ?? m[5];
    if (d < 1 || d > 31 || mo < 1 || mo > 12) return null;
    const yy = inferred(y);
    return make(yy ? `${yy}-${pad(mo)}-${pad(d)}` : `--${pad(mo)}-${pad(d)}`, y);
  }
  if (m[6]) {
    const mo = Number(m[6]);
    if (mo < 1 || mo > 12) return null;
    const y = m[7] ?? m[8];
    const yy = inferred(y);
    return make(yy ? `${yy}-${pad(mo)}` : `--${pad(mo)}`, y);
  }
  if (m[9]) {
    const q = romanQuarter[m[9].toLowerCase()] ?? Number(m[9]);
    const yy = inferred(m[10]);
    return make(yy ? `${yy}-Q${q}` : `Q${q}`, m[10]);
  }
  return make(m[11]!, m[11]);
}

/** The earlier point borrows the later one's written year ("từ 01/7 đến 30/9/2025"). */
function borrowYear(first: When, second: When): When {
  if (!first.yearInferred || second.year === null) return first;
  return { iso: first.iso.replace(/^\d{4}|^-/, String(second.year)), yearInferred: false, year: second.year };
}

const periodWord = String.raw`(?:(?:hằng|hàng|mỗi)\s+)?(?:tuần|tháng|quý(?:\s+(?:I{1,3}|IV|[1-4]))?|năm|6\s+tháng(?:\s+đầu\s+năm)?|sáu\s+tháng|9\s+tháng|chín\s+tháng|cuối\s+năm)(?!\s*\d)(?!\p{L}|\p{M})`;
const periodList = String.raw`${periodWord}(?:\s*(?:,|và|hoặc)\s*${periodWord})*`;

// Patterns over running text, tried in this order; a later one never overlaps an earlier match. Each
// starts a word: matchesNotAfter checks the character before (faster than a leading lookbehind).
const letterOrMark = /[\p{L}\p{M}]/u;
const textPatterns: Array<{ kind: 'range' | 'deadline' | 'recurring-deadline' | 'recurring'; pattern: RegExp }> = [
  { kind: 'range', pattern: /(?:từ|Từ)\s+(?=(?:ngày\s+)?\d|tháng\s+\d)/gu },
  { kind: 'recurring-deadline', pattern: new RegExp(String.raw`(${periodWord})\s*\(\s*(?:trước|chậm nhất)\s+(?=(?:ngày\s+)?\d)`, 'giu') },
  { kind: 'recurring', pattern: new RegExp(String.raw`(?:định kỳ|báo cáo(?:\s+kết quả)?(?:\s+thực hiện)?(?:\s+định kỳ)?)\s+(${periodList})`, 'giu') },
  { kind: 'deadline', pattern: /(?:trước|chậm nhất(?:\s+là)?|hạn chót|không quá|trong)\s+(?=(?:ngày\s+)?\d{1,2}\s*(?:[/.-]|\s+tháng)\s*\d|tháng\s+\d|quý\s+(?:I{1,3}|IV|[1-4]))/giu },
];

/** Every deadline, period and reporting time in a piece of running text that starts at `offset`. */
export function findScheduleEntries(text: string, offset: number, planYear: number | null): RawScheduleEntry[] {
  const out: RawScheduleEntry[] = [];
  const taken: Array<[number, number]> = [];
  const free = (a: number, b: number) => taken.every(([s, e]) => b <= s || a >= e);
  const push = (entry: Omit<RawScheduleEntry, 'span'>, a: number, b: number) => {
    if (!free(a, b)) return;
    taken.push([a, b]);
    out.push({ ...entry, span: { start: offset + a, end: offset + b } });
  };
  // Cheap gates: every pattern but "định kỳ/báo cáo + period" needs a digit (or "quý I"), that one its words.
  const hasDigit = /\d/.test(text);
  const mayDeadline = hasDigit || /quý/iu.test(text);
  const mayRecur = /định\s+kỳ|báo\s+cáo/iu.test(text);
  for (const { kind, pattern } of textPatterns) {
    if (kind === 'recurring' ? !mayRecur : kind === 'deadline' ? !mayDeadline : !hasDigit) continue;
    for (const m of matchesNotAfter(text, pattern, letterOrMark)) {
      const at = m.index + m[0].length;
      if (kind === 'recurring') {
        push({ kind: 'recurring', start: null, end: null, recurrence: m[1]!.replace(/\s+/g, ' '), yearInferred: false }, m.index, at);
        continue;
      }
      const first = readPoint(text.slice(at), planYear);
      if (!first) continue;
      let end = at + first.length;
      if (kind === 'range') {
        const to = /^\s*(?:đến|tới|-|–)\s+/u.exec(text.slice(end));
        const second = to ? readPoint(text.slice(end + to[0].length), planYear) : null;
        if (!to || !second) continue;
        end += to[0].length + second.length;
        const start = borrowYear(first.when, second.when);
        push({ kind: 'range', start: start.iso, end: second.when.iso, recurrence: null, yearInferred: start.yearInferred || second.when.yearInferred }, m.index, end);
      } else if (kind === 'recurring-deadline') {
        const close = /^\s*\)/u.exec(text.slice(end));
        if (close) end += close[0].length;
        push({ kind: 'recurring', start: null, end: first.when.iso, recurrence: m[1]!.replace(/\s+/g, ' '), yearInferred: first.when.yearInferred }, m.index, end);
      } else {
        push({ kind: 'date', start: null, end: first.when.iso, recurrence: null, yearInferred: first.when.yearInferred }, m.index, end);
      }
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

const continuousWords = /^(?:thường xuyên|liên tục|hằng ngày|hàng ngày|cả năm|suốt|trong suốt|định kỳ|hằng năm|hàng năm|đột xuất)(?!\p{L}|\p{M})/iu;
const eventWords = /^(?:khi|sau khi|ngay sau|theo|căn cứ|tùy|tuỳ|ngay khi|kể từ khi)(?!\p{L}|\p{M})/iu;

/**
 * A deadline cell or an item of a "Thời gian thực hiện" part: the whole text is one entry — the
 * first time expression it holds, else an event ("Khi được triển khai") or continuous ("Thường xuyên").
 */
export function readScheduleCell(text: string, offset: number, planYear: number | null): RawScheduleEntry | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const lead = text.indexOf(trimmed);
  const whole = { start: offset + lead, end: offset + lead + trimmed.length };
  const found = findScheduleEntries(trimmed, offset + lead, planYear);
  // "Tháng 9 năm 2024, báo cáo định kỳ hàng quý": the cell is what it opens with.
  if (found[0] && found[0].span.start === whole.start) return { ...found[0], span: whole };
  const point = readPoint(trimmed.replace(/^(?:trong|vào|đến|tới|hoàn thành|xong)\s+/iu, ''), planYear);
  if (point) return { kind: 'date', start: null, end: point.when.iso, recurrence: null, yearInferred: point.when.yearInferred, span: whole };
  if (found[0]) return { ...found[0], span: whole };
  if (continuousWords.test(trimmed)) return { kind: 'continuous', start: null, end: null, recurrence: null, yearInferred: false, span: whole };
  if (eventWords.test(trimmed)) return { kind: 'event', start: null, end: null, recurrence: null, yearInferred: false, span: whole };
  return null;
}
