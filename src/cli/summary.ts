// A readable one-line-per-plan table: number, date, issuer, legal bases, sections.
import type { PlanDocument } from '../schema/plan-document.js';

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));

export function renderSummary(rows: Array<{ path: string; plan: PlanDocument | null; error?: string }>): string {
  const lines = [
    `${'file'.padEnd(36)} ${'number'.padEnd(16)} ${'date'.padEnd(10)} ${'issuer'.padEnd(44)} bases sections`,
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
  }
  return `${lines.join('\n')}\n`;
}
