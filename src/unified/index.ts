// unified adapter: `unified().use(kehoachParse)` parses a plan into a unist tree of its outline
// (root → section → section …, each with a position), the PlanDocument in `tree.data.plan`, and the
// parser's diagnostics as vfile messages. The core knows nothing of unified.

import type { Node, Parent } from 'unist';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { parsePlan } from '../parse-plan.js';
import type { PlanDocument } from '../schema/plan-document.js';
import type { Section } from '../schema/section.js';

export interface SectionNode extends Parent {
  type: 'section';
  data: { id: string; label: string | null; heading: string; kind: string; inferred: boolean };
  children: SectionNode[];
}
export interface PlanRoot extends Parent {
  type: 'root';
  data: { plan: PlanDocument };
  children: SectionNode[];
}

const toNode = (s: Section): SectionNode => ({
  type: 'section',
  data: { id: s.id, label: s.label, heading: s.heading, kind: s.kind, inferred: s.inferred ?? false },
  children: s.children.map(toNode),
  position: s.position,
});

export function kehoachParse(this: Processor): void {
  this.parser = (document: string, file?: VFile): Node => {
    const plan = parsePlan(document, file?.path ? { path: file.path } : {});
    if (file) {
      for (const d of plan.diagnostics) {
        const message = file.message(d.message, { ruleId: d.code.split('/')[1]!, source: `kehoach:${d.code.split('/')[0]}`, ...(d.position ? { place: d.position } : {}) });
        message.fatal = d.severity === 'error' ? true : d.severity === 'warning' ? false : undefined;
      }
    }
    const root: PlanRoot = { type: 'root', data: { plan }, children: plan.sections.map(toNode) };
    return root;
  };
}
