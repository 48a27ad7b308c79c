import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { PlanData } from '../plan/types.js';
import { claimBatches } from './batches.js';
import type { Analyser } from '../plan/read-plan.js';
import { checkFile, readAndCheck, withAnalysis, type FileCheckOptions, type FileHooks } from './check-file.js';
import type { WorkerRequest, WorkerSetup } from './check-worker.js';
import type { Candidate } from './collect.js';

/**
 * Worker threads beside the main one, for caseloads: how many, and the two
 * ways they share the work (see check-worker.ts and the README's Performance).
 */

const WORKER_URL = new URL('./check-worker.js', import.meta.url);

type Result = ReturnType<typeof checkFile>;

/** How many worker threads to use beside the main thread: one per spare core, or IP_WORKERS. */
export function workerCount(env: Record<string, string | undefined>): number {
  const cores = Math.min(availableParallelism(), 4);
  const wanted = env.IP_WORKERS !== undefined ? Math.max(0, Number(env.IP_WORKERS) || 0) : cores - 1;
  // Workers run the compiled code; under a TypeScript test runner there is none.
  return existsSync(WORKER_URL) ? Math.min(wanted, cores) : 0;
}

/**
 * With no core left over, a worker compiles its hot code on its own thread
 * rather than on V8's background threads. Measured on 2 cores and 10,000
 * plans: the background compiling took 0.8-0.9 s of CPU beside the two
 * threads' work, and compiling on the worker's own thread about 0.2 s;
 * ip validate took 7-10 % less time (median of 10 alternating runs). V8
 * reads the flag when an isolate is created, so it applies to the workers
 * started after it; this thread, set up before, goes on as it was.
 */
function compileOnOwnThread(): void {
  setFlagsFromString('--no-concurrent-recompilation');
}

/** Plans per message to an analysing worker: few messages, and little left to wait for at the end. */
const ANALYSE_BATCH = 64;

/**
 * An analysing worker reads files itself when idle only if more than this
 * many are left when it first is (see check-worker.ts): the first files it
 * reads cost it a compile of the reader and of the rules again, about
 * 0.2-0.3 s, which only a long run repays. On 100,000 plans, ip validate
 * took 11.5-11.9 s and up to 570 MB without the worker's help.
 */
const HELP_READING_OVER = 20_000;

/** HELP_READING_OVER, or IP_HELP_OVER (the tests set it low to run the worker's reading on a small caseload). */
export function helpReadingOver(env: Record<string, string | undefined>): number {
  const set = Number(env.IP_HELP_OVER);
  return env.IP_HELP_OVER !== undefined && Number.isInteger(set) && set >= 0 ? set : HELP_READING_OVER;
}

/**
 * Worker threads, started as soon as the walk has found enough files: they
 * load their modules while the main thread is still walking.
 */
export class Pool {
  private readonly workers: Worker[];

  /** `setup.analyse`: the workers will check plans, so they load the schema and rules (see check-worker.ts). */
  constructor(count: number, setup: WorkerSetup) {
    if (count + 1 >= availableParallelism()) compileOnOwnThread();
    this.workers = Array.from({ length: count }, () => new Worker(WORKER_URL, { workerData: setup }));
    // Unreferenced until given work: a run that ends early (a usage error) must not wait on them.
    for (const worker of this.workers) worker.unref();
  }

