// Who is made responsible for what: units heading a section of the organization part ("2. Thanh tra
// Sở"), paragraphs that open with a unit ("Văn phòng Ủy ban nhân dân phường chịu trách nhiệm …"),
// "giao X chủ trì, phối hợp với Y" sentences, and the lead/coordinating cells of task tables. One
// assignment per unit and role; the tasks are the items it is given.

import type { OutlineItem, Section } from '../outline/index.js';
import type { Span } from '../util/span.js';
import { assigningOpener, dutiesHeading, dutyVerbs, people, readableCase, taskVerbs, type UnitName, unitsInCell, unitsInHeading, unitStartsName } from './units.js';

export type AssignmentRole = 'lead' | 'coordinate' | 'all';

/** A task given to a unit: an outline item or a table row. */
export interface RawTask extends OutlineItem {
  sectionId: string | null;
  /** Table rows: index into the document's table tasks. */
  row?: number;
}

export interface RawAssignment {
  unit: UnitName;
  role: AssignmentRole;
  tasks: RawTask[];
  /** Where the unit is first named. */
  span: Span;
  sectionId: string;
}

// Parts of a plan where nobody is assigned anything; a part of targets that names its tasks too holds
// them ("I. MỤC TIÊU, NHIỆM VỤ" with "a) Mục tiêu" and "b) Nhiệm vụ" under each area: real b01).
const partsWithoutAssignments = new Set(['purpose', 'targets', 'appendix']);
const holdsTasks = /(?<!\p{L}|\p{M})(?:nhiệm vụ|giải pháp)(?!\p{L}|\p{M})/iu;
const coordinateAfter = /phối hợp(?:\s+chặt chẽ)?(?:\s+với)?(?:\s+và)?\s+/giu;
const verbs = [...dutyVerbs, ...taskVerbs].join('|');
// "… trực tiếp lãnh đạo, chỉ đạo …", "… trực tiếp thực hiện …" (real b01; bulk 2d563450d5a57ad1); "… mở chuyên
// mục …" (real-like r06, r16).
const leadVerb = new RegExp(`^(?:là cơ quan thường trực,?\\s*)?(?:trực tiếp\\s+(?:lãnh đạo|${verbs})|${verbs}|mở)(?!\\p{L}|\\p{M})`, 'iu');
// The verb after staff named with a unit ("…, các công chức chuyên môn thực hiện").
const verbAfterStaff = new RegExp(`\\s(?=(?:${verbs}|phối hợp)(?!\\p{L}|\\p{M}))`, 'u');
const opener = assigningOpener;
// Where a later clause of a sentence starts: after ";" or ":", or at "giao" after a comma; and a later
// sentence of the paragraph, after ". " — a task described first, then who does it: "… đăng ký thuế.
// Sở Tài chính chủ trì, phối hợp với …" (bulk: twelve documents, "… Văn phòng Ủy ban nhân dân tỉnh có
// trách nhiệm chủ trì, phối hợp …", "… Sở Khoa học và Công nghệ phối hợp …").
// And a clause in brackets after the task, naming who does it: "a) Nhóm thủ tục hành chính lĩnh vực đất
// đai, môi trường (Sở Nông nghiệp và Môi trường chủ trì);", "… (Sở Xây dựng chủ trì, phối hợp với Ban Quản
// lý Khu kinh tế tỉnh)" (real-like r02, r11); as for a later sentence, only verbs of charge count.
const clauseOpening = /(?:[;:]\s+(?:giao\s+|đề nghị\s+)?|(?<=\p{Ll}|\))\.\s+|,\s+giao\s+|\(\s*)(?=\p{Lu})/gu;
// "Đơn vị chủ trì: Sở Khoa học và Công nghệ.", "- Đơn vị phối hợp: Các Sở, ban, ngành, UBND xã, phường.",
// "Cơ quan thực hiện: …" — who does a task, by label (real f08: every task of the plan; b01's annex).
const roleLabel = /^(?:(?:Đơn vị|Cơ quan|Bộ phận|Người)\s+)?(chủ trì|phối hợp|thực hiện|chịu trách nhiệm)(?:\s+thực hiện)?\s*:\s*(\S.*)$/iu;

