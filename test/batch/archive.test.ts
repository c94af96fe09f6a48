// Archive readers against real zip, tar and tar.gz files built in a temp dir, including hostile ones.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type ArchiveItem,
  type ArchiveKind,
  type ArchiveLimits,
  archiveKind,
  defaultArchiveLimits,
  readArchive,
} from '../../src/batch/archive.js';
import { type TarEntrySpec, tarBytes, zipBytes } from '../helpers/archives.js';

const dir = mkdtempSync(join(tmpdir(), 'kehoach-archive-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const acceptText = (name: string): boolean => /\.(txt|md|markdown)$/i.test(name);
const MiB = 1024 * 1024;

function writeArchive(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

interface ReadOutcome {
  items: ArchiveItem[];
  skipped: Map<string, number>;
  /** Path relative to the temp dir → text of the bytes, or the error code. */
  summary: Array<[string, string]>;
}

async function readAll(path: string, limits: Partial<ArchiveLimits> = {}, kind?: ArchiveKind): Promise<ReadOutcome> {
  const skipped = new Map<string, number>();
  const items: ArchiveItem[] = [];
  for await (const item of readArchive(path, kind ?? archiveKind(path)!, { ...defaultArchiveLimits, ...limits }, acceptText, skipped)) {
    items.push(item);
  }
  const summary = items.map((item): [string, string] => [
    item.path.slice(dir.length + 1),
    'bytes' in item ? Buffer.from(item.bytes).toString('latin1') : item.error.code,
  ]);
  return { items, skipped, summary };
}

function errorOf(items: ArchiveItem[], pathSuffix: string): { code: string; message: string } {
  const item = items.find((candidate) => candidate.path.endsWith(pathSuffix));
  if (!item || !('error' in item)) throw new Error(`no error record for ${pathSuffix}`);
  return item.error;
}

const binary = Uint8Array.from({ length: 256 }, (_, i) => i);
const latin = Buffer.from([0x4b, 0xe9, 0x20, 0x68, 0x6f, 0xe0, 0x63, 0x68]); // windows-1252-ish, not UTF-8

describe('archiveKind', () => {
  it('recognises archives by extension, case-insensitively', () => {
    expect(archiveKind('a/plans.zip')).toBe('zip');
    expect(archiveKind('PLANS.ZIP')).toBe('zip');
    expect(archiveKind('x.tar')).toBe('tar');
    expect(archiveKind('x.tar.gz')).toBe('tgz');
    expect(archiveKind('x.TGZ')).toBe('tgz');
    expect(archiveKind('x.gz')).toBeNull();
    expect(archiveKind('x.txt')).toBeNull();
    expect(archiveKind('zip')).toBeNull();
  });
});

describe('readArchive: zip', () => {
  it('yields nested entries in sorted name order with their bytes as-is, skips other types and directories', async () => {
    const path = writeArchive(
      'plans.zip',
      zipBytes([
        { name: 'z.txt', data: 'last' },
        { name: '2024/', data: '', method: 0 },
        { name: '2024/q3/', data: '', method: 0 },
        { name: '2024/q3/plan.txt', data: 'Kế hoạch quý 3' },
        { name: 'a.md', data: '# A', method: 0 },
        { name: 'docs/report.pdf', data: '%PDF' },
        { name: 'docs/scan.PDF', data: '%PDF' },
        { name: 'README', data: 'readme' },
        { name: 'empty.txt', data: '', method: 0 },
        { name: 'binary.txt', data: binary },
        { name: 'latin.txt', data: latin, method: 0 },
      ]),
    );
    const { items, skipped, summary } = await readAll(path);
    expect(summary.map(([p]) => p)).toEqual([
      'plans.zip!2024/q3/plan.txt',
      'plans.zip!a.md',
      'plans.zip!binary.txt',
      'plans.zip!empty.txt',
      'plans.zip!latin.txt',
      'plans.zip!z.txt',
    ]);
    const byName = new Map(items.map((item) => [item.path.split('!')[1], item]));
    expect(Buffer.from((byName.get('2024/q3/plan.txt') as { bytes: Uint8Array }).bytes).toString('utf8')).toBe('Kế hoạch quý 3');
    expect((byName.get('binary.txt') as { bytes: Uint8Array }).bytes).toEqual(binary);
    expect(Buffer.from((byName.get('latin.txt') as { bytes: Uint8Array }).bytes)).toEqual(latin);
    expect((byName.get('empty.txt') as { bytes: Uint8Array }).bytes.length).toBe(0);
    expect(skipped).toEqual(new Map([['.pdf', 2], ['', 1]]));
  });

  it('decodes names: UTF-8 with the flag, valid UTF-8 without it, CP437 otherwise', async () => {
    const cp437Cafe = Buffer.from([0x63, 0x61, 0x66, 0x82, 0x2e, 0x74, 0x78, 0x74]); // "café.txt" in CP437
    const path = writeArchive(
      'names.zip',
      zipBytes([
        { name: 'Kế hoạch.txt', data: 'utf8', utf8Flag: true },
        { name: 'Báo cáo.txt', data: 'no flag', utf8Flag: false },
        { name: cp437Cafe, data: 'cp437', utf8Flag: false },
        { name: Buffer.from([0x80, 0x9b, 0xe1, 0x2e, 0x6d, 0x64]), data: 'box', utf8Flag: false },
      ]),
    );
    const { summary } = await readAll(path);
    expect(summary).toEqual([
      ['names.zip!Báo cáo.txt', 'no flag'],
      ['names.zip!Kế hoạch.txt', 'utf8'],
      ['names.zip!café.txt', 'cp437'],
      ['names.zip!Ç¢ß.md', 'box'],
    ]);
  });

  it('refuses unsafe names with a record whatever their extension, and normalises \\ and ./', async () => {
    const path = writeArchive(
      'unsafe.zip',
      zipBytes([
        { name: '../../etc/passwd', data: 'root' },
        { name: '/abs.txt', data: 'abs' },
        { name: 'C:\\Windows\\evil.txt', data: 'drive' },
        { name: 'D:evil.txt', data: 'drive' },
        { name: 'a/../../b.pdf', data: 'climb' },
        { name: Buffer.from('nul\0name.txt', 'latin1'), data: 'nul' },
        { name: 'tab\tname.txt', data: 'tab' },
        { name: './ok.txt', data: 'ok' },
        { name: 'dir\\sub\\x.txt', data: 'backslash' },
      ]),
    );
    const { items, summary, skipped } = await readAll(path);
    expect(summary).toEqual([
      ['unsafe.zip!../../etc/passwd', 'archive/unsafe-path'],
      ['unsafe.zip!/abs.txt', 'archive/unsafe-path'],
      ['unsafe.zip!C:/Windows/evil.txt', 'archive/unsafe-path'],
      ['unsafe.zip!D:evil.txt', 'archive/unsafe-path'],
      ['unsafe.zip!a/../../b.pdf', 'archive/unsafe-path'],
      ['unsafe.zip!dir/sub/x.txt', 'backslash'],
      ['unsafe.zip!nul\\x00name.txt', 'archive/unsafe-path'],
      ['unsafe.zip!ok.txt', 'ok'],
      ['unsafe.zip!tab\\x09name.txt', 'archive/unsafe-path'],
    ]);
    expect(skipped.size).toBe(0);
    expect(errorOf(items, '!../../etc/passwd').message).toMatch(/Entry "\.\.\/\.\.\/etc\/passwd" in archive .*unsafe\.zip has an unsafe name \(it has a "\.\." segment/);
    expect(errorOf(items, '!/abs.txt').message).toContain('absolute path');
    expect(errorOf(items, '!D:evil.txt').message).toContain('drive letter');
    expect(errorOf(items, '!nul\\x00name.txt').message).toContain('control characters');
  });

  it('reports symlinks and device/FIFO/socket entries instead of reading them, whatever their extension', async () => {
    const path = writeArchive(
      'links.zip',
      zipBytes([
        { name: 'link.txt', data: '/etc/passwd', unixMode: 0o120777, method: 0 },
        { name: 'link.pdf', data: '/etc/shadow', unixMode: 0o120777, method: 0 },
        { name: 'pipe.txt', data: '', unixMode: 0o010644, method: 0 },
        { name: 'tty.txt', data: '', unixMode: 0o020644, method: 0 },
        { name: 'disk.txt', data: '', unixMode: 0o060644, method: 0 },
        { name: 'sock.txt', data: '', unixMode: 0o140644, method: 0 },
        { name: 'dir/', data: '', unixMode: 0o040755, method: 0 },
        { name: 'regular.txt', data: 'plain', unixMode: 0o100644 },
      ]),
    );
    const { items, summary } = await readAll(path);
    expect(summary).toEqual([
      ['links.zip!disk.txt', 'archive/special'],
      ['links.zip!link.pdf', 'archive/link'],
      ['links.zip!link.txt', 'archive/link'],
      ['links.zip!pipe.txt', 'archive/special'],
      ['links.zip!regular.txt', 'plain'],
      ['links.zip!sock.txt', 'archive/special'],
      ['links.zip!tty.txt', 'archive/special'],
    ]);
    expect(errorOf(items, '!pipe.txt').message).toContain('is a FIFO, not a regular file');
    expect(errorOf(items, '!link.txt').message).toContain('is a link; links are never followed');
  });

  it('reports encrypted entries and unsupported compression methods', async () => {
    const path = writeArchive(
      'methods.zip',
      zipBytes([
        { name: 'secret.txt', data: 'scrambled bytes', flags: 0x1 },
        { name: 'bzip2.txt', data: 'BZh91AY&SY', method: 12 },
        { name: 'stored.txt', data: 'stored', method: 0 },
        { name: 'deflated.txt', data: 'deflated', method: 8 },
      ]),
    );
    const { items, summary } = await readAll(path);
    expect(summary).toEqual([
      ['methods.zip!bzip2.txt', 'archive/unsupported-method'],
      ['methods.zip!deflated.txt', 'deflated'],
      ['methods.zip!secret.txt', 'archive/encrypted'],
      ['methods.zip!stored.txt', 'stored'],
    ]);
    expect(errorOf(items, '!bzip2.txt').message).toContain('compression method 12');
  });

  it('reports a bad CRC and a lying uncompressed size as a corrupt entry and goes on', async () => {
    const path = writeArchive(
      'damaged.zip',
      zipBytes([
        { name: 'bad-crc.txt', data: 'hello', method: 0, declaredCrc: 0x12345678 },
        { name: 'bad-crc-deflate.txt', data: 'hello', method: 8, declaredCrc: 0x12345678 },
        { name: 'too-long.txt', data: 'x'.repeat(200), method: 8, declaredSize: 50 },
        { name: 'too-short.txt', data: 'x'.repeat(20), method: 8, declaredSize: 50 },
        { name: 'fine.txt', data: 'fine' },
      ]),
    );
    const { items, summary } = await readAll(path);
    expect(summary).toEqual([
      ['damaged.zip!bad-crc-deflate.txt', 'archive/corrupt-entry'],
      ['damaged.zip!bad-crc.txt', 'archive/corrupt-entry'],
      ['damaged.zip!fine.txt', 'fine'],
      ['damaged.zip!too-long.txt', 'archive/corrupt-entry'],
      ['damaged.zip!too-short.txt', 'archive/corrupt-entry'],
    ]);
    expect(errorOf(items, '!bad-crc.txt').message).toContain('CRC-32');
  });

  it('refuses an entry over maxEntryBytes by its declared size and reads the others', async () => {
    const path = writeArchive('big-entry.zip', zipBytes([{ name: 'big.txt', data: 'x'.repeat(200) }, { name: 'small.txt', data: 'x'.repeat(100) }]));
    const { items, summary } = await readAll(path, { maxEntryBytes: 100 });
    expect(summary).toEqual([
      ['big-entry.zip!big.txt', 'archive/entry-too-large'],
      ['big-entry.zip!small.txt', 'x'.repeat(100)],
    ]);
    expect(errorOf(items, '!big.txt').message).toMatch(/^Entry "big\.txt" in archive .*big-entry\.zip declares 200 bytes, more than the limit of 100 bytes per entry; raise it with --max-entry-mb\.$/);
  });

  it('once the total would pass maxTotalBytes, that entry and every remaining accepted entry get total-too-large', async () => {
    const path = writeArchive(
      'total.zip',
      zipBytes([
        { name: 'd.txt', data: 'd' },
        { name: 'c.txt', data: 'c'.repeat(10) },
        { name: 'b.txt', data: 'b'.repeat(10) },
        { name: 'a.txt', data: 'a'.repeat(10) },
        { name: 'e.pdf', data: 'e'.repeat(10) },
        { name: '../f.txt', data: 'f' },
      ]),
    );
    const { items, summary, skipped } = await readAll(path, { maxTotalBytes: 25 });
    expect(summary).toEqual([
      ['total.zip!../f.txt', 'archive/unsafe-path'],
      ['total.zip!a.txt', 'a'.repeat(10)],
      ['total.zip!b.txt', 'b'.repeat(10)],
      ['total.zip!c.txt', 'archive/total-too-large'],
      ['total.zip!d.txt', 'archive/total-too-large'],
    ]);
    expect(skipped).toEqual(new Map([['.pdf', 1]]));
    expect(errorOf(items, '!c.txt').message).toMatch(/^Entry "c\.txt" in archive .* would pass the limit of 25 bytes per archive; raise it with --max-total-mb\.$/);
  });

  it('refuses an archive with more than maxEntries entries with one archive-level record and nothing else', async () => {
    const path = writeArchive('many.zip', zipBytes(['a.txt', 'b.txt', 'c.txt'].map((name) => ({ name, data: name }))));
    const { items } = await readAll(path, { maxEntries: 2 });
    expect(items).toEqual([
      {
        path,
        error: {
          code: 'archive/too-many-entries',
          message: `Archive ${path} has 3 entries, more than the limit of 2; none were read; raise it with --max-entries.`,
        },
      },
    ]);
    expect((await readAll(path, { maxEntries: 3 })).items).toHaveLength(3);
  });

  it('refuses a ratio bomb past 1 MiB, but not a small file that compresses as well', async () => {
    const path = writeArchive(
      'bomb.zip',
      zipBytes([
        { name: 'bomb.txt', data: new Uint8Array(5 * MiB) },
        { name: 'small-zeros.txt', data: new Uint8Array(600 * 1024) },
      ]),
    );
    const { items, summary } = await readAll(path, { maxRatio: 200 });
    expect(summary.map(([p, v]) => [p, v.length > 40 ? 'bytes' : v])).toEqual([
      ['bomb.zip!bomb.txt', 'archive/ratio'],
      ['bomb.zip!small-zeros.txt', 'bytes'],
    ]);
    expect(errorOf(items, '!bomb.txt').message).toMatch(/^Entry "bomb\.txt" in archive .* expands from [\d.]+ KiB to 5 MiB \(ratio \d+(\.\d)?\), more than the limit ratio of 200; .* raise it with --max-ratio\.$/);
    const relaxed = await readAll(path, { maxRatio: 100_000 });
    expect(relaxed.items.every((item) => 'bytes' in item)).toBe(true);
    expect(relaxed.items[0]).toMatchObject({ bytes: { length: 5 * MiB } });
  });

  it('reports an unopenable zip as one archive-level record', async () => {
    const good = zipBytes([{ name: 'a.txt', data: 'a'.repeat(100) }, { name: 'b.txt', data: 'b' }]);
    const notZip = writeArchive('not.zip', Buffer.from('this is plainly not a zip file at all'));
    const truncated = writeArchive('truncated.zip', good.subarray(0, good.length - 30));
    const damagedDirectory = Buffer.from(good);
    damagedDirectory.writeUInt32LE(0xdeadbeef, damagedDirectory.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])));
    const badDirectory = writeArchive('bad-directory.zip', damagedDirectory);
    for (const path of [notZip, truncated, badDirectory]) {
      const { items } = await readAll(path);
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ path, error: { code: 'archive/corrupt' } });
      expect((items[0] as { error: { message: string } }).error.message).toContain(`Archive ${path} is not a readable zip file`);
    }
    const missing = join(dir, 'missing.zip');
    expect((await readAll(missing)).items).toMatchObject([{ path: missing, error: { code: 'archive/unreadable' } }]);
  });

  it('can be abandoned part-way without leaking or throwing', async () => {
    const path = writeArchive('partial.zip', zipBytes(['a.txt', 'b.txt', 'c.txt'].map((name) => ({ name, data: name }))));
    const generator = readArchive(path, 'zip', defaultArchiveLimits, acceptText, new Map());
    const first = await generator.next();
    expect(first.value).toMatchObject({ path: `${path}!a.txt` });
    await generator.return(undefined);
    expect((await readAll(path)).items).toHaveLength(3);
  });
});

