// Collects diagnostics while stages run; spans are in normalized-text offsets until assembly.

import type { Span } from '../util/span.js';
import { type DiagnosticCode, diagnosticCodes, type Severity } from './codes.js';

export interface RawDiagnostic {
  code: DiagnosticCode;
  message: string;
  severity: Severity;
  span?: Span;
}

export class Reporter {
  readonly diagnostics: RawDiagnostic[] = [];

  report(code: DiagnosticCode, message: string, span?: Span): void {
    this.diagnostics.push({ code, message, severity: diagnosticCodes[code].severity, ...(span ? { span } : {}) });
  }
}

export { diagnosticCodes } from './codes.js';
export type { DiagnosticCode, Severity } from './codes.js';
