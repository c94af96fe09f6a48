// Minimal zip and ustar writers for tests; unlike real tools they can also write hostile entries on purpose.

import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntrySpec {
  /** A string is written as UTF-8; raw bytes are written as they are (e.g. CP437). */
  name: string | Uint8Array;
  data?: string | Uint8Array;
  /** 0 stored, 8 deflate; any other number is written as-is with the data stored raw. Default 8. */
  method?: number;
  /** Sets general purpose bit 0x800; default true for a string name with non-ASCII characters. */
  utf8Flag?: boolean;
  /** Extra general purpose bits, e.g. 0x1 (encrypted). */
  flags?: number;
  /** Unix mode for the external attributes (made on Unix), e.g. 0o120777 for a symlink. */
  unixMode?: number;
  /** Lies about the uncompressed size. */
  declaredSize?: number;
  /** Lies about the CRC-32. */
  declaredCrc?: number;
}

export function zipBytes(entries: readonly ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const spec of entries) {
    const name = typeof spec.name === 'string' ? Buffer.from(spec.name, 'utf8') : Buffer.from(spec.name);
    const data = toBuffer(spec.data ?? '');
    const method = spec.method ?? 8;
    const stored = method === 8 ? deflateRawSync(data) : data;
    const utf8 = spec.utf8Flag ?? (typeof spec.name === 'string' && /[^\x00-\x7f]/.test(spec.name));
    const flags = (utf8 ? 0x800 : 0) | (spec.flags ?? 0);
    const crc = spec.declaredCrc ?? crc32(data);
    const size = spec.declaredSize ?? data.length;
    const madeBy = spec.unixMode === undefined ? 20 : (3 << 8) | 20;
    const external = spec.unixMode === undefined ? 0 : (spec.unixMode << 16) >>> 0;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE(0x21, 12); // date 1980-01-01
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, stored);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(madeBy, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(stored.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(external, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);

    offset += local.length + name.length + stored.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export interface TarEntrySpec {
  name: string;
  data?: string | Uint8Array;
  /** '0' file, '1' hard link, '2' symlink, '3' char device, '4' block device, '5' directory, '6' FIFO. Default '0'. */
  type?: string;
  linkName?: string;
}

/** A ustar archive; names longer than 100 bytes get a pax 'x' header first, as GNU and BSD tar do. */
export function tarBytes(entries: readonly TarEntrySpec[], options: { endBlocks?: boolean } = {}): Buffer {
  const blocks: Buffer[] = [];
  for (const spec of entries) {
    const data = toBuffer(spec.data ?? '');
    if (Buffer.byteLength(spec.name) > 100) {
      const pax = paxRecord('path', spec.name);
      blocks.push(tarHeader({ name: 'PaxHeader/long', size: pax.length, type: 'x' }), padToBlock(pax));
    }
    blocks.push(tarHeader({ name: spec.name, size: data.length, type: spec.type ?? '0', linkName: spec.linkName }), padToBlock(data));
  }
  if (options.endBlocks ?? true) blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

function tarHeader(fields: { name: string; size: number; type: string; linkName?: string | undefined }): Buffer {
  const header = Buffer.alloc(512);
  header.write(truncateBytes(fields.name, 100), 0, 'utf8');
  header.write('0000644\0', 100, 'ascii');
  header.write('0000000\0', 108, 'ascii');
  header.write('0000000\0', 116, 'ascii');
  header.write(`${fields.size.toString(8).padStart(11, '0')}\0`, 124, 'ascii');
  header.write('00000000000\0', 136, 'ascii');
  header.write(fields.type, 156, 'ascii');
  if (fields.linkName) header.write(fields.linkName, 157, 'utf8');
  header.write('ustar\u000000', 257, 'ascii');
  header.write('0000000\0', 329, 'ascii');
  header.write('0000000\0', 337, 'ascii');
  header.fill(' ', 148, 156); // the checksum is computed with its own field as spaces
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return header;
}

/** "<length> key=value\n", where the length counts itself. */
function paxRecord(key: string, value: string): Buffer {
  const body = ` ${key}=${value}\n`;
  let length = Buffer.byteLength(body) + 1;
  while (String(length).length + Buffer.byteLength(body) !== length) length = String(length).length + Buffer.byteLength(body);
  return Buffer.from(`${length}${body}`, 'utf8');
}

function truncateBytes(text: string, maxBytes: number): string {
  let result = text;
  while (Buffer.byteLength(result) > maxBytes) result = result.slice(0, -1);
  return result;
}

function padToBlock(data: Buffer): Buffer {
  const padding = (512 - (data.length % 512)) % 512;
  return Buffer.concat([data, Buffer.alloc(padding)]);
}

function toBuffer(data: string | Uint8Array): Buffer {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
}
