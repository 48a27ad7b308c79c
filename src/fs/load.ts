import type { DueEntry } from '../due/entry.js';
import { locateAnchors as anchorsIn, readBytes, type Analyser, type Anchors, type CheckedFile } from '../plan/read-plan.js';
import { limitInlining } from '../inlining.js';
import { checkFile, fileError, type DueKeeper, type FileCheckOptions, type FileHooks, type Keep } from './check-file.js';
import { collect } from './collect.js';
import { helpReadingOver, Pool, workerCount } from './pool.js';
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
  /**
   * The schema and rules (plan/analyse.ts), handed in by the commands that
   * check plans; without it the plans are only read (ip due), and the schema
   * and rules are never loaded.
   */
  analyse?: Analyser;
  /** With `keep: 'due'`: ip due's dueEntry (see DueKeeper). */
  dueKeeper?: DueKeeper;
  /** With `keep: 'due'`: the last day of ip due's window; later points are not kept. */
  dueUntil?: string;
  /**
   * Called once with every plan read, before the loaded plans are returned:
   * on worker threads most are then still being analysed, so work that needs
   * only the plans' data (ip validate's checks across plans) runs in the time
   * this thread would otherwise wait. The plans' diagnostics and positions are
   * not complete there.
   */
  whenRead?: (plans: LoadedFile[]) => void;
  /**
   * Environment knobs: IP_WORKERS=0 checks on one thread; IP_PARSE=precise skips the fast path;
   * IP_HELP_OVER=N lets an analysing worker read files itself from N files left (see pool.ts).
   */
  env?: Record<string, string | undefined>;
}

/** Below this many files a worker thread costs more to start than it saves. */
const PARALLEL_THRESHOLD = 400;

/**
 * Positions for a plan the fast path read without them: read it again,
 * recording them. Needed only for the rare finding across plans, so the
 * common case never pays.
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
  const setup = { analyse: options.analyse !== undefined };
  const onFound = workers > 0 ? (count: number) => void (count === PARALLEL_THRESHOLD && (pool = new Pool(workers, setup))) : undefined;
  const collected = options.stdin && paths.length === 0 ? { files: [], unreadable: [], unmatched: [] } : await collect(options.cwd, paths, onFound);
  const checkOptions: FileCheckOptions = {
    maxSize: options.maxSize,
    today: options.today,
    ...(options.keep ? { keep: options.keep } : {}),
    ...(options.dueUntil ? { dueUntil: options.dueUntil } : {}),
    ...(env.IP_PARSE === 'precise' ? { precise: true } : {}),
  };
  const many = collected.files.length >= PARALLEL_THRESHOLD;
  // Files named one by one start no walk: start the workers now. A walk can also find
  // enough files and then drop most as the same file reached twice.
  if (!pool && many && workers > 0) pool = new Pool(workers, setup);
  if (pool && !many) {
    pool.close();
    pool = undefined;
  }
  const hooks: FileHooks = {};
  if (options.analyse) hooks.analyse = options.analyse;
  if (options.dueKeeper) hooks.due = options.dueKeeper;
  const fromStdin = options.stdin ? readStdin(options.stdin, options) : undefined;
  const unreadable = collected.unreadable.map((folder) => fileError(folder.path, 'read-error', { reason: folder.reason }));
  // Standard input first, then the files in order, then the folders that could not be read.
  const gather = (results: LoadedFile[]) => [...(fromStdin ? [fromStdin] : []), ...results, ...unreadable];
  const whenRead = options.whenRead && ((results: LoadedFile[]) => options.whenRead!(gather(results).filter(isPlan)));
  // A worker limits V8's inlining as it starts (see inlining.ts); without one, this thread does.
  if (!pool) limitInlining();
  // Plans that are checked are read here and analysed on the workers; plans that are only read are shared out whole.
  const results = !pool
    ? collected.files.map((file) => checkFile(file, checkOptions, hooks))
    : options.analyse
      ? await pool.analyse(collected.files, checkOptions, options.analyse, helpReadingOver(env), whenRead)
      : await pool.run(collected.files, checkOptions, hooks);
  if (!pool || !options.analyse) whenRead?.(results);

  const all = gather(results);
  const plans = all.filter(isPlan);
  return { plans, skipped: all.length - plans.length, unmatched: collected.unmatched };
}

function isPlan(file: LoadedFile): boolean {
  return file.kind === 'plan';
}

/** Text given on standard input: always checked on the precise path, as a file the user named. */
function readStdin(stdin: { path: string; bytes: Uint8Array }, options: LoadOptions): LoadedFile {
  const { path, bytes } = stdin;
  if (bytes.length > options.maxSize) return fileError(path, 'too-large', { limit: options.maxSize });
  return { path, ...readBytes(bytes, { explicit: true, today: options.today, precise: true, ...(options.analyse ? { analyser: options.analyse } : {}) }) };
}
