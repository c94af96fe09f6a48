import { z } from 'zod';
import { Dimension } from './dimension.js';
import { Position } from './position.js';

export const Item = z
  .object({
    text: z.string().describe('The item, one line, single spaces: "Nâng cao trách nhiệm của người đứng đầu …"'),
    depth: z.number().int().min(1).describe('1 for a first-level bullet or paragraph, 2 for a "+" under a "-", …'),
    position: Position,
    dimension: Dimension.optional().describe(
      'The dimension a heading-like item names: "- Chỉ số thành phần “Thủ tục hành chính công”: …", a bold line "Cung ứng dịch vụ công" with no number',
    ),
  })
  .meta({ id: 'Item' });
export type Item = z.infer<typeof Item>;
