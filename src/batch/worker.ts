// Worker thread of the parse pool: receives { id, path, bytes, format }, answers { id, result }.

import { parentPort } from 'node:worker_threads';
import { type OutputFormat, runJob } from './job.js';

export interface WorkerRequest {
  id: number;
  path: string;
  bytes: Uint8Array;
  format: OutputFormat;
}

parentPort?.on('message', (request: WorkerRequest) => {
  parentPort!.postMessage({ id: request.id, result: runJob(request.path, request.bytes, request.format) });
});