// An item whose verb is "phối hợp", after the words that introduce a unit's duties: "Phối hợp với …",
// "Tích cực phối hợp với …" (real b04), "Căn cứ chức năng, nhiệm vụ, phối hợp với …" (f28), "Theo chức
// năng, nhiệm vụ của đơn vị phối hợp, hỗ trợ …" (f16).
const coordinatingItem =
  /^(?:(?:căn cứ|theo)\s+chức năng,?\s+nhiệm vụ(?:\s+(?:của đơn vị|được giao))?,?\s+)?(?:(?:chủ động|tích cực|thường xuyên)\s+)?phối hợp(?!\p{L}|\p{M})/iu;

// The verbs that put a unit in charge of a task (not merely doing work).
const chargeVerb = /^(?:là cơ quan (?:chủ trì|thường trực)|chủ trì|chịu trách nhiệm|có trách nhiệm|làm đầu mối|tham mưu)(?!\p{L}|\p{M})/u;

// The verb after a sentence's units that makes them partners: "phối hợp …", "tham gia phối hợp …".
const opensCoordination = /^(?:(?:tham gia|cùng)\s+)?phối hợp(?!\p{L}|\p{M})/iu;

// "Căn cứ …, ", "Trên cơ sở …, ", "Theo …, " before the subject of a sentence (up to the first comma).
const adverbialOpening = /^(?:Căn cứ|Trên cơ sở|Theo)(?:\s+vào)?\s[^,;:]{3,120}?,\s+/u;

const givesWork = /(?:^|[\s;,:])(?:giao|Giao|đề nghị|Đề nghị|yêu cầu|Yêu cầu)\s|\s(?:chủ trì|chịu trách nhiệm|có trách nhiệm|làm đầu mối)(?!\p{L}|\p{M})/u;

// A closing call on the addressees to carry the document out, with no task of its own.
const exhortation = /^(?:Đề nghị|Yêu cầu)\s.+?\s(?:(?:nghiêm túc|khẩn trương|kịp thời|tổ chức)\s+)?(?:triển khai\s+)?(?:thực hiện|triển khai)\s*(?:\.\/\.|\.)?$/u;

/** A generic plural addressee given work as a lead ("Thủ trưởng các cơ quan, đơn vị") is "all". */
export const roleOf = (unit: UnitName, lead: AssignmentRole): AssignmentRole => (lead === 'lead' && /^các\s/u.test(unit.name) ? 'all' : lead);

/** The span of `raw` inside a text that starts at `start`, else the whole text's span. */
function spanOf(text: string, start: number, raw: string): Span {
  const at = text.indexOf(raw);
  return at >= 0 ? { start: start + at, end: start + at + raw.length } : { start, end: start + text.length };
}

/**
 * The units a phrase starts with; a generic one followed by its members in brackets ("các phòng có thủ
 * tục hành chính (Phòng Đăng ký kinh doanh, Phòng Kinh tế đối ngoại, …)") is those members.
 */
function unitsNamedAfter(text: string, depth = 0): UnitName[] {
  const units = unitsInHeading(text);
  const members = /^[^()]{1,100}?\(([^()]{5,400})\)/u.exec(text);
  if (units.length === 1 && units[0]!.name.startsWith('các ') && members) {
    const listed = unitsInCell(members[1]!);
    if (listed.length >= 2 && listed.every((u) => unitStartsName(u.raw))) return listed;
  }
  // A remark in brackets after a partner does not end the list: "phối hợp với Sở Tài chính (trong việc
  // tổng hợp …), Trung tâm Phục vụ hành chính công tỉnh (Văn phòng UBND tỉnh) và các cơ quan, đơn vị liên
  // quan triển khai …" (real b11), "phối hợp với Văn phòng UBND tỉnh (Trung tâm …), các cơ quan, …" (bulk).
  const last = units.at(-1);
  if (last && depth < 8) {
    const after = text.slice(text.indexOf(last.raw) + last.raw.length);
    const remark = bracketedRemark.exec(after);
    if (remark && unitStartsName(after.slice(remark[0].length))) return [...units, ...unitsNamedAfter(after.slice(remark[0].length), depth + 1)];
  }
  return units;
}

