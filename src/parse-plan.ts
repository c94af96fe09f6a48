// The pipeline, wired: bytes → ingest → segment → outline → extract → normalize → PlanDocument.

import { Reporter } from './diagnostics/report.js';
import { extract } from './extract/index.js';
import { ingest } from './ingest/index.js';
import { normalize } from './normalize/index.js';
import { outline } from './outline/index.js';
import { PlanDocument } from './schema/plan-document.js';
import { segment } from './segment/index.js';

export interface ParseOptions {
  /** Recorded as `source.path`. */
  path?: string;
  /** Validate the result against the zod schema (default true). */
  validate?: boolean;
}

/**
 * Parses one raw plan. Never throws on text: odd input gives diagnostics and nulls.
 * Bytes that cannot be decoded give a document with an `ingest/*` error diagnostic and empty fields.
 * @example parsePlan('Số: 7103/KH-SKHĐT\nKẾ HOẠCH\nCải thiện Chỉ số PAPI').number?.serial // '7103'
 */
export function parsePlan(input: string | Uint8Array, options: ParseOptions = {}): PlanDocument {
  const reporter = new Reporter();
  const ingested = ingest(input, options.path !== undefined ? { path: options.path } : {});
  if (!ingested.ok) return emptyDocument(ingested, options);
  const { source } = ingested;
  for (const note of source.notes) reporter.report(note.code, note.message);
  const repairs = Object.entries(source.repairs).filter(([, n]) => n > 0);
  if (repairs.length > 0) reporter.report('ingest/repaired', repairs.map(([kind, n]) => `${kind} ×${n}`).join(', '));
  const segments = segment(source, reporter);
  const tree = outline(segments, reporter);
  const extraction = extract(tree, reporter);
  const document = normalize(extraction, reporter.diagnostics, options.path !== undefined ? { path: options.path } : {});
  return options.validate === false ? document : PlanDocument.parse(document);
}

function emptyDocument(failure: { code: string; message: string; bytes: number; sha256: string }, options: ParseOptions): PlanDocument {
  return {
    schemaVersion: '1',
    source: { ...(options.path !== undefined ? { path: options.path } : {}), sha256: failure.sha256, bytes: failure.bytes, encoding: 'unknown' },
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
