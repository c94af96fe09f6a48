// One document's view data for the page: every value with a position becomes a highlight span of the
// input text, and the side panel lists the fields, each pointing at its span. The page script turns
// this into marked-up text only when the document is opened, so 500 plans cost little to load.

import type { PlanDocument } from '../schema/plan-document.js';
import type { Position } from '../schema/position.js';
import { flattenTree } from '../util/tree.js';
import { headerPlaces } from './header-places.js';

/** What a highlighted span is: the `data-field` of its `<mark>`. */
export const highlightFields = [
  'type', 'number', 'date', 'issuer', 'title', 'legal-basis', 'citation', 'heading', 'unit', 'signer', 'deadline', 'ref', 'purpose', 'requirement', 'item', 'table-task', 'diagnostic',
] as const;
export type HighlightField = (typeof highlightFields)[number];

/** [start, end, field, badge, tooltip]: offsets into the input; badge is a dimension code shown after a heading. */
export type HighlightSpan = [number, number, HighlightField, string | null, string | null];

/** A side-panel line: label, value, the span it points at (null: no position), badge, depth in an outline. */
export interface PanelEntry {
  label?: string;
  value: string;
  span: number | null;
  badge?: string;
  depth?: number;
}

/**
 * A panel line as the page gets it: [label, value, span, badge, depth], with value null when it is the
 * span's text on one line (the page reads it from the input: citations, items and deadlines are not
 * sent twice, which halves the page of a large collection).
 */
export type PackedEntry = [string | null, string | null, number | null, string | null, number | null];

export type PanelGroupKey =
  | 'header' | 'legalBases' | 'citations' | 'purposes' | 'requirements' | 'sections' | 'assignments' | 'tableTasks' | 'schedule' | 'refs' | 'signer' | 'recipients' | 'diagnostics';

export interface PanelGroup {
  key: PanelGroupKey;
  entries: PackedEntry[];
}

export interface DocumentView {
  input: string;
  spans: HighlightSpan[];
  panel: PanelGroup[];
}

function pack(entry: PanelEntry, spans: readonly HighlightSpan[], input: string): PackedEntry {
  const span = entry.span === null ? null : spans[entry.span]!;
  const derivable = span !== null && oneLine(input.slice(span[0], span[1])) === entry.value;
  return [entry.label ?? null, derivable ? null : entry.value, entry.span, entry.badge ?? null, entry.depth ?? null];
}

class SpanList {
  readonly spans: HighlightSpan[] = [];
  private readonly seen = new Map<string, number>();

