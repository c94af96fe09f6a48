// Stage 3 — outline: Segments → Outline. After it: every numbered heading of the body is a section in
// one tree; every section has a stable id derived from its numbering ("II.2.3.a"); a skipped level is
// reconstructed with `inferred: true` and reported; bullets and paragraphs are items of the innermost
// open section; every section has a kind.

import type { Reporter } from '../diagnostics/report.js';
import type { Block, Segments } from '../segment/index.js';
import { type OutlineSection, TreeBuilder } from './build-tree.js';
import { inferredHeadings, namesUnit, type SectionKind, sectionKindOf } from './section-kind.js';

export interface Section extends OutlineSection {
  kind: SectionKind;
  level: number;
  children: Section[];
}

export interface Outline {
  segments: Segments;
  sections: Section[];
  /** Preamble blocks of each document part (legal bases, intro sentence). */
  preamble: Block[];
  /** Body paragraphs that come before the first section. */
  looseItems: Block[];
}

const ownKinds = new Set<SectionKind>(['purpose', 'requirement', 'purpose_requirements', 'targets']);

function kindFromChildren(section: OutlineSection): SectionKind | null {
  const kinds = section.children.map((c) => (c.inferred ? 'other' : sectionKindOf(c.heading)));
  if (kinds.includes('purpose') || kinds.includes('requirement')) return 'purpose_requirements';
  if (section.children.filter((c) => namesUnit(c.heading)).length * 2 > section.children.length) return 'organization';
  return null;
}

/**
 * "a) …;" / "1) …." points with nothing under them are items of their section, not sub-sections
 * (101, 107: Mục đích a) b) c)); dotted numbers ("1.2.") and points that head content stay sections
 * (000: "a) Đối với công tác tiếp công dân" with bullets under it).
 */
function foldPointsIntoItems(section: OutlineSection): void {
  for (const child of section.children) foldPointsIntoItems(child);
  const isPoint = (c: OutlineSection) =>
    c.marker !== null &&
    (c.marker.kind === 'letter' || (c.marker.kind === 'arabic' && c.marker.delimiter === ')')) &&
    c.children.length === 0 &&
    c.items.length === 0 &&
    /[.;]$/u.test(c.heading) &&
    c.headingSpan !== null;
  const points = section.children.filter(isPoint);
  if (points.length === 0) return;
  section.children = section.children.filter((c) => !isPoint(c));
  for (const p of points) section.items.push({ text: p.heading, span: p.headingSpan!, depth: 1 });
  section.items.sort((a, b) => a.span.start - b.span.start);
}

function classify(section: OutlineSection, level: number, parentKind: SectionKind | null): Section {
  const s = section as Section;
  s.level = level;
  let kind: SectionKind = s.inferred ? (kindFromChildren(s) ?? 'other') : sectionKindOf(s.heading);
  // A directive headed by a unit ("1. Giám đốc Sở Kế hoạch và Đầu tư chủ trì …") assigns work.
  if (kind === 'other' && level === 1 && namesUnit(s.heading)) kind = 'organization';
  // Below the top level only the purpose/requirement split is a kind of its own; the rest inherit.
  if (level > 1 && !ownKinds.has(kind) && parentKind && parentKind !== 'purpose_requirements') kind = parentKind;
  else if (level > 1 && !ownKinds.has(kind)) kind = 'other';
  s.kind = kind;
  if (s.inferred && level === 1) s.heading = inferredHeadings[kind] ?? '';
  s.children = section.children.map((c) => classify(c, level + 1, kind));
  return s;
}

/**
 * Builds the section tree of a segmented document.
 * @example outline(segment(ingested, r), r).sections.map((s) => s.id) // ['I', 'II', 'III']
 */
export function outline(segments: Segments, reporter: Reporter): Outline {
  const builder = new TreeBuilder(reporter);
  const preamble: Block[] = [];
  const looseItems: Block[] = [];
  for (const block of segments.blocks) {
    if (block.zone === 'preamble') {
      preamble.push(block);
      continue;
    }
    if (block.zone !== 'body') continue;
    if (block.kind === 'heading') builder.addHeading(block);
    else if (block.kind !== 'enacting' && !builder.addItem(block)) looseItems.push(block);
  }
  const roots = builder.finish();
  for (const root of roots) foldPointsIntoItems(root);
  if (roots.length === 0) reporter.report('outline/no-sections', 'No numbered section was found.');
  const sections = roots.map((r) => classify(r, 1, null));
  return { segments, sections, preamble, looseItems };
}

export type { OutlineItem } from './build-tree.js';
export type { SectionKind } from './section-kind.js';
export { sectionKindOf, namesUnit } from './section-kind.js';
