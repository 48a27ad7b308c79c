import { checkBytes, type Anchors, type CheckedFile } from '../plan/check.js';
import type { Diagnostic } from '../plan/types.js';
import { collect } from './collect.js';
import { readLimited } from './read.js';

/**
 * The edge between the file system and the pure checks: find the files named
 * by the user, read each within the size limit, check each on its own. A
 * file that cannot be read becomes a diagnostic; the run always goes on.
 */

export const DEFAULT_MAX_SIZE = 1024 * 1024;
/** Files read at once: enough to keep the disk busy, few enough to keep memory flat. */
const READ_CONCURRENCY = 16;

export interface LoadedFile extends CheckedFile {
  path: string;
  /** Where it was read from (absent for standard input). */
  absolute?: string;
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
}

function fileError(path: string, code: string, params: Record<string, string | number>): LoadedFile {
  const d: Diagnostic = { severity: 'error', code, path: [], line: 1, column: 1, params };
  return { path, kind: 'plan', diagnostics: [d], anchors: {} };
}

async function loadOne(path: string, absolute: string, explicit: boolean, options: LoadOptions): Promise<LoadedFile> {
  const read = await readLimited(absolute, options.maxSize);
  if ('error' in read) return fileError(path, 'read-error', { reason: read.error });
  if ('tooLarge' in read) {
    const checked = checkBytes(read.head, { explicit, today: options.today });
    if (checked.kind === 'skipped' && !explicit) return { path, ...checked };
    return fileError(path, 'too-large', { limit: options.maxSize });
  }
  return { path, absolute, ...checkBytes(read.bytes, { explicit, today: options.today }) };
}

/**
 * Positions for a plan the fast path read: read it again on the precise path.
 * Needed only for the rare finding across plans, so the common case never pays.
 */
export async function locateAnchors(file: LoadedFile, options: Pick<LoadOptions, 'maxSize' | 'today'>): Promise<Anchors> {
  if (file.anchors || !file.absolute) return file.anchors ?? {};
  const read = await readLimited(file.absolute, options.maxSize);
  if (!('bytes' in read)) return {};
  return checkBytes(read.bytes, { explicit: true, today: options.today, precise: true }).anchors ?? {};
}

export async function loadPlans(options: LoadOptions): Promise<Loaded> {
  const paths = options.paths.length === 0 && options.stdin ? [] : options.paths;
  const collected = options.stdin && paths.length === 0 ? { files: [], unreadable: [], unmatched: [] } : await collect(options.cwd, paths);
  const results: LoadedFile[] = new Array(collected.files.length);
  let next = 0;
  const worker = async () => {
    while (next < collected.files.length) {
      const i = next++;
      const file = collected.files[i]!;
      results[i] = await loadOne(file.path, file.absolute, file.explicit, options);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, collected.files.length) }, worker));

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