// A bracketed remark between two partners of a list, up to the next one ("… (trong việc …), ", "… (…) và ").
const bracketedRemark = /^\s*\([^()]{2,160}\)\s*(?:[,;]|và(?=\s))\s*/u;

const bracketRole = /^(?:là cơ quan )?chủ trì\s*(?:[,;]|$)/u;

/** Text up to the ")" that closes a bracket opened before it ("… phối hợp với Công an tỉnh)."), else all of it. */
function beforeUnmatchedClose(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28) depth++;
    else if (c === 0x29 && depth-- === 0) return text.slice(0, i);
  }
  return text;
}

/**
 * The units a sentence gives work to: the units it opens with (after "Giao"/"Đề nghị"), when a verb of
 * duty follows them, and the units after "phối hợp với".
 */
export function unitsOfSentence(text: string): Array<{ unit: UnitName; role: AssignmentRole; opening?: true }> {
  const out: Array<{ unit: UnitName; role: AssignmentRole; opening?: true }> = [];
  const labelled = roleLabel.exec(text);
  if (labelled) {
    const role: AssignmentRole = /phối hợp/iu.test(labelled[1]!) ? 'coordinate' : 'lead';
    for (const unit of unitsInCell(labelled[2]!.replace(/[.;]\s*$/u, ''))) if (unitStartsName(unit.raw)) out.push({ unit, role: roleOf(unit, role), opening: true });
    return out;
  }
  const body = text.replace(opener, '');
  const leading = unitsInHeading(text);
  if (leading.length > 0) {
    const last = leading[leading.length - 1]!;
    const after = body.slice(body.indexOf(last.raw) + last.raw.length);
    let next = after.replace(/^[\s,:]+/u, '');
    // "Bộ phận …, các công chức chuyên môn thực hiện …": the staff named with the unit do not break the sentence.
    if (people.test(next)) {
      const verb = verbAfterStaff.exec(next.slice(0, 60));
      if (verb) next = next.slice(verb.index + 1);
    }
    // "1. Sở Tài chính (cơ quan chủ trì)", "3. Sở Y tế (phối hợp)": a heading's role said in brackets (real f06).
    const bracketed = /^\(([^()]{2,40})\)\s*[:.]?\s*$/u.exec(next);
    // "Bộ phận Văn hóa – Thông tin phối hợp tổ chức …", "Các ngân hàng thương mại tham gia phối hợp với …"
    // (real f16, bulk: four documents): units that open a sentence with "phối hợp" coordinate.
    if (opensCoordination.test(next) || (bracketed && /phối hợp/iu.test(bracketed[1]!))) for (const unit of leading) out.push({ unit, role: 'coordinate', opening: true });
    else if (opener.test(text) || leadVerb.test(next) || after.trim() === '' || (next === '' && dutiesHeading.test(text)) || bracketed) for (const unit of leading) out.push({ unit, role: roleOf(unit, 'lead'), opening: true });
  }
  // A sentence whose subject follows an opening adverbial: "Căn cứ nội dung Kế hoạch này và điều kiện thực
  // tế, các sở, ban, ngành, …, UBND các xã, phường, đặc khu xây dựng Kế hoạch …" (real b05), "Trên cơ sở
  // nhiệm vụ được giao, các cơ quan, tổ chức …", "Trên cơ sở quy định …, Sở Xây dựng và UBND cấp xã có
  // trách nhiệm …" (bulk: five documents). A verb of duty must follow the units, as for a sentence's own.
  const adverbial = leading.length === 0 ? adverbialOpening.exec(text) : null;
  if (adverbial) {
    const rest = text.slice(adverbial[0].length);
    const units = unitsInHeading(rest);
    const last = units.at(-1);
    const next = last ? rest.slice(rest.indexOf(last.raw) + last.raw.length).replace(/^[\s,]+/u, '').replace(/^(?:sẽ|cần|phải)\s+/u, '') : '';
    const role: AssignmentRole | null = !last ? null : opensCoordination.test(next) ? 'coordinate' : leadVerb.test(next) ? 'lead' : null;
    if (role) for (const unit of units) out.push({ unit, role: roleOf(unit, role), opening: true });
  }
  // Later clauses that open with a unit: "…; giao Sở Tài chính bố trí kinh phí", "b) Mở tài khoản: Ủy
  // ban nhân dân xã, phường phối hợp với các Ngân hàng thương mại …" (real f16; the "giao Sở Nội
  // vụ làm đầu mối …; giao Sở Tài chính …").
  for (const clause of text.matchAll(clauseOpening)) {
    // "Đối tượng: Các sở, ban, ngành, …" is a label and its list (real f26), not a task then its unit.
    if (clause[0].startsWith(':') && text.slice(0, clause.index).split(/\s+/u).length < 4) continue;
    const rest = beforeUnmatchedClose(text.slice(clause.index + clause[0].length));
    const units = unitsInHeading(rest);
    if (units.length === 0) continue;
    const last = units[units.length - 1]!;
    const next = rest.slice(rest.indexOf(last.raw) + last.raw.length).replace(/^[\s,]+/u, '');
    // "… . Giao Báo và Phát thanh, Truyền hình tỉnh mở chuyên mục …": a sentence that gives the work (real-like r16).
    const given = /^giao\s/iu.test(clause[0].trim()) || (clause[0].startsWith('.') && /^Giao\s/u.test(rest));
    // A later sentence names who answers for the task with a verb of charge, not any verb of work
    // ("… . Trường đã …", "… . Cục Thuế tỉnh sẽ …" are news, bulk).
    const sentence = clause[0].startsWith('.');
    // In brackets the role is said alone, the task being outside: "(Sở Tư pháp chủ trì, phối hợp với …)";
    // "(UBND thành phố, Bộ … chủ trì dự án, tiểu dự án …)" describes who presides over what (real f20).
    const bracket = clause[0].startsWith('(');
    const role: AssignmentRole | null = bracket
      ? bracketRole.test(next) ? 'lead' : null
      : opensCoordination.test(next) ? 'coordinate' : given || (sentence ? chargeVerb : leadVerb).test(next) ? 'lead' : null;
    if (!role) continue;
    for (const unit of units) {
      if (!out.some((o) => o.unit.canonical === unit.canonical)) out.push({ unit, role: roleOf(unit, role), opening: true });
    }
  }
  for (const coordinate of text.matchAll(coordinateAfter)) {
    for (const unit of unitsNamedAfter(beforeUnmatchedClose(text.slice(coordinate.index + coordinate[0].length)))) {
      if (!out.some((o) => o.unit.canonical === unit.canonical && o.role === 'coordinate')) out.push({ unit, role: 'coordinate' });
    }
  }
  return out;
}