  /** The id of the span at this position for this field, added once; null when there is nothing to mark. */
  add(position: Position | null | undefined, field: HighlightField, badge: string | null = null, tooltip: string | null = null): number | null {
    if (!position) return null;
    const start = position.start.offset;
    const end = position.end.offset;
    if (end <= start) return null;
    const key = `${start}:${end}:${field}`;
    const known = this.seen.get(key);
    if (known !== undefined) return known;
    this.spans.push([start, end, field, badge, tooltip]);
    this.seen.set(key, this.spans.length - 1);
    return this.spans.length - 1;
  }
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The view data of one parsed document: highlight spans into `input` and the side panel.
 * @example viewOf(plan, input).spans[0] // [14, 27, 'number', null, '7103/KH-SKHĐT']
 */
export function viewOf(doc: PlanDocument, input: string): DocumentView {
  const marks = new SpanList();
  const header: PanelEntry[] = [];
  const entry = (label: string, value: string | null | undefined, span: number | null = null) => {
    if (value) header.push({ label, value, span });
  };
  entry('number', doc.number?.raw, marks.add(doc.number?.position, 'number', null, doc.number?.raw ?? null));
  entry('date', doc.issuedDate ? `${doc.issuedDate.iso ?? '?'} (${oneLine(doc.issuedDate.raw)})` : null, marks.add(doc.issuedDate?.position, 'date', null, doc.issuedDate?.iso ?? null));
  entry('place', doc.place);
  entry('issuer', doc.issuer?.name, marks.add(doc.issuer?.position, 'issuer', null, doc.issuer?.name ?? null));
  entry('parent', doc.issuer?.parent);
  const places = headerPlaces(doc, input);
  entry('type', doc.docType, marks.add(places.type, 'type'));
  entry('title', doc.title, marks.add(places.title, 'title'));
  entry('indices', doc.indices.map((i) => `${i.code}${i.period ? ` ${i.period.from}${i.period.to && i.period.to !== i.period.from ? `–${i.period.to}` : ''}` : ''} ×${i.mentions}`).join(', '));

  const citation = (field: 'legal-basis' | 'citation') => (c: PlanDocument['citations'][number]): PanelEntry => {
    const name = [c.type, c.number ?? c.name, c.date].filter(Boolean).join(' · ');
    return { value: oneLine(c.raw), ...(name ? { label: name } : {}), span: marks.add(c.position, field, null, name || null) };
  };
  const legalBases = doc.legalBases.map(citation('legal-basis'));
  const citations = doc.citations.map(citation('citation'));
  const items = (field: 'purpose' | 'requirement') => (item: PlanDocument['purposes'][number]): PanelEntry => ({ value: item.text, span: marks.add(item.position, field) });
  const purposes = doc.purposes.map(items('purpose'));
  const requirements = doc.requirements.map(items('requirement'));

  const outline = flattenTree(doc.sections);
  const sections = outline.map((s): PanelEntry => {
    const badge = s.dimension?.code ?? null;
    const tooltip = s.dimension ? `${s.dimension.code} ${s.dimension.label} (${s.dimension.matchedBy})` : s.kind;
    return {
      value: `${s.label ?? s.id} ${s.heading}`.trim(),
      span: marks.add(s.headingPosition, 'heading', badge, tooltip),
      depth: s.level,
      ...(badge ? { badge } : {}),
      ...(s.inferred ? { label: 'inferred' } : {}),
    };
  });

  // Every other item of the outline (the tasks, mostly) is marked too, without a panel line of its own:
  // its section's line points to the heading, and hundreds of lines would bury the panel.
  const aims = new Set([...doc.purposes, ...doc.requirements].map((i) => i.position.start.offset));
  for (const section of outline) for (const item of section.items) if (!aims.has(item.position.start.offset)) marks.add(item.position, 'item', null, section.id);

  const assignments = doc.assignments.map((a): PanelEntry => ({
    label: a.role,
    value: `${a.unit.name}${a.unit.role ? ` (${a.unit.role})` : ''} — ${a.tasks.length}`,
    span: marks.add(a.position, 'unit', null, `${a.unit.name} · ${a.role}`),
  }));
  const tableTasks = doc.tableTasks.map((t): PanelEntry => ({
    label: t.number,
    value: `${oneLine(t.text)}${t.lead.length ? ` — ${t.lead.map((u) => u.name).join(', ')}` : ''}${t.deadline ? ` — ${t.deadline}` : ''}`,
    span: marks.add(t.position, 'table-task', t.group?.dimension?.code ?? null),
    ...(t.group?.dimension ? { badge: t.group.dimension.code } : {}),
  }));
  const schedule = doc.schedule.map((e): PanelEntry => {
    const when = e.kind === 'range' ? `${e.start ?? '?'} → ${e.end ?? '?'}` : e.kind === 'recurring' ? (e.recurrence ?? '') : (e.end ?? e.kind);
    return { label: when, value: oneLine(e.raw), span: marks.add(e.position, 'deadline', null, when || null) };
  });
  const refs = doc.refs.map((r): PanelEntry => ({ label: r.target ?? '?', value: oneLine(r.raw), span: marks.add(r.position, 'ref', null, r.target ? `→ ${r.target}` : null) }));
  const signer: PanelEntry[] = doc.signer
    ? [{ value: [doc.signer.authority, doc.signer.position, doc.signer.name].filter(Boolean).join(' · ') || oneLine(doc.signer.raw), span: marks.add(doc.signer.location, 'signer', null, doc.signer.name) }]
    : [];
  const recipients = doc.recipients.map((r): PanelEntry => ({ value: r, span: null }));
  const diagnostics = doc.diagnostics.map((d): PanelEntry => ({ label: d.severity, value: `${d.code}: ${d.message}`, span: marks.add(d.position, 'diagnostic', null, d.code) }));

  const groups: Array<{ key: PanelGroupKey; entries: PanelEntry[] }> = [
    { key: 'header', entries: header },
    { key: 'legalBases', entries: legalBases },
    { key: 'citations', entries: citations },
    { key: 'purposes', entries: purposes },
    { key: 'requirements', entries: requirements },
    { key: 'sections', entries: sections },
    { key: 'assignments', entries: assignments },
    { key: 'tableTasks', entries: tableTasks },
    { key: 'schedule', entries: schedule },
    { key: 'refs', entries: refs },
    { key: 'signer', entries: signer },
    { key: 'recipients', entries: recipients },
    { key: 'diagnostics', entries: diagnostics },
  ];
  return {
    input,
    spans: marks.spans,
    panel: groups.filter((g) => g.entries.length > 0).map((g) => ({ key: g.key, entries: g.entries.map((e) => pack(e, marks.spans, input)) })),
  };
}
