// Reads the entries of a tar or tar.gz stream with node-tar's Parser, within limits, and yields them in name order.

import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { zlib } from '../../util/lazy-builtins.js';
import { Parser, type ReadEntry } from 'tar';
import { type ArchiveLimits, ratioFloorBytes } from '../limits.js';
import { joinChunks } from './bytes.js';
import { errorReason, isFileSystemError } from './errors.js';
import { checkEntryName, compareNames, countSkipped, isDirectoryName } from './names.js';
import { type ArchiveItem, ArchiveRecords, entryPath } from './records.js';

const regularTypes = new Set(['File', 'OldFile', 'ContiguousFile']);
const directoryTypes = new Set(['Directory', 'GNUDumpDir']);
const linkTypes = new Set(['SymbolicLink', 'Link']);
const specialTypes = new Map([
  ['CharacterDevice', 'character device'],
  ['BlockDevice', 'block device'],
  ['FIFO', 'FIFO'],
]);

type PlannedEntry =
  | { kind: 'unsafe'; name: string; reason: string }
  | { kind: 'directory' | 'link' | 'file'; name: string }
  | { kind: 'special'; name: string; what: string };

function planEntry(entry: ReadEntry): PlannedEntry {
  const checked = checkEntryName(entry.path);
  const name = checked.name;
  if (!checked.safe) return { kind: 'unsafe', name, reason: checked.reason };
  if (linkTypes.has(entry.type)) return { kind: 'link', name };
  const special = specialTypes.get(entry.type);
  if (special) return { kind: 'special', name, what: special };
  // Old tars mark directories with a trailing slash only.
  if (directoryTypes.has(entry.type) || isDirectoryName(name)) return { kind: 'directory', name };
  if (regularTypes.has(entry.type)) return { kind: 'file', name };
  return { kind: 'special', name, what: `tar entry of type ${entry.type}` };
}

interface NamedItem {
  name: string;
  item: ArchiveItem;
}

/** The accepted entry whose data is arriving, if any. */
interface EntryInProgress {
  name: string;
  chunks: Buffer[];
  size: number;
  abandoned: boolean;
}

export async function* readTar(
  archivePath: string,
  gzipped: boolean,
  limits: ArchiveLimits,
  accept: (name: string) => boolean,
  skipped: Map<string, number>,
): AsyncGenerator<ArchiveItem> {
  // A tar stream is sequential, so entries cannot be visited in name order: accepted entries are collected, then
  // sorted. Memory stays bounded because collection stops once their bytes would pass limits.maxTotalBytes.
  const { items, stoppedBy } = await collectTar(archivePath, gzipped, limits, accept, skipped);
  items.sort((a, b) => compareNames(a.name, b.name));
  for (const { item } of items) yield item;
  if (stoppedBy) yield stoppedBy;
}

