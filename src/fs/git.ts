import { execFile } from 'node:child_process';
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

/**
 * A plan's earlier revisions, from git through execFile: no shell, so a
 * revision or a path is never interpreted by one, and `--end-of-options`
 * before a revision, so it is never read as an option. Every way it can
 * fail is a GitProblem the command puts into words.
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

function git(args: string[], cwd: string, env: Record<string, string | undefined>, maxBuffer = 1024 * 1024): Promise<GitResult> {
  return new Promise((done) => {
    execFile(
      'git',
      args,
      // C locale: git's own messages are not shown, but keep them predictable.
      { cwd, env: { ...env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' }, encoding: 'buffer', maxBuffer, windowsHide: true },
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

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

/** The repository that holds `file`. Comparing two revisions needs no working file (it may have been deleted), only its folder. */
export async function findRepo(cwd: string, file: string, needWorkingFile: boolean, env: Record<string, string | undefined>): Promise<Repo> {
  const absolute = resolve(cwd, file);
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
  const rel = relative(root, join(await realpath(folder), basename(absolute)));
  if (rel.startsWith('..') || rel === '') fail({ kind: 'not-in-git' });
  return { root, path: rel.split(sep).join('/'), env };
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
  const shown = await git(['show', object], repo.root, repo.env, maxSize);
  if (!shown.ok) fail(shown.overflow ? { kind: 'too-large' } : { kind: 'failed', reason: firstLine(shown.stderr) });
  return shown.stdout;
}
