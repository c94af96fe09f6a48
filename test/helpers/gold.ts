// Gold comparison (docs/gold-format.md): only keys the gold states are checked; strings compare after
// NFC + single spaces; arrays align by index; purposes/requirements compare counts and first words.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type PlanDocument, type Section, unitKey } from '../../src/index.js';

export const corpusDir = new URL('../../corpus/', import.meta.url).pathname;

export interface CorpusDoc {
  id: string;
  text: Buffer;
  gold: Record<string, unknown>;
}

export function loadCorpus(): CorpusDoc[] {
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt') && existsSync(join(corpusDir, f.replace(/\.txt$/, '.gold.json'))))
    .sort()
    .map((f) => {
      const id = f.replace(/\.txt$/, '');
      return { id, text: readFileSync(join(corpusDir, f)), gold: JSON.parse(readFileSync(join(corpusDir, `${id}.gold.json`), 'utf8')) };
    });
}

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

export function matches(gold: unknown, actual: unknown): boolean {
  if (gold === null) return actual === null || actual === undefined;
  if (typeof gold === 'string') return typeof actual === 'string' && norm(actual) === norm(gold);
  if (typeof gold === 'boolean') return (actual ?? false) === gold;
  if (typeof gold === 'number') return actual === gold;
  if (Array.isArray(gold)) return Array.isArray(actual) && actual.length === gold.length && gold.every((g, i) => matches(g, actual[i]));
  if (typeof gold === 'object') {
    if (actual === null || typeof actual !== 'object') return false;
    return Object.entries(gold as Record<string, unknown>).every(([k, v]) => k.startsWith('$') || matches(v, (actual as Record<string, unknown>)[k]));
  }
  return false;
}

export interface FieldScore {
  /** 1 when the whole field equals the gold. */
  exact: number;
  /** Elements matched / max(gold, actual) for lists; same as exact for scalars. */
  matched: number;
  total: number;
}

function listScore(gold: unknown[], actual: unknown[], eq: (g: unknown, a: unknown) => boolean = matches): FieldScore {
  const total = Math.max(gold.length, actual.length);
  let matched = 0;
  for (let i = 0; i < Math.min(gold.length, actual.length); i++) if (eq(gold[i], actual[i])) matched++;
  return { exact: matched === total ? 1 : 0, matched: total === 0 ? 0 : matched, total };
}

const scalar = (ok: boolean): FieldScore => ({ exact: ok ? 1 : 0, matched: ok ? 1 : 0, total: 1 });

function flattenIds(sections: Section[]): string[] {
  return sections.flatMap((s) => [s.id, ...flattenIds(s.children)]);
}

function flattenSections(sections: Section[]): Section[] {
  return sections.flatMap((s) => [s, ...flattenSections(s.children)]);
}

/**
 * Dimensions: the gold maps section id → code for every section that names one; every other section
 * must have none. Scored as recall (gold codes found) and precision (codes given that are right).
 */
function dimensionScores(gold: Record<string, string>, sections: Section[]): { recall: FieldScore; precision: FieldScore } {
  const actual = new Map(flattenSections(sections).map((s) => [s.id, s.dimension?.code ?? null]));
  const goldIds = Object.keys(gold);
  const found = goldIds.filter((id) => actual.get(id) === gold[id]).length;
  const given = [...actual].filter(([, code]) => code !== null);
  const right = given.filter(([id, code]) => gold[id] === code).length;
  const allAgree = found === goldIds.length && right === given.length;
  return {
    recall: { exact: allAgree ? 1 : 0, matched: found, total: goldIds.length },
    precision: { exact: allAgree ? 1 : 0, matched: right, total: given.length },
  };
}

function itemsScore(gold: { count: number; startsWith?: string[] }, actual: Array<{ text: string }>): FieldScore {
  const countOk = actual.length === gold.count;
  const startsOk = (gold.startsWith ?? []).every((p, i) => actual[i] !== undefined && norm(actual[i]!.text).startsWith(norm(p)));
  return scalar(countOk && startsOk);
}

/** Recall and precision of two multisets of keys. */
function setScores(gold: string[], actual: string[]): { recall: FieldScore; precision: FieldScore } {
  const left = [...actual];
  let found = 0;
  for (const g of gold) {
    const at = left.indexOf(g);
    if (at >= 0) {
      found++;
      left.splice(at, 1);
    }
  }
  const allAgree = found === gold.length && found === actual.length;
  return {
    recall: { exact: allAgree ? 1 : 0, matched: found, total: gold.length },
    precision: { exact: allAgree ? 1 : 0, matched: found, total: actual.length },
  };
}

interface GoldTableTask {
  group?: string | null;
  dimension?: string | null;
  number?: string;
  task?: string;
  lead?: string[];
  coordinate?: string[];
  product?: string | null;
  deadline?: string | null;
}

const unitsKey = (names: string[]) => names.map((n) => unitKey(n)).join(' | ');

