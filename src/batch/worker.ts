// Worker thread of the parse pool: receives { id, path, bytes, format }, answers { id, result }.

import { parentPort } from 'node:worker_threads';
import { type OutputFormat, runJob } from './job.js';

export interface WorkerRequest {
  id: number;
  path: string;
  bytes: Uint8Array;
  format: OutputFormat;
  ocr: boolean;
}

// For the tests of a dying worker only: the worker exits on the input whose path ends with this.
const exitOn = process.env.KEHOACH_TEST_WORKER_EXIT;

// One input at a time (a PDF's OCR is slow and memory-hungry): the next waits for the one before.
let queue: Promise<void> = Promise.resolve();
parentPort?.on('message', (request: WorkerRequest) => {
  queue = queue.then(async () => {
    if (exitOn && request.path.endsWith(exitOn)) process.exit(3);
    const result = await runJob(request.path, request.bytes, request.format, { ocr: request.ocr });
    parentPort!.postMessage({ id: request.id, result });
  });
});