describe('readArchive: tar and tar.gz', () => {
  const longName = `${'nested-folder/'.repeat(10)}plan.txt`;
  const plainEntries: TarEntrySpec[] = [
    { name: 'z.txt', data: 'last' },
    { name: '2024/', type: '5' },
    { name: '2024/q3/', type: '5' },
    { name: '2024/q3/plan.txt', data: 'Kế hoạch quý 3' },
    { name: longName, data: 'long name' },
    { name: 'a.md', data: '# A' },
    { name: 'docs/report.pdf', data: '%PDF' },
    { name: 'README', data: 'readme' },
    { name: 'empty.txt', data: '' },
    { name: 'binary.txt', data: binary },
    { name: 'latin.txt', data: latin },
    { name: 'Kế hoạch.txt', data: 'utf8 name' },
  ];
  const expectedPlain = (archive: string): Array<[string, string]> => [
    [`${archive}!2024/q3/plan.txt`, Buffer.from('Kế hoạch quý 3').toString('latin1')],
    [`${archive}!Kế hoạch.txt`, 'utf8 name'],
    [`${archive}!a.md`, '# A'],
    [`${archive}!binary.txt`, Buffer.from(binary).toString('latin1')],
    [`${archive}!empty.txt`, ''],
    [`${archive}!latin.txt`, latin.toString('latin1')],
    [`${archive}!${longName}`, 'long name'],
    [`${archive}!z.txt`, 'last'],
  ];

  it('yields nested entries (pax long names included) in sorted order from a tar', async () => {
    const path = writeArchive('plans.tar', tarBytes(plainEntries));
    const { summary, skipped } = await readAll(path);
    expect(summary).toEqual(expectedPlain('plans.tar'));
    expect(skipped).toEqual(new Map([['.pdf', 1], ['', 1]]));
  });

  it('yields the same from a tar.gz and a .tgz', async () => {
    const tarGz = writeArchive('plans.tar.gz', gzipSync(tarBytes(plainEntries)));
    const tgz = writeArchive('plans.tgz', gzipSync(tarBytes(plainEntries)));
    expect((await readAll(tarGz)).summary).toEqual(expectedPlain('plans.tar.gz'));
    expect((await readAll(tgz)).summary).toEqual(expectedPlain('plans.tgz'));
  });

  it('refuses unsafe names (also in pax long names) with a record whatever their extension', async () => {
    const path = writeArchive(
      'unsafe.tar',
      tarBytes([
        { name: '../evil.txt', data: 'evil' },
        { name: '/abs.txt', data: 'abs' },
        { name: 'C:/win.txt', data: 'drive' },
        { name: 'C:\\win2.pdf', data: 'drive' },
        { name: `${'deep/'.repeat(25)}../../../../../../../../../../../../../../../../../../../../../../../../../../escape.pdf`, data: 'x' },
        { name: 'bell\u0007.txt', data: 'bell' },
        { name: './ok.txt', data: 'ok' },
      ]),
    );
    const { items, summary } = await readAll(path);
    expect(summary.map(([p, v]) => [p.length > 60 ? `${p.slice(0, 20)}…` : p, v])).toEqual([
      ['unsafe.tar!../evil.txt', 'archive/unsafe-path'],
      ['unsafe.tar!/abs.txt', 'archive/unsafe-path'],
      ['unsafe.tar!C:/win.txt', 'archive/unsafe-path'],
      ['unsafe.tar!C:/win2.pdf', 'archive/unsafe-path'],
      ['unsafe.tar!bell\\x07.txt', 'archive/unsafe-path'],
      ['unsafe.tar!deep/deep…', 'archive/unsafe-path'],
      ['unsafe.tar!ok.txt', 'ok'],
    ]);
    expect(errorOf(items, '!../evil.txt').message).toContain('".." segment');
  });

  it('reports symlinks, hard links and devices instead of reading them, whatever their extension', async () => {
    const path = writeArchive(
      'links.tar',
      tarBytes([
        { name: 'sym.txt', type: '2', linkName: '/etc/passwd' },
        { name: 'hard.pdf', type: '1', linkName: 'regular.txt' },
        { name: 'tty.txt', type: '3' },
        { name: 'disk.bin', type: '4' },
        { name: 'pipe.txt', type: '6' },
        { name: 'regular.txt', data: 'plain' },
      ]),
    );
    const { items, summary } = await readAll(path);
    expect(summary).toEqual([
      ['links.tar!disk.bin', 'archive/special'],
      ['links.tar!hard.pdf', 'archive/link'],
      ['links.tar!pipe.txt', 'archive/special'],
      ['links.tar!regular.txt', 'plain'],
      ['links.tar!sym.txt', 'archive/link'],
      ['links.tar!tty.txt', 'archive/special'],
    ]);
    expect(errorOf(items, '!sym.txt').message).toContain('is a link to "/etc/passwd"; links are never followed');
    expect(errorOf(items, '!tty.txt').message).toContain('is a character device, not a regular file');
  });

  it('refuses an entry over maxEntryBytes and reads the others', async () => {
    const path = writeArchive('big-entry.tar', tarBytes([{ name: 'big.txt', data: 'x'.repeat(3000) }, { name: 'small.txt', data: 'small' }]));
    const { items, summary } = await readAll(path, { maxEntryBytes: 1000 });
    expect(summary).toEqual([
      ['big-entry.tar!big.txt', 'archive/entry-too-large'],
      ['big-entry.tar!small.txt', 'small'],
    ]);
    expect(errorOf(items, '!big.txt').message).toContain('declares 2.9 KiB, more than the limit of 1000 bytes per entry; raise it with --max-entry-mb.');
  });

  it('stops at maxTotalBytes with one archive-level record after the entries read so far', async () => {
    const path = writeArchive(
      'total.tar',
      tarBytes([
        { name: 'c.txt', data: 'c'.repeat(10) },
        { name: 'a.txt', data: 'a'.repeat(10) },
        { name: 'b.txt', data: 'b'.repeat(10) },
        { name: 'd.txt', data: 'd' },
      ]),
    );
    const { items, summary } = await readAll(path, { maxTotalBytes: 25 });
    expect(summary).toEqual([
      ['total.tar!a.txt', 'a'.repeat(10)],
      ['total.tar!c.txt', 'c'.repeat(10)],
      ['total.tar', 'archive/total-too-large'],
    ]);
    expect(errorOf(items, 'total.tar').message).toContain('more than the limit of 25 bytes per archive; reading stopped there');
    expect(errorOf(items, 'total.tar').message).toContain('--max-total-mb');
  });

  it('stops at maxEntries with one archive-level record', async () => {
    const path = writeArchive('many.tar', tarBytes(['c.txt', 'a.txt', 'b.txt'].map((name) => ({ name, data: name }))));
    const { items, summary } = await readAll(path, { maxEntries: 2 });
    expect(summary).toEqual([
      ['many.tar!a.txt', 'a.txt'],
      ['many.tar!c.txt', 'c.txt'],
      ['many.tar', 'archive/too-many-entries'],
    ]);
    expect(errorOf(items, 'many.tar').message).toBe(
      `Archive ${path} has more than 2 entries, more than the limit of 2; reading stopped at the limit; raise it with --max-entries.`,
    );
  });

  it('stops a tar.gz whose stream passes the ratio after 1 MiB, but reads a small compressible one', async () => {
    const bomb = writeArchive('bomb.tgz', gzipSync(tarBytes([{ name: 'a.txt', data: 'a' }, { name: 'zeros.pdf', data: new Uint8Array(5 * MiB) }])));
    const { items, summary } = await readAll(bomb, { maxRatio: 200 });
    expect(summary).toEqual([
      ['bomb.tgz!a.txt', 'a'],
      ['bomb.tgz', 'archive/ratio'],
    ]);
    expect(errorOf(items, 'bomb.tgz').message).toMatch(/^Archive .*bomb\.tgz expanded from [\d.]+ KiB to [\d.]+ MiB \(ratio [\d.]+\), more than the limit ratio of 200; .*raise it with --max-ratio\.$/);

    const small = writeArchive('small.tgz', gzipSync(tarBytes([{ name: 'zeros.txt', data: new Uint8Array(600 * 1024) }])));
    expect((await readAll(small, { maxRatio: 200 })).items).toMatchObject([{ bytes: { length: 600 * 1024 } }]);
    expect((await readAll(bomb, { maxRatio: 100_000 })).summary).toEqual([['bomb.tgz!a.txt', 'a']]);
  });

  it('reports a truncated tar with the entries read so far, the damaged entry, and one archive-level record', async () => {
    const whole = tarBytes([{ name: 'b.txt', data: 'first' }, { name: 'a.txt', data: 'x'.repeat(2000) }, { name: 'c.txt', data: 'never' }]);
    const path = writeArchive('truncated.tar', whole.subarray(0, 512 + 512 + 512 + 1000));
    const { items, summary } = await readAll(path);
    expect(summary).toEqual([
      ['truncated.tar!a.txt', 'archive/corrupt-entry'],
      ['truncated.tar!b.txt', 'first'],
      ['truncated.tar', 'archive/corrupt'],
    ]);
    expect(errorOf(items, 'truncated.tar').message).toContain('is not a readable tar file: Truncated input');
  });

  it('reports garbage, a truncated tar.gz, a non-gzip .tgz and a gzipped .tar as corrupt, and a missing file as unreadable', async () => {
    const garbage = writeArchive('garbage.tar', Buffer.from('not a tar '.repeat(300)));
    expect((await readAll(garbage)).summary).toEqual([['garbage.tar', 'archive/corrupt']]);

    const whole = gzipSync(tarBytes([{ name: 'a.txt', data: 'kept' }, { name: 'b.txt', data: Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 251)) }]));
    const truncated = writeArchive('truncated.tgz', whole.subarray(0, Math.floor(whole.length / 2)));
    expect((await readAll(truncated)).summary).toEqual([
      ['truncated.tgz!a.txt', 'kept'],
      ['truncated.tgz!b.txt', 'archive/corrupt-entry'],
      ['truncated.tgz', 'archive/corrupt'],
    ]);

    const notGzip = writeArchive('plain.tgz', tarBytes([{ name: 'a.txt', data: 'a' }]));
    expect((await readAll(notGzip)).summary).toEqual([['plain.tgz', 'archive/corrupt']]);

    const gzippedTar = writeArchive('gzipped.tar', gzipSync(tarBytes([{ name: 'a.txt', data: 'a' }])));
    const gzipped = await readAll(gzippedTar);
    expect(gzipped.summary).toEqual([['gzipped.tar', 'archive/corrupt']]);
    expect(errorOf(gzipped.items, 'gzipped.tar').message).toContain('name it .tar.gz or .tgz');

    for (const missing of [join(dir, 'missing.tar'), join(dir, 'missing.tgz')]) {
      expect((await readAll(missing)).items).toMatchObject([{ path: missing, error: { code: 'archive/unreadable' } }]);
    }
  });

  it('reads an empty tar (only end blocks) as no entries and no error', async () => {
    const path = writeArchive('empty.tar', tarBytes([]));
    expect((await readAll(path)).items).toEqual([]);
  });
});
