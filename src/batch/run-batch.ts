// The batch: sources → bytes → parse (inline or a worker pool) → records written in sorted input order.
// A bounded window of jobs is in flight, so memory holds only those inputs whatever the batch size.

import { availableParallelism } from 'node:os';
import { readFile } from 'node:fs/promises';
import { csvHeader } from '../export/csv.js';
import { type InputError, type JobResult, type OutputFormat, errorRecord } from './job.js';
import { type ArchiveLimits, formatBytes } from './limits.js';
import { FileSink, FolderSink, type Sink, StreamSink, type WritableLike } from './output.js';
import { InlineParser, type Parser, WorkerPool, workersAvailable } from './pool.js';
import { Progress } from './progress.js';
import type { PositionMode } from '../export/json.js';
import type { ReadProgress } from '../ingest/reader.js';
import { acceptsEntry, expandSources, type Skipped, type Source } from './sources.js';

export interface BatchOptions {
  inputs: readonly string[];
  /** Undefined: pretty JSON for one file, JSON lines otherwise. */
  format?: OutputFormat;
  /** One JSON per input under this folder. */
  outDir?: string;
  /** All records to this file. */
  outFile?: string;
  /** Records go to this sink instead of stdout, a file or a folder (`kehoach report` collects them). */
  sink?: Sink;
  jobs: number;
  failFast: boolean;
  limits: ArchiveLimits;
  /** Draw a progress bar on stderr. */
  progress: boolean;
  /** Print the closing summary on stderr. */
  summary: boolean;
  /** OCR scanned PDF pages (default true; --no-ocr turns it off). */
  ocr?: boolean;
  /** Check every document against the schema (--validate). */
  validate?: boolean;
  /** How JSON records write positions (--positions, default full). */
  positions?: PositionMode;
}

export interface BatchIO {
  stdout: WritableLike;
  stderr: WritableLike;
  readStdin?: () => Uint8Array;
  cwd?: string;
}

export const defaultJobs = (): number => availableParallelism();

interface Item {
  path: string;
  root: string;
  bytes?: Uint8Array;
  error?: InputError;
}

/** Every input item in order: files read, archive entries streamed, unreadable ones as errors. */
async function* itemsOf(sources: readonly Source[], options: BatchOptions, io: BatchIO, skipped: Skipped, done: (bytes: number) => void): AsyncGenerator<Item> {
  const tooLarge = (path: string, size: number): InputError => ({
    code: 'input/too-large',
    message: `${path} is ${formatBytes(size)}, over the ${formatBytes(options.limits.maxEntryBytes)} limit for one input (--max-entry-mb).`,
  });
  for (const source of sources) {
    const { path, root } = source;
    if (source.kind === 'missing') yield { path, root, error: { code: source.code, message: source.message } };
    else if (source.kind === 'stdin') {
      const bytes = io.readStdin ? io.readStdin() : new Uint8Array();
      yield bytes.length > options.limits.maxEntryBytes ? { path, root, error: tooLarge('stdin', bytes.length) } : { path, root, bytes };
    } else if (source.kind === 'file') {
      if (source.size > options.limits.maxEntryBytes) yield { path, root, error: tooLarge(path, source.size) };
      else {
        try {
          yield { path, root, bytes: await readFile(path) };
        } catch (error) {
          yield { path, root, error: { code: 'input/unreadable', message: `Cannot read ${path}: ${(error as Error).message}` } };
        }
      }
    } else {
      // Loaded on first use: the zip and tar libraries cost start-up time a batch of text files does not need.
      const { readArchive } = await import('./archive.js');
      for await (const entry of readArchive(path, source.archive, options.limits, acceptsEntry, skipped)) {
        yield 'error' in entry ? { path: entry.path, root, error: entry.error } : { path: entry.path, root, bytes: entry.bytes };
      }
    }
    done(source.size);
  }
}

interface Tally {
  ok: number;
  failed: Map<string, number>;
  bytes: number;
}

function chooseFormat(options: BatchOptions, sources: readonly Source[]): OutputFormat {
  if (options.outDir) return { kind: 'json' };
  if (options.format) return options.format;
  const single = sources.length === 1 && sources[0]!.kind !== 'archive';
  return { kind: single ? 'json' : 'jsonl' };
}

