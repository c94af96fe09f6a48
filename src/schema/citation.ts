import { z } from 'zod';
import { Position } from './position.js';

export const Citation = z
  .object({
    type: z.string().nullable().describe('Document type, title case: "Quyết định", "Kế hoạch", "Luật"'),
    typeCode: z.string().nullable().describe('Type code of the number: "QĐ" in "2844/QĐ-UBND"; null for công văn "2872/UBND-NCPC"'),
    number: z.string().nullable().describe('Số/ký hiệu without spaces: "2844/QĐ-UBND"; null for laws cited by name'),
    date: z.string().nullable().describe('ISO date "2021-08-14", or the year "2018" when only the year is given'),
    issuer: z.string().nullable().describe('Issuing body, abbreviations expanded: "Ủy ban nhân dân tỉnh Quảng Nam"'),
    subject: z.string().nullable().describe('What the document is about ("về …"), when stated'),
    name: z.string().nullable().describe('For laws cited by name: "Luật Tố cáo"'),
    raw: z.string().describe('The reference exactly as in the input'),
    position: Position,
  })
  .meta({ id: 'Citation' });
export type Citation = z.infer<typeof Citation>;
