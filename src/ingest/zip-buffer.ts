// A small synchronous zip reader over bytes already in memory, enough for .docx parts: it finds the end of
// central directory, lists the entries, and inflates the few it is asked for within size and ratio limits.
// ZIP64 is not supported (a .docx over 4 GiB or with 65,535 parts is not a plan), nor encryption, nor
// methods other than stored (0) and deflate (8). Bad bytes give an error value, never an exception.

import { zlib } from '../util/lazy-builtins.js';
import { ratioFloorBytes } from '../batch/limits.js';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipReadLimits {
  maxEntryBytes: number;
  /** Uncompressed/compressed ratio; only checked past 1 MiB uncompressed, as the archive reader does. */
  maxRatio: number;
}

export type ZipFailure = { ok: false; reason: 'corrupt' | 'too-large'; message: string };
export type ZipDirectory = { ok: true; entries: ZipEntry[] } | ZipFailure;
export type ZipEntryData = { ok: true; data: Buffer } | ZipFailure;

const signature = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50 } as const;
const endRecordSize = 22;
const centralHeaderSize = 46;
const localHeaderSize = 30;
const maxCommentSize = 0xffff;
const utf8NameFlag = 0x800;
const encryptedFlag = 0x1;
const zip64Marker = { count: 0xffff, size: 0xffffffff } as const;

/** Whether the bytes start like a zip with at least one entry (a local file header). */
export function hasZipSignature(bytes: Uint8Array): boolean {
  return bytes.length >= localHeaderSize && view(bytes).getUint32(0, true) === signature.local;
}

/** Lists the entries of the central directory. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const data = view(bytes);
  const endOffset = findEndRecord(data);
  if (endOffset < 0) return corrupt('no end of central directory record: not a zip, or truncated');
  const count = data.getUint16(endOffset + 10, true);
  const directorySize = data.getUint32(endOffset + 12, true);
  const directoryOffset = data.getUint32(endOffset + 16, true);
  if (count === zip64Marker.count || directorySize === zip64Marker.size || directoryOffset === zip64Marker.size) {
    return corrupt('ZIP64 archives are not supported');
  }
  if (directoryOffset + directorySize > endOffset) return corrupt('the central directory lies outside the archive');
  return readCentralEntries(bytes, directoryOffset, directoryOffset + directorySize, count);
}

/** The uncompressed bytes of one entry, refused before inflating when its declared sizes break the limits. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, limits: ZipReadLimits): ZipEntryData {
  const refusal = refuseByDeclaration(entry, limits);
  if (refusal) return refusal;
  const start = entryDataStart(bytes, entry);
  if (start < 0) return corrupt(`the local header of ${entry.name} is missing or damaged`);
  const stored = Buffer.from(bytes.buffer, bytes.byteOffset + start, entry.compressedSize);
  const inflated = entry.method === 0 ? { ok: true as const, data: stored } : inflateWithin(stored, entry, limits);
  if (!inflated.ok) return inflated;
  // The declared size and CRC were what the limits were checked against, so the actual bytes must match them.
  if (inflated.data.length !== entry.uncompressedSize) return corrupt(`${entry.name} does not have its declared size`);
  if (zlib().crc32(inflated.data) >>> 0 !== entry.crc) return corrupt(`${entry.name} fails its CRC-32 check`);
  return inflated;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function corrupt(message: string): ZipFailure {
  return { ok: false, reason: 'corrupt', message };
}

function tooLarge(message: string): ZipFailure {
  return { ok: false, reason: 'too-large', message };
}

/** The end record sits in the last 22 bytes plus at most a 64 KiB comment; searching backwards finds the real one. */
function findEndRecord(data: DataView): number {
  const lowest = Math.max(0, data.byteLength - endRecordSize - maxCommentSize);
  for (let offset = data.byteLength - endRecordSize; offset >= lowest; offset--) {
    if (data.getUint32(offset, true) === signature.end) return offset;
  }
  return -1;
}

