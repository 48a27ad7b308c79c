import { parentPort, receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import type { Analyser } from '../plan/read-plan.js';
import type { PlanData } from '../plan/types.js';
import { BATCH, claimBatches, type Job } from './batches.js';
import { checkFile, type DueKeeper, type FileCheckOptions, type FileHooks } from './check-file.js';
import type { Candidate } from './collect.js';

/**
 * A worker thread. It loads while the main thread is still finding files,
 * then does one of two jobs:
 * - `files`: take batches of files from the shared counter, read and check
 *   them whole, and send each batch's results back (ip due, ip render);
 * - `analyse`: run the schema and rules over the plans the main thread has
 *   read (`plans` messages) and send the findings back; the main thread
 *   places them between its own batches (ip validate). Reading
 *   and analysing then each warm up on one thread only, which on two cores
 *   is what makes the pair faster than both threads doing everything.
 *   Whenever no plans wait, it takes a few files from the shared counter and
 *   checks them whole, so neither thread idles while the other works.
 */
export type WorkerRequest =
  | ({ kind: 'files' } & Job<Candidate, FileCheckOptions>)
  /**
   * `reply`: where every answer to this job goes, in order, so the main
   * thread can take them up between its own batches (receiveMessageOnPort).
   */
  | ({ kind: 'analyse'; reply: MessagePort } & Job<Candidate, FileCheckOptions>)
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

/** The schema and rules, loaded before the first job arrives when the setup asks for them. */
const analyse: Analyser | undefined = (workerData as WorkerSetup).analyse ? (await import('../plan/analyse.js')).analyse : undefined;

/** Files an analysing worker takes at a time when idle: few, so waiting plans are not held up. */
const IDLE_BATCH = Math.max(1, BATCH / 8);

const port = parentPort!;

/** ip due's keeper, loaded only for its jobs (see DueKeeper). */
async function dueKeeper(options: FileCheckOptions): Promise<DueKeeper | undefined> {
  return options.keep === 'due' ? (await import('../due/entry.js')).dueEntry : undefined;
}

/** What checking a file needs beside its options (see FileHooks). */
function hooksFor(due: DueKeeper | undefined): FileHooks {
  const hooks: FileHooks = {};
  if (analyse) hooks.analyse = analyse;
  if (due) hooks.due = due;
  return hooks;
}

/** The `analyse` job the `plans` messages belong to. */
let current: { today: string; reply: MessagePort } | undefined;

function handle(request: WorkerRequest): boolean {
  if (request.kind === 'plans') {
    const ctx = { today: current!.today };
    const plans = (JSON.parse(request.json) as Array<[number, PlanData]>).concat(request.cloned);
    current!.reply.postMessage({ analysed: plans.map(([index, data]) => [index, analyse!(data, ctx)]) });
    return false;
  }
  if (request.kind === 'end') {
    current!.reply.postMessage({ done: true });
    return true;
  }
  if (request.kind === 'files') {
    void dueKeeper(request.options).then((due) => {
      const hooks = hooksFor(due);
      claimBatches(request, (file) => checkFile(file, request.options, hooks), (start, results) => port.postMessage({ start, results }));
      port.postMessage({ done: true });
    });
    return true;
  }
  current = { today: request.options.today, reply: request.reply };
  analyseAndHelp(request);
  return false;
}

/** The `analyse` job: waiting plans first; otherwise a few files; when none are left, wait for plans. */
function analyseAndHelp(job: Job<Candidate, FileCheckOptions> & { reply: MessagePort }): void {
  const counter = new Int32Array(job.next);
  const hooks = hooksFor(undefined);
  for (;;) {
    for (let waiting = receiveMessageOnPort(port); waiting; waiting = receiveMessageOnPort(port)) {
      if (handle(waiting.message as WorkerRequest)) return;
    }
    const start = Atomics.add(counter, 0, IDLE_BATCH);
    if (start >= job.items.length) return; // the rest arrives as messages
    const end = Math.min(start + IDLE_BATCH, job.items.length);
    const results = [];
    for (let i = start; i < end; i++) results.push(checkFile(job.items[i]!, job.options, hooks));
    job.reply.postMessage({ start, results });
  }
}

port.on('message', (request: WorkerRequest) => void handle(request));
