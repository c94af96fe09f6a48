// `kehoach report <inputs>... [-o report.html] [--lang vi|en] [--title TEXT]`: the inputs are read as
// `extract` reads them (files, folders, globs, archives; one record per input, errors kept), the
// records are collected in input order and the page is written at once (to a temporary file renamed
// over FILE, or to stdout). The page's size goes to stderr.

import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { JobResult } from '../batch/job.js';
import type { Sink } from '../batch/output.js';
import { runBatch } from '../batch/run-batch.js';
import type { ReportRecord } from '../report/collect.js';
import { type ReportLanguage, reportLanguages } from '../report/i18n.js';
import { renderReport } from '../report/index.js';
import type { PlanDocument } from '../schema/plan-document.js';
import { type BatchFlags, batchNumbers } from './batch-flags.js';
import type { CliIO } from './run.js';

export interface ReportFlags extends BatchFlags {
  output?: string;
  lang?: string;
  title?: string;
}

/** Keeps every record of the batch, in the order the batch writes them (sorted input order). */
class RecordCollector implements Sink {
  readonly records: ReportRecord[] = [];

  write(path: string, _root: string, result: JobResult): Promise<string | null> {
    if (!result.ok) {
      this.records.push({ path, error: result.error ?? { code: 'internal/unknown', message: 'no record' } });
    } else {
      const { document, input } = JSON.parse(result.text) as { document: PlanDocument; input: string };
      this.records.push({ path, document, input });
    }
    return Promise.resolve(null);
  }

  finish(): Promise<void> {
    return Promise.resolve();
  }
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

export async function runReport(args: string[], flags: ReportFlags, io: CliIO, usage: string): Promise<number> {
  const usageError = (message: string) => {
    io.stderr.write(`kehoach report: ${message}\n`);
    return 2;
  };
  if (args.length === 0) return usageError(`no input\n${usage}`);
  if (flags.lang !== undefined && !reportLanguages.includes(flags.lang as ReportLanguage)) return usageError(`--lang must be ${reportLanguages.join(' or ')}, got "${flags.lang}"`);
  const numbers = batchNumbers(flags);
  if (typeof numbers === 'string') return usageError(numbers);

  const collector = new RecordCollector();
  const code = await runBatch(
    {
      inputs: args,
      format: { kind: 'with-source' },
      sink: collector,
      ...numbers,
      failFast: false,
      progress: io.stderrIsTTY === true && flags.quiet !== true,
      summary: flags.quiet !== true,
      ocr: flags['no-ocr'] !== true,
    },
    io,
  );
  const page = renderReport(collector.records, {
    ...(flags.lang ? { lang: flags.lang as ReportLanguage } : {}),
    ...(flags.title !== undefined ? { title: flags.title } : {}),
  });
  const size = Buffer.byteLength(page, 'utf8');
  const failed = collector.records.filter((r) => 'error' in r).length;
  const what = `${collector.records.length} document${collector.records.length === 1 ? '' : 's'}${failed ? ` (${failed} could not be read)` : ''}, ${megabytes(size)}`;
  if (!flags.output) {
    io.stdout.write(page);
    io.stderr.write(`kehoach report: ${what}\n`);
    return code;
  }
  const target = resolve(io.cwd ?? process.cwd(), flags.output);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, page, { flag: 'wx' });
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    io.stderr.write(`kehoach report: cannot write ${target}: ${(error as Error).message}\n`);
    return 1;
  }
  io.stderr.write(`kehoach report: wrote ${pathToFileURL(target).href} — ${what}\n`);
  return code;
}
