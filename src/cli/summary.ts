// `kehoach summary`: per plan, a line of header fields and counts, and a line of what the plan is
// about — the indices it works on, the dimensions its sections and task tables address, the units
// that lead most of its tasks.
import { coverageOf, leadUnits } from '../report/facts.js';
import type { PlanDocument } from '../schema/plan-document.js';

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));

/** At most this many lead units are named per plan. */
const leadUnitsShown = 3;

/** "PAPI 2021–2025 ×18, SIPAS ×2 · PAPI.1 PAPI.2 PAPI.3 · lead: Sở Nội vụ (12), Văn phòng Ủy ban nhân dân tỉnh (5), +2 more" */
function foundLine(plan: PlanDocument): string {
  const indices = plan.indices.map((i) => `${i.code}${i.period ? ` ${i.period.from}${i.period.to && i.period.to !== i.period.from ? `–${i.period.to}` : ''}` : ''} ×${i.mentions}`);
  const dimensions = coverageOf(plan).map((c) => c.code);
  const leads = leadUnits(plan);
  const named = leads.slice(0, leadUnitsShown).map((u) => `${u.name} (${u.tasks})`);
  if (leads.length > leadUnitsShown) named.push(`+${leads.length - leadUnitsShown} more`);
  return [
    `indices: ${indices.join(', ') || 'none'}`,
    `dimensions: ${dimensions.length ? dimensions.join(' ') : 'none'}`,
    `lead: ${named.join(', ') || 'none'}`,
  ].join(' · ');
}

export function renderSummary(rows: Array<{ path: string; plan: PlanDocument | null; error?: string }>): string {
  const lines = [
    `${'file'.padEnd(36)} ${'number'.padEnd(16)} ${'date'.padEnd(10)} ${'issuer'.padEnd(44)} bases sections`,
    `${''.padEnd(4)}indices (period, mentions) · dimensions addressed · units leading most tasks (tasks)`,
    '-'.repeat(124),
  ];
  for (const { path, plan, error } of rows) {
    const file = clip(path.split('/').pop() ?? path, 36);
    if (!plan) {
      lines.push(`${file} error: ${error}`);
      continue;
    }
    const number = plan.number ? plan.number.raw.replace(/\s+/g, '') : '—';
    const date = plan.issuedDate?.iso ?? '—';
    const issuer = plan.issuer?.name ?? (plan.isPlan ? '—' : '(not a plan)');
    const count = (s: PlanDocument['sections']): number => s.reduce((n, x) => n + 1 + count(x.children), 0);
    lines.push(`${file} ${clip(number, 16)} ${clip(date, 10)} ${clip(issuer, 44)} ${String(plan.legalBases.length).padStart(5)} ${String(count(plan.sections)).padStart(8)}`);
    lines.push(`    ${foundLine(plan)}`);
  }
  return `${lines.join('\n')}\n`;
}
