// Parsers for the batch: inline on the calling thread, or a pool of worker threads.
// Each worker keeps a short queue of its own (messages wait in its port), so it never idles while the
// main thread is busy; a worker that dies fails only the input it was parsing, and is replaced.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { workerThreads } from '../util/lazy-builtins.js';
import { type JobOptions, type JobResult, type OutputFormat, errorRecord, runJob } from './job.js';
import type { WorkerJobOptions, WorkerRequest } from './worker.js';

export interface Parser {
  parse(path: string, bytes: Uint8Array, format: OutputFormat): Promise<JobResult>;
  close(): Promise<void>;
}

/** Parses on the calling thread: no start-up cost, for --jobs 1 and single files. */
export class InlineParser implements Parser {
  constructor(private readonly options: JobOptions = {}) {}

  parse(path: string, bytes: Uint8Array, format: OutputFormat): Promise<JobResult> {
    return runJob(path, bytes, format, this.options);
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}

interface Pending {
  request: WorkerRequest;
  resolve: (result: JobResult) => void;
}

interface Slot {
  worker: Worker;
  /** Sent and not answered, in the order sent: the first is the one being parsed. */
  sent: Pending[];
}

// The thread's entry (dist/cli/worker-entry.js): the same path from dist/batch/ (tsc's output) and from
// dist/bundle/ (the CLI bundle). It runs the worker bundle through V8's code cache, or worker.js.
const workerScript = fileURLToPath(new URL('../cli/worker-entry.js', import.meta.url));

/**
 * Old-generation heap of a worker. V8's default (a quarter of the machine's memory, 4 GB here) lets each
 * worker keep garbage for long: on 13,984 real texts with --jobs 2 the process peaked at 461 MB, 296 MB
 * with this limit on a 2,427-file slice (docs/batch.md, "Memory"). An input that needs more runs again
 * on the main thread, whose heap has the default limit: the limit costs time, never a record.
 */
export const workerHeapMb = 192;

/** Whether the compiled worker script is there (it is not when running from TypeScript sources). */
export const workersAvailable = (): boolean => existsSync(workerScript);

export class WorkerPool implements Parser {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closing = false;

  /** `depth`: inputs sent ahead to each worker; `options` go with every input (`onProgress` stays on this thread). */
  constructor(
    size: number,
    private readonly depth = 2,
    private readonly options: WorkerJobOptions = {},
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new (workerThreads().Worker)(workerScript, { resourceLimits: { maxOldGenerationSizeMb: workerHeapMb } }), sent: [] };
    slot.worker.on('message', (message: { id: number; result: JobResult }) => {
      const at = slot.sent.findIndex((p) => p.request.id === message.id);
      if (at >= 0) slot.sent.splice(at, 1)[0]!.resolve(message.result);
      this.fill(slot);
    });
    const fail = (reason: string, outOfMemory = false) => {
      if (this.closing || !this.slots.includes(slot)) return;
      const [crashed, ...waiting] = slot.sent;
      slot.sent = [];
      if (crashed) {
        const { path, bytes, format, options } = crashed.request;
        if (outOfMemory) void runJob(path, bytes, format, options).then(crashed.resolve);
        else crashed.resolve(errorRecord({ path, bytes: bytes.length }, { code: 'internal/worker-exit', message: `The worker parsing this input stopped: ${reason}` }, format));
      }
      // Inputs sent after the crashed one were never started: they go to the replacement.
      this.queue.unshift(...waiting);
      const replacement = this.spawn();
      this.slots[this.slots.indexOf(slot)] = replacement;
      this.fill(replacement);
    };
    slot.worker.on('error', (error: NodeJS.ErrnoException) => fail(error.message, error.code === 'ERR_WORKER_OUT_OF_MEMORY'));
    slot.worker.on('exit', (code) => fail(`exit code ${code}`));
    return slot;
  }

  private fill(slot: Slot): void {
    while (slot.sent.length < this.depth && this.queue.length > 0) this.send(slot, this.queue.shift()!);
  }

  private send(slot: Slot, pending: Pending): void {
    slot.sent.push(pending);
    slot.worker.postMessage(pending.request);
  }

  parse(path: string, bytes: Uint8Array, format: OutputFormat): Promise<JobResult> {
    return new Promise((resolve) => {
      const pending: Pending = { request: { id: this.nextId++, path, bytes, format, options: this.options }, resolve };
      const slot = this.slots.reduce((a, b) => (b.sent.length < a.sent.length ? b : a));
      if (slot.sent.length < this.depth) this.send(slot, pending);
      else this.queue.push(pending);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
