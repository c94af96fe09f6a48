// One input → its output text: a PlanDocument or an error record, already formatted for the sink
// (pretty JSON, one JSON line, or CSV rows). Runs in a worker thread or inline; pure, so output does
// not depend on where or in which order it ran.

import { csvErrorRow, csvRows, type CsvTable } from '../export/csv.js';
import { type PositionMode, serializePlan } from '../export/json.js';
import { ingestAsync } from '../ingest/index.js';
import type { ReadProgress } from '../ingest/reader.js';
import { parseIngested } from '../pipeline.js';
import type { PlanDocument } from '../schema/plan-document.js';

/** `with-source`: one JSON line `{ document, input }`, the document with the text its positions point into (for `kehoach report`). */
export type OutputFormat = { kind: 'json' } | { kind: 'jsonl' } | { kind: 'csv'; table: CsvTable } | { kind: 'with-source' };

export interface InputError {
  code: string;
  message: string;
}

export interface JobResult {
  ok: boolean;
  /** The record as the sink writes it (ends with a newline; '' for a CSV table without rows). */
  text: string;
  error?: InputError;
}

/** A record for input that could not be read: `{ source, error }`, in the output's format. */
export function errorRecord(source: { path: string; sha256?: string; bytes?: number; encoding?: string }, error: InputError, format: OutputFormat): JobResult {
  if (format.kind === 'csv') return { ok: false, error, text: format.table === 'plans' ? csvErrorRow(source.path, error.code, error.message) : '' };
  const record = { source, error };
  return { ok: false, error, text: format.kind === 'json' ? `${JSON.stringify(record, null, 2)}\n` : `${JSON.stringify(record)}\n` };
}

/** The error of an input that could not be read as text (empty, binary, undecodable, a broken .docx), if any. */
export function ingestFailure(plan: PlanDocument): InputError | null {
  const fatal = plan.diagnostics.find((d) => d.code.startsWith('ingest/') && d.severity === 'error');
  return fatal ? { code: fatal.code, message: fatal.message } : null;
}

export interface JobOptions {
  /** OCR scanned PDF pages (default true; --no-ocr). */
  ocr?: boolean;
  /** Check each document against the zod schema (--validate); one that fails is an `internal/invalid-document` record. */
  validate?: boolean;
  /** How JSON records write positions (--positions; default full). CSV and `with-source` ignore it. */
  positions?: PositionMode;
  onProgress?: (progress: ReadProgress) => void;
}

// zod is loaded only when asked for: it is a third of the CLI's start-up.
let schema: Promise<typeof import('../schema/plan-document.js')> | null = null;
const loadSchema = () => (schema ??= import('../schema/plan-document.js'));

/** Parses one input; never rejects (a parser failure becomes an `internal/parser-error` record). */
export async function runJob(path: string, bytes: Uint8Array, format: OutputFormat, options: JobOptions = {}): Promise<JobResult> {
  try {
    const ingested = await ingestAsync(bytes, { path, ocr: options.ocr !== false, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
    const { document: plan, input } = parseIngested(ingested, path);
    const failure = ingestFailure(plan);
    if (failure) return errorRecord({ ...plan.source, path }, failure, format);
    if (options.validate === true) {
      const problem = (await loadSchema()).PlanDocument.safeParse(plan);
      if (!problem.success) {
        const message = `The document does not match the schema (a bug: please report it with the file): ${problem.error.message}`;
        return errorRecord({ ...plan.source, path }, { code: 'internal/invalid-document', message }, format);
      }
    }
    if (format.kind === 'csv') return { ok: true, text: csvRows(plan, format.table) };
    if (format.kind === 'with-source') return { ok: true, text: `${JSON.stringify({ document: plan, input })}\n` };
    return { ok: true, text: `${serializePlan(plan, { positions: options.positions ?? 'full', indent: format.kind === 'json' ? 2 : 0 })}\n` };
  } catch (error) {
    const message = `The parser failed on this input (a bug: please report it with the file): ${(error as Error).message}`;
    return errorRecord({ path, bytes: bytes.length }, { code: 'internal/parser-error', message }, format);
  }
}
