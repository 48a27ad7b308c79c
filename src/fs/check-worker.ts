import { parentPort, receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { limitInlining } from '../inlining.js';
import type { Analyser } from '../plan/read-plan.js';
import type { PlanData } from '../plan/types.js';
import type { Job } from './batches.js';
import type { checkFile as CheckFileFn, DueKeeper, FileCheckOptions, FileHooks } from './check-file.js';
import type { Candidate } from './collect.js';

type CheckFile = typeof CheckFileFn;

/**
 * A worker thread. It loads while the main thread is still finding files,
 * then does one of two jobs:
 * - `files`: take batches of files from the shared counter, read and check
 *   them whole, and send each batch's results back (ip due, ip render);
 * - `analyse`: run the schema and rules over the plans the main thread has
 *   read (`plans` messages) and send the findings back; the main thread
 *   places them between its own batches (ip validate). Reading and analysing
 *   then each warm up on one thread only, which on two cores is what makes
 *   the pair faster than both threads doing everything.
 *
 * An analysing worker that runs out of plans reads files itself, claimed
 * from the shared counter, but only if many are left (`help`): that
 * costs it a first compile of the reader, and plans it parsed reach the
 * rules with other hidden classes than plans from JSON, so V8 throws the
 * rules' optimised code away and compiles it again. On 10,000 plans the
 * worker is never idle for long and that cost is never repaid (its busy
 * time 1.45 s with a few files read itself, 1.30 s without; medians of 10
 * alternating runs); on 100,000 the warm worker outpaces the reading and
 * helping with it is worth seconds.
 */
export type WorkerRequest =
  | ({ kind: 'files' } & Job<Candidate, FileCheckOptions>)
  /**
   * `reply`: where every answer to this job goes, in order, so the main
   * thread can take them up between its own batches (receiveMessageOnPort).
   * `help`: the files, to read some itself whenever idle, if more than
   * `over` are unclaimed when it first is; absent for runs too small to
   * repay it.
   */
  | { kind: 'analyse'; today: string; reply: MessagePort; help?: Job<Candidate, FileCheckOptions> & { over: number } }
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
 * What the worker's job needs, loaded before the first request arrives: the
 * schema and rules for an analysing worker, the reader for one that reads
 * (ip due, which never checks). An analysing worker loads the reader only
 * for a job it may help to read: without it, it was ready 120-160 ms after
 * it was started instead of 140-190 ms (six runs each).
 */
limitInlining();
const setup = workerData as WorkerSetup;
const analyse: Analyser | undefined = setup.analyse ? (await import('../plan/analyse.js')).analyse : undefined;
const loadReader = () => Promise.all([import('./check-file.js'), import('./batches.js')]);
const reader = setup.analyse ? undefined : loadReader();

/** Files an analysing worker takes at a time when idle: few, so waiting plans are not held up. */
const IDLE_BATCH = 8;

const port = parentPort!;

/** ip due's keeper, loaded only for its jobs (see DueKeeper). */
async function dueKeeper(options: FileCheckOptions): Promise<DueKeeper | undefined> {
  return options.keep === 'due' ? (await import('../due/entry.js')).dueEntry : undefined;
}

/** The `analyse` job the `plans` messages belong to. */
let current: { today: string; reply: MessagePort } | undefined;

/** Handles one request; true once the current `analyse` job is done. */
function handle(request: WorkerRequest): boolean {
  if (request.kind === 'plans') {
    const ctx = { today: current!.today };
    const plans = (JSON.parse(request.json) as Array<[number, PlanData]>).concat(request.cloned);
    current!.reply.postMessage({ analysed: plans.map(([index, data]) => [index, analyse!(data, ctx)]) });
  } else if (request.kind === 'end') {
    current!.reply.postMessage({ done: true });
    return true;
  } else if (request.kind === 'files') {
    void Promise.all([reader ?? loadReader(), dueKeeper(request.options)]).then(([[{ checkFile }, { claimBatches }], due]) => {
      const hooks: FileHooks = due ? { due } : {};
      claimBatches(request, (file) => checkFile(file, request.options, hooks), (start, results) => port.postMessage({ start, results }));
      port.postMessage({ done: true });
    });
  } else {
    current = { today: request.today, reply: request.reply };
    const help = request.help;
    if (help) void loadReader().then(([{ checkFile }]) => helpWhenIdle(help, current!.reply, checkFile));
  }
  return false;
}

/**
 * Answer the plans waiting, and when none are, read and check a few files
 * whole, until none are left. If no more than `help.over` files are left
 * when it is first idle, the first read would not be repaid: back to
 * answering plans as they come.
 */
function helpWhenIdle(help: NonNullable<Extract<WorkerRequest, { kind: 'analyse' }>['help']>, reply: MessagePort, checkFile: CheckFile): void {
  const counter = new Int32Array(help.next);
  const hooks: FileHooks = { analyse: analyse! };
  let helping = false;
  for (;;) {
    for (let waiting = receiveMessageOnPort(port); waiting; waiting = receiveMessageOnPort(port)) {
      if (handle(waiting.message as WorkerRequest)) return;
    }
    if (!helping && help.items.length - Atomics.load(counter, 0) <= help.over) return;
    helping = true;
    const start = Atomics.add(counter, 0, IDLE_BATCH);
    if (start >= help.items.length) return;
    const end = Math.min(start + IDLE_BATCH, help.items.length);
    const results = [];
    for (let i = start; i < end; i++) results.push(checkFile(help.items[i]!, help.options, hooks));
    reply.postMessage({ start, results });
  }
}

port.on('message', (request: WorkerRequest) => void handle(request));
