// Limits that keep one hostile archive (zip bomb, millions of entries, huge members) from exhausting memory or time.

export interface ArchiveLimits {
  /** An entry bigger than this (declared or actually streamed) gets an error record instead of being read. */
  maxEntryBytes: number;
  /** Total uncompressed bytes read from one archive. */
  maxTotalBytes: number;
  /** Entries in one archive. */
  maxEntries: number;
  /** Uncompressed/compressed ratio; only checked past `ratioFloorBytes` uncompressed (small files compress well legitimately). */
  maxRatio: number;
}

export const MiB = 1024 * 1024;

/** The ratio limit applies only once an entry (zip) or the whole stream (tgz) has passed this many uncompressed bytes. */
export const ratioFloorBytes = MiB;

export const defaultArchiveLimits: ArchiveLimits = {
  maxEntryBytes: 64 * MiB,
  maxTotalBytes: 2048 * MiB,
  maxEntries: 100_000,
  maxRatio: 200,
};

/** "512 bytes", "3.5 KiB", "64 MiB": readable sizes for error messages. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < MiB) return `${trimNumber(bytes / 1024)} KiB`;
  return `${trimNumber(bytes / MiB)} MiB`;
}

export function formatRatio(ratio: number): string {
  return Number.isFinite(ratio) ? trimNumber(ratio) : 'unbounded';
}

function trimNumber(value: number): string {
  return String(Math.round(value * 10) / 10);
}
