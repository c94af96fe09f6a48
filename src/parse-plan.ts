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
  return parsePlanWithSource(input, options).document;
}

export interface ParsedSource {
  document: PlanDocument;
  /**
   * The text every position of `document` points into: the input decoded (BOM kept), or for a .docx,
   * a .doc, a PDF, an HTML page or a .md file the text read out of it. Null when the input could not be read.
   */
  input: string | null;
}

/**
 * Parses one raw plan and returns the text its positions point into, for tools that show values where
 * they were read (`kehoach report`). The document is the one `parsePlan` returns.
 * @example const { document, input } = parsePlanWithSource('Số: 12/KH-UBND\nKẾ HOẠCH'); input!.slice(document.number!.position.start.offset, document.number!.position.end.offset) // '12/KH-UBND'
 */
export function parsePlanWithSource(input: string | Uint8Array, options: ParseOptions = {}): ParsedSource {
  return parseIngested(ingest(input, options.path !== undefined ? { path: options.path } : {}), options);
}

/**
 * Parses one input of any format, PDF included (text layers, and scanned pages by OCR unless
 * `ocr: false`). Never rejects on odd input: unreadable files give an `ingest/*` error diagnostic.
 * @example (await parsePlanAsync(readFileSync('plan.pdf'), { path: 'plan.pdf' })).source.format // 'pdf'
 */
export async function parsePlanAsync(input: string | Uint8Array, options: AsyncParseOptions = {}): Promise<PlanDocument> {
  return (await parsePlanWithSourceAsync(input, options)).document;
}

/** `parsePlanAsync` with the text the positions point into, as `parsePlanWithSource` gives it. */
export async function parsePlanWithSourceAsync(input: string | Uint8Array, options: AsyncParseOptions = {}): Promise<ParsedSource> {
  const { validate: _validate, ...read } = options;
  return parseIngested(await ingestAsync(input, read), options);
}

function parseIngested(ingested: IngestResult, options: ParseOptions): ParsedSource {
  const reporter = new Reporter();
  if (!ingested.ok) return { document: emptyDocument(ingested, options), input: null };
  const { source } = ingested;
  for (const note of source.notes) reporter.report(note.code, note.message);
  const repairs = Object.entries(source.repairs).filter(([, n]) => n > 0);
  if (repairs.length > 0) reporter.report('ingest/repaired', repairs.map(([kind, n]) => `${kind} ×${n}`).join(', '));
  const segments = segment(source, reporter);
  const tree = outline(segments, reporter);
  const extraction = extract(tree, reporter);
  const document = normalize(extraction, reporter.diagnostics, options.path !== undefined ? { path: options.path } : {});
  if (source.layout.pages !== undefined && document.source) document.source = { ...document.source, pages: source.layout.pages };
  return { document: options.validate === false ? document : PlanDocument.parse(document), input: source.input };
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
