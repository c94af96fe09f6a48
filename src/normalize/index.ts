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
import { findAssignments } from './assignments.js';
import { assignDimensions } from './dimension/assign.js';
import { expandOrganization, expandPlace } from './organization.js';
import { PositionMapper } from './positions.js';

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
  const dimensions = assignDimensions(
    extraction.outline.sections,
    { indices: extraction.indices.map((i) => i.code), year: indexYear(extraction), text: source.text },
    (code, message, s) => notes.push({ code, message, severity: 'info', ...(s?.headingSpan ? { span: s.headingSpan } : {}) }),
  );
  const section = (s: OutlineSection): Section => ({
    id: s.id,
    label: s.label,
    level: s.level,
    heading: s.heading,
    // A top-level section that is itself a dimension ("II. CÔNG KHAI, MINH BẠCH") is of that kind.
    kind: s.level === 1 && dimensions.get(s) && (s.kind === 'tasks' || s.kind === 'other') ? 'dimension' : s.kind,
    dimension: dimensions.get(s) ?? null,
    items: s.items.map(item),
    children: s.children.map(section),
    position: mapper.position(s.span),
    headingPosition: s.headingSpan ? mapper.position(s.headingSpan) : null,
    ...(s.inferred ? { inferred: true } : {}),
  });
  const { number, issuedDate, issuer, signer } = extraction;
  return {
    schemaVersion: '1',
    source: {
      ...(options.path !== undefined ? { path: options.path } : {}),
      sha256: source.sha256,
      bytes: source.bytes,
      encoding: source.encoding,
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
    assignments: findAssignments(extraction.outline.sections).map((a) => ({
      unit: { raw: a.unit.raw, name: a.unit.name, canonical: a.unit.canonical, role: a.unit.role },
      role: a.role,
      tasks: a.tasks.map(item),
      refs: [],
      deadline: null,
      section: a.sectionId,
      position: mapper.position(a.span),
    })),
    schedule: [],
    signer: signer
      ? { authority: signer.authority, position: signer.position, name: signer.name, raw: mapper.raw(signer.span), location: mapper.position(signer.span) }
      : null,
    recipients: extraction.recipients.map((r) => r.text),
    appendices: extraction.appendices.map((a) => ({ label: a.label, title: a.title, rows: a.rows, position: mapper.position(a.span) })),
    diagnostics: [...diagnostics, ...notes].map((d) => ({
      code: d.code,
      message: d.message,
      severity: d.severity,
      ...(d.span ? { position: mapper.position(d.span) } : {}),
    })),
  };
}

export { expandOrganization, expandAbbreviations } from './organization.js';
