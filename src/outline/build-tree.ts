// Blocks of the body → a section tree. Numbering decides nesting (stack of open levels, like nested
// lists); the genre's repairs: a skipped level is reconstructed (`inferred`), numbering that restarts at
// 1 under a roman part opens an inferred next part, a roman "II" after un-parented arabic sections wraps
// them in an inferred "I", duplicate sibling numbers get distinct ids. Every repair is reported.

import type { Reporter } from '../diagnostics/report.js';
import type { Block, Marker } from '../segment/index.js';
import { numberToRoman, romanToNumber } from '../segment/index.js';
import { span, type Span } from '../util/span.js';

export interface OutlineItem {
  text: string;
  span: Span;
  depth: number;
}

export interface OutlineSection {
  id: string;
  label: string | null;
  marker: Marker | null;
  style: string;
  heading: string;
  headingSpan: Span | null;
  span: Span;
  items: OutlineItem[];
  children: OutlineSection[];
  inferred: boolean;
  parent: OutlineSection | null;
  part: number;
  /** Bullet characters in order of first use inside this section, for item depth. */
  bullets: string[];
}

const rank: Record<string, number> = { part: 0, chapter: 1, 'upper-letter': 1.5, article: 2, roman: 3 };

function styleOf(marker: Marker): string {
  if (marker.kind === 'arabic') return `arabic${marker.delimiter}`;
  if (marker.kind === 'nested') return `nested${marker.path.length}`;
  return marker.kind;
}

function idSegment(marker: Marker): string {
  return marker.path[marker.path.length - 1]!;
}

/** The numeric path a section stands for ("2" → ["2"], "2.1." → ["2","1"]); [] for roman/articles. */
function numericPath(section: OutlineSection): string[] | null {
  if (!section.marker) return rank[section.style] !== undefined ? [] : null;
  const kind = section.marker.kind;
  if (kind === 'arabic' || kind === 'nested') return section.marker.path;
  if (kind === 'letter') return null;
  return [];
}

export class TreeBuilder {
  readonly roots: OutlineSection[] = [];
  private stack: OutlineSection[] = [];
  private currentPart = 0;
  /** Numeric paths of inferred arabic sections (they have no marker). */
  private readonly inferredPaths = new Map<OutlineSection, string[]>();

  constructor(private readonly reporter: Reporter) {}

  private pathOf(section: OutlineSection): string[] | null {
    return this.inferredPaths.get(section) ?? numericPath(section);
  }

  private siblingsOf(parent: OutlineSection | null): OutlineSection[] {
    return parent ? parent.children : this.roots;
  }

  /** Ids already used under each parent (null = the roots), so attaching stays O(1). */
  private readonly takenIds = new Map<OutlineSection | null, Set<string>>();
  private readonly lastSuffix = new Map<string, number>();

  private attach(section: OutlineSection, parent: OutlineSection | null): void {
    section.parent = parent;
    const siblings = this.siblingsOf(parent);
    const base = parent ? `${parent.id}.${section.id}` : section.id;
    let id = base;
    let n = 1;
    let taken = this.takenIds.get(parent);
    if (!taken) {
      taken = new Set(siblings.map((s) => s.id));
      this.takenIds.set(parent, taken);
    }
    if (taken.has(id)) {
      // Resume from the last suffix used for this number: a number repeated 10,000 times stays linear.
      n = this.lastSuffix.get(base) ?? 1;
      do id = `${base}~${++n}`;
      while (taken.has(id));
      this.lastSuffix.set(base, n);
    }
    taken.add(id);
    section.id = id;
    siblings.push(section);
    this.stack.push(section);
  }

  private make(marker: Marker | null, block: Block | null, style: string, segmentId: string, at: number): OutlineSection {
    const heading = block ? block.text.replace(/\s*:\s*$/, '') : '';
    return {
      id: segmentId,
      label: marker ? marker.label : null,
      marker,
      style,
      heading,
      headingSpan: block ? span(block.contentStart, block.end) : null,
      span: span(block ? block.start : at, block ? block.end : at),
      items: [],
      children: [],
      inferred: marker === null,
      parent: null,
      part: block?.part ?? this.currentPart,
      bullets: [],
    };
  }

