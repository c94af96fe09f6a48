// Stage 5 — normalize: Extraction → PlanDocument. After it: values are canonical (organization names
// expanded, types upper-case, single spaces), every span is a Position into the input as given, `raw`
// fields are exact input slices, diagnostics carry positions, and the result passes the zod schema.

import type { RawDiagnostic } from '../diagnostics/report.js';
import type { Extraction } from '../extract/index.js';
import type { RawCitation } from '../extract/citations.js';
import type { Section as OutlineSection, OutlineItem } from '../outline/index.js';
import type { Citation } from '../schema/citation.js';
import type { Item } from '../schema/item.js';
import type { PlanDocument } from '../schema/plan-document.js';
import type { Section } from '../schema/section.js';
import { squash } from '../util/fold.js';
import { assignDimensions } from './dimension/assign.js';
import { expandOrganization, expandPlace } from './organization.js';
import { PositionMapper } from './positions.js';
import { appendixId, planWork } from './work.js';
import type { Unit } from '../schema/plan-document.js';
import type { UnitName } from './units.js';

export interface NormalizeOptions {
  path?: string;
}

/** The year the plan's index work is about: the PAPI period's first year, else the year of issue. */
function indexYear(extraction: Extraction): number | null {
  const papi = extraction.indices.find((i) => i.code === 'PAPI');
  if (papi?.period) return papi.period.from;
  const iso = extraction.issuedDate?.value.iso;
  return iso ? Number(iso.slice(0, 4)) : null;
}