function chooseParser(options: BatchOptions, sources: readonly Source[], io: BatchIO, progress: Progress | null): Parser {
  const job = { ocr: options.ocr !== false, validate: options.validate === true, positions: options.positions ?? 'full' } as const;
  // On a terminal, the page being OCR'd is shown (OCR takes seconds a page).
  const inline = () => new InlineParser({ ...job, ...(progress ? { onProgress: (p: ReadProgress) => progress.note(`OCR page ${p.page}/${p.pages}`) } : {}) });
  const worthWorkers = options.jobs > 1 && (sources.length > 1 || sources.some((s) => s.kind === 'archive'));
  if (!worthWorkers) return inline();
  if (!workersAvailable()) {
    if (options.summary) io.stderr.write('kehoach: worker script not found (running from sources?); parsing on one thread\n');
    return inline();
  }
  return new WorkerPool(options.jobs, 2, job);
}

/** Runs one batch; resolves to the exit code (0 all parsed, 1 some failed). */
export async function runBatch(options: BatchOptions, io: BatchIO): Promise<number> {
  const started = performance.now();
  const cwd = io.cwd ?? process.cwd();
  const skipped: Skipped = new Map();
  const sources = expandSources(options.inputs, skipped);
  const format = chooseFormat(options, sources);
  const preamble = format.kind === 'csv' ? `\uFEFF${csvHeader(format.table)}` : '';
  const sink: Sink = options.sink ?? (options.outDir ? new FolderSink(options.outDir, cwd) : options.outFile ? new FileSink(options.outFile, preamble) : new StreamSink(io.stdout, preamble));
  const totalBytes = sources.reduce((sum, s) => sum + s.size, 0);
  const progress = options.progress ? new Progress(io.stderr, totalBytes) : null;
  const parser = chooseParser(options, sources, io, progress);
  const tally: Tally = { ok: 0, failed: new Map(), bytes: 0 };
  let records = 0;
  let sourceBytesDone = 0;
  let stopped = false;

  const window = Math.max(8, options.jobs * 4);
  const inFlight: Array<{ item: Item; result: Promise<JobResult> }> = [];
  const writeNext = async () => {
    const { item, result } = inFlight.shift()!;
    const done = await result;
    if (stopped) return;
    const problem = await sink.write(item.path, item.root, done);
    records++;
    if (done.ok && !problem) tally.ok++;
    else {
      const code = problem ? 'output/unwritable' : done.error!.code;
      tally.failed.set(code, (tally.failed.get(code) ?? 0) + 1);
      // Error records of a CSV table other than plans have no row: the message goes to stderr.
      if (problem || (format.kind === 'csv' && format.table !== 'plans')) io.stderr.write(`kehoach: ${item.path}: ${problem ?? done.error!.message}\n`);
      if (options.failFast) stopped = true;
    }
    progress?.update(records, tally.bytes, sourceBytesDone);
  };

  try {
    for await (const item of itemsOf(sources, options, io, skipped, (size) => (sourceBytesDone += size))) {
      if (stopped) break;
      const result = item.bytes
        ? parser.parse(item.path, item.bytes, format)
        : Promise.resolve(errorRecord({ path: item.path }, item.error!, format));
      tally.bytes += item.bytes?.length ?? 0;
      inFlight.push({ item, result });
      while (inFlight.length >= window && !stopped) await writeNext();
    }
    while (inFlight.length > 0 && !stopped) await writeNext();
  } finally {
    await parser.close();
    await sink.finish(true);
  }
  if (progress) {
    progress.update(records, tally.bytes, sourceBytesDone, true);
    progress.clear();
  }
  const failed = [...tally.failed.values()].reduce((a, b) => a + b, 0);
  if (options.summary) io.stderr.write(summaryLine(tally, failed, skipped, performance.now() - started, stopped));
  return failed > 0 ? 1 : 0;
}

function summaryLine(tally: Tally, failed: number, skipped: Skipped, ms: number, stopped: boolean): string {
  const seconds = ms / 1000;
  const codes = [...tally.failed].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([code, n]) => `${code} ${n}`).join(', ');
  const left = [...skipped].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([ext, n]) => `${ext || '(no extension)'} ${n}`).join(', ');
  const skippedTotal = [...skipped.values()].reduce((a, b) => a + b, 0);
  const rss = process.resourceUsage().maxRSS / 1024;
  return (
    `kehoach: ${tally.ok + failed} inputs: ${tally.ok} ok, ${failed} failed${codes ? ` (${codes})` : ''}` +
    `${skippedTotal ? `; ${skippedTotal} skipped (${left})` : ''}${stopped ? '; stopped at the first failure (--fail-fast)' : ''}` +
    ` · ${(tally.bytes / 1e6).toFixed(2)} MB in ${seconds.toFixed(2)} s (${(tally.bytes / 1e6 / seconds).toFixed(2)} MB/s, ${((tally.ok + failed) / seconds).toFixed(1)} docs/s)` +
    ` · peak RSS ${Math.round(rss)} MB\n`
  );
}
