// The command line as a function: run(argv, io) → exit code. Never calls process.exit; stdout carries
// data only, messages go to stderr. Exit 0 all good, 1 some input failed, 2 bad usage.

import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Reporter } from '../diagnostics/report.js';
import { extract } from '../extract/index.js';
import { ingest } from '../ingest/index.js';
import { outline } from '../outline/index.js';
import { parsePlan } from '../parse-plan.js';
import type { PlanDocument } from '../schema/plan-document.js';
import { segment } from '../segment/index.js';
import { expandInputs } from './inputs.js';
import { renderSummary } from './summary.js';

export interface CliIO {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  readStdin?: () => Uint8Array;
}

export const usage = `kehoach — parse Vietnamese administrative plans (Kế hoạch) into structured JSON

Usage:
  kehoach extract <file|dir|->... [--format json|jsonl] [-o FILE]
  kehoach summary <file|dir>...          one line per plan: number, date, issuer, legal bases, sections
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
function extractOne(path: string, io: CliIO): { record: unknown; ok: boolean; plan?: PlanDocument } {
  const read = readInput(path, io);
  if (!read.ok) return { record: { source: { path }, error: { code: read.code, message: read.message } }, ok: false };
  const plan = parsePlan(read.bytes, { path });
  const fatal = plan.diagnostics.find((d) => d.code.startsWith('ingest/') && d.severity === 'error');
  if (fatal) return { record: { source: plan.source, error: { code: fatal.code, message: fatal.message } }, ok: false };
  return { record: plan, ok: true, plan };
}

export function run(argv: string[], io: CliIO): number {
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
      options: { format: { type: 'string' }, output: { type: 'string', short: 'o' } },
    });
  } catch (error) {
    io.stderr.write(`kehoach: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  const positionals = parsed.positionals;
  if (command === 'extract') return runExtract(positionals, parsed.values as { format?: string; output?: string }, io);
  if (command === 'summary') return runSummary(positionals, io);
  if (command === 'debug') return runDebug(positionals, io);
  io.stderr.write(`kehoach: unknown command "${command}"\n${usage}`);
  return 2;
}

function runExtract(args: string[], options: { format?: string; output?: string }, io: CliIO): number {
  if (args.length === 0) {
    io.stderr.write(`kehoach extract: no input\n${usage}`);
    return 2;
  }
  if (options.format && !['json', 'jsonl'].includes(options.format)) {
    io.stderr.write(`kehoach extract: --format must be json or jsonl (csv comes with the batch command)\n`);
    return 2;
  }
  const files = expandInputs(args);
  const jsonl = options.format === 'jsonl' || (options.format === undefined && files.length > 1);
  let failed = 0;
  const out: string[] = [];
  for (const file of files) {
    const { record, ok } = extractOne(file, io);
    if (!ok) failed++;
    out.push(jsonl ? `${JSON.stringify(record)}\n` : `${JSON.stringify(record, null, 2)}\n`);
  }
  const text = out.join('');
  if (options.output) {
    try {
      writeFileSync(options.output, text);
    } catch (error) {
      io.stderr.write(`kehoach extract: cannot write ${options.output}: ${(error as Error).message}\n`);
      return 1;
    }
  } else io.stdout.write(text);
  io.stderr.write(`kehoach: ${files.length - failed} parsed, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}

function runSummary(args: string[], io: CliIO): number {
  const files = expandInputs(args.length > 0 ? args : ['corpus']);
  const rows: Array<{ path: string; plan: PlanDocument | null; error?: string }> = [];
  for (const file of files) {
    const { plan, ok, record } = extractOne(file, io);
    rows.push(ok && plan ? { path: file, plan } : { path: file, plan: null, error: (record as { error: { code: string } }).error.code });
  }
  io.stdout.write(renderSummary(rows));
  return rows.some((r) => r.error) ? 1 : 0;
}

function runDebug(args: string[], io: CliIO): number {
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
  const ingested = ingest(read.bytes);
  if (!ingested.ok) {
    io.stderr.write(`kehoach debug: ${ingested.code}: ${ingested.message}\n`);
    return 1;
  }
  const reporter = new Reporter();
  const { source } = ingested;
  if (stage === 'ingest') {
    io.stdout.write(`${JSON.stringify({ encoding: source.encoding, bytes: source.bytes, repairs: source.repairs }, null, 2)}\n${source.text}\n`);
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
