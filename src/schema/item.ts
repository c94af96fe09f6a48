import { z } from 'zod';
import { Position } from './position.js';

export const Item = z
  .object({
    text: z.string().describe('The item, one line, single spaces: "Nâng cao trách nhiệm của người đứng đầu …"'),
    depth: z.number().int().min(1).describe('1 for a first-level bullet or paragraph, 2 for a "+" under a "-", …'),
    position: Position,
  })
  .meta({ id: 'Item' });
export type Item = z.infer<typeof Item>;
