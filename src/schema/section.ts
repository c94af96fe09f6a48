import { z } from 'zod';
import { Dimension } from './dimension.js';
import { Item } from './item.js';
import { Position } from './position.js';

export const SectionKind = z
  .enum(['purpose_requirements', 'purpose', 'requirement', 'tasks', 'dimension', 'organization', 'schedule', 'reporting', 'funding', 'targets', 'assessment', 'appendix', 'other'])
  .meta({ id: 'SectionKind' });
export type SectionKind = z.infer<typeof SectionKind>;

export { Dimension } from './dimension.js';

export const Section = z
  .object({
    id: z.string().describe('Unique, stable, from the numbering: "II.2.3", "II.2.3.a", "D1"; "~2" marks a duplicate number'),
    label: z.string().nullable().describe('The marker as written: "II.", "2.1.", "a)"; null when inferred'),
    level: z.number().int().min(1),
    heading: z.string().describe('Heading text without the marker and trailing colon'),
    kind: SectionKind,
    dimension: Dimension.nullable(),
    items: z.array(Item),
    get children() {
      return z.array(Section);
    },
    position: Position.describe('The whole section, from its marker to the end of its last content'),
    headingPosition: Position.nullable().describe('The heading text only; null when inferred'),
    inferred: z.boolean().optional().describe('The heading was missing and reconstructed'),
    responsibleUnits: z
      .array(
        z.object({
          name: z.string(),
          canonical: z.string(),
          role: z.enum(['lead', 'coordinate', 'all']),
          via: z.enum(['ref', 'section', 'parent']).describe('ref: a cross-reference names this section; section: assigned inside it; parent: inherited from an enclosing section'),
        }),
      )
      .optional()
      .describe('Units that answer for this section: from cross-references and assignments written in it'),
  })
  .meta({ id: 'Section' });
export type Section = z.infer<typeof Section>;
