// Across documents: the label map of a collection — every distinct wording of a dimension, section
// kind and unit seen, with counts, grouped under its canonical key — and the documents × dimensions
// coverage matrix. What `kehoach labels` prints.

import { namesUnit } from '../outline/section-kind.js';
import type { PlanDocument } from '../schema/plan-document.js';
import { squash } from '../util/fold.js';
import { flattenTree } from '../util/tree.js';
import { entryOf } from './dimension/taxonomy.js';
import { type UnitOptions, unitsInHeading } from './units.js';

export interface LabelVariant {
  /** The wording as the documents write it (white space squashed). */
  text: string;
  count: number;
}

export interface LabelGroup {
  /** Canonical key: a dimension code, a section kind, a unit's canonical key. */
  key: string;
  /** Canonical name: the taxonomy label, the kind's usual heading, the unit's most used name. */
  label: string;
  /** Index of a dimension ("PAPI", "PAR_INDEX", …). */
  index?: string;
  count: number;
  documents: number;
  variants: LabelVariant[];
}

export interface CorpusLabels {
  /** Document ids in input order: source.path, else "#n". */
  documents: string[];
  dimensions: LabelGroup[];
  sectionKinds: LabelGroup[];
  units: LabelGroup[];
  coverage: {
    /** Dimension codes seen, in taxonomy order. */
    codes: string[];
    /** One row per document: how many sections carry each code. */
    rows: Array<{ document: string; counts: Record<string, number> }>;
  };
}

export type CorpusOptions = UnitOptions;

/** The usual heading of each top-level section kind (documents.md §5.6). */
export const kindLabels: Record<string, string> = {
  purpose_requirements: 'MỤC ĐÍCH, YÊU CẦU',
  purpose: 'MỤC ĐÍCH',
  requirement: 'YÊU CẦU',
  targets: 'MỤC TIÊU',
  tasks: 'NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU',
  dimension: 'CHỈ SỐ NỘI DUNG',
  organization: 'TỔ CHỨC THỰC HIỆN',
  schedule: 'THỜI GIAN THỰC HIỆN',
  reporting: 'CHẾ ĐỘ BÁO CÁO',
  funding: 'KINH PHÍ THỰC HIỆN',
  assessment: 'KIỂM TRA, ĐÁNH GIÁ',
  appendix: 'PHỤ LỤC',
  other: '(khác)',
};

class Grouper {
  private readonly groups = new Map<string, { label: Map<string, number>; index?: string; documents: Set<number>; variants: Map<string, number> }>();

  add(key: string, label: string, variant: string, document: number, index?: string): void {
    let group = this.groups.get(key);
    if (!group) {
      group = { label: new Map(), documents: new Set(), variants: new Map(), ...(index ? { index } : {}) };
      this.groups.set(key, group);
    }
    group.label.set(label, (group.label.get(label) ?? 0) + 1);
    group.documents.add(document);
    group.variants.set(variant, (group.variants.get(variant) ?? 0) + 1);
  }

  result(order: (a: string, b: string) => number): LabelGroup[] {
    const byCount = <T>(m: Map<T, number>) => [...m].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]), 'vi'));
    return [...this.groups]
      .sort(([a], [b]) => order(a, b))
      .map(([key, g]) => ({
        key,
        label: byCount(g.label)[0]![0],
        ...(g.index ? { index: g.index } : {}),
        count: [...g.variants.values()].reduce((n, c) => n + c, 0),
        documents: g.documents.size,
        variants: byCount(g.variants).map(([text, count]) => ({ text, count })),
      }));
  }
}

// Taxonomy order: index, then the numeric path of the code ("PAPI.2" < "PAPI.10" < "PAPI2009.1").
function codeOrder(a: string, b: string): number {
  const parse = (c: string) => {
    const m = /^([A-Z_]+(?:\d{4})?)\.(.*)$/.exec(c);
    return { prefix: m?.[1] ?? c, path: (m?.[2] ?? '').split('.').map(Number) };
  };
  const x = parse(a);
  const y = parse(b);
  if (x.prefix !== y.prefix) return x.prefix.localeCompare(y.prefix);
  for (let i = 0; i < Math.max(x.path.length, y.path.length); i++) {
    const d = (x.path[i] ?? -1) - (y.path[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

const kindOrder = Object.keys(kindLabels);

/**
 * The label map and coverage matrix of a collection of parsed plans.
 * @example normalizeCorpus(plans).dimensions[0] // { key: 'PAPI.1', label: 'Tham gia của người dân ở cấp cơ sở', count: 9, documents: 8, variants: [...] }
 */
export function normalizeCorpus(docs: readonly PlanDocument[], options: CorpusOptions = {}): CorpusLabels {
  const dimensions = new Grouper();
  const kinds = new Grouper();
  const units = new Grouper();
  const documents = docs.map((d, n) => d.source?.path ?? `#${n + 1}`);
  const rows: CorpusLabels['coverage']['rows'] = [];
  const codes = new Set<string>();
  docs.forEach((doc, n) => {
    const counts: Record<string, number> = {};
    for (const top of doc.sections) if (top.heading) kinds.add(top.kind, kindLabels[top.kind] ?? top.kind, squash(top.heading), n);
    for (const section of flattenTree(doc.sections)) {
      if (section.dimension) {
        const { code, label, index } = section.dimension;
        dimensions.add(code, entryOf(code)?.label ?? label, squash(section.heading), n, index);
        counts[code] = (counts[code] ?? 0) + 1;
        codes.add(code);
      } else if (section.heading && namesUnit(section.heading)) {
        for (const unit of unitsInHeading(section.heading, options)) units.add(unit.canonical, unit.name, squash(unit.raw), n);
      }
    }
    rows.push({ document: documents[n]!, counts });
  });
  return {
    documents,
    dimensions: dimensions.result(codeOrder),
    sectionKinds: kinds.result((a, b) => kindOrder.indexOf(a) - kindOrder.indexOf(b)),
    units: units.result((a, b) => a.localeCompare(b)),
    coverage: { codes: [...codes].sort(codeOrder), rows },
  };
}
