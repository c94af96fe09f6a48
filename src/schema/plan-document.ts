// The output contract (schemaVersion "1"): field names are read by other tools — add, never rename.

import { z } from 'zod';
import { Citation } from './citation.js';
import { Item } from './item.js';
import { Position } from './position.js';
import { Section } from './section.js';

export const Diagnostic = z
  .object({
    code: z.string().describe('"<stage>/<problem>", see docs/diagnostics.md'),
    message: z.string(),
    severity: z.enum(['info', 'warning', 'error']),
    position: Position.optional(),
  })
  .meta({ id: 'Diagnostic' });
export type Diagnostic = z.infer<typeof Diagnostic>;

export const Source = z
  .object({
    path: z.string().optional(),
    sha256: z.string(),
    bytes: z.number().int().min(0),
    encoding: z.string().describe('Detected encoding of the bytes: "utf-8", "utf-16le", …'),
  })
  .meta({ id: 'Source' });

export const DocumentNumber = z
  .object({
    raw: z.string().describe('As written: "7103/KH-SKHĐT"'),
    serial: z.string().nullable().describe('"7103"; null for a blank "Số: /KH-SVHTTDL"'),
    symbol: z.string().describe('"KH-SKHĐT"'),
    typeCode: z.string().nullable().describe('"KH"'),
    issuerCode: z.string().nullable().describe('"SKHĐT"'),
    position: Position,
  })
  .meta({ id: 'DocumentNumber' });

export const Assignment = z
  .object({
    unit: z.object({
      raw: z.string().describe('As the plan names it: "Trưởng Phòng Nội vụ quận", "VP HĐND&UBND huyện"'),
      name: z.string().describe('Abbreviations expanded, role words moved out: "Phòng Nội vụ quận"'),
      canonical: z.string().describe('Stable key for matching across documents: "phong noi vu quan"'),
      role: z.string().nullable().optional().describe('The role word in front of the unit: "Trưởng", "Chủ tịch", "Thủ trưởng"'),
    }),
    role: z.enum(['lead', 'coordinate', 'all']).describe('lead: chủ trì / chịu trách nhiệm / heads a part; coordinate: phối hợp; all: "các cơ quan, đơn vị"'),
    tasks: z.array(Item),
    refs: z.array(z.object({ raw: z.string(), target: z.string().nullable() })),
    deadline: z.string().nullable().optional(),
    section: z.string().optional().describe('Id of the section the assignment was found in'),
    position: Position.describe('Where the unit is first named'),
  })
  .meta({ id: 'Assignment' });

export const ScheduleEntry = z
  .object({
    kind: z.enum(['date', 'range', 'recurring', 'event', 'continuous']),
    start: z.string().nullable().optional(),
    end: z.string().nullable().optional(),
    recurrence: z.string().nullable().optional(),
    raw: z.string(),
    position: Position,
  })
  .meta({ id: 'ScheduleEntry' });

export const Appendix = z
  .object({
    label: z.string().nullable().describe('"Phụ lục", "PHỤ LỤC II"'),
    title: z.string().nullable(),
    rows: z.array(z.array(z.string())).describe('Table lines as cells, as written; rows wrapped over several lines are not merged yet'),
    position: Position,
  })
  .meta({ id: 'Appendix' });

export const PlanDocument = z
  .object({
    schemaVersion: z.literal('1'),
    source: Source.optional(),
    isPlan: z.boolean().describe('false for text that is not a plan or directive (a news article)'),
    docType: z.string().nullable().describe('The type word, upper case: "KẾ HOẠCH", "QUYẾT ĐỊNH"'),
    number: DocumentNumber.nullable(),
    issuedDate: z
      .object({ iso: z.string().nullable().describe('"2021-09-13"; "2021" when only the year is known'), raw: z.string(), position: Position })
      .nullable(),
    place: z.string().nullable().describe('Địa danh: "Thành phố Hồ Chí Minh", "Quận 3", "Hưng Yên"'),
    issuer: z
      .object({
        name: z.string().describe('"Sở Kế hoạch và Đầu tư", "Ủy ban nhân dân Quận 3"'),
        parent: z.string().nullable().describe('Superior body named above it: "Ủy ban nhân dân Thành phố Hồ Chí Minh"'),
        raw: z.string(),
        inferred: z.boolean().describe('true when read from the body, not the header'),
        position: Position,
      })
      .nullable(),
    title: z.string().nullable().describe('Trích yếu, one line'),
    indices: z.array(
      z.object({
        code: z.string().describe('"PAPI" | "SIPAS" | "PAR_INDEX" | "PCI" | "DDCI"'),
        mentions: z.number().int().min(1),
        period: z.object({ from: z.number().int(), to: z.number().int().nullable() }).optional(),
      }),
    ),
    legalBases: z.array(Citation),
    citations: z.array(Citation),
    purposes: z.array(Item),
    requirements: z.array(Item),
    sections: z.array(Section),
    assignments: z.array(Assignment),
    schedule: z.array(ScheduleEntry),
    signer: z
      .object({
        authority: z.string().nullable().describe('"KT. CHỦ TỊCH"'),
        position: z.string().nullable().describe('"PHÓ CHỦ TỊCH"'),
        name: z.string().nullable().describe('"Phạm Thị Thúy Hằng"'),
        raw: z.string(),
        location: Position.describe("The signature block in the input"),
      })
      .nullable(),
    recipients: z.array(z.string()),
    appendices: z.array(Appendix),
    diagnostics: z.array(Diagnostic),
  })
  .meta({ id: 'PlanDocument' });
export type PlanDocument = z.infer<typeof PlanDocument>;
