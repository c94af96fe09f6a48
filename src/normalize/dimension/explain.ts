// Why a heading matched a dimension or did not: the folded form, the forms compared, the candidates
// with their scores and the decision. What `kehoach explain` prints.

import { type DimensionContext, type DimensionMatch, readDimension, thresholds } from './match.js';

export interface LabelExplanation {
  text: string;
  /** The heading folded for comparison (case, tone placement, NFC). */
  folded: string;
  /** The forms compared: the heading without numbering, then without each wrapper, then a quoted label. */
  forms: string[];
  ordinal: number | null;
  context: { indices: string[]; scheme: string; parentCode: string | null };
  thresholds: { fuzzy: number; underParent: number; margin: number };
  candidates: Array<{ index: string; code: string; label: string; score: number; matchedBy: string; name: string; form: string }>;
  decision: DimensionMatch | null;
  reason: string;
  /** What the heading would read as with every index a candidate, when the plan's indices ruled it out. */
  outsideContext: DimensionMatch | null;
}

/**
 * @example explainLabel('Chỉ số nội dung thứ hai', { indices: ['PAPI'] }).reason // 'dimension number 2 of PAPI'
 */
export function explainLabel(text: string, context: DimensionContext = {}): LabelExplanation {
  const reading = readDimension(text, context);
  const unrestricted = context.indices?.length ? readDimension(text, { ...context, indices: [] }).decision : null;
  const outsideContext = unrestricted && unrestricted.code !== reading.decision?.code ? unrestricted : null;
  return {
    text,
    folded: reading.forms.folded,
    forms: reading.forms.variants,
    ordinal: reading.forms.ordinal,
    context: { indices: reading.indices, scheme: reading.scheme, parentCode: context.parentCode ?? null },
    thresholds: { ...thresholds },
    candidates: reading.candidates.map((c) => ({
      index: c.entry.index,
      code: c.entry.code,
      label: c.entry.label,
      score: Math.round(c.score * 1000) / 1000,
      matchedBy: c.matchedBy,
      name: c.name,
      form: c.form,
    })),
    decision: reading.decision,
    reason: reading.reason,
    outsideContext,
  };
}

/** The explanation as lines for a terminal. */
export function renderExplanation(e: LabelExplanation): string {
  const lines = [
    `heading     ${e.text}`,
    `folded      ${e.folded}`,
    `forms       ${e.forms.map((f) => `“${f}”`).join('  ')}`,
    ...(e.ordinal !== null ? [`ordinal     ${e.ordinal}`] : []),
    `context     indices ${e.context.indices.join(', ')} · PAPI scheme ${e.context.scheme} · parent ${e.context.parentCode ?? '—'}`,
    `thresholds  fuzzy ${e.thresholds.fuzzy} · under a parent ${e.thresholds.underParent} · margin ${e.thresholds.margin}`,
    'candidates',
    ...e.candidates.map((c) => `  ${c.code.padEnd(14)} ${c.score.toFixed(3)} ${c.matchedBy.padEnd(6)} “${c.name}” ← “${c.form}”`),
    `decision    ${e.decision ? `${e.decision.code} ${e.decision.label} (confidence ${e.decision.confidence}, ${e.decision.matchedBy})` : 'none'}`,
    `why         ${e.reason}`,
    ...(e.outsideContext
      ? [`note        without the plan's indices it would read ${e.outsideContext.code} ${e.outsideContext.label} (${e.outsideContext.matchedBy}); the indices given rule that out`]
      : []),
  ];
  return `${lines.join('\n')}\n`;
}
