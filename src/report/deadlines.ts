// The schedule entries of a collection, grouped by when they fall: by quarter, with the month inside
// it; a year alone after that year's quarters; recurring ("6 tháng, năm") and continuous or event-bound
// ones ("thường xuyên", "sau khi có kết quả") at the end.

import type { PlanDocument } from '../schema/plan-document.js';

export interface DeadlineEntry {
  /** Index of the document in the report. */
  doc: number;
  /** Month 1–12 when known, else null (the whole quarter or year). */
  month: number | null;
  /** The date as read: "2024-10-31", "2024-08", "2024-Q3", "2024", or the recurrence. */
  when: string;
  raw: string;
  section: string | null;
  yearInferred: boolean;
  start: number;
  end: number;
}

export type DeadlinePeriod =
  | { kind: 'quarter'; year: string; quarter: number }
  | { kind: 'year'; year: string }
  | { kind: 'recurring' }
  | { kind: 'continuous' };

export interface DeadlineGroup {
  period: DeadlinePeriod;
  entries: DeadlineEntry[];
}

// "2024-10-31", "2024-10", "2024-Q4", "2024" — the forms ScheduleEntry.end and .start take.
const datePattern = /^(\d{4})(?:-(?:(\d{2})(?:-\d{2})?|Q([1-4])))?$/;

function periodOf(entry: PlanDocument['schedule'][number]): { period: DeadlinePeriod; month: number | null; when: string } {
  const date = entry.end ?? entry.start ?? null;
  const match = date ? datePattern.exec(date) : null;
  if (entry.kind === 'recurring' || (!match && entry.recurrence)) return { period: { kind: 'recurring' }, month: null, when: entry.recurrence ?? '' };
  if (!match || !date) return { period: { kind: 'continuous' }, month: null, when: entry.kind };
  const [, year, month, quarter] = match;
  if (month) {
    const m = Number(month);
    return { period: { kind: 'quarter', year: year!, quarter: Math.ceil(m / 3) }, month: m, when: date };
  }
  if (quarter) return { period: { kind: 'quarter', year: year!, quarter: Number(quarter) }, month: null, when: date };
  return { period: { kind: 'year', year: year! }, month: null, when: date };
}

const periodKey = (p: DeadlinePeriod): string =>
  p.kind === 'quarter' ? `${p.year}-${p.quarter}` : p.kind === 'year' ? `${p.year}-5` : p.kind === 'recurring' ? '~1' : '~2';

/**
 * Every schedule entry of the documents, grouped by quarter (then year, recurring, continuous), each
 * group sorted by date, then document order.
 * @example groupDeadlines([plan])[0] // { period: { kind: 'quarter', year: '2024', quarter: 1 }, entries: [{ month: 3, when: '2024-03-20', … }] }
 */
export function groupDeadlines(docs: ReadonlyArray<PlanDocument | null>): DeadlineGroup[] {
  const groups = new Map<string, DeadlineGroup>();
  docs.forEach((doc, n) => {
    for (const entry of doc?.schedule ?? []) {
      const { period, month, when } = periodOf(entry);
      const key = periodKey(period);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { period, entries: [] }));
      group.entries.push({
        doc: n,
        month,
        when,
        raw: entry.raw.replace(/\s+/g, ' ').trim(),
        section: entry.section ?? null,
        yearInferred: entry.yearInferred === true,
        start: entry.position.start.offset,
        end: entry.position.end.offset,
      });
    }
  });
  // "~" sorts after the digits of the years: recurring and continuous come last.
  const sorted = [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => g);
  for (const group of sorted) {
    group.entries.sort((a, b) => (a.month ?? 13) - (b.month ?? 13) || (a.when < b.when ? -1 : a.when > b.when ? 1 : 0) || a.doc - b.doc || a.start - b.start);
  }
  return sorted;
}
