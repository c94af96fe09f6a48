// Worker thread of the parse pool: receives { id, path, bytes, format, options }, answers { id, result }.
// The result is the record's text, serialized here: a string crosses threads as one copy, a document's
// object graph would be cloned node by node and stringified again on the main thread.

import { parentPort } from 'node:worker_threads';
import { type JobOptions, type OutputFormat, runJob } from './job.js';

export type WorkerJobOptions = Omit<JobOptions, 'onProgress'>;

export interface WorkerRequest {
  id: number;
  path: string;
  bytes: Uint8Array;
  format: OutputFormat;
  options: WorkerJobOptions;
}

// For the tests of a dying worker only: the worker exits on the input whose path ends with this.
const exitOn = process.env.KEHOACH_TEST_WORKER_EXIT;
// …and runs out of heap on the input whose path ends with this (the pool parses it again on its own thread).
const exhaustOn = process.env.KEHOACH_TEST_WORKER_OOM;

// One input at a time (a PDF's OCR is slow and memory-hungry): the next waits for the one before.
let queue: Promise<void> = Promise.resolve();
parentPort?.on('message', (request: WorkerRequest) => {
  queue = queue.then(async () => {
    if (exitOn && request.path.endsWith(exitOn)) process.exit(3);
    if (exhaustOn && request.path.endsWith(exhaustOn)) for (const hog: number[][] = []; ; ) hog.push(new Array<number>(1 << 20).fill(hog.length));
    const result = await runJob(request.path, request.bytes, request.format, request.options);
    parentPort!.postMessage({ id: request.id, result });
    if (firstAnswerListener) {
      const listener = firstAnswerListener;
      firstAnswerListener = null;
      listener();
    }
  });
});

let firstAnswerListener: (() => void) | null = null;
/** Called once, after the thread's first answer (the loader writes V8's code cache then: the parser has run). */
export function onFirstAnswer(listener: () => void): void {
  firstAnswerListener = listener;
}
