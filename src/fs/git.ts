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

/** One commit that changed a plan, as `git log --follow --raw` reports it. */
export interface PlanCommit {
  commit: string;
  /** The author date, ISO 8601 with its offset (`2027-01-20T10:15:00+01:00`). */
  date: string;
  /** The author's name as git records it; the e-mail address is never read. */
  author: string;
  /** The file's path from the repository root in this commit. */
  path: string;
  /** Where the file was before, when this commit moved it. */
  renamedFrom?: string;
  /** The file's blob before and after the commit; absent where it did not exist (created, deleted). */
  oldBlob?: string;
  newBlob?: string;
}

export interface PlanHistory {
  /** Newest first, as git lists them. */
  commits: PlanCommit[];
  /** More commits changed the plan than were read. */
  truncated: boolean;
}

const NO_BLOB = /^0+$/;
/** Enough for the commit list of any plan: a few hundred bytes a commit, paths included. */
const LOG_BUFFER = 16 * 1024 * 1024;

/**
 * Options that keep a repository's configuration out of the log's output:
 * no signature check (it starts gpg), no external diff or textconv program,
 * no colour, names in UTF-8. Paths are taken literally, never as pathspec
 * magic (`:(glob)…`).
 */
const LOG_ARGS: readonly string[] = ['--no-show-signature', '--no-ext-diff', '--no-textconv', '--no-color', '--encoding=UTF-8', '--no-abbrev'];

/**
 * One record per commit: a header (`\x1e` hash `\x1f` date `\x1f` name,
 * ended by NUL with -z), then the raw line for the file
 * (`:mode mode old new STATUS` NUL path NUL [new path NUL]).
 */
function parseLog(out: string): PlanCommit[] {
  const commits: PlanCommit[] = [];
  for (const record of out.split('\x1e')) {
    if (record === '') continue;
    const parts = record.split('\0');
    const [commit, date, author] = (parts[0] ?? '').split('\x1f');
    if (!commit || !date || author === undefined) continue;
    const raw = (parts[1] ?? '').replace(/^\n/, '');
    const fields = raw.startsWith(':') ? raw.slice(1).split(' ') : [];
    const [, , oldBlob, newBlob, status] = fields;
    // A commit listed without a change to the file (a merge the same as its first parent) changed nothing in it.
    if (status === undefined) continue;
    const renamed = status !== undefined && /^[RC]/.test(status);
    const path = (renamed ? parts[3] : parts[2]) ?? '';
    const entry: PlanCommit = { commit, date, author, path };
    if (renamed && parts[2] !== undefined && status.startsWith('R')) entry.renamedFrom = parts[2];
    if (oldBlob && !NO_BLOB.test(oldBlob)) entry.oldBlob = oldBlob;
    if (newBlob && !NO_BLOB.test(newBlob)) entry.newBlob = newBlob;
    commits.push(entry);
  }
  return commits;
}

/**
 * The commits that changed the plan, newest first, following renames
 * (`--follow`), at most `maxCount` of them. A merge is compared with its
 * first parent, as the history of the branch it landed on.
 */
export async function planHistory(repo: Repo, maxCount: number): Promise<PlanHistory> {
  const args = [
    '--literal-pathspecs',
    'log',
    ...LOG_ARGS,
    '--follow',
    '--raw',
    '-z',
    '--diff-merges=first-parent',
    '--format=%x1e%H%x1f%aI%x1f%an',
    `--max-count=${maxCount + 1}`,
    '--end-of-options',
    'HEAD',
    '--',
    repo.path,
  ];
  const found = await git(args, repo.root, repo.env, LOG_BUFFER);
  if (!found.ok) {
    if (found.missing) fail({ kind: 'no-git' });
    if (/does not have any commits|unknown revision|bad revision 'HEAD'/i.test(found.stderr)) fail({ kind: 'no-commits' });
    fail({ kind: 'failed', reason: found.overflow ? 'output over the limit' : firstLine(found.stderr) });
  }
  const commits = parseLog(found.stdout.toString('utf8'));
  const truncated = commits.length > maxCount;
  return { commits: truncated ? commits.slice(0, maxCount) : commits, truncated };
}

/** A blob's bytes; more than `maxSize` bytes is `too-large` (git is stopped one byte over). */
export async function readBlob(repo: Repo, blob: string, maxSize: number): Promise<Uint8Array | 'too-large'> {
  // Only ever an object id from git's own output; checked, so it can never be read as an option.
  if (!/^[0-9a-f]{40,64}$/.test(blob)) fail({ kind: 'failed', reason: 'not an object id' });
  const shown = await git(['cat-file', 'blob', blob], repo.root, repo.env, maxSize);
  if (shown.ok) return shown.stdout;
  if (shown.overflow) return 'too-large';
  if (shown.missing) fail({ kind: 'no-git' });
  return fail({ kind: 'failed', reason: firstLine(shown.stderr) });
}
