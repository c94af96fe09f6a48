// Reads documents out of zip, tar and tar.gz archives in memory, with limits against hostile archives.

import type { ArchiveKind } from './archive-kind.js';
import type { ArchiveLimits } from './limits.js';
import type { ArchiveItem } from './archive/records.js';
import { readTar } from './archive/tar.js';
import { readZip } from './archive/zip.js';

export { type ArchiveKind, archiveKind } from './archive-kind.js';
export { type ArchiveLimits, defaultArchiveLimits } from './limits.js';
export type { ArchiveErrorCode, ArchiveItem } from './archive/records.js';

/**
 * Reads the entries of one archive, never extracting to disk, and yields them in sorted entry-name order
 * (plain code-unit string sort of the entry names) so output is deterministic. Entry paths are
 * `${archivePath}!${entryName}`; archive-level problems come as one record whose path is `archivePath`.
 * `accept(name)` says which regular-file entries are read; the others are counted in `skipped` by extension.
 * Bad archive content never throws: it becomes error records.
 */
export function readArchive(
  archivePath: string,
  kind: ArchiveKind,
  limits: ArchiveLimits,
  accept: (name: string) => boolean,
  skipped: Map<string, number>,
): AsyncGenerator<ArchiveItem> {
  return kind === 'zip' ? readZip(archivePath, limits, accept, skipped) : readTar(archivePath, kind === 'tgz', limits, accept, skipped);
}
