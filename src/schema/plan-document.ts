// The output contract (schemaVersion "1"): field names are read by other tools — add, never rename.

import { z } from 'zod';
import { Citation } from './citation.js';
import { Item } from './item.js';
import { Position } from './position.js';
import { Dimension, Section } from './section.js';

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
    encoding: z.string().describe('Detected encoding of the bytes: "utf-8", "utf-16le", "tcvn3", "vni", "tcvn3 (mojibake)" …'),
    format: z.enum(['text', 'markdown', 'docx', 'doc', 'html', 'pdf']).optional().describe('What the input was: plain text, Markdown, a .docx, a Word 97–2003 .doc, an HTML page, a PDF'),
    pages: z.number().int().min(1).optional().describe('Number of pages, for a PDF'),
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

export const Unit = z
  .object({
    raw: z.string().describe('As the plan names it: "Trưởng Phòng Nội vụ quận", "VP HĐND&UBND huyện"'),
    name: z.string().describe('Abbreviations expanded, role words moved out: "Phòng Nội vụ quận"'),
    canonical: z.string().describe('Stable key for matching across documents: "phong noi vu quan"'),
    role: z.string().nullable().optional().describe('The role word in front of the unit: "Trưởng", "Chủ tịch", "Thủ trưởng"'),
  })
  .meta({ id: 'Unit' });
export type Unit = z.infer<typeof Unit>;

export const Task = Item.extend({
  section: z.string().nullable().describe('Id of the section the task is written in; null for a table row'),
  dimension: z.string().nullable().describe('Dimension code of that section or of the table row\'s group'),
  deadline: z.string().nullable().describe('The deadline as written: the table cell, or the first time phrase of the task'),
  product: z.string().nullable().optional().describe('Table rows: the "Sản phẩm" cell'),
  row: z.number().int().min(0).optional().describe('Table rows: the index of the row in `tableTasks`'),
}).meta({ id: 'Task' });

export const Reference = z
  .object({
    raw: z.string().describe('The words that name the target: "mục 2.2", "điểm a mục 2.3 của Phần II"'),
    target: z.string().nullable().describe('Section id ("II.2.3.a") or appendix id ("PL1"); null when the document has no such part'),
    section: z.string().nullable().optional().describe('Id of the section the reference is written in'),
    position: Position.optional(),
  })
  .meta({ id: 'Reference' });

export const Assignment = z
  .object({
    unit: Unit,
    role: z.enum(['lead', 'coordinate', 'all']).describe('lead: chủ trì / chịu trách nhiệm / heads a part; coordinate: phối hợp; all: "các cơ quan, đơn vị"'),
    tasks: z.array(Task),
    refs: z.array(Reference).describe('Cross-references in its tasks, resolved to section ids'),
    deadline: z.string().nullable().optional().describe('The deadline all its tasks share, else null'),
    section: z.string().optional().describe('Id of the section the assignment was first found in'),
    position: Position.describe('Where the unit is first named'),
  })
  .meta({ id: 'Assignment' });

export const TableTask = z
  .object({
    number: z.string().describe('The STT cell: "1", "2.3"'),
    text: z.string().describe('The task cell, rows wrapped over several lines joined'),
    group: z
      .object({
        label: z.string().nullable().describe('"I", "II", "A"'),
        heading: z.string(),
        dimension: Dimension.nullable().describe('The dimension the group row names (PAR.1 for "Công tác chỉ đạo, điều hành CCHC")'),
        index: z.string().nullable().describe('The index the group is about: the dimension\'s, or one named in the heading ("SIPAS")'),
      })
      .nullable(),
    lead: z.array(Unit),
    coordinate: z.array(Unit),
    product: z.string().nullable(),
    deadline: z.string().nullable(),
    appendix: z.string().nullable().describe('Id of the appendix holding the table ("PL1"), null in the body'),
    position: Position,
  })
  .meta({ id: 'TableTask' });

export const ScheduleEntry = z
  .object({
    kind: z.enum(['date', 'range', 'recurring', 'event', 'continuous']),
    start: z.string().nullable().optional().describe('Range start: "2024-03-20"'),
    end: z.string().nullable().optional().describe('Deadline or range end: "2024-10-31", "2024-08" (a month), "2024-Q3", "2024"'),
    recurrence: z.string().nullable().optional().describe('"6 tháng, năm", "quý 1", "hằng tháng"'),
    yearInferred: z.boolean().optional().describe("true when the year is the plan's, not written"),
    raw: z.string(),
    section: z.string().nullable().optional().describe('Id of the section it is written in; null in a table'),
    position: Position,
  })
  .meta({ id: 'ScheduleEntry' });

export const Appendix = z
  .object({
    id: z.string().describe('"PL1" for "Phụ lục I"/"Phụ lục số 1", "PL" when unnumbered: the target of references'),
    label: z.string().nullable().describe('"Phụ lục", "PHỤ LỤC II"'),
    title: z.string().nullable(),
    rows: z.array(z.array(z.string())).describe('Table lines as cells, as written (tableTasks has the task rows merged and read)'),
    position: Position,
  })
  .meta({ id: 'Appendix' });

export const PlanDocument = z
  .object({
    schemaVersion: z.literal('1').describe('Version of this model; fields are added, never renamed'),
    source: Source.optional().describe('What was read: path, SHA-256 and size of the bytes, encoding, format'),
    isPlan: z.boolean().describe('false for text that is not a plan or directive (a news article)'),
    docType: z.string().nullable().describe('The type word, upper case: "KẾ HOẠCH", "QUYẾT ĐỊNH"'),
    number: DocumentNumber.nullable().describe('Số/ký hiệu: "7103/KH-SKHĐT"'),
    issuedDate: z
      .object({ iso: z.string().nullable().describe('"2021-09-13"; "2025-12" when the day is left blank; "2021" when only the year is known'), raw: z.string(), position: Position })
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
    legalBases: z.array(Citation).describe('What the plan rests on ("Căn cứ …", "Thực hiện …"), in order'),
    citations: z.array(Citation).describe('Every other reference to a document, anywhere in the text'),
    purposes: z.array(Item).describe('Mục đích items; where a plan has no Mục đích, the items of the Mục tiêu paired with its Yêu cầu ("I. MỤC TIÊU, YÊU CẦU")'),
    requirements: z.array(Item).describe('Yêu cầu items'),
    sections: z.array(Section).describe('The outline, as a tree'),
    assignments: z.array(Assignment).describe('Who is made responsible for what: one per unit and role'),
    refs: z.array(Reference).describe('Every cross-reference to a part of the plan itself, in order'),
    tableTasks: z.array(TableTask).describe('The rows of task tables (appendices or body), in order'),
    schedule: z.array(ScheduleEntry).describe('Deadlines, time ranges, reporting periods ("6 tháng, năm", "trước ngày 15/11")'),
    signer: z
      .object({
        authority: z.string().nullable().describe('"KT. CHỦ TỊCH"'),
        position: z.string().nullable().describe('"PHÓ CHỦ TỊCH"'),
        name: z.string().nullable().describe('"Phạm Thị Thúy Hằng"'),
        raw: z.string(),
        location: Position.describe("The signature block in the input"),
      })
      .nullable(),
    recipients: z.array(z.string()).describe('Nơi nhận, one per line as written'),
    appendices: z.array(Appendix).describe('Phụ lục, with their tables as rows'),
    diagnostics: z.array(Diagnostic).describe('What the parser noticed: missing headings, numbering restarts, guesses (docs/diagnostics.md)'),
  })
  .meta({ id: 'PlanDocument' });
export type PlanDocument = z.infer<typeof PlanDocument>;
