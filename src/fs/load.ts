import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DueEntry } from '../due/entry.js';
import { checkBytes, locateAnchors as anchorsIn, placeFindings, type analyse, type Anchors, type CheckedFile } from '../plan/check.js';
import type { PlanData } from '../plan/types.js';
import { claimBatches } from './batches.js';
import { checkFile, fileError, readAndCheck, type DueKeeper, type FileCheckOptions, type Keep } from './check-file.js';
import type { WorkerRequest } from './check-worker.js';
import { collect, type Candidate } from './collect.js';
import { readLimited } from './read.js';

/**
 * The edge between the file system and the pure checks: find the files named
 * by the user, read each within the size limit, check each on its own. A
 * file that cannot be read becomes a diagnostic; the run always goes on.
 */

export const DEFAULT_MAX_SIZE = 1024 * 1024;

export interface LoadedFile extends CheckedFile {
  path: string;
  /** Where it was read from (absent for standard input). */
  absolute?: string;
  /** What ip due keeps of the plan, with `keep: 'due'`. */
  due?: DueEntry;
}

export interface Loaded {
  /** Plans (and files that claim to be plans), in a stable order. */
  plans: LoadedFile[];
  skipped: number;
  unmatched: string[];
}

export interface LoadOptions {
  cwd: string;
  paths: string[];
  maxSize: number;
  today: string;
  /** Text given on standard input, checked as a named file. */
  stdin?: { path: string; bytes: Uint8Array };
  /** What to keep of each plan (see FileCheckOptions): the whole plan unless said. */
  keep?: Keep;
  /** Read plans without checking them against the schema and rules. */
  parseOnly?: boolean;
  /** With `keep: 'due'`: ip due's dueEntry (see DueKeeper). */
  dueKeeper?: DueKeeper;
  /** Environment knobs: IP_WORKERS=0 checks on one thread; IP_PARSE=precise skips the fast path. */
  env?: Record<string, string | undefined>;
}

/** Below this many files a worker thread costs more to start than it saves. */
const PARALLEL_THRESHOLD = 400;
const WORKER_URL = new URL('./check-worker.js', import.meta.url);

type Result = ReturnType<typeof checkFile>;

/** How many worker threads to use beside the main thread: one per spare core, or IP_WORKERS. */
function workerCount(env: Record<string, string | undefined>): number {
  const cores = Math.min(availableParallelism(), 4);
  const wanted = env.IP_WORKERS !== undefined ? Math.max(0, Number(env.IP_WORKERS) || 0) : cores - 1;
  // Workers run the compiled code; under a TypeScript test runner there is none.
  return existsSync(WORKER_URL) ? Math.min(wanted, cores) : 0;
}

/** Plans per message to an analysing worker: few messages, and little left to wait for at the end. */
const ANALYSE_BATCH = 64;

/**
 * Worker threads, started as soon as the walk has found enough files: they
 * load their modules while the main thread is still walking.
 */
class Pool {
  private readonly workers: Worker[];

  constructor(count: number) {
    this.workers = Array.from({ length: count }, () => new Worker(WORKER_URL));
    // Unreferenced until given work: a run that ends early (a usage error) must not wait on them.
    for (const worker of this.workers) worker.unref();
  }

  /** Resolves when `settled` says so, rejects when a worker fails or stops. */
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
  async run(files: Candidate[], options: FileCheckOptions, due: DueKeeper | undefined): Promise<Result[]> {
    const results: Result[] = new Array(files.length);
    let working = this.workers.length;
    const finished = this.listen<{ start: number; results: Result[] } | { done: true }>((message) => {
      if ('done' in message) return --working === 0;
      for (let i = 0; i < message.results.length; i++) results[message.start + i] = message.results[i]!;
      return false;
    });
    const job: WorkerRequest = { kind: 'files', items: files, options, next: new SharedArrayBuffer(4) };
    for (const worker of this.workers) worker.postMessage(job);
    claimBatches(job, (file) => checkFile(file, options, due), (start, mine) => {
      for (let i = 0; i < mine.length; i++) results[start + i] = mine[i]!;
    });
    await this.finish(finished);
    return results;
  }

