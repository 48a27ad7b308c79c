import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { Analyser } from '../plan/read-plan.js';
import type { PlanData } from '../plan/types.js';
import type { Job } from './batches.js';
import type { DueKeeper, FileCheckOptions, FileHooks } from './check-file.js';
import type { Candidate } from './collect.js';

/**
 * A worker thread. It loads while the main thread is still finding files,
 * then does one of two jobs:
 * - `files`: take batches of files from the shared counter, read and check
 *   them whole, and send each batch's results back (ip due, ip render);
 * - `analyse`: run the schema and rules over the plans the main thread has
 *   read (`plans` messages) and send the findings back; the main thread
 *   places them between its own batches (ip validate). Reading and analysing
 *   then each warm up on one thread only, which on two cores is what makes
 *   the pair faster than both threads doing everything. An analysing worker
 *   never reads files itself: plans it parsed would reach the rules with
 *   other hidden classes than plans from JSON, and the rules' optimised code
 *   would be thrown away and compiled again. Measured on 10,000 plans, the
 *   worker's busy time was 1.45 s when it read 8 files itself while waiting
 *   for plans, 1.30 s when it never did (medians of 10 alternating runs).
 */
export type WorkerRequest =
  | ({ kind: 'files' } & Job<Candidate, FileCheckOptions>)
  /**
   * `reply`: where every answer to this job goes, in order, so the main
   * thread can take them up between its own batches (receiveMessageOnPort).
   */
  | { kind: 'analyse'; today: string; reply: MessagePort }
  /**
   * Plans of the current `analyse` job, by their index in its files: as JSON
   * (an array of [index, data]) where that carries them exactly, else cloned.
   */
  | { kind: 'plans'; json: string; cloned: Array<[number, PlanData]> }
  /** No more `plans` will come: answer `done` once those before it are analysed. */
  | { kind: 'end' };

/** What a worker is started with (workerData). */
export interface WorkerSetup {
  /** It will check plans: load the schema and rules. Workers that only read plans (ip due) never load them. */
  analyse: boolean;
}

/**
 * What the worker's job needs, loaded before the first request arrives and
 * nothing more: the schema and rules for an analysing worker, which never
 * reads a file, and the reader for one that reads (ip due, which never
 * checks). Without the reader an analysing worker was ready 120-160 ms
 * after it was started instead of 140-190 ms (six runs each).
 */
const setup = workerData as WorkerSetup;
const analyse: Analyser | undefined = setup.analyse ? (await import('../plan/analyse.js')).analyse : undefined;
const loadReader = () => Promise.all([import('./check-file.js'), import('./batches.js')]);
const reader = setup.analyse ? undefined : loadReader();

const port = parentPort!;

/** ip due's keeper, loaded only for its jobs (see DueKeeper). */
async function dueKeeper(options: FileCheckOptions): Promise<DueKeeper | undefined> {
  return options.keep === 'due' ? (await import('../due/entry.js')).dueEntry : undefined;
}

/** The `analyse` job the `plans` messages belong to. */
let current: { today: string; reply: MessagePort } | undefined;

function handle(request: WorkerRequest): void {
  if (request.kind === 'plans') {
    const ctx = { today: current!.today };
    const plans = (JSON.parse(request.json) as Array<[number, PlanData]>).concat(request.cloned);
    current!.reply.postMessage({ analysed: plans.map(([index, data]) => [index, analyse!(data, ctx)]) });
  } else if (request.kind === 'end') {
    current!.reply.postMessage({ done: true });
  } else if (request.kind === 'files') {
    void Promise.all([reader ?? loadReader(), dueKeeper(request.options)]).then(([[{ checkFile }, { claimBatches }], due]) => {
      const hooks: FileHooks = due ? { due } : {};
      claimBatches(request, (file) => checkFile(file, request.options, hooks), (start, results) => port.postMessage({ start, results }));
      port.postMessage({ done: true });
    });
  } else {
    current = { today: request.today, reply: request.reply };
  }
}

port.on('message', handle);
