import { lstat, mkdir, open, realpath, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { isDirectory } from './is-directory.js';
import { HEAD_BYTES, isPreviousRender } from '../render/marker.js';

/**
 * Where `ip render` may write, decided before anything is written: -o names
 * a file for one plan, or a folder (a trailing slash, an existing folder, or
 * several plans without an .html name) for many. A file that ip render did
 * not make is never replaced without --force, and a plan is never replaced.
 */

export type OutputPlan =
  | { mode: 'file'; absolute: string }
  | { mode: 'folder'; absolute: string }
  /** -o names an existing file where a folder is needed. */
  | { mode: 'not-a-folder'; absolute: string };

/** Whether -o means one file or a folder, given the arguments and how many plans were found. */
export async function outputPlan(cwd: string, output: string, paths: readonly string[], plans: number): Promise<OutputPlan> {
  const absolute = resolve(cwd, output);
  const single = paths.length === 1 && !(await isDirectory(resolve(cwd, paths[0]!))) && plans === 1;
  const folder = /[/\\]$/.test(output) || output.endsWith(sep) || (await isDirectory(absolute)) || (!single && !/\.html?$/i.test(output));
  if (!folder) return { mode: 'file', absolute };
  const existing = await stat(absolute).catch(() => undefined);
  return existing && !existing.isDirectory() ? { mode: 'not-a-folder', absolute } : { mode: 'folder', absolute };
}

async function readHead(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

export type Conflict = { kind: 'source' | 'folder' | 'foreign'; absolute: string };

/**
 * The targets that may not be written: a plan being rendered (never, not
 * even with --force), a folder, or a file that is not a previous render
 * (unless `force`). `sources` are the plans' absolute paths.
 */
export async function conflicts(targets: readonly string[], sources: readonly string[], force: boolean): Promise<Conflict[]> {
  const own = new Set<string>();
  for (const source of sources) {
    own.add(source);
    own.add(await realpath(source).catch(() => source));
  }
  const found: Conflict[] = [];
  for (const absolute of targets) {
    const info = await lstat(absolute).catch(() => undefined);
    if (!info) continue;
    const real = await realpath(absolute).catch(() => absolute);
    if (own.has(real) || own.has(absolute)) {
      found.push({ kind: 'source', absolute });
      continue;
    }
    const target = info.isSymbolicLink() ? await stat(absolute).catch(() => undefined) : info;
    if (target?.isDirectory()) {
      found.push({ kind: 'folder', absolute });
      continue;
    }
    if (force) continue;
    const head = target?.isFile() ? await readHead(absolute).catch(() => '') : '';
    if (!isPreviousRender(head)) found.push({ kind: 'foreign', absolute });
  }
  return found;
}

/** The nearest folder upwards that holds a `.git` (folder or file), if any. */
export async function gitRoot(start: string): Promise<string | undefined> {
  let dir = start;
  for (;;) {
    if (await lstat(join(dir, '.git')).catch(() => undefined)) return dir;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** Make the output folder; the error code if it cannot be made. */
export async function makeFolder(folder: string): Promise<string | undefined> {
  try {
    await mkdir(folder, { recursive: true });
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    return typeof code === 'string' ? code : 'ERROR';
  }
}

/** Whether something is at `path` already (a link counts, even a broken one). */
export async function exists(path: string): Promise<boolean> {
  return (await lstat(path).catch(() => undefined)) !== undefined;
}
