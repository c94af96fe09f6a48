// Mục đích and Yêu cầu items from the outline. A combined "MỤC ĐÍCH, YÊU CẦU" part that does not split
// them gives all its items to purposes; a Mục tiêu paired with a Yêu cầu stands in for a missing Mục
// đích. Enumerated leaves ("a) …", "1) …") count as items.

import type { OutlineItem, Section } from '../outline/index.js';
import { span } from '../util/span.js';

function itemsOf(section: Section): OutlineItem[] {
  const items = [...section.items];
  for (const child of section.children) {
    if (child.children.length === 0 && child.items.length === 0 && child.headingSpan && child.heading)
      items.push({ text: child.heading, span: span(child.headingSpan.start, child.headingSpan.end), depth: 1 });
    else items.push(...itemsOf(child));
  }
  return items.sort((a, b) => a.span.start - b.span.start);
}

// A "Mục đích" or "Yêu cầu" is the plan's own unless it sits in a part of work: inside a part of tasks or
// content, "3. Yêu cầu về sản phẩm" states what a task must deliver (real-like r02).
const workParts = new Set(['tasks', 'dimension', 'organization', 'schedule', 'reporting', 'funding', 'assessment', 'appendix']);

function* walk(sections: Section[], parent: Section | null = null): Generator<Section> {
  for (const s of sections) {
    if (parent === null || !workParts.has(parent.kind) || (s.kind !== 'purpose' && s.kind !== 'requirement')) yield s;
    yield* walk(s.children, s);
  }
}

// "1. Mục đích: Xác định số lượng, cơ cấu …" — the heading carries its one item (real f25).
const inlineItem = /^(?:Mục\s+(?:đích|tiêu)|Yêu\s+cầu)\s*:\s*(?=\S)/iu;

/** The section's items, or the item written on its heading line when it has none. */
function itemsOrInline(section: Section, text: string): OutlineItem[] {
  const items = itemsOf(section);
  if (items.length > 0 || !section.headingSpan || !inlineItem.test(section.heading)) return items;
  const { start, end } = section.headingSpan;
  const inline = inlineItem.exec(text.slice(start, end));
  if (!inline) return items;
  return [{ text: section.heading.slice(inlineItem.exec(section.heading)![0].length), span: span(start + inline.index + inline[0].length, end), depth: 1 }];
}

/** `text` is the normalized text the sections' spans point into. */
export function readPurposes(sections: Section[], text: string): { purposes: OutlineItem[]; requirements: OutlineItem[] } {
  const purposes: OutlineItem[] = [];
  const requirements: OutlineItem[] = [];
  for (const s of walk(sections)) {
    if (s.kind === 'purpose') purposes.push(...itemsOrInline(s, text));
    else if (s.kind === 'requirement') requirements.push(...itemsOrInline(s, text));
    else if (s.kind === 'purpose_requirements') {
      const split = s.children.some((c) => c.kind === 'purpose' || c.kind === 'requirement');
      if (!split) purposes.push(...itemsOf(s));
      else purposes.push(...s.items);
    }
  }
  // "I. MỤC TIÊU, YÊU CẦU" / "1. Mục tiêu" / "2. Yêu cầu": without a Mục đích, the Mục tiêu paired with
  // the Yêu cầu stands in for it (real-like r07; the real set's gold counts it so).
  if (purposes.length === 0) {
    const standIn = pairedTargets(sections);
    if (standIn) purposes.push(...itemsOrInline(standIn, text));
  }
  return { purposes, requirements };
}

/** The first "Mục tiêu" section with a "Yêu cầu" sibling. */
function pairedTargets(siblings: Section[]): Section | null {
  for (const s of siblings) {
    if (s.kind === 'targets' && /^mục\s+tiêu/iu.test(s.heading) && siblings.some((o) => o.kind === 'requirement')) return s;
    const inner = pairedTargets(s.children);
    if (inner) return inner;
  }
  return null;
}