  /**
   * Read files on this thread and analyse the plans on the workers: this
   * thread reads, parses and sends batches of plan data; the workers run the
   * schema and rules, place what they find, and read files themselves only
   * when no plans are waiting. Results in the order of `files`.
   */
  async analyse(files: Candidate[], options: FileCheckOptions): Promise<Result[]> {
    const results: Result[] = new Array(files.length);
    let working = this.workers.length;
    const finished = this.listen<{ analysed: Array<[number, Analysis]> } | { start: number; results: Result[] } | { done: true }>((message) => {
      if ('done' in message) return --working === 0;
      if ('analysed' in message) for (const [index, analysed] of message.analysed) results[index] = withAnalysis(results[index]!, files[index]!, analysed, options);
      else for (let i = 0; i < message.results.length; i++) results[message.start + i] = message.results[i]!;
      return false;
    });
    const job: WorkerRequest = { kind: 'analyse', items: files, options, next: new SharedArrayBuffer(4) };
    for (const worker of this.workers) worker.postMessage(job);
    let batch: Array<[number, PlanData]> = [];
    let next = 0;
    const send = () => {
      const request: WorkerRequest = { kind: 'plans', today: options.today, plans: batch };
      this.workers[next++ % this.workers.length]!.postMessage(request);
      batch = [];
    };
    const deferred = { ...options, deferAnalysis: true };
    claimBatches(
      job,
      (file) => readAndCheck(file, deferred),
      (start, read) => {
        for (let i = 0; i < read.length; i++) {
          const { file, pending } = read[i]!;
          results[start + i] = file;
          if (pending === undefined) continue;
          batch.push([start + i, pending]);
          if (batch.length === ANALYSE_BATCH) send();
        }
      },
    );
    if (batch.length > 0) send();
    const end: WorkerRequest = { kind: 'end' };
    for (const worker of this.workers) worker.postMessage(end);
    await this.finish(finished);
    return results;
  }

  private async finish(finished: Promise<void>): Promise<void> {
    try {
      await finished;
    } finally {
      this.close();
    }
  }

  close(): void {
    for (const worker of this.workers) {
      worker.removeAllListeners('exit');
      void worker.terminate();
    }
  }
}

type Analysis = ReturnType<typeof analyse>;

/**
 * A plan read on this thread, completed with what a worker's analysis found.
 * Findings need positions: the plan is read again, recording them (about one
 * plan in ten; this thread would otherwise wait for the worker to finish).
 */
function withAnalysis(file: LoadedFile, candidate: Candidate, analysed: Analysis, options: FileCheckOptions): LoadedFile {
  const { pending: _pending, ...done } = file;
  if (analysed.status) done.status = analysed.status;
  if (analysed.findings.length === 0) return done;
  const read = readLimited(candidate.absolute, options.maxSize);
  const placed = 'bytes' in read ? placeFindings(read.bytes, candidate.explicit, analysed.findings) : undefined;
  if (!placed) return checkFile(candidate, { ...options, precise: true });
  return { ...done, diagnostics: [...done.diagnostics, ...placed.diagnostics], anchors: placed.anchors };
}

/**
 * Positions for a plan the fast path read: read it again on the precise path.
 * Needed only for the rare finding across plans, so the common case never pays.
 */
export async function locateAnchors(file: LoadedFile, options: Pick<LoadOptions, 'maxSize' | 'today'>): Promise<Anchors> {
  if (file.anchors || !file.absolute) return file.anchors ?? {};
  const read = readLimited(file.absolute, options.maxSize);
  if (!('bytes' in read)) return {};
  return anchorsIn(read.bytes, { explicit: true, today: options.today });
}

export async function loadPlans(options: LoadOptions): Promise<Loaded> {
  const paths = options.paths.length === 0 && options.stdin ? [] : options.paths;
  const env = options.env ?? {};
  const workers = workerCount(env);
  let pool: Pool | undefined;
  const onFound = workers > 0 ? (count: number) => void (count === PARALLEL_THRESHOLD && (pool = new Pool(workers))) : undefined;
  const collected = options.stdin && paths.length === 0 ? { files: [], unreadable: [], unmatched: [] } : await collect(options.cwd, paths, onFound);
  const checkOptions: FileCheckOptions = {
    maxSize: options.maxSize,
    today: options.today,
    ...(options.keep ? { keep: options.keep } : {}),
    ...(options.parseOnly ? { parseOnly: true } : {}),
    ...(env.IP_PARSE === 'precise' ? { precise: true } : {}),
  };
  const many = collected.files.length >= PARALLEL_THRESHOLD;
  // Files named one by one start no walk: start the workers now. A walk can also find
  // enough files and then drop most as the same file reached twice.
  if (!pool && many && workers > 0) pool = new Pool(workers);
  if (pool && !many) {
    pool.close();
    pool = undefined;
  }
  // Plans that are checked are read here and analysed on the workers; plans that are only read are shared out whole.
  const results = !pool
    ? collected.files.map((file) => checkFile(file, checkOptions, options.dueKeeper))
    : options.parseOnly
      ? await pool.run(collected.files, checkOptions, options.dueKeeper)
      : await pool.analyse(collected.files, checkOptions);

  const all = [...results];
  if (options.stdin) {
    const { path, bytes } = options.stdin;
    all.unshift(
      bytes.length > options.maxSize
        ? fileError(path, 'too-large', { limit: options.maxSize })
        : { path, ...checkBytes(bytes, { explicit: true, today: options.today, precise: true }) },
    );
  }
  for (const folder of collected.unreadable) all.push(fileError(folder.path, 'read-error', { reason: folder.reason }));
  const plans = all.filter((f) => f.kind === 'plan');
  return { plans, skipped: all.length - plans.length, unmatched: collected.unmatched };
}
