// What archive readers yield, and the wording of every error record (one place, so messages stay consistent).

import { type ArchiveLimits, formatBytes, formatRatio } from '../limits.js';
import { displayEntryName } from './names.js';

export type ArchiveItem =
  | { path: string; bytes: Uint8Array }
  | { path: string; error: { code: string; message: string } };

export type ArchiveErrorCode =
  | 'archive/corrupt'
  | 'archive/unreadable'
  | 'archive/corrupt-entry'
  | 'archive/encrypted'
  | 'archive/unsupported-method'
  | 'archive/link'
  | 'archive/special'
  | 'archive/unsafe-path'
  | 'archive/entry-too-large'
  | 'archive/total-too-large'
  | 'archive/too-many-entries'
  | 'archive/ratio';

export function entryPath(archivePath: string, entryName: string): string {
  return `${archivePath}!${displayEntryName(entryName)}`;
}

/** Library error texts end with or without a full stop; ours always end with exactly one. */
function sentenceEnd(reason: string): string {
  return `${reason.replace(/[.\s]+$/, '')}.`;
}

function record(path: string, code: ArchiveErrorCode, message: string): ArchiveItem {
  return { path, error: { code, message } };
}

/** Builds the error records of one archive; every message names the entry, the limit, and the flag that changes it. */
export class ArchiveRecords {
  constructor(
    readonly archivePath: string,
    private readonly limits: ArchiveLimits,
  ) {}

  private entry(name: string): string {
    return `Entry "${displayEntryName(name)}" in archive ${this.archivePath}`;
  }

  corrupt(kind: string, reason: string): ArchiveItem {
    return record(this.archivePath, 'archive/corrupt', `Archive ${this.archivePath} is not a readable ${kind} file: ${sentenceEnd(reason)}`);
  }

  unreadable(reason: string): ArchiveItem {
    return record(this.archivePath, 'archive/unreadable', `Archive ${this.archivePath} could not be read: ${sentenceEnd(reason)}`);
  }

  corruptEntry(name: string, reason: string): ArchiveItem {
    return record(entryPath(this.archivePath, name), 'archive/corrupt-entry', `${this.entry(name)} is damaged and was not read: ${sentenceEnd(reason)}`);
  }

  encrypted(name: string): ArchiveItem {
    return record(entryPath(this.archivePath, name), 'archive/encrypted', `${this.entry(name)} is encrypted; encrypted entries cannot be read, so extract it with its password first.`);
  }

  unsupportedMethod(name: string, method: number): ArchiveItem {
    return record(
      entryPath(this.archivePath, name),
      'archive/unsupported-method',
      `${this.entry(name)} uses compression method ${method}; only stored (0) and deflate (8) entries can be read.`,
    );
  }

  link(name: string, target: string | undefined): ArchiveItem {
    const to = target ? ` to "${displayEntryName(target)}"` : '';
    return record(entryPath(this.archivePath, name), 'archive/link', `${this.entry(name)} is a link${to}; links are never followed.`);
  }

  special(name: string, what: string): ArchiveItem {
    return record(entryPath(this.archivePath, name), 'archive/special', `${this.entry(name)} is a ${what}, not a regular file, and was not read.`);
  }

  unsafePath(name: string, reason: string): ArchiveItem {
    return record(entryPath(this.archivePath, name), 'archive/unsafe-path', `${this.entry(name)} has an unsafe name (${reason}) and was not read.`);
  }

  entryTooLarge(name: string, size: number, sizeIsDeclared: boolean): ArchiveItem {
    const seen = sizeIsDeclared ? `declares ${formatBytes(size)}` : `grew past ${formatBytes(size)} while reading`;
    return record(
      entryPath(this.archivePath, name),
      'archive/entry-too-large',
      `${this.entry(name)} ${seen}, more than the limit of ${formatBytes(this.limits.maxEntryBytes)} per entry; raise it with --max-entry-mb.`,
    );
  }

  totalTooLargeForEntry(name: string): ArchiveItem {
    return record(
      entryPath(this.archivePath, name),
      'archive/total-too-large',
      `${this.entry(name)} was not read because reading it would pass the limit of ${formatBytes(this.limits.maxTotalBytes)} per archive; raise it with --max-total-mb.`,
    );
  }

  totalTooLargeForArchive(): ArchiveItem {
    return record(
      this.archivePath,
      'archive/total-too-large',
      `Archive ${this.archivePath} holds more than the limit of ${formatBytes(this.limits.maxTotalBytes)} per archive; reading stopped there, so later entries were not read; raise it with --max-total-mb.`,
    );
  }

  tooManyEntries(count: number | undefined): ArchiveItem {
    const has = count === undefined ? `has more than ${this.limits.maxEntries} entries` : `has ${count} entries`;
    const outcome = count === undefined ? 'reading stopped at the limit' : 'none were read';
    return record(
      this.archivePath,
      'archive/too-many-entries',
      `Archive ${this.archivePath} ${has}, more than the limit of ${this.limits.maxEntries}; ${outcome}; raise it with --max-entries.`,
    );
  }

  entryRatio(name: string, uncompressed: number, compressed: number): ArchiveItem {
    return record(
      entryPath(this.archivePath, name),
      'archive/ratio',
      `${this.entry(name)} expands from ${formatBytes(compressed)} to ${formatBytes(uncompressed)} (ratio ${formatRatio(uncompressed / compressed)}), more than the limit ratio of ${this.limits.maxRatio}; it looks like a zip bomb; raise it with --max-ratio.`,
    );
  }

  streamRatio(uncompressed: number, compressed: number): ArchiveItem {
    return record(
      this.archivePath,
      'archive/ratio',
      `Archive ${this.archivePath} expanded from ${formatBytes(compressed)} to ${formatBytes(uncompressed)} (ratio ${formatRatio(uncompressed / compressed)}), more than the limit ratio of ${this.limits.maxRatio}; it looks like a decompression bomb, so reading stopped; raise it with --max-ratio.`,
    );
  }
}
