// The public API: the one list of exports.
export { parsePlan, type ParseOptions } from './parse-plan.js';
export { PlanDocument as PlanDocumentSchema } from './schema/plan-document.js';
export type { PlanDocument, Diagnostic } from './schema/plan-document.js';
export type { Citation } from './schema/citation.js';
export type { Item } from './schema/item.js';
export type { Section, SectionKind } from './schema/section.js';
export type { Position, Point } from './schema/position.js';
export { kehoachParse } from './unified/index.js';
export { diagnosticCodes } from './diagnostics/codes.js';
export { ingest, type SourceText } from './ingest/index.js';
export { segment, type Segments } from './segment/index.js';
export { outline, type Outline } from './outline/index.js';
export { extract, type Extraction } from './extract/index.js';
export { normalize } from './normalize/index.js';
