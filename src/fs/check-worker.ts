import { parentPort } from 'node:worker_threads';
import { analyseDeferred } from '../plan/check.js';
import { claimBatches, type Job } from './batches.js';
import { checkFile, type FileCheckOptions, type PendingPlan } from './check-file.js';
import type { Candidate } from './collect.js';

/**
 * A worker thread. It loads while the main thread is still finding files,
 * then does one of two jobs:
 * - `files`: take batches of files from the shared counter, read and check
 *   them whole, and send each batch's results back (ip due, ip render);
 * - `analyse`: receive plans the main thread has read and run the schema and
 *   rules over them, and place what they find (ip validate): reading and
 *   analysing then each warm up on one thread only, which on two cores is
 *   what makes the pair faster than both threads doing everything.
 */
export type WorkerRequest = ({ kind: 'files' } & Job<Candidate, FileCheckOptions>) | { kind: 'analyse'; today: string; plans: Array<[number, PendingPlan]> };

parentPort!.on('message', (request: WorkerRequest) => {
  if (request.kind === 'files') {
    claimBatches(request, (file) => checkFile(file, request.options), (start, results) => parentPort!.postMessage({ start, results }));
    parentPort!.postMessage({ done: true });
    return;
  }
  const ctx = { today: request.today };
  parentPort!.postMessage({ analysed: request.plans.map(([index, { data, yaml, yamlLine }]) => [index, analyseDeferred(data, yaml, yamlLine, ctx)]) });
});
