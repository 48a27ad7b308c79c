import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DueEntry } from '../due/entry.js';
import { checkBytes, type Anchors, type CheckedFile } from '../plan/check.js';
import { checkFile, fileError, type FileCheckOptions, type Keep } from './check-file.js';
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
  /** Environment knobs: IP_WORKERS=0 checks on one thread; IP_PARSE=precise skips the fast path. */
  env?: Record<string, string | undefined>;
}

/** Below this many files a worker thread costs more to start than it saves. */
const PARALLEL_THRESHOLD = 400;
const WORKER_URL = new URL('./check-worker.js', import.meta.url);

/** Check files on this thread and, for many files, on worker threads beside it. */
async function checkAll(files: Candidate[], options: FileCheckOptions, env: Record<string, string | undefined>): Promise<ReturnType<typeof checkFile>[]> {
  const cores = Math.min(availableParallelism(), 4);
  const wanted = env.IP_WORKERS !== undefined ? Math.max(0, Number(env.IP_WORKERS) || 0) : cores - 1;
  // Workers run the compiled code; under a TypeScript test runner there is none.
  const workers = files.length >= PARALLEL_THRESHOLD && existsSync(WORKER_URL) ? Math.min(wanted, cores) : 0;
  if (workers === 0) return files.map((file) => checkFile(file, options));

  // This thread takes a slightly larger share: workers first spend time loading modules.
  const share = Math.floor(files.length / (workers + 1.2));
  const pending: Array<Promise<ReturnType<typeof checkFile>[]>> = [];
  let start = 0;
  for (let w = 0; w < workers; w++) {
    const chunk = files.slice(start, start + share);
    start += share;
    pending.push(
      new Promise((resolve, reject) => {
        const worker = new Worker(WORKER_URL, { workerData: { files: chunk, options } });
        worker.once('message', (results) => {
          resolve(results);
          void worker.terminate();
        });
        worker.once('error', reject);
      }),
    );
  }
  const mine = files.slice(start).map((file) => checkFile(file, options));
  const theirs = await Promise.all(pending);
  return [...theirs.flat(), ...mine];
}

/**
 * Positions for a plan the fast path read: read it again on the precise path.
 * Needed only for the rare finding across plans, so the common case never pays.
 */
export async function locateAnchors(file: LoadedFile, options: Pick<LoadOptions, 'maxSize' | 'today'>): Promise<Anchors> {
  if (file.anchors || !file.absolute) return file.anchors ?? {};
  const read = readLimited(file.absolute, options.maxSize);
  if (!('bytes' in read)) return {};
  return checkBytes(read.bytes, { explicit: true, today: options.today, withAnchors: true }).anchors ?? {};
}

export async function loadPlans(options: LoadOptions): Promise<Loaded> {
  const paths = options.paths.length === 0 && options.stdin ? [] : options.paths;
  const collected = options.stdin && paths.length === 0 ? { files: [], unreadable: [], unmatched: [] } : await collect(options.cwd, paths);
  const env = options.env ?? {};
  const checkOptions: FileCheckOptions = {
    maxSize: options.maxSize,
    today: options.today,
    ...(options.keep ? { keep: options.keep } : {}),
    ...(options.parseOnly ? { parseOnly: true } : {}),
    ...(env.IP_PARSE === 'precise' ? { precise: true } : {}),
  };
  const results = await checkAll(collected.files, checkOptions, env);

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
