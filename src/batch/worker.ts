// Worker thread of the parse pool: receives { id, path, bytes, format }, answers { id, result }.

import { parentPort } from 'node:worker_threads';
import { type OutputFormat, runJob } from './job.js';

export interface WorkerRequest {
  id: number;
  path: string;
  bytes: Uint8Array;
  format: OutputFormat;
}

// For the tests of a dying worker only: the worker exits on the input whose path ends with this.
const exitOn = process.env.KEHOACH_TEST_WORKER_EXIT;

parentPort?.on('message', (request: WorkerRequest) => {
  if (exitOn && request.path.endsWith(exitOn)) process.exit(3);
  parentPort!.postMessage({ id: request.id, result: runJob(request.path, request.bytes, request.format) });
});