  private popTo(length: number): void {
    this.stack.length = length;
  }

  private top(): OutlineSection | null {
    return this.stack[this.stack.length - 1] ?? null;
  }

  addHeading(block: Block): void {
    const marker = block.marker!;
    if (block.part !== this.currentPart) {
      this.currentPart = block.part;
      this.popTo(0);
    }
    const style = styleOf(marker);
    if (marker.kind === 'nested') {
      this.addNested(block, marker, style);
      return;
    }

    const sameStyle = this.stack.findIndex((s) => s.style === style);
    if (sameStyle >= 0) {
      const sibling = this.stack[sameStyle]!;
      const parent = sibling.parent;
      if (marker.kind === 'arabic' && marker.value === 1 && sibling.marker && sibling.marker.value >= 2 && parent?.style === 'roman') {
        this.restartPart(block, marker, style, parent);
        return;
      }
      this.checkSequence(sibling, marker, block);
      this.popTo(sameStyle);
      this.attach(this.make(marker, block, style, idSegment(marker), block.start), parent);
      return;
    }
    const r = rank[marker.kind];
    if (r !== undefined) {
      // A higher division closes every lower one.
      let keep = this.stack.length;
      while (keep > 0) {
        const s = this.stack[keep - 1]!;
        const sr = s.marker ? rank[s.marker.kind] : s.style === 'roman' ? rank.roman : undefined;
        if (sr !== undefined && sr < r) break;
        keep--;
      }
      this.popTo(keep);
      const parent = this.top();
      if (marker.kind === 'roman' && marker.value >= 2) this.wrapLeadingSections(parent, marker, block);
      this.attach(this.make(marker, block, style, idSegment(marker), block.start), parent);
      return;
    }
    this.attach(this.make(marker, block, style, idSegment(marker), block.start), this.top());
  }

  /** 000: "1. Mục đích", "2. Yêu cầu" then "II. NHIỆM VỤ …" — the "I." heading was left out. */
  private wrapLeadingSections(parent: OutlineSection | null, marker: Marker, block: Block): void {
    const siblings = this.siblingsOf(parent);
    if (siblings.some((s) => s.style === 'roman')) return;
    const loose = siblings.filter((s) => s.style !== 'roman' && rank[s.marker?.kind ?? ''] === undefined && s.part === block.part);
    if (loose.length === 0) return;
    const previous = numberToRoman(marker.value - 1);
    const wrapper = this.make(null, null, 'roman', previous, loose[0]!.span.start);
    wrapper.span = span(loose[0]!.span.start, loose[loose.length - 1]!.span.end);
    for (const s of loose) siblings.splice(siblings.indexOf(s), 1);
    this.takenIds.clear(); // ids move under the wrapper; the caches are rebuilt from the tree
    this.lastSuffix.clear();
    wrapper.id = parent ? `${parent.id}.${previous}` : previous;
    wrapper.parent = parent;
    siblings.push(wrapper);
    for (const s of loose) {
      s.parent = wrapper;
      wrapper.children.push(s);
      this.renumber(s, wrapper.id);
    }
    this.reporter.report('outline/missing-heading', `Part "${previous}." is missing before "${marker.label}"; reconstructed around ${loose.length} section(s).`, wrapper.span);
  }

  private renumber(section: OutlineSection, parentId: string): void {
    const own = section.id.split('.').pop()!;
    section.id = `${parentId}.${own}`;
    for (const child of section.children) this.renumber(child, section.id);
  }

  /** 000: units "1. Lãnh đạo các phòng …" after "3." of part II — part III's heading was left out. */
  private restartPart(block: Block, marker: Marker, style: string, roman: OutlineSection): void {
    const romanIndex = this.stack.indexOf(roman);
    this.popTo(romanIndex);
    const value = (roman.marker?.value ?? this.romanValueOf(roman)) + 1;
    const label = numberToRoman(value);
    const part = this.make(null, null, 'roman', label, block.start);
    this.attach(part, roman.parent);
    this.reporter.report('outline/numbering-restart', `Numbering restarts at "${marker.label}" after part ${roman.id}; part "${label}." inferred.`, span(block.start, block.end));
    this.attach(this.make(marker, block, style, idSegment(marker), block.start), part);
  }