/** A table row as assignments see it: its units by role and the row as a task. */
export interface TableRowWork {
  lead: UnitName[];
  coordinate: UnitName[];
  task: RawTask;
  /** Where each unit is named, by unit, in the row. */
  spans: Map<UnitName, Span>;
}

/**
 * Whether a unit is the issuer acting itself: "Ủy ban nhân dân phường" in a plan of "Ủy ban nhân dân
 * Phường 7", "Sở Nội vụ" in the Sở's own plan. Keys are unit keys.
 */
export function isIssuerItself(unitCanonical: string, issuerCanonical: string | null): boolean {
  if (!issuerCanonical || unitCanonical.length < 6) return false;
  if (unitCanonical === issuerCanonical) return true;
  // The issuer's name goes on with its place after a level word: "… phuong" + " 7", "… huyen" + " nam tra my".
  return issuerCanonical.startsWith(`${unitCanonical} `) && / (?:quan|huyen|phuong|xa|tinh|thi tran|thanh pho)$/.test(unitCanonical);
}

/** Whether a section or the points under it name a lead by label ("Đơn vị chủ trì: …"). */
function labelsLead(section: Section, depth = 0): boolean {
  const leads = (text: string) => {
    const m = roleLabel.exec(text);
    return m !== null && !/phối hợp/iu.test(m[1]!);
  };
  if (section.items.some((i) => leads(i.text)) || leads(section.heading)) return true;
  return depth < 1 && section.children.some((c) => labelsLead(c, depth + 1));
}

