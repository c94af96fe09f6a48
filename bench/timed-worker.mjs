// Runs parsePlan on one input inside a worker thread, so the main thread can stop it at a time limit
// (a super-linear parser must not hang the benchmark). Posts { warm } once, then { ms } per run.
// workerData: { dist, input: Uint8Array, warm: Uint8Array[], runs, budgetMs }

import { parentPort, workerData } from 'node:worker_threads';

const { parsePlan } = await import(workerData.dist);
for (const buf of workerData.warm) parsePlan(buf);
parentPort.postMessage({ warm: true });
let spent = 0;
for (let i = 0; i < workerData.runs && (i === 0 || spent < workerData.budgetMs); i++) {
  const t0 = performance.now();
  parsePlan(workerData.input);
  const ms = performance.now() - t0;
  spent += ms;
  parentPort.postMessage({ ms });
}
