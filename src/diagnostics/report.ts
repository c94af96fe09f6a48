// Collects diagnostics while stages run; spans are in normalized-text offsets until assembly.

import type { Span } from '../util/span.js';
import { type DiagnosticCode, diagnosticCodes, type Severity } from './codes.js';

export interface RawDiagnostic {
  code: DiagnosticCode;
  message: string;
  severity: Severity;
  span?: Span;
}

/** At most this many diagnostics of one code are kept; the rest are counted in a summary. */
export const MAX_PER_CODE = 50;

export class Reporter {
  private readonly kept: RawDiagnostic[] = [];
  private readonly counts = new Map<DiagnosticCode, number>();

  report(code: DiagnosticCode, message: string, span?: Span): void {
    const count = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, count);
    if (count <= MAX_PER_CODE) this.kept.push({ code, message, severity: diagnosticCodes[code].severity, ...(span ? { span } : {}) });
  }

  /** The diagnostics in the order reported, with one "… and N more" per code past the cap. */
  get diagnostics(): RawDiagnostic[] {
    const extra: RawDiagnostic[] = [];
    for (const [code, count] of this.counts) {
      if (count > MAX_PER_CODE)
        extra.push({ code, message: `… and ${count - MAX_PER_CODE} more "${code}" diagnostic(s) not listed.`, severity: diagnosticCodes[code].severity });
    }
    return extra.length > 0 ? [...this.kept, ...extra] : this.kept;
  }
}

export { diagnosticCodes } from './codes.js';
export type { DiagnosticCode, Severity } from './codes.js';