function readCentralEntries(bytes: Uint8Array, start: number, end: number, count: number): ZipDirectory {
  const data = view(bytes);
  const entries: ZipEntry[] = [];
  let offset = start;
  for (let index = 0; index < count; index++) {
    if (offset + centralHeaderSize > end || data.getUint32(offset, true) !== signature.central) {
      return corrupt(`central directory entry ${index + 1} of ${count} is damaged`);
    }
    const nameLength = data.getUint16(offset + 28, true);
    const extraLength = data.getUint16(offset + 30, true);
    const commentLength = data.getUint16(offset + 32, true);
    const next = offset + centralHeaderSize + nameLength + extraLength + commentLength;
    if (next > end) return corrupt(`central directory entry ${index + 1} of ${count} runs past the directory`);
    const flags = data.getUint16(offset + 8, true);
    const nameBytes = bytes.subarray(offset + centralHeaderSize, offset + centralHeaderSize + nameLength);
    entries.push({
      name: Buffer.from(nameBytes).toString(flags & utf8NameFlag ? 'utf8' : 'latin1'),
      method: data.getUint16(offset + 10, true),
      flags,
      crc: data.getUint32(offset + 16, true),
      compressedSize: data.getUint32(offset + 20, true),
      uncompressedSize: data.getUint32(offset + 24, true),
      localHeaderOffset: data.getUint32(offset + 42, true),
    });
    offset = next;
  }
  return { ok: true, entries };
}

function refuseByDeclaration(entry: ZipEntry, limits: ZipReadLimits): ZipFailure | undefined {
  if (entry.flags & encryptedFlag) return corrupt(`${entry.name} is encrypted`);
  if (entry.method !== 0 && entry.method !== 8) return corrupt(`${entry.name} uses compression method ${entry.method}`);
  if (entry.method === 0 && entry.compressedSize !== entry.uncompressedSize) {
    return corrupt(`${entry.name} is stored but its two sizes differ`);
  }
  if (entry.uncompressedSize > limits.maxEntryBytes) {
    return tooLarge(`${entry.name} is ${entry.uncompressedSize} bytes, over the limit of ${limits.maxEntryBytes}`);
  }
  if (exceedsRatio(entry.uncompressedSize, entry.compressedSize, limits)) {
    return tooLarge(`${entry.name} expands ${ratioText(entry)} times, over the limit ratio of ${limits.maxRatio}`);
  }
  return undefined;
}

function exceedsRatio(uncompressed: number, compressed: number, limits: ZipReadLimits): boolean {
  return uncompressed > ratioFloorBytes && uncompressed / Math.max(compressed, 1) > limits.maxRatio;
}

function ratioText(entry: ZipEntry): string {
  return (entry.uncompressedSize / Math.max(entry.compressedSize, 1)).toFixed(0);
}

/** Offset of the entry's data: the local header's own name and extra lengths may differ from the central ones. */
function entryDataStart(bytes: Uint8Array, entry: ZipEntry): number {
  const data = view(bytes);
  const header = entry.localHeaderOffset;
  if (header + localHeaderSize > bytes.length || data.getUint32(header, true) !== signature.local) return -1;
  const start = header + localHeaderSize + data.getUint16(header + 26, true) + data.getUint16(header + 28, true);
  return start + entry.compressedSize > bytes.length ? -1 : start;
}

/**
 * Inflates with an output cap, since declared sizes can lie: the cap is one byte past the declared size (so a
 * lie is seen as a size mismatch) and never past the entry limit (so a bomb stops early).
 */
function inflateWithin(stored: Buffer, entry: ZipEntry, limits: ZipReadLimits): ZipEntryData {
  const cap = Math.max(1, Math.min(entry.uncompressedSize + 1, limits.maxEntryBytes));
  try {
    return { ok: true, data: zlib().inflateRawSync(stored, { maxOutputLength: cap }) };
  } catch (error) {
    if (error instanceof RangeError) return corrupt(`${entry.name} inflates past its declared size`);
    return corrupt(`${entry.name} does not inflate: ${error instanceof Error ? error.message : String(error)}`);
  }
}
