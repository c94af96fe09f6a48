// Every diagnostic the parser can emit, declared once with its severity and a one-line summary.
// docs/diagnostics.md is generated from this table (scripts/write-docs.ts).

export type Severity = 'info' | 'warning' | 'error';

export const diagnosticCodes = {
  'ingest/empty': { severity: 'error', summary: 'The input is empty.' },
  'ingest/binary': { severity: 'error', summary: 'The input has NUL bytes: it is binary, not text.' },
  'ingest/undecodable': { severity: 'error', summary: 'The bytes are neither UTF-8 nor UTF-16 with a byte order mark.' },
  'ingest/docx-corrupt': { severity: 'error', summary: 'The input looks like a .docx but its zip or its word/document.xml cannot be read.' },
  'ingest/docx-too-large': { severity: 'error', summary: 'A part of the .docx is over the size or compression-ratio limit.' },
  'ingest/legacy-encoding': { severity: 'info', summary: 'The bytes were in a pre-Unicode Vietnamese encoding (TCVN3, VNI, …) and were converted to Unicode.' },
  'ingest/mojibake-repaired': { severity: 'warning', summary: 'The text was TCVN3 or VNI bytes read as Windows-1252 ("KÕ ho¹ch"); it was converted back.' },
  'ingest/docx': { severity: 'info', summary: 'The input was a .docx: its paragraphs and tables (with automatic numbering) were read as text.' },
  'ingest/html': { severity: 'info', summary: 'The input was an HTML page: its main content was read, navigation, scripts and comment boxes dropped.' },
  'ingest/repaired': { severity: 'info', summary: 'Text repairs made while normalizing (CRLF, NFD, tone placement, NBSP, markdown, `|` residue…), with counts.' },
  'segment/navigation-dropped': { severity: 'info', summary: 'Lines before the document header (web navigation) were ignored.' },
  'segment/page-noise-dropped': { severity: 'info', summary: 'Page numbers or running headers were removed.' },
  'segment/web-debris-dropped': { severity: 'warning', summary: 'Text after the end of the document (web page debris) was dropped.' },
  'segment/lines-joined': { severity: 'info', summary: 'Lines broken inside a sentence were joined into one paragraph.' },
  'outline/missing-heading': { severity: 'warning', summary: 'A numbering level was skipped; the missing section was reconstructed (inferred).' },
  'outline/numbering-restart': { severity: 'warning', summary: 'Numbering restarted at 1 without a new part heading; a new part was inferred.' },
  'outline/duplicate-number': { severity: 'warning', summary: 'Two sibling sections carry the same number; the second id gets a "~2" suffix.' },
  'outline/numbering-gap': { severity: 'info', summary: 'Sibling numbers skip a value (e.g. II then IV).' },
  'outline/no-sections': { severity: 'info', summary: 'No numbered section was found.' },
  'extract/no-header': { severity: 'warning', summary: 'The document has no header (issuer, number, date); values were inferred from the body where possible.' },
  'extract/issuer-from-body': { severity: 'info', summary: 'The issuer was inferred from the body ("… ban hành Kế hoạch").' },
  'extract/number-from-appendix': { severity: 'info', summary: 'The document number was recovered from a "Kèm theo Kế hoạch số …" line.' },
  'extract/doc-type-inferred': { severity: 'info', summary: 'The document type was inferred from its number or its body, not from a type line.' },
  'extract/title-inferred': { severity: 'info', summary: 'The title was inferred from the closing or intro sentence.' },
  'extract/blank-number': { severity: 'info', summary: 'The number line has no serial ("Số: /KH-…"): a draft or unregistered copy.' },
  'extract/from-announcement': { severity: 'info', summary: 'The text has no header but announces a plan ("UBND huyện … ban hành Kế hoạch số …"): its number, date, issuer and title are that plan\'s.' },
  'extract/partial-date': { severity: 'info', summary: 'The issue date has a blank day ("2025-12") or a blank day and month ("2025").' },
  'extract/no-signer': { severity: 'info', summary: 'No signature block was found.' },
  'extract/not-a-plan': { severity: 'info', summary: 'The text does not look like a plan or directive.' },
  'normalize/ref-unresolved': { severity: 'warning', summary: 'A cross-reference ("mục 2.5 Phần II", "Phụ lục I") names a part this document does not have; its target is null.' },
  'normalize/dimension-fuzzy': { severity: 'info', summary: 'A heading was read as a dimension by similarity, not by its name or an alias: a guess to check (`kehoach explain`).' },
  'normalize/papi-scheme': { severity: 'info', summary: "The plan's own headings chose the PAPI scheme (2009–2017 or 2018 onward) over its year." },
} as const satisfies Record<string, { severity: Severity; summary: string }>;

export type DiagnosticCode = keyof typeof diagnosticCodes;