/** Every assignment of a plan, in document order, one per unit and role; not the issuer itself. */
export function findAssignments(
  sections: readonly Section[],
  tableRows: readonly TableRowWork[] = [],
  issuerCanonical: string | null = null,
  /** Sentences outside the outline (intro, loose paragraphs, closing): read as items of no section. */
  outside: readonly OutlineItem[] = [],
): RawAssignment[] {
  const byKey = new Map<string, RawAssignment>();
  // Where each assignment's tasks start, so a task met twice is kept once without a scan of the list.
  const taskStarts = new Map<RawAssignment, Set<number>>();
  const add = (unit: UnitName, role: AssignmentRole, span: Span, sectionId: string, items: readonly OutlineItem[]) => {
    if (isIssuerItself(unit.canonical, issuerCanonical)) return;
    const key = `${unit.canonical}\u0001${role}`;
    const tasks: RawTask[] = items.map((i) => ('sectionId' in i ? (i as RawTask) : { ...i, sectionId }));
    let assignment = byKey.get(key);
    if (!assignment) {
      assignment = { unit, role, span, sectionId, tasks: [] };
      byKey.set(key, assignment);
      taskStarts.set(assignment, new Set());
    }
    const starts = taskStarts.get(assignment)!;
    for (const task of tasks) {
      if (starts.has(task.span.start)) continue;
      starts.add(task.span.start);
      assignment.tasks.push(task);
    }
  };
  const assignedAlready = (unit: UnitName) => [...byKey.values()].some((a) => a.unit.canonical === unit.canonical);
  const namedAt = new Map<UnitName, Span>();
  const visit = (section: Section, headedAbove: readonly UnitName[]) => {
    if (section.level === 1 && partsWithoutAssignments.has(section.kind) && !(section.kind === 'targets' && holdsTasks.test(section.heading))) return;
    let headedBy = headedAbove;
    // A section headed by units: they answer for everything under it.
    const itemUnits = section.items.map((item) => unitsOfSentence(item.text));
    if (section.headingSpan && section.heading) {
      // A heading typed in capitals is read in sentence case (same length, so spans hold).
      const heading = readableCase(section.heading);
      // "2. Sở Khoa học và Công nghệ, Sở Nội vụ" over "Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở
      // Nội vụ …": the text under the heading says who leads; a heading unit it only has coordinate is
      // no lead there (real f06).
      const ofHeading = unitsOfSentence(heading);
      const headingUnits = new Set(ofHeading.map((n) => n.unit.canonical));
      const coordinatedHere = new Set(
        itemUnits.flatMap((named) =>
          named.some((n) => n.role !== 'coordinate' && headingUnits.has(n.unit.canonical))
            ? named.filter((n) => n.role === 'coordinate' && headingUnits.has(n.unit.canonical)).map((n) => n.unit.canonical)
            : [],
        ),
      );
      const named = ofHeading.filter((n) => !(n.role !== 'coordinate' && coordinatedHere.has(n.unit.canonical)));
      const headed = named.filter((n) => n.role !== 'coordinate');
      if (headed.length > 0) headedBy = headed.map((n) => n.unit);
      for (const { unit } of headed) namedAt.set(unit, spanOf(heading, section.headingSpan.start, unit.raw));
      const headingIsTask = headed.length > 0 && heading.replace(/[\s.:;]+$/u, '').length > headed.map((n) => n.unit.raw).join(', ').length + 12;
      const tasks: OutlineItem[] = [
        ...(headingIsTask ? [{ text: section.heading, span: section.headingSpan, depth: 1 }] : []),
        ...(headed.length > 0 ? section.items : []),
      ];
      for (const { unit, role } of named) {
        add(unit, role, spanOf(heading, section.headingSpan.start, unit.raw), section.id, tasks);
      }
    }
    // Paragraphs that open with a unit, and "phối hợp (với) Y" in them when someone leads: the
    // paragraph's own unit or the unit heading the part. Without a lead the issuer itself coordinates.
    // "a) Nhiệm vụ: … phối hợp với Bộ Công an …" / "b) Cơ quan thực hiện: - Đơn vị chủ trì: …": the task's
    // lead is named by label beside it (real f08).
    const ledByLabel = labelsLead(section);
    for (const [k, item] of section.items.entries()) {
      const named = itemUnits[k]!;
      // Led: by the part's heading, by a label, or by a unit the item opens with or that opens one of its
      // clauses ("… . Sở Tài chính chủ trì, phối hợp với …").
      const led = headedBy.length > 0 || ledByLabel || named.some((n) => n.role !== 'coordinate' && n.opening && n.unit.raw);
      const repeated = exhortation.test(item.text);
      for (const { unit, role, opening } of named) {
        if (role === 'coordinate' && !led && !opening) continue;
        if (repeated && assignedAlready(unit)) continue;
        add(unit, role, spanOf(item.text, item.span.start, unit.raw), section.id, [item]);
      }
      // "2. Thanh tra Sở" … "- Phối hợp thực hiện mục 3": the heading's unit coordinates there.
      // "Sở Y tế: … a) Phối hợp với Sở Giáo dục và Đào tạo kiểm tra …": both coordinate (real f23).
      if (headedBy.length > 0 && coordinatingItem.test(item.text)) {
        for (const unit of headedBy) add(unit, 'coordinate', namedAt.get(unit) ?? item.span, section.id, [item]);
      }
    }
    for (const child of section.children) visit(child, headedBy);
  };
  for (const item of outside) {
    // Outside the outline only a sentence that plainly gives work counts: the issuer's own "… ban hành Kế
    // hoạch …", a news post's "UBND tỉnh đã …" are no assignments.
    if (!givesWork.test(item.text)) continue;
    const named = unitsOfSentence(item.text);
    const someLead = named.some((n) => n.role !== 'coordinate');
    for (const { unit, role, opening } of named) {
      if (role === 'coordinate' && !opening && !someLead) continue;
      // "Đề nghị Sở Nội vụ, Sở Tài chính, … nghiêm túc triển khai thực hiện./.": the addressees, again; a
      // unit given a role already keeps it (real b11).
      if (exhortation.test(item.text) && assignedAlready(unit)) continue;
      add(unit, role, spanOf(item.text, item.span.start, unit.raw), '', [item]);
    }
  }
  for (const section of sections) visit(section, []);
  for (const row of tableRows) {
    for (const unit of row.lead) add(unit, roleOf(unit, 'lead'), row.spans.get(unit) ?? row.task.span, '', [row.task]);
    for (const unit of row.coordinate) add(unit, 'coordinate', row.spans.get(unit) ?? row.task.span, '', [row.task]);
  }
  return [...byKey.values()].sort((a, b) => a.span.start - b.span.start);
}
