// Mục đích and Yêu cầu items from the outline. A combined "MỤC ĐÍCH, YÊU CẦU" part that does not split
// them gives all its items to purposes. Enumerated leaves ("a) …", "1) …") count as items.

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

function* walk(sections: Section[]): Generator<Section> {
  for (const s of sections) {
    yield s;
    yield* walk(s.children);
  }
}

export function readPurposes(sections: Section[]): { purposes: OutlineItem[]; requirements: OutlineItem[] } {
  const purposes: OutlineItem[] = [];
  const requirements: OutlineItem[] = [];
  for (const s of walk(sections)) {
    if (s.kind === 'purpose') purposes.push(...itemsOf(s));
    else if (s.kind === 'requirement') requirements.push(...itemsOf(s));
    else if (s.kind === 'purpose_requirements') {
      const split = s.children.some((c) => c.kind === 'purpose' || c.kind === 'requirement');
      if (!split) purposes.push(...itemsOf(s));
      else purposes.push(...s.items);
    }
  }
  return { purposes, requirements };
}
