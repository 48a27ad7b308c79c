import { lstat, mkdir, open, realpath, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { isDirectory } from './is-directory.js';
import { HEAD_BYTES, isPreviousRender } from '../render/marker.js';
import { identify, replaceable, type FileIdentity } from './write.js';

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

/** `special`: a device, a FIFO or a socket (or a link to one), never replaced, not even with --force. */
export type Conflict = { kind: 'source' | 'folder' | 'special' | 'foreign'; absolute: string };

export interface TargetCheck {
  /** The targets that may not be written. */
  blocked: Conflict[];
  /**
   * What each target that may be replaced was at the check (a previous
   * render, or with --force a file or a link to one). A target not here was
   * absent, and is created exclusively; one here is replaced only while it
   * is still this (fs/write.ts, writeIfStillChecked).
   */
  checked: Map<string, FileIdentity>;
}

/**
 * The targets that may not be written: a plan being rendered (never, not
 * even with --force), a folder, a device, FIFO or socket, or a file that is
 * not a previous render (unless `force`). `sources` are the plans' absolute
 * paths.
 */
export async function conflicts(targets: readonly string[], sources: readonly string[], force: boolean): Promise<TargetCheck> {
  const own = new Set<string>();
  for (const source of sources) {
    own.add(source);
    own.add(await realpath(source).catch(() => source));
  }
  const found: Conflict[] = [];
  const checked = new Map<string, FileIdentity>();
  for (const absolute of targets) {
    // Taken before the file is read: a change after this, even while its head is read, makes it another file at the write.
    const identity = await identify(absolute).catch(() => undefined);
    if (!identity) continue;
    const real = await realpath(absolute).catch(() => absolute);
    if (own.has(real) || own.has(absolute)) {
      found.push({ kind: 'source', absolute });
      continue;
    }
    const target = identity.kind === 'link' ? await stat(absolute).catch(() => undefined) : await lstat(absolute).catch(() => undefined);
    if (target?.isDirectory()) {
      found.push({ kind: 'folder', absolute });
      continue;
    }
    if (!replaceable(identity)) {
      found.push({ kind: 'special', absolute });
      continue;
    }
    if (!force) {
      const head = target?.isFile() ? await readHead(absolute).catch(() => '') : '';
      if (!isPreviousRender(head)) {
        found.push({ kind: 'foreign', absolute });
        continue;
      }
    }
    checked.set(absolute, identity);
  }
  return { blocked: found, checked };
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

/**
 * Make the output folder; the error code if it cannot be made. Every folder
 * made here is the running user's alone (0700, whatever the umask allows
 * beyond it): the pages in it are health data.
 */
export async function makeFolder(folder: string): Promise<string | undefined> {
  try {
    await mkdir(folder, { recursive: true, mode: 0o700 });
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    return typeof code === 'string' ? code : 'ERROR';
  }
}