/** A table row equals its gold on every key the gold states (units by key, task by prefix). */
function tableTaskMatches(g: GoldTableTask, a: PlanDocument['tableTasks'][number] | undefined): boolean {
  if (!a) return false;
  if ('group' in g && (a.group?.label ?? null) !== g.group) return false;
  if ('dimension' in g && (a.group?.dimension?.code ?? a.group?.index ?? null) !== g.dimension) return false;
  if (g.number !== undefined && a.number !== g.number) return false;
  if (g.task !== undefined && !norm(a.text).startsWith(norm(g.task))) return false;
  if (g.lead && unitsKey(g.lead) !== unitsKey(a.lead.map((u) => u.name))) return false;
  if (g.coordinate && unitsKey(g.coordinate) !== unitsKey(a.coordinate.map((u) => u.name))) return false;
  if ('product' in g && !matches(g.product ?? null, a.product)) return false;
  if ('deadline' in g && !matches(g.deadline ?? null, a.deadline)) return false;
  return true;
}

const scheduleKey = (e: { kind: string; start?: string | null; end?: string | null }) => `${e.kind} ${e.start ?? ''} ${e.end ?? ''}`;

/** Scores one document on every field its gold states. */
export function scoreDocument(gold: Record<string, unknown>, doc: PlanDocument): Record<string, FieldScore> {
  const out: Record<string, FieldScore> = {};
  const a = doc as unknown as Record<string, unknown>;
  for (const key of ['isPlan', 'docType', 'number', 'issuedDate', 'place', 'issuer', 'title', 'signer']) {
    if (key in gold) out[key] = scalar(matches(gold[key], a[key]));
  }
  if ('indices' in gold) {
    const g = gold.indices as Array<{ code: string; period?: unknown }>;
    const codes = (xs: Array<{ code: string }>) => xs.map((x) => x.code).sort().join(',');
    const periodsOk = g.every((gi) => !('period' in gi) || matches(gi.period, doc.indices.find((x) => x.code === gi.code)?.period));
    out.indices = scalar(codes(g) === codes(doc.indices) && periodsOk);
  }
  if ('legalBases' in gold) out.legalBases = listScore(gold.legalBases as unknown[], doc.legalBases);
  if ('citations' in gold) {
    const g = gold.citations as Array<{ number: string | null }>;
    out['citations (numbered)'] = listScore(g.filter((c) => c.number !== null), doc.citations.filter((c) => c.number !== null));
    out['citations (by name)'] = listScore(g.filter((c) => c.number === null), doc.citations.filter((c) => c.number === null));
  }
  if ('purposes' in gold) out.purposes = itemsScore(gold.purposes as { count: number }, doc.purposes);
  if ('requirements' in gold) out.requirements = itemsScore(gold.requirements as { count: number }, doc.requirements);
  if ('sections' in gold) out.sections = listScore(gold.sections as unknown[], doc.sections);
  if ('outlineIds' in gold) out.outlineIds = listScore(gold.outlineIds as unknown[], flattenIds(doc.sections), (g, x) => g === x);
  if ('dimensions' in gold) {
    const { recall, precision } = dimensionScores(gold.dimensions as Record<string, string>, doc.sections);
    out['dimensions (recall)'] = recall;
    out['dimensions (precision)'] = precision;
  }
  if ('recipients' in gold) out.recipients = listScore(gold.recipients as unknown[], doc.recipients);
  if ('assignments' in gold) {
    const g = (gold.assignments as Array<{ unit: string; role: string }>).map((x) => `${unitKey(x.unit)} ${x.role}`);
    const { recall, precision } = setScores([...new Set(g)], doc.assignments.map((x) => `${x.unit.canonical} ${x.role}`));
    out['assignments (recall)'] = recall;
    out['assignments (precision)'] = precision;
  }
  if ('refs' in gold) {
    const { recall, precision } = setScores((gold.refs as Array<{ target: string | null }>).map((r) => String(r.target)), doc.refs.map((r) => String(r.target)));
    out['refs (recall)'] = recall;
    out['refs (precision)'] = precision;
  }
  if ('appendixTasks' in gold) out.appendixTasks = listScore(gold.appendixTasks as unknown[], doc.tableTasks, (g, a) => tableTaskMatches(g as GoldTableTask, a as PlanDocument['tableTasks'][number]));
  if ('schedule' in gold) {
    const { recall, precision } = setScores((gold.schedule as Array<{ kind: string }>).map(scheduleKey), doc.schedule.map(scheduleKey));
    out['schedule (recall)'] = recall;
    out['schedule (precision)'] = precision;
  }
  return out;
}

/** Renders the per-field table over many documents. */
export function renderTable(rows: Array<{ id: string; scores: Record<string, FieldScore> }>): string {
  const fields = [...new Set(rows.flatMap((r) => Object.keys(r.scores)))];
  const lines = ['field                  docs exact   elements', '---------------------  ----------   ----------------'];
  for (const f of fields) {
    const stated = rows.filter((r) => f in r.scores);
    const exact = stated.reduce((n, r) => n + r.scores[f]!.exact, 0);
    const matched = stated.reduce((n, r) => n + r.scores[f]!.matched, 0);
    const total = stated.reduce((n, r) => n + r.scores[f]!.total, 0);
    const pct = (x: number, y: number) => (y === 0 ? '  -  ' : `${((100 * x) / y).toFixed(1).padStart(5)}%`);
    lines.push(`${f.padEnd(22)} ${`${exact}/${stated.length}`.padStart(5)} ${pct(exact, stated.length)}  ${`${matched}/${total}`.padStart(7)} ${pct(matched, total)}`);
  }
  return lines.join('\n');
}
