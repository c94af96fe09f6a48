// The command line as a function: run(argv, io) → exit code. Never calls process.exit; stdout carries
// data only, messages go to stderr. Exit 0 all good, 1 some input failed, 2 bad usage.

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type CsvTable, csvTables } from '../export/csv.js';
import { type PositionMode, positionModes } from '../export/json.js';
import type { PlanDocument } from '../schema/plan-document.js';
import type { OutputFormat } from '../batch/job.js';
import type { WritableLike } from '../batch/output.js';
import { runBatch } from '../batch/run-batch.js';
import { type BatchFlags, batchNumbers } from './batch-flags.js';
import type { ReportFlags } from './report.js';

// Each command loads what it needs when it runs (zod, the report, the corpus label map, the stages for
// `debug`): `kehoach extract plan.txt` starts without them (docs/batch.md, "Start-up").

export interface CliIO {
  stdout: WritableLike;
  stderr: WritableLike;
  readStdin?: () => Uint8Array;
  /** Whether stderr is a terminal (a progress bar is drawn there). */
  stderrIsTTY?: boolean;
  cwd?: string;
}

export const usage = `kehoach — parse Vietnamese administrative plans (Kế hoạch) into structured JSON

Usage:
  kehoach extract <file|dir|glob|archive|->... [--format json|jsonl|csv] [--table TABLE] [-o FILE | --out DIR]
                 [--jobs N] [--fail-fast] [--quiet] [--no-ocr] [--max-entry-mb 64] [--max-total-mb 2048] [--max-entries 100000] [--max-ratio 200]
                 [--positions full|offsets|none] [--validate]
                                         files, folders (recursive), globs, .zip/.tar/.tar.gz/.tgz entries
                                         ("plans.zip!2024/q3.txt") of every format: plain text (UTF-8/16, TCVN3, VNI),
                                         .md, .docx, .doc (Word 97–2003), .html/.htm pages, .pdf (text layer; scanned
                                         pages by OCR, Vietnamese — --no-ocr turns it off); one record per input, in sorted path order:
                                         a plan, or {source, error}. Exit 0 all parsed, 1 some failed, 2 bad usage.
                                         one input: pretty JSON; several: JSON lines; --out DIR: one JSON per input
                                         csv tables: plans, sections, assignments (default), citations, schedule, refs
                                         --positions offsets: each position as [start, end] offsets into the input
                                         ([start, end, page] in a PDF); none: no positions. --validate: check each
                                         document against the schema (a mismatch is an internal/invalid-document record)
  kehoach report <file|dir|glob|archive>... [-o report.html] [--lang vi|en] [--title TEXT] [--jobs N] [--quiet] [--no-ocr]
                                         one self-contained HTML page: document table, index coverage, who leads
                                         what, deadlines, label map, and each document's text with every value
                                         highlighted where it was read (open report.html#all to draw them all)
  kehoach summary <file|dir>...          per plan: number, date, issuer, counts; indices, dimensions, lead units
  kehoach labels <file|dir>... [--json | --csv [--coverage]] [--ignore-level]
                                         every wording of each dimension, section kind and unit, grouped
                                         under its canonical key, and the documents × dimensions coverage
  kehoach explain "<heading>" [--indices PAPI,PAR_INDEX] [--year 2019] [--parent PAPI.1] [--scheme PAPI2009] [--json]
                                         why a heading matches a dimension (or does not)
  kehoach debug <ingest|segment|outline|extract> <file>
  kehoach --help | --version
`;

type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; code: string; message: string };

function readInput(path: string, io: CliIO): ReadResult {
  try {
    if (path === '-') return { ok: true, bytes: io.readStdin ? io.readStdin() : new Uint8Array() };
    return { ok: true, bytes: readFileSync(path) };
  } catch (error) {
    return { ok: false, code: 'io/unreadable', message: (error as Error).message };
  }
}

