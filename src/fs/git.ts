import { execFile } from 'node:child_process';
import { lstat, realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { isDirectory } from './is-directory.js';

/**
 * A plan's earlier revisions, from git through execFile: no shell, so a
 * revision or a path is never interpreted by one, and `--end-of-options`
 * before a revision, so it is never read as an option. Every way it can
 * fail is a GitProblem the command puts into words.
 *
 * A repository is data, and may come from anyone: its configuration can
 * name programs for git to start (an fsmonitor hook, a textconv driver
 * through .gitattributes, a pager). So every call turns those off on the
 * command line, which outranks the repository's own settings, reads no
 * system-wide configuration, fetches nothing, and runs with a fixed
 * environment of its own rather than the user's.
 */

export type GitProblem =
  | { kind: 'not-found' | 'not-a-file' | 'not-in-git' | 'no-git' | 'no-commits' }
  | { kind: 'unknown-revision'; rev: string }
  | { kind: 'not-in-revision'; rev: string }
  | { kind: 'too-large' }
  | { kind: 'failed'; reason: string };

export class GitError extends Error {
  constructor(readonly problem: GitProblem) {
    super(problem.kind);
    this.name = 'GitError';
  }
}

function fail(problem: GitProblem): never {
  throw new GitError(problem);
}

type GitResult = { ok: true; stdout: Buffer } | { ok: false; missing: boolean; stderr: string; overflow: boolean };

/** Before every command: no pager, no fsmonitor hook, no network transport (a partial clone would fetch a missing object). */
const GIT_SAFE_ARGS: readonly string[] = ['--no-pager', '-c', 'core.fsmonitor=false', '-c', 'protocol.allow=never'];

/**
 * The environment git runs with: where to find programs and the user's own
 * configuration (PATH, HOME), and nothing else of the user's (no GIT_DIR,
 * GIT_CONFIG_*, pager or editor settings). C locale: git's messages are not
 * shown, but keep them predictable; no prompt for credentials; no
 * system-wide configuration.
 */
function gitEnvironment(env: Record<string, string | undefined>): Record<string, string> {
  const fixed: Record<string, string> = { LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0', GIT_CONFIG_NOSYSTEM: '1' };
  if (env.PATH !== undefined) fixed.PATH = env.PATH;
  if (env.HOME !== undefined) fixed.HOME = env.HOME;
  return fixed;
}

function git(args: string[], cwd: string, env: Record<string, string | undefined>, maxBuffer = 1024 * 1024): Promise<GitResult> {
  return new Promise((done) => {
    execFile(
      'git',
      [...GIT_SAFE_ARGS, ...args],
      { cwd, env: gitEnvironment(env), encoding: 'buffer', maxBuffer, windowsHide: true },
      (error, stdout, stderr) => {
        if (!error) return done({ ok: true, stdout });
        const code = (error as NodeJS.ErrnoException).code;
        done({ ok: false, missing: code === 'ENOENT', overflow: code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER', stderr: stderr.toString('utf8').trim() });
      },
    );
  });
}

const firstLine = (s: string) => s.split('\n')[0] ?? '';

export interface Repo {
  root: string;
  /** The file's path from the repository root, with forward slashes, as `git show REV:path` wants it. */
  path: string;
  env: Record<string, string | undefined>;
}

/** `path` lies inside `root` (both real paths). */
function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * The repository that holds `file`. Comparing two revisions needs no working
 * file (it may have been deleted), only its folder. A working file that is a
 * link is followed only inside the repository: one that leads out of it is
 * not in the repository (so `ip diff` never reads a file elsewhere through
 * it), and one that leads to another file in it is that file.
 */
export async function findRepo(cwd: string, file: string, needWorkingFile: boolean, env: Record<string, string | undefined>): Promise<Repo> {
  const absolute = resolve(cwd, file);
  const link = (await lstat(absolute).catch(() => undefined))?.isSymbolicLink() === true;
  const info = await stat(absolute).catch(() => undefined);
  if (info?.isDirectory()) fail({ kind: 'not-a-file' });
  if (!info && (needWorkingFile || !(await isDirectory(dirname(absolute))))) fail({ kind: 'not-found' });
  const folder = dirname(absolute);

  const top = await git(['rev-parse', '--show-toplevel'], folder, env);
  if (!top.ok) {
    if (top.missing) fail({ kind: 'no-git' });
    if (/not a git repository/i.test(top.stderr)) fail({ kind: 'not-in-git' });
    fail({ kind: 'failed', reason: firstLine(top.stderr) });
  }
  const root = await realpath(top.stdout.toString('utf8').trim());
  // A link that leads nowhere is never read as a working file; with two revisions, its own path is compared.
  const target = link && info ? await realpath(absolute) : join(await realpath(folder), basename(absolute));
  if (!inside(root, target)) fail({ kind: 'not-in-git' });
  return { root, path: relative(root, target).split(sep).join('/'), env };
}

async function resolveCommit(repo: Repo, rev: string): Promise<string> {
  const found = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], repo.root, repo.env);
  if (found.ok) return found.stdout.toString('utf8').trim();
  if (found.missing) fail({ kind: 'no-git' });
  return fail(rev === 'HEAD' ? { kind: 'no-commits' } : { kind: 'unknown-revision', rev });
}

/** The file's bytes at `rev`; more than `maxSize` bytes is `too-large` (git is stopped one byte over). */
export async function readRevision(repo: Repo, rev: string, maxSize: number): Promise<Uint8Array> {
  const commit = await resolveCommit(repo, rev);
  const object = `${commit}:${repo.path}`;
  const type = await git(['cat-file', '-t', object], repo.root, repo.env);
  if (!type.ok || type.stdout.toString('utf8').trim() !== 'blob') fail({ kind: 'not-in-revision', rev });
  // --no-textconv: the blob's bytes, never a program's rendering of them (a textconv driver set in .gitattributes).
  const shown = await git(['show', '--no-textconv', object], repo.root, repo.env, maxSize);
  if (!shown.ok) fail(shown.overflow ? { kind: 'too-large' } : { kind: 'failed', reason: firstLine(shown.stderr) });
  return shown.stdout;
}
