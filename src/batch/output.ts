// Where records go: a stream (stdout), one file written atomically (-o FILE), or one JSON file per
// input under a folder (--out DIR), mirroring the input's path and never writing outside the folder.

import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, type WriteStream } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { JobResult } from './job.js';

export interface Sink {
  /** Writes one record, in input order. Returns an error message when it could not be written. */
  write(path: string, root: string, result: JobResult): Promise<string | null>;
  /** Flushes and closes; `keep` false drops a partial file. */
  finish(keep: boolean): Promise<void>;
}

export interface WritableLike {
  write(chunk: string): unknown;
  once?(event: 'drain', listener: () => void): unknown;
}

/** Writes to a stream, waiting for it to drain when its buffer is full (a slow pipe slows the batch, not memory). */
export class StreamSink implements Sink {
  constructor(
    private readonly stream: WritableLike,
    private readonly preamble = '',
  ) {
    if (preamble) stream.write(preamble);
  }

  async write(_path: string, _root: string, result: JobResult): Promise<string | null> {
    if (result.text && this.stream.write(result.text) === false && this.stream.once) {
      await new Promise<void>((done) => this.stream.once!('drain', done));
    }
    return null;
  }

  finish(): Promise<void> {
    return Promise.resolve();
  }
}

const temporaryName = (target: string) => join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);

/** Whether `target` exists and is not a regular file: a device (`/dev/null`, `/dev/stdout`), a FIFO, a socket. */
function isSpecialFile(target: string): boolean {
  try {
    return !statSync(target).isFile();
  } catch {
    return false;
  }
}

/**
 * `-o FILE`: written to a temporary file beside it and renamed at the end, so readers never see half a
 * file. A device or a pipe (`-o /dev/null`, a FIFO) is written to directly: renaming over it would
 * replace the device with a regular file.
 */
export class FileSink implements Sink {
  private readonly temporary: string | null;
  private readonly stream: WriteStream;
  private readonly inner: StreamSink;

  constructor(
    private readonly target: string,
    preamble = '',
  ) {
    this.temporary = isSpecialFile(target) ? null : temporaryName(resolve(target));
    this.stream = createWriteStream(this.temporary ?? target, { flags: this.temporary ? 'wx' : 'w' });
    this.inner = new StreamSink(this.stream, preamble);
  }

  write(path: string, root: string, result: JobResult): Promise<string | null> {
    return this.inner.write(path, root, result);
  }

  async finish(keep: boolean): Promise<void> {
    await new Promise<void>((done, fail) => {
      this.stream.once('error', fail);
      this.stream.end(done);
    });
    if (!this.temporary) return;
    if (keep) renameSync(this.temporary, this.target);
    else rmSync(this.temporary, { force: true });
  }
}

/**
 * The path of an input's JSON under the output folder: the input's path relative to the working folder
 * (or to the folder of the argument it came from, when outside it), the archive entry below the archive's
 * name, ".json" appended: "plans.zip!2024/q3.txt" → "plans.zip/2024/q3.txt.json".
 */
export function mirroredPath(sourcePath: string, root: string, cwd: string): string {
  if (sourcePath === '-') return 'stdin.json';
  const bang = sourcePath.indexOf('!');
  const file = bang >= 0 ? sourcePath.slice(0, bang) : sourcePath;
  const entry = bang >= 0 ? sourcePath.slice(bang + 1) : '';
  const absolute = resolve(cwd, file);
  let rel = relative(cwd, absolute);
  if (rel.startsWith('..') || isAbsolute(rel)) rel = relative(dirname(resolve(cwd, root)), absolute);
  if (rel.startsWith('..') || isAbsolute(rel)) rel = basename(absolute);
  const segments = `${rel.split(sep).join('/')}${entry ? `/${entry}` : ''}`
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .map((s) => (s === '..' ? '_' : s.replace(/[:<>"|?*\u0000-\u001f]/g, '_')));
  return `${segments.join('/')}.json`;
}

/** `--out DIR`: one pretty JSON per input, each written atomically (temporary file + rename). */
export class FolderSink implements Sink {
  private readonly folder: string;
  private readonly realFolder: string;

  constructor(
    folder: string,
    private readonly cwd: string,
  ) {
    this.folder = resolve(cwd, folder);
    mkdirSync(this.folder, { recursive: true });
    this.realFolder = realpathSync(this.folder);
  }

  write(path: string, root: string, result: JobResult): Promise<string | null> {
    const target = resolve(this.folder, mirroredPath(path, root, this.cwd));
    if (!target.startsWith(this.folder + sep)) return Promise.resolve(`refused to write ${target}: outside ${this.folder}`);
    try {
      mkdirSync(dirname(target), { recursive: true });
      // A link inside the folder must not carry the write elsewhere.
      const realParent = realpathSync(dirname(target));
      if (realParent !== this.realFolder && !realParent.startsWith(this.realFolder + sep)) {
        return Promise.resolve(`refused to write ${target}: its folder leads outside ${this.folder}`);
      }
      const temporary = temporaryName(target);
      writeFileSync(temporary, result.text, { flag: 'wx' });
      renameSync(temporary, target);
      return Promise.resolve(null);
    } catch (error) {
      return Promise.resolve(`cannot write ${target}: ${(error as Error).message}`);
    }
  }

  finish(): Promise<void> {
    return Promise.resolve();
  }
}
