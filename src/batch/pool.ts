// A pool of worker threads that parse inputs in parallel. Jobs go to the first idle worker; a worker
// that dies (out of memory, a native crash) fails only its own job and is replaced.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type JobResult, type OutputFormat, errorRecord, runJob } from './job.js';
import type { WorkerRequest } from './worker.js';

export interface Parser {
  parse(path: string, bytes: Uint8Array, format: OutputFormat): Promise<JobResult>;
  close(): Promise<void>;
}

/** Parses on the calling thread: no start-up cost, for --jobs 1 and single files. */
export class InlineParser implements Parser {
  parse(path: string, bytes: Uint8Array, format: OutputFormat): Promise<JobResult> {
    return Promise.resolve(runJob(path, bytes, format));
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}

interface Pending {
  request: WorkerRequest;
  resolve: (result: JobResult) => void;
}

const workerScript = fileURLToPath(new URL('./worker.js', import.meta.url));

/** Whether the compiled worker script is there (it is not when running from TypeScript sources). */
export const workersAvailable = (): boolean => existsSync(workerScript);

export class WorkerPool implements Parser {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closing = false;

  constructor(size: number) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  private spawn(): Worker {
    const worker = new Worker(workerScript);
    worker.on('message', (message: { id: number; result: JobResult }) => {
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      pending?.resolve(message.result);
      this.release(worker);
    });
    const fail = (reason: string) => {
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      if (pending) {
        const { path, bytes, format } = pending.request;
        pending.resolve(errorRecord({ path, bytes: bytes.length }, { code: 'internal/worker-exit', message: `The worker parsing this input stopped: ${reason}` }, format));
      }
      if (!this.closing) this.release(this.spawn());
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => {
      if (!this.closing && this.busy.has(worker)) fail(`exit code ${code}`);
    });
    return worker;
  }

  private release(worker: Worker): void {
    const next = this.queue.shift();
    if (next) this.dispatch(worker, next);
    else this.idle.push(worker);
  }

  private dispatch(worker: Worker, pending: Pending): void {
    this.busy.set(worker, pending);
    worker.postMessage(pending.request);
  }

  parse(path: string, bytes: Uint8Array, format: OutputFormat): Promise<JobResult> {
    return new Promise((resolve) => {
      const pending: Pending = { request: { id: this.nextId++, path, bytes, format }, resolve };
      const worker = this.idle.pop();
      if (worker) this.dispatch(worker, pending);
      else this.queue.push(pending);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.idle, ...this.busy.keys()].map((w) => w.terminate()));
  }
}
