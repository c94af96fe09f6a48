import { z } from 'zod';

export const Dimension = z
  .object({
    index: z.string().describe('Index code as in PlanDocument.indices: "PAPI", "PAR_INDEX", "SIPAS", "PCI"'),
    code: z.string().describe('Taxonomy code: "PAPI.2", "PAPI2009.3.2", "PAR.7", "SIPAS.2.1", "PCI.8"'),
    label: z.string().describe("The taxonomy's official Vietnamese name, not the document's wording"),
    confidence: z.number().min(0).max(1).describe('1 for an exact or alias match; the similarity for a fuzzy one'),
    matchedBy: z.enum(['exact', 'alias', 'ordinal', 'fuzzy']).describe('How the heading was matched (docs/dimensions.md)'),
  })
  .meta({ id: 'Dimension' });
export type Dimension = z.infer<typeof Dimension>;
