import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, chmod, chown, copyFile, link, lstat, open, readFile, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Write a file so that nothing is ever half-written or clobbered:
 * the content goes to a temporary file (mode 0600) in the target folder, is
 * flushed to disk, and is then moved into place.
 *
 * - Without `force`: `link(tmp, target)` fails with EEXIST if the target
 *   exists, so there is no window between "does it exist?" and "write" in
 *   which another file could be replaced. Where the file system has no hard
 *   links, an exclusive copy (COPYFILE_EXCL) does the same.
 * - With `force`: `rename(tmp, target)` replaces the target in one step,
 *   but only a regular file or a link (to a file, or to nothing): never a
 *   folder, a device, a FIFO or a socket (WriteError `not-a-file`).
 *
 * On any failure the temporary file is removed and the target is as it was.
 * The file system functions are a parameter, so tests can make the disk full.
 */

export interface WriteFs {
  /** Create `path` exclusively with `mode`, write `data` and flush it to disk. */
  writeNew(path: string, data: string, mode: number): Promise<void>;
  /** What is at `path` now, not following a link; undefined when nothing is. */
  identify(path: string): Promise<FileIdentity | undefined>;
  link(existing: string, target: string): Promise<void>;
  copyExclusive(source: string, target: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

/**
 * A file as it was when it was checked: which file (device and inode), what
 * kind, and when its content or its metadata last changed, to the
 * nanosecond. Writing, truncating, renaming over or replacing the file
 * changes one of them.
 */
export interface FileIdentity {
  dev: bigint;
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
  /** A regular file, a link (the link itself), or anything else (a folder, a device, a FIFO, a socket). */
  kind: 'file' | 'link' | 'other';
  /** For a link: whether it points to a regular file, or to nothing. */
  linksToFile?: boolean;
}

export async function identify(path: string): Promise<FileIdentity | undefined> {
  const info = await lstat(path, { bigint: true }).catch((error: unknown) => {
    if (code(error) === 'ENOENT' || code(error) === 'ENOTDIR') return undefined;
    throw error;
  });
  if (!info) return undefined;
  const kind = info.isFile() ? 'file' : info.isSymbolicLink() ? 'link' : 'other';
  const identity: FileIdentity = { dev: info.dev, ino: info.ino, size: info.size, mtimeNs: info.mtimeNs, ctimeNs: info.ctimeNs, kind };
  if (kind === 'link') {
    const target = await stat(path).catch(() => undefined);
    identity.linksToFile = target === undefined || target.isFile();
  }
  return identity;
}

/** Still the same file, unchanged since `before` was taken. */
export function sameFile(before: FileIdentity, now: FileIdentity): boolean {
  return before.dev === now.dev && before.ino === now.ino && before.size === now.size && before.mtimeNs === now.mtimeNs && before.ctimeNs === now.ctimeNs && before.kind === now.kind;
}

/** What `--force` may replace: a regular file, or a link to one (or to nothing); never a folder, device, FIFO or socket. */
export function replaceable(identity: FileIdentity): boolean {
  return identity.kind === 'file' || (identity.kind === 'link' && identity.linksToFile === true);
}

export const realFs: WriteFs = {
  async writeNew(path, data, mode) {
    const handle = await open(path, 'wx', mode);
    try {
      await handle.writeFile(data, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  identify: (path) => identify(path),
  link: (existing, target) => link(existing, target),
  copyExclusive: (source, target) => copyFile(source, target, constants.COPYFILE_EXCL),
  rename: (from, to) => rename(from, to),
  unlink: (path) => unlink(path),
};

/**
 * From replaceFileIfUnchanged: `changed`, the file to replace is not what
 * was read; `gone`, it is no longer at its path (moved or deleted);
 * `read-only`, the user running the command may not write it; `owner`, the
 * new file cannot be given the old one's owner and group. `not-a-file`: what
 * --force would replace is a folder, a device, a FIFO or a socket.
 */
export type WriteFailure = 'exists' | 'cannot-write' | 'changed' | 'gone' | 'read-only' | 'owner' | 'not-a-file';

export class WriteError extends Error {
  constructor(
    readonly kind: WriteFailure,
    /** The system's error code (ENOSPC, EACCES, EROFS …), for the message. */
    readonly errno: string,
    readonly path: string,
    /** A temporary file that could not be removed (the user should delete it). */
    readonly leftover?: string,
  ) {
    super(`${kind} ${errno} ${path}`);
    this.name = 'WriteError';
  }
}

export interface WriteOptions {
  /** Replace an existing file. */
  force?: boolean;
  /** File mode for a new file (default 0600: plans are health and welfare records). */
  mode?: number;
  fs?: WriteFs;
}

function code(error: unknown): string {
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : 'EIO';
}

/** Hard links are not on every file system (FAT, some network shares): then copy exclusively instead. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

export function temporaryPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

export interface WriteResult {
  /** The plan is in place, but this temporary file could not be removed. */
  leftover?: string;
}

export async function writeFileSafely(target: string, data: string, options: WriteOptions = {}): Promise<WriteResult> {
  const fs = options.fs ?? realFs;
  const tmp = temporaryPath(target);
  let created = false;
  let stage: 'temporary' | 'place' = 'temporary';
  try {
    try {
      await fs.writeNew(tmp, data, options.mode ?? 0o600);
      created = true;
    } catch (error) {
      // A failed write may still have left the file behind (ENOSPC after open);
      // EEXIST means the name was someone else's, which is never removed.
      created = code(error) !== 'EEXIST';
      throw error;
    }
    stage = 'place';
    if (options.force) {
      const there = await fs.identify(target);
      if (there && !replaceable(there)) {
        const leftover = await removeQuietly(fs, tmp);
        throw new WriteError('not-a-file', 'ENOTFILE', target, leftover);
      }
      await fs.rename(tmp, target);
      return {};
    }
    try {
      await fs.link(tmp, target);
    } catch (error) {
      if (!NO_LINKS.has(code(error))) throw error;
      try {
        await fs.copyExclusive(tmp, target);
      } catch (copyError) {
        // The copy created the target exclusively, so a half-copied one is ours to remove.
        if (code(copyError) !== 'EEXIST') await removeQuietly(fs, target);
        throw copyError;
      }
    }
  } catch (error) {
    if (error instanceof WriteError) throw error;
    const errno = code(error);
    const leftover = created ? await removeQuietly(fs, tmp) : undefined;
    throw new WriteError(errno === 'EEXIST' && stage === 'place' ? 'exists' : 'cannot-write', errno, target, leftover);
  }
  // In place: the temporary name goes. Failing that, the file is written but a stray copy remains.
  const leftover = await removeQuietly(fs, tmp);
  return leftover ? { leftover } : {};
}

/**
 * Write `target`, which was checked as `checked` (or found absent), only if
 * it is still that: a page `ip render` checked is replaced only while it is
 * the very file that was checked, unchanged (same device, inode, size and
 * change times); a target that was absent is created exclusively (the
 * link() of writeFileSafely). So a file that appeared or changed after the
 * check is never replaced: WriteError `exists` or `changed`. The content
 * goes to a temporary file first, so the comparison is the last step before
 * the rename; a change in the microseconds between the two is not caught.
 * A checked file that is gone since is created anew, exclusively.
 */
export async function writeIfStillChecked(target: string, data: string, checked: FileIdentity | undefined, options: { fs?: WriteFs } = {}): Promise<WriteResult> {
  const fs = options.fs ?? realFs;
  if (checked === undefined) return writeFileSafely(target, data, { fs });
  const tmp = temporaryPath(target);
  let created = false;
  const fail = async (kind: WriteFailure, errno: string): Promise<never> => {
    const leftover = created ? await removeQuietly(fs, tmp) : undefined;
    throw new WriteError(kind, errno, target, leftover);
  };
  try {
    try {
      await fs.writeNew(tmp, data, 0o600);
      created = true;
    } catch (error) {
      created = code(error) !== 'EEXIST';
      throw error;
    }
    const now = await fs.identify(target);
    if (now !== undefined && !sameFile(checked, now)) return await fail('changed', 'ECHANGED');
    if (now !== undefined) {
      await fs.rename(tmp, target);
      return {};
    }
  } catch (error) {
    if (error instanceof WriteError) throw error;
    return await fail('cannot-write', code(error));
  }
  // Gone since the check: nothing to replace, so the page is created as a new one, exclusively.
  const leftover = await removeQuietly(fs, tmp);
  if (leftover) throw new WriteError('cannot-write', 'EIO', target, leftover);
  return writeFileSafely(target, data, { fs });
}

/** Remove the temporary file; returns its path if it is still there. */
async function removeQuietly(fs: WriteFs, path: string): Promise<string | undefined> {
  try {
    await fs.unlink(path);
    return undefined;
  } catch (error) {
    return code(error) === 'ENOENT' ? undefined : path;
  }
}

/** What replacing a file in place needs beyond writing one. */
export interface ReplaceFs extends WriteFs {
  realpath(path: string): Promise<string>;
  stat(path: string): Promise<{ mode: number; uid: number; gid: number }>;
  /** Rejects unless the running user may write the file (fs.access W_OK). */
  writable(path: string): Promise<void>;
  chmod(path: string, mode: number): Promise<void>;
  chown(path: string, uid: number, gid: number): Promise<void>;
  readFile(path: string): Promise<Uint8Array>;
}

export const realReplaceFs: ReplaceFs = {
  ...realFs,
  realpath: (path) => realpath(path),
  stat: (path) => stat(path),
  writable: (path) => access(path, constants.W_OK),
  chmod: (path, mode) => chmod(path, mode),
  chown: (path, uid, gid) => chown(path, uid, gid),
  readFile: (path) => readFile(path),
};

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.byteLength), Buffer.from(b.buffer, b.byteOffset, b.byteLength)) === 0;
}

/**
 * Replace a file that was read as `expected` with `data`, unless it changed
 * since: the new text goes to a temporary file beside it (with the file's
 * own mode, owner and group), is flushed to disk, the file is read again and
 * compared byte for byte, and only if it is unchanged is the temporary file
 * renamed over it, in one step. A link is followed: the file it points to is
 * replaced, the link stays. Someone saving the file between that last read
 * and the rename (a few microseconds) is not caught; anything earlier is
 * (WriteError `changed`, or `gone` when it was moved or deleted).
 *
 * A rename would quietly get past two things a write in place would not: a
 * file the user may not write (its folder is writable), and the file's owner
 * and group (the new file is the running user's). So a file the user may not
 * write is refused (`read-only`), and the temporary file is given the old
 * owner and group before the rename; where it cannot be (only root may give
 * a file away), the write is refused (`owner`). On any failure the temporary
 * file is removed and the file is as it was.
 */
export async function replaceFileIfUnchanged(target: string, data: string, expected: Uint8Array, options: { fs?: ReplaceFs } = {}): Promise<WriteResult> {
  const fs = options.fs ?? realReplaceFs;
  let real = target;
  let tmp: string | undefined;
  let created = false;
  const fail = async (kind: WriteFailure, errno: string): Promise<never> => {
    const leftover = created && tmp !== undefined ? await removeQuietly(fs, tmp) : undefined;
    throw new WriteError(kind, errno, target, leftover);
  };
  try {
    try {
      real = await fs.realpath(target);
    } catch (error) {
      // Moved or deleted since it was read (ENOTDIR: a folder on the way is now a file).
      if (code(error) === 'ENOENT' || code(error) === 'ENOTDIR') return await fail('gone', code(error));
      throw error;
    }
    try {
      await fs.writable(real);
    } catch (error) {
      if (['EACCES', 'EPERM', 'EROFS'].includes(code(error))) return await fail('read-only', code(error));
      throw error;
    }
    const { mode: fullMode, uid, gid } = await fs.stat(real);
    const mode = fullMode & 0o7777;
    tmp = temporaryPath(real);
    try {
      await fs.writeNew(tmp, data, mode);
      created = true;
    } catch (error) {
      created = code(error) !== 'EEXIST';
      throw error;
    }
    const made = await fs.stat(tmp);
    if (made.uid !== uid || made.gid !== gid) {
      try {
        await fs.chown(tmp, uid, gid);
      } catch (error) {
        return await fail('owner', code(error));
      }
    }
    // The mode given at creation is narrowed by the umask (and a change of owner may clear set-id bits): set it as the file had it.
    await fs.chmod(tmp, mode);
    // A file removed meanwhile has changed as much as one rewritten.
    const current = await fs.readFile(real).catch((error: unknown) => {
      if (code(error) === 'ENOENT') return undefined;
      throw error;
    });
    if (current === undefined) return await fail('gone', 'ENOENT');
    if (!sameBytes(current, expected)) return await fail('changed', 'ECHANGED');
    await fs.rename(tmp, real);
    return {};
  } catch (error) {
    if (error instanceof WriteError) throw error;
    return await fail('cannot-write', code(error));
  }
}
