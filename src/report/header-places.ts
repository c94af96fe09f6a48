// Where the type word and the title (trích yếu) stand in the input. The PlanDocument gives them as
// values without positions, so they are looked up: the first line that is the type word alone, and
// the title's words in order after it (across line breaks and spacing, as headers wrap them). Not
// found → null, and the panel says the value has no position.

import type { PlanDocument } from '../schema/plan-document.js';
import type { Position } from '../schema/position.js';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A position with offsets only: the report reads nothing else of it. */
const at = (start: number, end: number): Position => ({ start: { line: 1, column: 1, offset: start }, end: { line: 1, column: 1, offset: end } });

/** Words in order, any white space (and markdown emphasis residue) between them. */
function wordsPattern(text: string): RegExp | null {
  const words = text.normalize('NFC').split(/\s+/u).filter(Boolean).slice(0, 40);
  if (words.length === 0) return null;
  return new RegExp(words.map(escapeRegExp).join('[\\s*_|]+'), 'u');
}

/**
 * @example headerPlaces(plan, input) // { type: <"KẾ HOẠCH" on its own line>, title: <the trích yếu after it> }
 */
export function headerPlaces(doc: PlanDocument, input: string): { type: Position | null; title: Position | null } {
  const text = input.normalize('NFC');
  // Offsets below are into `input`: only search when NFC leaves its length alone (decoded inputs are NFC already, mostly).
  if (text.length !== input.length) return { type: null, title: null };
  let type: Position | null = null;
  let from = 0;
  if (doc.docType) {
    const line = new RegExp(`^[\\s*#|]*(${escapeRegExp(doc.docType)})[\\s*|]*$`, 'mu').exec(text);
    if (line) {
      const start = line.index + line[0].indexOf(line[1]!);
      type = at(start, start + line[1]!.length);
      from = start + line[1]!.length;
    }
  }
  let title: Position | null = null;
  const pattern = doc.title ? wordsPattern(doc.title) : null;
  if (pattern) {
    const found = pattern.exec(text.slice(from)) ?? pattern.exec(text);
    if (found) {
      const start = (pattern.exec(text.slice(from)) ? from : 0) + found.index;
      title = at(start, start + found[0].length);
    }
  }
  return { type, title };
}
