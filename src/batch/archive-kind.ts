// Which archive format a path names, by extension: kept apart from the readers so that finding inputs
// does not load the zip and tar libraries.

export type ArchiveKind = 'zip' | 'tar' | 'tgz';

/** By extension, case-insensitive: .zip, .tar, .tar.gz, .tgz; else null. */
export function archiveKind(path: string): ArchiveKind | null {
  const lower = path.toLowerCase();
  if (lower.endsWith('.zip')) return 'zip';
  if (lower.endsWith('.tar.gz') || lower.endsWith('.tgz')) return 'tgz';
  if (lower.endsWith('.tar')) return 'tar';
  return null;
}