  private romanValueOf(section: OutlineSection): number {
    return romanToNumber(section.id.split('.').pop()!.replace(/~\d+$/, '')) ?? 0;
  }

  private checkSequence(sibling: OutlineSection, marker: Marker, block: Block): void {
    const inferredPath = this.inferredPaths.get(sibling);
    const previous = sibling.marker?.value ?? (inferredPath ? Number(inferredPath[inferredPath.length - 1]) : this.romanValueOf(sibling));
    if (marker.value === previous)
      this.reporter.report('outline/duplicate-number', `"${marker.label}" repeats the number of the section before it.`, span(block.start, block.end));
    else if (marker.value > previous + 1)
      this.reporter.report('outline/numbering-gap', `Numbering jumps from ${sibling.label ?? sibling.id} to "${marker.label}".`, span(block.start, block.end));
  }

  private addNested(block: Block, marker: Marker, style: string): void {
    const path = marker.path;
    // The deepest open section whose numeric path is a prefix of this one.
    let anchor = -1;
    for (let k = this.stack.length - 1; k >= 0; k--) {
      const p = this.pathOf(this.stack[k]!);
      if (p && p.length < path.length && p.every((seg, i) => seg === path[i])) {
        anchor = k;
        break;
      }
    }
    const arabicStyle = this.stack.find((s) => s.style.startsWith('arabic'))?.style ?? 'arabic.';
    let parent: OutlineSection | null = anchor >= 0 ? this.stack[anchor]! : null;
    if (anchor < 0) {
      // No numbered ancestor: hang under the innermost division (roman, article…).
      let keep = this.stack.length;
      while (keep > 0 && rank[this.stack[keep - 1]!.style] === undefined) keep--;
      this.popTo(keep);
      parent = this.top();
    } else this.popTo(anchor + 1);
    let have = parent ? (this.pathOf(parent) ?? []).length : 0;
    while (have < path.length - 1) {
      const missing = path.slice(0, have + 1);
      const inferredStyle = have === 0 ? arabicStyle : `nested${have + 1}`;
      const section = this.make(null, null, inferredStyle, missing[missing.length - 1]!, block.start);
      this.inferredPaths.set(section, missing);
      this.attach(section, parent);
      this.reporter.report('outline/missing-heading', `Heading "${missing.join('.')}." is missing before "${marker.label}"; reconstructed.`, span(block.start, block.end));
      parent = section;
      have++;
    }
    const siblings = this.siblingsOf(parent);
    const last = siblings[siblings.length - 1];
    if (last?.marker && last.style === style) this.checkSequence(last, marker, block);
    this.attach(this.make(marker, block, style, idSegment(marker), block.start), parent);
  }

  addItem(block: Block): boolean {
    const section = this.top();
    if (!section || block.part !== this.currentPart) return false;
    let depth = 1;
    if (block.bullet) {
      if (!section.bullets.includes(block.bullet)) section.bullets.push(block.bullet);
      depth = section.bullets.indexOf(block.bullet) + 1;
    }
    section.items.push({ text: block.text, span: span(block.contentStart, block.end), depth });
    return true;
  }

  /** Extends section spans to the end of their content. */
  finish(): OutlineSection[] {
    const close = (s: OutlineSection): number => {
      let end = s.span.end;
      for (const item of s.items) end = Math.max(end, item.span.end);
      for (const child of s.children) end = Math.max(end, close(child));
      if (s.inferred && s.children.length > 0) s.span = span(Math.min(s.span.start, s.children[0]!.span.start), end);
      else s.span = span(s.span.start, end);
      return end;
    };
    for (const root of this.roots) close(root);
    return this.roots;
  }
}
