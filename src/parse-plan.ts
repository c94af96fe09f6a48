// The public parse functions: bytes → ingest → the pipeline (pipeline.ts) → PlanDocument, validated
// against the zod schema only when asked (`validate: true`): the stages build typed values already.

import { ingest, ingestAsync } from './ingest/index.js';
import type { ReadProgress } from './ingest/reader.js';
import { type ParsedSource, parseIngested } from './pipeline.js';
import { PlanDocument } from './schema/plan-document.js';

export type { ParsedSource } from './pipeline.js';

export interface ParseOptions {
  /** Recorded as `source.path`. */
  path?: string;
  /**
   * Check the result against the zod schema, `PlanDocumentSchema` (default false: the stages build
   * typed values; checking costs ~20% of a parse). A document that fails throws a `ZodError`, which is a bug.
   */
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

/**
 * Parses one raw plan and returns the text its positions point into, for tools that show values where
 * they were read (`kehoach report`). The document is the one `parsePlan` returns.
 * @example const { document, input } = parsePlanWithSource('Số: 12/KH-UBND\nKẾ HOẠCH'); input!.slice(document.number!.position.start.offset, document.number!.position.end.offset) // '12/KH-UBND'
 */
export function parsePlanWithSource(input: string | Uint8Array, options: ParseOptions = {}): ParsedSource {
  return checked(parseIngested(ingest(input, options.path !== undefined ? { path: options.path } : {}), options.path), options);
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
  return checked(parseIngested(await ingestAsync(input, read), options.path), options);
}

function checked(parsed: ParsedSource, options: ParseOptions): ParsedSource {
  return options.validate === true ? { document: PlanDocument.parse(parsed.document), input: parsed.input } : parsed;
}
