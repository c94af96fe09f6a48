// The flags every batch command shares (extract, report): --jobs and the limits against hostile archives.

import { type ArchiveLimits, defaultArchiveLimits, MiB } from '../batch/limits.js';
import { defaultJobs } from '../batch/run-batch.js';

export interface BatchFlags {
  jobs?: string;
  quiet?: boolean;
  'max-entry-mb'?: string;
  'max-total-mb'?: string;
  'max-entries'?: string;
  'max-ratio'?: string;
  /** Scanned PDF pages are not OCR'd (an `ingest/pdf-scanned` record instead). */
  'no-ocr'?: boolean;
}

/** A positive number flag, or an error message. */
function positive(flag: string, value: string | undefined, fallback: number, integer: boolean): number | string {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) return `--${flag} must be a positive ${integer ? 'whole number' : 'number'}, got "${value}"`;
  return n;
}

/** --jobs and the archive limits of a batch, or the message of a bad value. */
export function batchNumbers(flags: BatchFlags): { jobs: number; limits: ArchiveLimits } | string {
  const numbers = {
    jobs: positive('jobs', flags.jobs, defaultJobs(), true),
    entry: positive('max-entry-mb', flags['max-entry-mb'], defaultArchiveLimits.maxEntryBytes / MiB, false),
    total: positive('max-total-mb', flags['max-total-mb'], defaultArchiveLimits.maxTotalBytes / MiB, false),
    entries: positive('max-entries', flags['max-entries'], defaultArchiveLimits.maxEntries, true),
    ratio: positive('max-ratio', flags['max-ratio'], defaultArchiveLimits.maxRatio, false),
  };
  const bad = Object.values(numbers).find((v) => typeof v === 'string');
  if (bad !== undefined) return bad as string;
  const n = numbers as Record<keyof typeof numbers, number>;
  return { jobs: n.jobs, limits: { maxEntryBytes: n.entry * MiB, maxTotalBytes: n.total * MiB, maxEntries: n.entries, maxRatio: n.ratio } };
}
