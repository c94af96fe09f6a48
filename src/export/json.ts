// A PlanDocument as JSON text, with its positions in full (unist Position objects, the schema's form),
// as offsets (`[start, end]`, `[start, end, page]` on paged inputs) for feeds that only slice the input,
// or dropped. `full` is exactly `JSON.stringify(document)`.

import type { PlanDocument } from '../schema/plan-document.js';

/** How positions are written: `full` (the schema), `offsets` (`[start, end]` or `[start, end, page]`), `none`. */
export type PositionMode = 'full' | 'offsets' | 'none';
export const positionModes: readonly PositionMode[] = ['full', 'offsets', 'none'];

export interface SerializeOptions {
  /** Default `full`. */
  positions?: PositionMode;
  /** Spaces of indentation; 0 (default) gives one line. */
  indent?: number;
}

interface PositionLike {
  start: { offset: number };
  end: { offset: number };
  page?: number;
}

// Recognized by shape, not by key: `signer.position` is a string ("PHÓ CHỦ TỊCH"), `signer.location` a Position.
function isPosition(value: object): value is PositionLike {
  const { start, end } = value as Partial<PositionLike>;
  return typeof start === 'object' && start !== null && typeof start.offset === 'number' && typeof end === 'object' && end !== null;
}

// A section rebuilt for a skipped level has `headingPosition: null`: with `none` the key goes too.
const nullablePositionKeys = new Set(['headingPosition']);

function compact(value: unknown, mode: 'offsets' | 'none'): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((v) => compact(v, mode));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (typeof v === 'object' && v !== null && !Array.isArray(v) && isPosition(v)) {
      if (mode === 'offsets') out[key] = v.page === undefined ? [v.start.offset, v.end.offset] : [v.start.offset, v.end.offset, v.page];
    } else if (!(mode === 'none' && v === null && nullablePositionKeys.has(key))) out[key] = compact(v, mode);
  }
  return out;
}

/**
 * The document with its positions in the given form: itself for `full`, a copy otherwise (the input is
 * not changed). The result of `offsets` and `none` is no longer a `PlanDocument` of the schema.
 * @example withPositions(parsePlan('Số: 12/KH-UBND\nKẾ HOẠCH'), 'offsets').number.position // [4, 14]
 */
export function withPositions(document: PlanDocument, mode: PositionMode): unknown {
  return mode === 'full' ? document : compact(document, mode);
}

/**
 * The document as JSON text (no trailing newline).
 * @example serializePlan(parsePlan('Số: 12/KH-UBND\nKẾ HOẠCH'), { positions: 'none' }) // '{"schemaVersion":"1",…}' without a position
 */
export function serializePlan(document: PlanDocument, options: SerializeOptions = {}): string {
  const value = withPositions(document, options.positions ?? 'full');
  return options.indent ? JSON.stringify(value, null, options.indent) : JSON.stringify(value);
}
