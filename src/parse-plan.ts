// The pipeline, wired: bytes → ingest → segment → outline → extract → normalize → PlanDocument.

import { Reporter } from './diagnostics/report.js';
import { extract } from './extract/index.js';
import { ingest, ingestAsync, type IngestResult } from './ingest/index.js';
import type { ReadProgress } from './ingest/reader.js';
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

export interface AsyncParseOptions extends ParseOptions {
  /** OCR the pages of a PDF that have no usable text layer (default true). */
  ocr?: boolean;
  /** Told which page is being OCR'd. */
  onProgress?: (progress: ReadProgress) => void;
}

/**
 * Parses one raw plan. Never throws on text: odd input gives diagnostics and nulls.
 * Bytes that cannot be decoded give a document with an `ingest/*` error diagnostic and empty fields.
 * @example parsePlan('Số: 7103/KH-SKHĐT\nKẾ HOẠCH\nCải thiện Chỉ số PAPI').number?.serial // '7103'
 */
export function parsePlan(input: string | Uint8Array, options: ParseOptions = {}): PlanDocument {
  return parseIngested(ingest(input, options.path !== undefined ? { path: options.path } : {}), options);
}

/**
 * Parses one input of any format, PDF included (text layers, and scanned pages by OCR unless
 * `ocr: false`). Never rejects on odd input: unreadable files give an `ingest/*` error diagnostic.
 * @example (await parsePlanAsync(readFileSync('plan.pdf'), { path: 'plan.pdf' })).source.format // 'pdf'
 */
export async function parsePlanAsync(input: string | Uint8Array, options: AsyncParseOptions = {}): Promise<PlanDocument> {
  const { validate: _validate, ...read } = options;
  return parseIngested(await ingestAsync(input, read), options);
}

function parseIngested(ingested: IngestResult, options: ParseOptions): PlanDocument {
  const reporter = new Reporter();
  if (!ingested.ok) return emptyDocument(ingested, options);
  const { source } = ingested;
  for (const note of source.notes) reporter.report(note.code, note.message);
  const repairs = Object.entries(source.repairs).filter(([, n]) => n > 0);
  if (repairs.length > 0) reporter.report('ingest/repaired', repairs.map(([kind, n]) => `${kind} ×${n}`).join(', '));
  const segments = segment(source, reporter);
  const tree = outline(segments, reporter);
  const extraction = extract(tree, reporter);
  const document = normalize(extraction, reporter.diagnostics, options.path !== undefined ? { path: options.path } : {});
  if (source.layout.pages !== undefined && document.source) document.source = { ...document.source, pages: source.layout.pages };
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
