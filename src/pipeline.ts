// The pipeline, wired: IngestResult → segment → outline → extract → normalize → PlanDocument, not validated.
// Holds no schema import, so a caller that does not validate (the CLI's batch, by default) never loads zod:
// the typed values are built by the stages; the zod schema checks them only on request (parse-plan.ts).

import { Reporter } from './diagnostics/report.js';
import { extract } from './extract/index.js';
import type { IngestResult } from './ingest/index.js';
import { normalize } from './normalize/index.js';
import { outline } from './outline/index.js';
import type { PlanDocument } from './schema/plan-document.js';
import { segment } from './segment/index.js';

export interface ParsedSource {
  document: PlanDocument;
  /**
   * The text every position of `document` points into: the input decoded (BOM kept), or for a .docx,
   * a .doc, a PDF, an HTML page or a .md file the text read out of it. Null when the input could not be read.
   */
  input: string | null;
}

/**
 * Runs the stages after ingest. Never throws on text; an input ingest could not read gives a document
 * with its `ingest/*` error diagnostic and empty fields.
 * @example parseIngested(ingest('Số: 12/KH-UBND\nKẾ HOẠCH'), 'plan.txt').document.number?.serial // '12'
 */
export function parseIngested(ingested: IngestResult, path?: string): ParsedSource {
  const reporter = new Reporter();
  if (!ingested.ok) return { document: emptyDocument(ingested, path), input: null };
  const { source } = ingested;
  for (const note of source.notes) reporter.report(note.code, note.message);
  const repairs = Object.entries(source.repairs).filter(([, n]) => n > 0);
  if (repairs.length > 0) reporter.report('ingest/repaired', repairs.map(([kind, n]) => `${kind} ×${n}`).join(', '));
  const segments = segment(source, reporter);
  const tree = outline(segments, reporter);
  const extraction = extract(tree, reporter);
  const document = normalize(extraction, reporter.diagnostics, path !== undefined ? { path } : {});
  if (source.layout.pages !== undefined && document.source) document.source = { ...document.source, pages: source.layout.pages };
  return { document, input: source.input };
}

function emptyDocument(failure: { code: string; message: string; bytes: number; sha256: string }, path: string | undefined): PlanDocument {
  return {
    schemaVersion: '1',
    source: { ...(path !== undefined ? { path } : {}), sha256: failure.sha256, bytes: failure.bytes, encoding: 'unknown' },
    isPlan: false,
    docType: null,
    number: null,
    issuedDate: null,
    place: null,
    issuer: null,
    title: null,
    indices: [],
    legalBases: [],
    citations: [],
    purposes: [],
    requirements: [],
    sections: [],
    assignments: [],
    refs: [],
    tableTasks: [],
    schedule: [],
    signer: null,
    recipients: [],
    appendices: [],
    diagnostics: [{ code: failure.code, message: failure.message, severity: 'error' }],
  };
}
