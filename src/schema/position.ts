import { z } from 'zod';

export const Point = z
  .object({
    line: z.number().int().min(1).describe('1-based line in the input as given'),
    column: z.number().int().min(1).describe('1-based column, in UTF-16 code units'),
    offset: z.number().int().min(0).describe('0-based offset into the input string as given'),
  })
  .meta({ id: 'Point' });
export type Point = z.infer<typeof Point>;

export const Position = z
  .object({
    start: Point,
    end: Point,
    page: z.number().int().min(1).optional().describe('1-based page of the start, for paged inputs (PDF): 2 for a heading printed on the second page'),
  })
  .describe('unist-style range into the input as given: input.slice(start.offset, end.offset) is the source text')
  .meta({ id: 'Position' });
export type Position = z.infer<typeof Position>;
