// Who is made responsible for what (issue #4, first part): units heading a section of the
// organization part ("2. Thanh tra Sở"), paragraphs that open with a unit ("Văn phòng Ủy ban nhân dân
// phường chịu trách nhiệm …"), and "giao X chủ trì, phối hợp với Y" sentences. One assignment per
// unit and role; the tasks are the items it is given. Appendix tables, cross-references and deadlines
// come later (issue #4).

import type { OutlineItem, Section } from '../outline/index.js';
import type { Span } from '../util/span.js';
import { dutyVerbs, type UnitName, unitsInHeading } from './units.js';

export type AssignmentRole = 'lead' | 'coordinate' | 'all';

export interface RawAssignment {
  unit: UnitName;
  role: AssignmentRole;
  tasks: OutlineItem[];
  /** Where the unit is first named. */
  span: Span;
  sectionId: string;
}

// Parts of a plan where nobody is assigned anything.
const partsWithoutAssignments = new Set(['purpose_requirements', 'purpose', 'requirement', 'targets', 'appendix']);
const coordinateAfter = /phối hợp(?:\s+chặt chẽ)?\s+với\s+/iu;
const leadVerb = new RegExp(`^(?:là cơ quan thường trực,?\\s*)?(?:${dutyVerbs.join('|')})(?![\\p{L}\\p{M}])`, 'iu');
const opener = /^(?:Giao|Đề nghị|Yêu cầu)\s+/u;

const roleOf = (unit: UnitName, lead: AssignmentRole): AssignmentRole => (/^các\s/u.test(unit.name) ? 'all' : lead);

/** The span of `raw` inside a text that starts at `start`, else the whole text's span. */
function spanOf(text: string, start: number, raw: string): Span {
  const at = text.indexOf(raw);
  return at >= 0 ? { start: start + at, end: start + at + raw.length } : { start, end: start + text.length };
}

/**
 * The units a sentence gives work to: the units it opens with (after "Giao"/"Đề nghị"), when a verb of
 * duty follows them, and the units after "phối hợp với".
 */
export function unitsOfSentence(text: string): Array<{ unit: UnitName; role: AssignmentRole }> {
  const out: Array<{ unit: UnitName; role: AssignmentRole }> = [];
  const body = text.replace(opener, '');
  const leading = unitsInHeading(text);
  if (leading.length > 0) {
    const last = leading[leading.length - 1]!;
    const after = body.slice(body.indexOf(last.raw) + last.raw.length);
    const next = after.replace(/^[\s,:]+/u, '');
    // "Bộ phận Văn hóa – Thông tin phối hợp tổ chức …": units that open a sentence with "phối hợp" coordinate.
    if (/^phối hợp(?![\p{L}\p{M}])/iu.test(next)) for (const unit of leading) out.push({ unit, role: 'coordinate' });
    else if (opener.test(text) || leadVerb.test(next) || after.trim() === '') for (const unit of leading) out.push({ unit, role: roleOf(unit, 'lead') });
  }
  const coordinate = coordinateAfter.exec(text);
  if (coordinate) {
    for (const unit of unitsInHeading(text.slice(coordinate.index + coordinate[0].length))) out.push({ unit, role: 'coordinate' });
  }
  return out;
}

/** Every assignment of a plan, in document order, one per unit and role. */
export function findAssignments(sections: readonly Section[]): RawAssignment[] {
  const byKey = new Map<string, RawAssignment>();
  const add = (unit: UnitName, role: AssignmentRole, span: Span, sectionId: string, tasks: OutlineItem[]) => {
    const key = `${unit.canonical}\u0001${role}`;
    const existing = byKey.get(key);
    if (existing) existing.tasks.push(...tasks);
    else byKey.set(key, { unit, role, span, sectionId, tasks: [...tasks] });
  };
  const visit = (section: Section) => {
    if (section.level === 1 && partsWithoutAssignments.has(section.kind)) return;
    // A section headed by units: they answer for everything under it.
    if (section.headingSpan && section.heading) {
      const named = unitsOfSentence(section.heading);
      const headed = named.filter((n) => n.role !== 'coordinate');
      const headingIsTask = headed.length > 0 && section.heading.replace(/[\s.:;]+$/u, '').length > headed.map((n) => n.unit.raw).join(', ').length + 12;
      const tasks: OutlineItem[] = [
        ...(headingIsTask ? [{ text: section.heading, span: section.headingSpan, depth: 1 }] : []),
        ...(headed.length > 0 ? section.items : []),
      ];
      for (const { unit, role } of named) {
        add(unit, role, spanOf(section.heading, section.headingSpan.start, unit.raw), section.id, tasks);
      }
    }
    // Paragraphs that open with a unit, and "phối hợp với" anywhere in them.
    for (const item of section.items) {
      for (const { unit, role } of unitsOfSentence(item.text)) add(unit, role, spanOf(item.text, item.span.start, unit.raw), section.id, [item]);
    }
    for (const child of section.children) visit(child);
  };
  for (const section of sections) visit(section);
  return [...byKey.values()].sort((a, b) => a.span.start - b.span.start);
}