  /** Resolves when `onMessage` says the work is done, rejects when a worker fails or stops. */
  private listen<M>(onMessage: (message: M, worker: Worker) => boolean): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      for (const worker of this.workers) {
        worker.ref();
        worker.on('message', (message: M) => {
          if (onMessage(message, worker)) resolve();
        });
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`a worker thread stopped early (exit ${code})`)));
      }
    });
  }

  /** Read and check `files` whole on every worker and this thread together; results in the order of `files`. */
  async run(files: Candidate[], options: FileCheckOptions, hooks: FileHooks): Promise<Result[]> {
    const results: Result[] = new Array(files.length);
    let working = this.workers.length;
    const finished = this.listen<{ start: number; results: Result[] } | { done: true }>((message) => {
      if ('done' in message) return --working === 0;
      for (let i = 0; i < message.results.length; i++) results[message.start + i] = message.results[i]!;
      return false;
    });
    const job: WorkerRequest = { kind: 'files', items: files, options, next: new SharedArrayBuffer(4) };
    for (const worker of this.workers) worker.postMessage(job);
    claimBatches(job, (file) => checkFile(file, options, hooks), (start, mine) => {
      for (let i = 0; i < mine.length; i++) results[start + i] = mine[i]!;
    });
    await this.finish(finished);
    return results;
  }

  /**
   * Read files on this thread and analyse the plans on the workers: this
   * thread reads, parses and sends batches of plan data; the workers run the
   * schema and rules, and in a large run read files themselves when no plans
   * are waiting (see check-worker.ts). Their answers are taken up here
   * between batches, so placing findings (withAnalysis) overlaps their work
   * instead of following it. `allRead` is called once every file has been
   * read, with the results so far (each file's data, most not yet analysed):
   * work that needs only the data runs there while the workers are still
   * analysing. Results in the order of `files`.
   */
  async analyse(files: Candidate[], options: FileCheckOptions, analyse: Analyser, helpOver: number, allRead?: (results: Result[]) => void): Promise<Result[]> {
    const results: Result[] = new Array(files.length);
    let working = this.workers.length;
    // Files read on either thread, and whether this thread has sent all the plans it read.
    let readCount = 0;
    let sentAll = false;
    const reportAllRead = () => {
      if (!sentAll || readCount < files.length || !allRead) return;
      const report = allRead;
      allRead = undefined;
      report(results);
    };
    const take = (message: AnalyseAnswer): boolean => {
      if ('done' in message) return --working === 0;
      if ('analysed' in message) {
        for (const [index, analysed] of message.analysed) results[index] = withAnalysis(results[index]!, files[index]!, analysed, options, analyse);
      } else {
        for (let i = 0; i < message.results.length; i++) results[message.start + i] = message.results[i]!;
        readCount += message.results.length;
        reportAllRead();
      }
      return false;
    };
    const channels = this.workers.map(() => new MessageChannel());
    const next = new SharedArrayBuffer(4);
    const help = files.length > helpOver ? { items: files, options, next, over: helpOver } : undefined;
    this.workers.forEach((worker, i) => {
      const job: WorkerRequest = { kind: 'analyse', today: options.today, reply: channels[i]!.port2 };
      if (help) job.help = help;
      worker.postMessage(job, [channels[i]!.port2]);
    });
    const takeWaiting = () => {
      for (const { port1 } of channels) for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) take(m.message as AnalyseAnswer);
    };
    // Plan data crosses as JSON where that carries it exactly: a string is copied whole,
    // and JSON.parse rebuilds objects in about half the time a structured clone takes.
    let json: Array<[number, PlanData]> = [];
    let cloned: Array<[number, PlanData]> = [];
    let turn = 0;
    const send = () => {
      const request: WorkerRequest = { kind: 'plans', json: JSON.stringify(json), cloned };
      this.workers[turn++ % this.workers.length]!.postMessage(request);
      json = [];
      cloned = [];
    };
    const deferred = { ...options, deferAnalysis: true };
    claimBatches(
      { items: files, next },
      (file) => readAndCheck(file, deferred, { analyse }),
      (start, read) => {
        for (let i = 0; i < read.length; i++) {
          const { file, pending, asJson } = read[i]!;
          results[start + i] = file;
          if (pending === undefined) continue;
          (asJson ? json : cloned).push([start + i, pending]);
          if (json.length + cloned.length === ANALYSE_BATCH) send();
        }
        readCount += read.length;
        takeWaiting();
      },
    );
    if (json.length + cloned.length > 0) send();
    const end: WorkerRequest = { kind: 'end' };
    for (const worker of this.workers) worker.postMessage(end);
    sentAll = true;
    // Every file is read by now, unless a worker's last few are still to come back.
    reportAllRead();
    // The rest of the answers, as they come; a worker that fails rejects through listen.
    const failed = this.listen<never>(() => false);
    const answered = new Promise<void>((resolve) => {
      takeWaiting();
      if (working === 0) return resolve();
      for (const { port1 } of channels) port1.on('message', (message: AnalyseAnswer) => take(message) && resolve());
    });
    try {
      await this.finish(Promise.race([answered, failed]));
    } finally {
      for (const { port1 } of channels) port1.close();
    }
    return results;
  }

  private async finish(finished: Promise<void>): Promise<void> {
    try {
      await finished;
    } finally {
      this.close();
    }
  }

  /**
   * Stop the workers. Unreferenced first: the run need not wait while each
   * takes its heap down (Node stops them at exit all the same). Measured on
   * ip due over 10,000 plans: 1.58 -> 1.51 s (medians of 10 alternating runs).
   */
  close(): void {
    for (const worker of this.workers) {
      worker.removeAllListeners('exit');
      worker.unref();
      void worker.terminate();
    }
  }
}

/** What an analysing worker answers: findings for the plans sent, results for files it read itself, or that it is done. */
type AnalyseAnswer = { analysed: Array<[number, ReturnType<Analyser>]> } | { start: number; results: Result[] } | { done: true };