/** One input → one record: a PlanDocument, or { source, error } when the input cannot be read. */
async function extractOne(path: string, io: CliIO): Promise<{ record: unknown; ok: boolean; plan?: PlanDocument }> {
  const read = readInput(path, io);
  if (!read.ok) return { record: { source: { path }, error: { code: read.code, message: read.message } }, ok: false };
  const [{ parsePlanAsync }, { ingestFailure }] = await Promise.all([import('../parse-plan.js'), import('../batch/job.js')]);
  const plan = await parsePlanAsync(read.bytes, { path });
  const failure = ingestFailure(plan);
  if (failure) return { record: { source: plan.source, error: failure }, ok: false };
  return { record: plan, ok: true, plan };
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(usage);
    return command ? 0 : 2;
  }
  if (command === '--version') {
    io.stdout.write('0.1.0\n');
    return 0;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        table: { type: 'string' },
        output: { type: 'string', short: 'o' },
        json: { type: 'boolean' },
        csv: { type: 'boolean' },
        coverage: { type: 'boolean' },
        'ignore-level': { type: 'boolean' },
        indices: { type: 'string' },
        year: { type: 'string' },
        parent: { type: 'string' },
        scheme: { type: 'string' },
        out: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        'fail-fast': { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        'max-entry-mb': { type: 'string' },
        'max-total-mb': { type: 'string' },
        'max-entries': { type: 'string' },
        'max-ratio': { type: 'string' },
        'no-ocr': { type: 'boolean' },
        lang: { type: 'string' },
        title: { type: 'string' },
        validate: { type: 'boolean' },
        positions: { type: 'string' },
      },
    });
  } catch (error) {
    io.stderr.write(`kehoach: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  const positionals = parsed.positionals;
  if (command === 'extract') return runExtract(positionals, parsed.values as ExtractFlags, io);
  if (command === 'report') return import('./report.js').then(({ runReport }) => runReport(positionals, parsed.values as ReportFlags, io, usage));
  if (command === 'summary') return runSummary(positionals, io);
  if (command === 'debug') return runDebug(positionals, io);
  if (command === 'labels') return runLabels(positionals, parsed.values as LabelsFlags, io);
  if (command === 'explain') return runExplain(positionals, parsed.values as ExplainFlags, io);
  io.stderr.write(`kehoach: unknown command "${command}"\n${usage}`);
  return 2;
}

interface ExtractFlags extends BatchFlags {
  format?: string;
  output?: string;
  table?: string;
  out?: string;
  'fail-fast'?: boolean;
  validate?: boolean;
  positions?: string;
}

function runExtract(args: string[], flags: ExtractFlags, io: CliIO): Promise<number> {
  const usageError = (message: string) => {
    io.stderr.write(`kehoach extract: ${message}\n`);
    return Promise.resolve(2);
  };
  if (args.length === 0) return usageError(`no input\n${usage}`);
  if (flags.format && !['json', 'jsonl', 'csv'].includes(flags.format)) return usageError('--format must be json, jsonl or csv');
  if (flags.table && flags.format !== 'csv') return usageError('--table goes with --format csv');
  const table = (flags.table ?? 'assignments') as CsvTable;
  if (!csvTables.includes(table)) return usageError(`--table must be one of ${csvTables.join(', ')}`);
  if (flags.out && flags.output) return usageError('choose --out DIR (one file per input) or -o FILE (one file), not both');
  if (flags.out && flags.format && flags.format !== 'json') return usageError('--out writes one JSON file per input; --format does not apply');
  const positions = (flags.positions ?? 'full') as PositionMode;
  if (!positionModes.includes(positions)) return usageError('--positions must be full, offsets or none');
  if (flags.positions && flags.format === 'csv') return usageError('--positions goes with JSON output (CSV has no positions)');
  const numbers = batchNumbers(flags);
  if (typeof numbers === 'string') return usageError(numbers);
  const format: OutputFormat | undefined =
    flags.format === 'csv' ? { kind: 'csv', table } : flags.format === 'jsonl' ? { kind: 'jsonl' } : flags.format === 'json' ? { kind: 'json' } : undefined;
  return runBatch(
    {
      inputs: args,
      ...(format ? { format } : {}),
      ...(flags.out ? { outDir: flags.out } : {}),
      ...(flags.output ? { outFile: flags.output } : {}),
      ...numbers,
      failFast: flags['fail-fast'] === true,
      progress: io.stderrIsTTY === true && flags.quiet !== true,
      summary: flags.quiet !== true,
      ocr: flags['no-ocr'] !== true,
      validate: flags.validate === true,
      positions,
    },
    io,
  );
}

async function runSummary(args: string[], io: CliIO): Promise<number> {
  const [{ expandInputs }, { renderSummary }] = await Promise.all([import('./inputs.js'), import('./summary.js')]);
  const files = expandInputs(args.length > 0 ? args : ['corpus']);
  const rows: Array<{ path: string; plan: PlanDocument | null; error?: string }> = [];
  for (const file of files) {
    const { plan, ok, record } = await extractOne(file, io);
    rows.push(ok && plan ? { path: file, plan } : { path: file, plan: null, error: (record as { error: { code: string } }).error.code });
  }
  io.stdout.write(renderSummary(rows));
  return rows.some((r) => r.error) ? 1 : 0;
}

async function runDebug(args: string[], io: CliIO): Promise<number> {
  const [stage, file] = args;
  if (!stage || !file || !['ingest', 'segment', 'outline', 'extract'].includes(stage)) {
    io.stderr.write(`kehoach debug: give a stage (ingest|segment|outline|extract) and a file\n`);
    return 2;
  }
  const read = readInput(file, io);
  if (!read.ok) {
    io.stderr.write(`kehoach debug: ${read.message}\n`);
    return 1;
  }
  const [{ ingestAsync }, { Reporter }, { segment }, { outline }, { extract }] = await Promise.all([
    import('../ingest/index.js'),
    import('../diagnostics/report.js'),
    import('../segment/index.js'),
    import('../outline/index.js'),
    import('../extract/index.js'),
  ]);
  const ingested = await ingestAsync(read.bytes, { path: file });
  if (!ingested.ok) {
    io.stderr.write(`kehoach debug: ${ingested.code}: ${ingested.message}\n`);
    return 1;
  }
  const reporter = new Reporter();
  const { source } = ingested;
  if (stage === 'ingest') {
    io.stdout.write(`${JSON.stringify({ format: source.format, encoding: source.encoding, bytes: source.bytes, ...source.layout, notes: source.notes, repairs: source.repairs }, null, 2)}\n${source.text}\n`);
    return 0;
  }
  const segments = segment(source, reporter);
  if (stage === 'segment') {
    for (const line of segments.lines) io.stdout.write(`${String(line.index + 1).padStart(4)} ${segments.zones[line.index]!.padEnd(10)} ${line.text}\n`);
    return 0;
  }
  const tree = outline(segments, reporter);
  if (stage === 'outline') {
    const print = (s: (typeof tree.sections)[number], depth: number): void => {
      io.stdout.write(`${'  '.repeat(depth)}${s.id}${s.inferred ? ' (inferred)' : ''} [${s.kind}] ${s.heading} — ${s.items.length} item(s)\n`);
      for (const c of s.children) print(c, depth + 1);
    };
    for (const s of tree.sections) print(s, 0);
    for (const d of reporter.diagnostics) io.stderr.write(`${d.severity} ${d.code}: ${d.message}\n`);
    return 0;
  }
  const extraction = extract(tree, reporter);
  const { outline: _o, ...values } = extraction;
  io.stdout.write(`${JSON.stringify(values, null, 2)}\n`);
  return 0;
}

interface LabelsFlags {
  json?: boolean;
  csv?: boolean;
  coverage?: boolean;
  'ignore-level'?: boolean;
}

async function runLabels(args: string[], flags: LabelsFlags, io: CliIO): Promise<number> {
  if (args.length === 0) {
    io.stderr.write(`kehoach labels: no input\n${usage}`);
    return 2;
  }
  if (flags.json && flags.csv) {
    io.stderr.write('kehoach labels: choose --json or --csv\n');
    return 2;
  }
  const [{ expandInputs }, { normalizeCorpus }, { coverageToCsv, labelsToCsv, renderLabels }] = await Promise.all([import('./inputs.js'), import('../normalize/corpus.js'), import('./labels.js')]);
  const files = expandInputs(args);
  const plans: PlanDocument[] = [];
  let failed = 0;
  for (const file of files) {
    const { plan, ok, record } = await extractOne(file, io);
    if (ok && plan) plans.push(plan);
    else {
      failed++;
      io.stderr.write(`kehoach labels: ${file}: ${(record as { error: { message: string } }).error.message}\n`);
    }
  }
  const labels = normalizeCorpus(plans, { ignoreLevel: flags['ignore-level'] === true });
  if (flags.json) io.stdout.write(`${JSON.stringify(labels, null, 2)}\n`);
  else if (flags.csv) io.stdout.write(flags.coverage ? coverageToCsv(labels) : labelsToCsv(labels));
  else io.stdout.write(renderLabels(labels));
  return failed > 0 ? 1 : 0;
}

interface ExplainFlags {
  json?: boolean;
  indices?: string;
  year?: string;
  parent?: string;
  scheme?: string;
}

async function runExplain(args: string[], flags: ExplainFlags, io: CliIO): Promise<number> {
  const heading = args.join(' ').trim();
  if (!heading) {
    io.stderr.write(`kehoach explain: give a heading, e.g. kehoach explain "2.2. Đối với nội dung “Công khai, minh bạch”"\n`);
    return 2;
  }
  const year = flags.year === undefined ? null : Number(flags.year);
  if (year !== null && !Number.isInteger(year)) {
    io.stderr.write(`kehoach explain: --year must be a year, got "${flags.year}"\n`);
    return 2;
  }
  const { explainLabel, renderExplanation } = await import('../normalize/dimension/explain.js');
  const explanation = explainLabel(heading, {
    indices: flags.indices ? flags.indices.split(',').map((i) => i.trim().toUpperCase()).filter(Boolean) : [],
    year,
    parentCode: flags.parent ?? null,
    scheme: flags.scheme ?? null,
  });
  io.stdout.write(flags.json ? `${JSON.stringify(explanation, null, 2)}\n` : renderExplanation(explanation));
  return 0;
}