async function collectTar(
  archivePath: string,
  gzipped: boolean,
  limits: ArchiveLimits,
  accept: (name: string) => boolean,
  skipped: Map<string, number>,
): Promise<{ items: NamedItem[]; stoppedBy: ArchiveItem | undefined }> {
  const records = new ArchiveRecords(archivePath, limits);
  const formatName = gzipped ? 'tar.gz' : 'tar';
  const items: NamedItem[] = [];
  let stoppedBy: ArchiveItem | undefined;
  let current: EntryInProgress | undefined;
  let entryCount = 0;
  let totalRead = 0;
  let sawEndOfArchive = false;

  /** Ends reading with one archive-level record; a damaged archive also reports the entry it was in the middle of. */
  const stop = (record: ArchiveItem, damagedEntryReason?: string): void => {
    if (stoppedBy) return;
    stoppedBy = record;
    if (current) {
      current.abandoned = true;
      if (damagedEntryReason !== undefined) items.push({ name: current.name, item: records.corruptEntry(current.name, damagedEntryReason) });
    }
  };
  const add = (name: string, item: ArchiveItem): void => {
    items.push({ name, item });
  };

  const onEntry = (entry: ReadEntry): void => {
    if (stoppedBy) return void entry.resume();
    if (entry.meta) {
      // node-tar ignores extended headers over 1 MiB; the next entry would silently lose its long name.
      stop(records.corrupt(formatName, 'an extended header is larger than 1 MiB'));
      return void entry.resume();
    }
    entryCount += 1;
    if (entryCount > limits.maxEntries) {
      stop(records.tooManyEntries(undefined));
      return void entry.resume();
    }
    const planned = planEntry(entry);
    const name = planned.name;
    switch (planned.kind) {
      case 'unsafe':
        add(name, records.unsafePath(name, planned.reason));
        break;
      case 'link':
        add(name, records.link(name, entry.linkpath));
        break;
      case 'special':
        add(name, records.special(name, planned.what));
        break;
      case 'directory':
        break;
      case 'file':
        if (!accept(name)) countSkipped(skipped, name);
        else if (entry.size > limits.maxEntryBytes) add(name, records.entryTooLarge(name, entry.size, true));
        else if (totalRead + entry.size > limits.maxTotalBytes) stop(records.totalTooLargeForArchive());
        else return collectEntry(entry, name);
        break;
    }
    entry.resume();
  };

  const collectEntry = (entry: ReadEntry, name: string): void => {
    const inProgress: EntryInProgress = { name, chunks: [], size: 0, abandoned: false };
    current = inProgress;
    // 'end' before 'data': an empty entry ends as soon as it starts flowing.
    entry.on('end', () => {
      if (current === inProgress) current = undefined;
      if (!inProgress.abandoned) add(name, { path: entryPath(archivePath, name), bytes: joinChunks(inProgress.chunks, inProgress.size) });
      inProgress.chunks = [];
    });
    entry.on('data', (chunk: Buffer) => {
      if (inProgress.abandoned) return;
      inProgress.size += chunk.length;
      totalRead += chunk.length;
      // The header size was checked; counting the data guards against a parser that delivers more than it declared.
      if (inProgress.size > limits.maxEntryBytes) {
        inProgress.abandoned = true;
        add(name, records.entryTooLarge(name, limits.maxEntryBytes, false));
      } else if (totalRead > limits.maxTotalBytes) {
        stop(records.totalTooLargeForArchive());
      } else inProgress.chunks.push(chunk);
    });
  };

  const parser = new Parser({
    strict: false,
    // The stream arrives already decompressed; node-tar must not sniff and inflate a second layer on its own.
    brotli: false,
    zstd: false,
    onReadEntry: onEntry,
    onwarn: (code, message) => {
      // An archive with no entries at all is legal, though node-tar reports it as unrecognised.
      if (code === 'TAR_BAD_ARCHIVE' && sawEndOfArchive && entryCount === 0 && items.length === 0) return;
      stop(records.corrupt(formatName, `${message}`), message);
    },
  });
  parser.on('ignoredEntry', onEntry);
  parser.on('eof', () => (sawEndOfArchive = true));
  parser.on('error', (error: Error) => stop(records.corrupt(formatName, errorReason(error)), errorReason(error)));

  const file = createReadStream(archivePath);
  const gunzip = gzipped ? zlib().createGunzip() : undefined;
  let compressedIn = 0;
  let source: Readable = file;
  if (gunzip) {
    file.on('data', (chunk) => (compressedIn += chunk.length));
    file.on('error', (error) => gunzip.destroy(error));
    source = file.pipe(gunzip);
  }

  let uncompressedIn = 0;
  let head: Buffer | undefined = Buffer.alloc(0); // first bytes, held back until the gzip magic can be checked
  try {
    for await (const piece of source as AsyncIterable<Buffer>) {
      uncompressedIn += piece.length;
      if (gunzip && uncompressedIn > ratioFloorBytes && uncompressedIn / compressedIn > limits.maxRatio) {
        stop(records.streamRatio(uncompressedIn, compressedIn));
        break;
      }
      let chunk = piece;
      if (head) {
        chunk = Buffer.concat([head, piece]);
        if (chunk.length < 2) {
          head = chunk;
          continue;
        }
        head = undefined;
        if (chunk[0] === 0x1f && chunk[1] === 0x8b) {
          const reason = gzipped ? 'it holds a second gzip layer, which is not read' : 'it is gzip-compressed; name it .tar.gz or .tgz';
          stop(records.corrupt(formatName, reason));
          break;
        }
      }
      parser.write(chunk);
      if (stoppedBy) break;
    }
    if (!stoppedBy) await endParser(parser, head);
  } catch (error) {
    const reason = errorReason(error);
    stop(isFileSystemError(error) ? records.unreadable(reason) : records.corrupt(formatName, reason), reason);
  } finally {
    file.destroy();
    gunzip?.destroy();
  }
  return { items, stoppedBy };
}

/** Flushes the parser; entries flow synchronously, so it finishes (or warns about truncation) right away. */
function endParser(parser: Parser, leftover: Buffer | undefined): Promise<void> {
  return new Promise((resolve) => {
    parser.once('end', resolve);
    parser.once('error', () => resolve());
    parser.once('abort', () => resolve());
    if (leftover?.length) parser.write(leftover);
    parser.end();
  });
}
