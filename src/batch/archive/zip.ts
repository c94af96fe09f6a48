// Reads the entries of a zip file with yauzl: central directory first, then each entry in name order, within limits.

import type { Readable } from 'node:stream';
import { zlib } from '../../util/lazy-builtins.js';
import { type Entry, type ZipFile, openPromise } from 'yauzl';
import { type ArchiveLimits, ratioFloorBytes } from '../limits.js';
import { checkEntryName, compareNames, countSkipped, decodeZipName, isDirectoryName } from './names.js';
import { type ArchiveItem, ArchiveRecords, entryPath } from './records.js';
import { errorReason, isFileSystemError } from './errors.js';
import { joinChunks } from './bytes.js';

const encryptedFlag = 0x1;
const storedMethod = 0;
const deflateMethod = 8;

type PlannedEntry =
  | { kind: 'unsafe'; name: string; reason: string }
  | { kind: 'directory' | 'link' | 'file'; name: string; entry: Entry }
  | { kind: 'special'; name: string; what: string };

/** Unix file types from the high 16 bits of the external attributes (zero when the zip was not made on Unix). */
const unixFileType = {
  mask: 0o170000,
  directory: 0o040000,
  symlink: 0o120000,
  special: new Map([
    [0o020000, 'character device'],
    [0o060000, 'block device'],
    [0o010000, 'FIFO'],
    [0o140000, 'socket'],
  ]),
};

export async function* readZip(
  archivePath: string,
  limits: ArchiveLimits,
  accept: (name: string) => boolean,
  skipped: Map<string, number>,
): AsyncGenerator<ArchiveItem> {
  const records = new ArchiveRecords(archivePath, limits);
  let zipfile: ZipFile;
  try {
    // decodeStrings:false: yauzl would otherwise reject the whole archive for one bad name; names are checked here instead.
    zipfile = await openPromise(archivePath, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true });
  } catch (error) {
    yield isFileSystemError(error) ? records.unreadable(errorReason(error)) : records.corrupt('zip', errorReason(error));
    return;
  }
  try {
    // The count comes from the end-of-central-directory record, so a huge directory is refused before it is read.
    if (zipfile.entryCount > limits.maxEntries) {
      yield records.tooManyEntries(zipfile.entryCount);
      return;
    }
    let entries: Entry[];
    try {
      entries = await readCentralDirectory(zipfile);
    } catch (error) {
      yield records.corrupt('zip', errorReason(error));
      return;
    }
    const planned = entries.map(planEntry).sort((a, b) => compareNames(a.name, b.name));

    let totalRead = 0;
    let totalExceeded = false;
    for (const item of planned) {
      if (item.kind === 'unsafe') yield records.unsafePath(item.name, item.reason);
      else if (item.kind === 'link') yield records.link(item.name, undefined);
      else if (item.kind === 'special') yield records.special(item.name, item.what);
      else if (item.kind === 'file') {
        if (!accept(item.name)) {
          countSkipped(skipped, item.name);
          continue;
        }
        const refusal = totalExceeded ? records.totalTooLargeForEntry(item.name) : refuseBeforeReading(item.entry, item.name, records, limits);
        if (refusal) {
          yield refusal;
          continue;
        }
        if (totalRead + item.entry.uncompressedSize > limits.maxTotalBytes) {
          totalExceeded = true;
          yield records.totalTooLargeForEntry(item.name);
          continue;
        }
        const outcome = await readEntryBytes(zipfile, item.entry, item.name, records, limits, limits.maxTotalBytes - totalRead);
        if (outcome === 'total-exceeded') {
          totalExceeded = true;
          yield records.totalTooLargeForEntry(item.name);
          continue;
        }
        if ('bytes' in outcome) totalRead += outcome.bytes.length;
        yield outcome;
      }
    }
  } finally {
    zipfile.close();
  }
}

async function readCentralDirectory(zipfile: ZipFile): Promise<Entry[]> {
  const entries: Entry[] = [];
  for await (const entry of zipfile.eachEntry()) entries.push(entry);
  return entries;
}

function planEntry(entry: Entry): PlannedEntry {
  const checked = checkEntryName(decodeZipName(entry.fileNameRaw, entry.generalPurposeBitFlag));
  const name = checked.name;
  if (!checked.safe) return { kind: 'unsafe', name, reason: checked.reason };
  const fileType = (entry.externalFileAttributes >>> 16) & unixFileType.mask;
  if (fileType === unixFileType.symlink) return { kind: 'link', name, entry };
  const special = unixFileType.special.get(fileType);
  if (special) return { kind: 'special', name, what: special };
  if (fileType === unixFileType.directory || isDirectoryName(name)) return { kind: 'directory', name, entry };
  return { kind: 'file', name, entry };
}

/** Checks that need only the central directory, so hostile entries are refused without touching their data. */
function refuseBeforeReading(entry: Entry, name: string, records: ArchiveRecords, limits: ArchiveLimits): ArchiveItem | undefined {
  if (entry.generalPurposeBitFlag & encryptedFlag) return records.encrypted(name);
  if (entry.compressionMethod !== storedMethod && entry.compressionMethod !== deflateMethod) {
    return records.unsupportedMethod(name, entry.compressionMethod);
  }
  if (entry.uncompressedSize > limits.maxEntryBytes) return records.entryTooLarge(name, entry.uncompressedSize, true);
  if (exceedsRatio(entry.uncompressedSize, entry.compressedSize, limits)) {
    return records.entryRatio(name, entry.uncompressedSize, entry.compressedSize);
  }
  return undefined;
}

function exceedsRatio(uncompressed: number, compressed: number, limits: ArchiveLimits): boolean {
  return uncompressed > ratioFloorBytes && uncompressed / compressed > limits.maxRatio;
}

/**
 * Streams one entry into memory, counting as it goes: the declared sizes were checked already, but the data itself
 * is what matters, so the entry and total limits and the ratio are enforced again on the bytes actually produced.
 */
async function readEntryBytes(
  zipfile: ZipFile,
  entry: Entry,
  name: string,
  records: ArchiveRecords,
  limits: ArchiveLimits,
  totalBudget: number,
): Promise<ArchiveItem | 'total-exceeded'> {
  let stream: Readable;
  try {
    stream = await zipfile.openReadStreamPromise(entry);
  } catch (error) {
    return records.corruptEntry(name, errorReason(error));
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let crc = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limits.maxEntryBytes) return records.entryTooLarge(name, limits.maxEntryBytes, false);
      if (size > totalBudget) return 'total-exceeded';
      if (exceedsRatio(size, entry.compressedSize, limits)) return records.entryRatio(name, size, entry.compressedSize);
      crc = zlib().crc32(chunk, crc);
      chunks.push(chunk);
    }
  } catch (error) {
    return records.corruptEntry(name, errorReason(error));
  } finally {
    stream.destroy();
  }
  // yauzl checks sizes but not the CRC, so a damaged stored entry would otherwise pass unnoticed.
  if (crc >>> 0 !== entry.crc32 >>> 0) {
    return records.corruptEntry(name, `CRC-32 is ${hex(crc)} but the archive records ${hex(entry.crc32)}`);
  }
  return { path: entryPath(records.archivePath, name), bytes: joinChunks(chunks, size) };
}

function hex(value: number): string {
  return `0x${(value >>> 0).toString(16).padStart(8, '0')}`;
}