export function normalize(extraction: Extraction, diagnostics: RawDiagnostic[], options: NormalizeOptions = {}): PlanDocument {
  const source = extraction.outline.segments.source;
  const mapper = new PositionMapper(source);
  const item = (i: OutlineItem): Item => ({ text: i.text, depth: i.depth, position: mapper.position(i.span) });
  const sectionItem = (i: OutlineItem): Item => {
    const dimension = itemDimensions.get(i);
    return dimension ? { ...item(i), dimension } : item(i);
  };
  const citation = (c: RawCitation): Citation => ({
    type: c.type,
    typeCode: c.typeCode,
    number: c.number,
    date: c.date,
    issuer: c.issuer,
    subject: c.subject,
    name: c.name,
    raw: mapper.raw(c.span),
    position: mapper.position(c.span),
  });
  const notes: RawDiagnostic[] = [];
  const documentContext = { indices: extraction.indices.map((i) => i.code), year: indexYear(extraction), text: source.text };
  const { dimensions, items: itemDimensions, scheme } = assignDimensions(extraction.outline.sections, documentContext, (code, message, s) =>
    notes.push({ code, message, severity: 'info', ...(s?.headingSpan ? { span: s.headingSpan } : {}) }),
  );
  const tableContext = { indices: documentContext.indices, year: documentContext.year, scheme };
  const work = planWork(extraction, extraction.taskTables, tableContext, dimensions, extraction.issuer ? expandOrganization(extraction.issuer.name.value) : null);
  for (const ref of work.references) {
    if (ref.target === null) notes.push({ code: 'normalize/ref-unresolved', message: `“${ref.raw}” names ${ref.kind === 'appendix' ? 'an appendix' : 'a part'} (${ref.path}) this document does not have.`, severity: 'warning', span: ref.span });
  }
  const unit = (u: UnitName): Unit => ({ raw: u.raw, name: u.name, canonical: u.canonical, role: u.role });
  const refOut = (r: (typeof work.references)[number]) => ({ raw: r.raw, target: r.target, section: r.sectionId, position: mapper.position(r.span) });
  const section = (s: OutlineSection): Section => ({
    id: s.id,
    label: s.label,
    level: s.level,
    heading: s.heading,
    // A top-level section that is itself a dimension ("II. CÔNG KHAI, MINH BẠCH") is of that kind.
    kind: s.level === 1 && dimensions.get(s) && (s.kind === 'tasks' || s.kind === 'other') ? 'dimension' : s.kind,
    dimension: dimensions.get(s) ?? null,
    items: s.items.map(sectionItem),
    children: s.children.map(section),
    position: mapper.position(s.span),
    headingPosition: s.headingSpan ? mapper.position(s.headingSpan) : null,
    ...(s.inferred ? { inferred: true } : {}),
    ...(work.responsible.has(s.id) ? { responsibleUnits: work.responsible.get(s.id)! } : {}),
  });
  const { number, issuedDate, issuer, signer } = extraction;
  return {
    schemaVersion: '1',
    source: {
      ...(options.path !== undefined ? { path: options.path } : {}),
      sha256: source.sha256,
      bytes: source.bytes,
      encoding: source.encoding,
      format: source.format,
    },
    isPlan: extraction.isPlan,
    docType: extraction.docType?.value ?? null,
    number: number
      ? {
          raw: mapper.raw(number.span),
          serial: number.value.serial,
          symbol: number.value.symbol,
          typeCode: number.value.typeCode,
          issuerCode: number.value.issuerCode,
          position: mapper.position(number.span),
        }
      : null,
    issuedDate: issuedDate ? { iso: issuedDate.value.iso, raw: mapper.raw(issuedDate.span), position: mapper.position(issuedDate.span) } : null,
    place: extraction.place ? expandPlace(extraction.place.value) : null,
    issuer: issuer
      ? {
          name: expandOrganization(issuer.name.value),
          parent: issuer.parent ? expandOrganization(issuer.parent.value) : null,
          raw: mapper.raw(issuer.name.span),
          inferred: diagnostics.some((d) => d.code === 'extract/issuer-from-body'),
          position: mapper.position(issuer.name.span),
        }
      : null,
    title: extraction.title ? squash(extraction.title.value) : null,
    indices: extraction.indices.map((i) => ({ code: i.code, mentions: i.mentions, ...(i.period ? { period: i.period } : {}) })),
    legalBases: extraction.legalBases.map(citation),
    citations: extraction.citations.map(citation),
    purposes: extraction.purposes.map(item),
    requirements: extraction.requirements.map(item),
    sections: extraction.outline.sections.map(section),
    assignments: work.assignments.map((a) => {
      const tasks = a.tasks.map((t) => {
        const row = t.row !== undefined ? work.rows[t.row] : undefined;
        return {
          text: t.text,
          depth: t.depth,
          position: mapper.position(t.span),
          // In the schema's order (Task): the CLI writes documents unvalidated, zod's parse no longer reorders keys.
          dimension: row ? (row.group?.dimension?.code ?? null) : t.sectionId ? (work.dimensionOf.get(t.sectionId) ?? null) : null,
          section: t.sectionId,
          deadline: row ? (row.raw.cells.deadline?.text ?? null) : (work.taskDeadline.get(t.span.start) ?? null),
          ...(row ? { product: row.raw.cells.product?.text ?? null, row: t.row! } : {}),
        };
      });
      const deadlines = new Set(tasks.map((t) => t.deadline));
      return {
        unit: unit(a.unit),
        role: a.role,
        tasks,
        refs: (work.refsOf.get(a) ?? []).map(refOut),
        deadline: deadlines.size === 1 ? [...deadlines][0]! : null,
        ...(a.sectionId ? { section: a.sectionId } : {}),
        position: mapper.position(a.span),
      };
    }),
    refs: work.references.map(refOut),
    tableTasks: work.rows.map((row) => ({
      number: row.raw.number,
      text: row.text,
      group: row.group,
      lead: row.lead.map((u) => unit(u.unit)),
      coordinate: row.coordinate.map((u) => unit(u.unit)),
      product: row.raw.cells.product?.text ?? null,
      deadline: row.raw.cells.deadline?.text ?? null,
      appendix: row.appendix,
      position: mapper.position(row.raw.span),
    })),
    schedule: work.schedule.map((e) => ({
      kind: e.kind,
      start: e.start,
      end: e.end,
      recurrence: e.recurrence,
      ...(e.yearInferred ? { yearInferred: true } : {}),
      raw: mapper.raw(e.span),
      section: e.sectionId,
      position: mapper.position(e.span),
    })),
    signer: signer
      ? { authority: signer.authority, position: signer.position, name: signer.name, raw: mapper.raw(signer.span), location: mapper.position(signer.span) }
      : null,
    recipients: extraction.recipients.map((r) => r.text),
    appendices: extraction.appendices.map((a) => ({ id: appendixId(a.label), label: a.label, title: a.title, rows: a.rows, position: mapper.position(a.span) })),
    diagnostics: [...diagnostics, ...notes].map((d) => ({
      code: d.code,
      message: d.message,
      severity: d.severity,
      ...(d.span ? { position: mapper.position(d.span) } : {}),
    })),
  };
}

export { expandOrganization, expandAbbreviations } from './organization.js';
