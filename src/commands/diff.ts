import { execFile } from 'node:child_process';
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { UsageError, type Context } from '../context.js';
import { diffPlans, type PlanSide } from '../diff/index.js';
import { DEFAULT_MAX_SIZE } from '../fs/load.js';
import { readLimited } from '../fs/read.js';
import type { Lang } from '../output/lang.js';
import { renderDiagnostic } from '../output/messages.js';
import { formatDiffJson } from '../output/diff/json.js';
import { formatDiffMarkdown } from '../output/diff/markdown.js';
import { DIFF_MESSAGES as M, type DiffMessage, type Which } from '../output/diff/messages.js';
import type { Side, Sides } from '../output/diff/sides.js';
import { formatDiffText } from '../output/diff/text.js';
import { docLang } from '../output/diff/vocab.js';
import { painter } from '../output/style.js';
import { parseSize, resolveFormat, resolveToday } from '../options.js';
import { readBytes } from '../plan/read-plan.js';

/**
 * `ip diff`: read two revisions of a plan (two files, or one file and git),
 * parse each, compare, format. All input and output is here; the comparison
 * in src/diff/ and the formatters in src/output/diff/ are pure. Every way the
 * comparison cannot start is a UsageError: exit 2 with a message and a hint.
 */

export interface DiffOptions {
  files: string[];
  from?: string | undefined;
  to?: string | undefined;
  format?: string | undefined;
  exitCode?: boolean;
  today?: string | undefined;
  maxSize?: string | undefined;
  lang: Lang;
}

const FORMATS = ['text', 'json', 'markdown'] as const;

function fail(m: DiffMessage): never {
  throw new UsageError(m.message, m.hint);
}

interface Read {
  side: Side;
  bytes: Uint8Array;
}

async function readWorkingFile(ctx: Context, file: string, maxSize: number, lang: Lang): Promise<Read> {
  const read = await readLimited(resolve(ctx.cwd, file), maxSize);
  if ('error' in read) {
    if (read.error === 'ENOENT' || read.error === 'ENOTDIR') fail(M.notFound(lang, file));
    if (read.error === 'EISDIR') fail(M.notAFile(lang, file));
    fail(M.unreadable(lang, file, read.error));
  }
  if ('tooLarge' in read) fail(M.tooLarge(lang, file, maxSize));
  return { side: { file }, bytes: read.bytes };
}

// ---- git, through execFile (no shell, so a revision or path is never interpreted by one) ----

type GitResult = { ok: true; stdout: Buffer } | { ok: false; missing: boolean; stderr: string; overflow: boolean };

function git(args: string[], cwd: string, env: Context['env'], maxBuffer = 1024 * 1024): Promise<GitResult> {
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

interface Repo {
  root: string;
  /** The file's path from the repository root, with forward slashes, as `git show REV:path` wants it. */
  path: string;
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

async function findRepo(ctx: Context, file: string, needWorkingFile: boolean, lang: Lang): Promise<Repo> {
  const absolute = resolve(ctx.cwd, file);
  const info = await stat(absolute).catch(() => undefined);
  if (info?.isDirectory()) fail(M.notAFile(lang, file));
  // Comparing two revisions needs no working file (it may have been deleted since), only its folder.
  if (!info && (needWorkingFile || !(await isDirectory(dirname(absolute))))) fail(M.notFound(lang, file));
  const folder = dirname(absolute);

  const top = await git(['rev-parse', '--show-toplevel'], folder, ctx.env);
  if (!top.ok) {
    if (top.missing) fail(M.noGit(lang));
    if (/not a git repository/i.test(top.stderr)) fail(M.notGit(lang, file));
    fail(M.gitFailed(lang, top.stderr.split('\n')[0] ?? ''));
  }
  const root = await realpath(top.stdout.toString('utf8').trim());
  const rel = relative(root, join(await realpath(folder), basename(absolute)));
  if (rel.startsWith('..') || rel === '') fail(M.notGit(lang, file));
  return { root, path: rel.split(sep).join('/') };
}

async function resolveCommit(repo: Repo, rev: string, ctx: Context, lang: Lang): Promise<string> {
  const found = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], repo.root, ctx.env);
  if (found.ok) return found.stdout.toString('utf8').trim();
  if (found.missing) fail(M.noGit(lang));
  if (rev === 'HEAD') fail(M.noCommits(lang));
  fail(M.unknownRevision(lang, rev));
}

async function readRevision(repo: Repo, file: string, rev: string, maxSize: number, ctx: Context, lang: Lang): Promise<Read> {
  const commit = await resolveCommit(repo, rev, ctx, lang);
  const object = `${commit}:${repo.path}`;
  const type = await git(['cat-file', '-t', object], repo.root, ctx.env);
  if (!type.ok || type.stdout.toString('utf8').trim() !== 'blob') fail(M.notInRevision(lang, file, rev));
  // One byte over the limit is enough to know the file is too large; git is stopped there.
  const shown = await git(['show', object], repo.root, ctx.env, maxSize);
  if (!shown.ok) {
    if (shown.overflow) fail(M.tooLarge(lang, file, maxSize));
    fail(M.gitFailed(lang, shown.stderr.split('\n')[0] ?? ''));
  }
  return { side: { file, rev }, bytes: shown.stdout };
}

async function readSides(options: DiffOptions, ctx: Context, maxSize: number): Promise<[Read, Read]> {
  const { lang, files, from, to } = options;
  if (from === '') fail(M.emptyRevision(lang, '--from'));
  if (to === '') fail(M.emptyRevision(lang, '--to'));
  if (to !== undefined && from === undefined) fail(M.toWithoutFrom(lang));
  if (files.length === 2) {
    if (from !== undefined) fail(M.revsWithTwoFiles(lang));
    return [await readWorkingFile(ctx, files[0]!, maxSize, lang), await readWorkingFile(ctx, files[1]!, maxSize, lang)];
  }
  const file = files[0]!;
  const repo = await findRepo(ctx, file, to === undefined, lang);
  const old = await readRevision(repo, file, from ?? 'HEAD', maxSize, ctx, lang);
  const cur = to !== undefined ? await readRevision(repo, file, to, maxSize, ctx, lang) : await readWorkingFile(ctx, file, maxSize, lang);
  return [old, cur];
}

/** Parse one side; a side whose front matter cannot be read as plan data stops the comparison (exit 2). */
function parseSide(read: Read, which: Which, today: string, lang: Lang): PlanSide {
  // Validation errors (a missing field, a bad reference) do not stop a diff, only unreadable data
  // does: so the plan is read, not checked.
  const checked = readBytes(read.bytes, { explicit: true, today });
  if (checked.data) return { data: checked.data, ...(checked.body !== undefined ? { body: checked.body } : {}) };

  const { file, rev } = read.side;
  const at = rev !== undefined ? ` (${rev})` : '';
  const errors = checked.diagnostics.filter((d) => d.severity === 'error');
  const shown = (errors.length > 0 ? errors : checked.diagnostics).slice(0, 5);
  const where = rev !== undefined ? (lang === 'nb' ? `${file} i ${rev}` : `${file} in ${rev}`) : file;
  const head = M.unparseable(lang, which, where);
  const lines = shown.map((d) => `  ${file}:${d.line}:${d.column}${at}: ${renderDiagnostic(d, lang).message} [${d.code}]`);
  const fix = shown[0] ? renderDiagnostic(shown[0], lang).hint : '';
  const hint = [fix && `${lang === 'nb' ? 'Slik retter du' : 'How to fix'}: ${fix}`, head.hint].filter(Boolean).join('\n');
  throw new UsageError([head.message, ...lines].join('\n'), hint);
}

export async function diff(options: DiffOptions, ctx: Context): Promise<number> {
  const { lang } = options;
  const format = resolveFormat(options.format, FORMATS, 'text', lang);
  const today = resolveToday(options.today, ctx, lang);
  const maxSize = options.maxSize !== undefined ? parseSize(options.maxSize, lang) : DEFAULT_MAX_SIZE;

  const [oldRead, newRead] = await readSides(options, ctx, maxSize);
  const before = parseSide(oldRead, 'old', today, lang);
  const after = parseSide(newRead, 'new', today, lang);
  const changes = diffPlans(before, after);
  const sides: Sides = { old: oldRead.side, new: newRead.side };

  const output =
    format === 'json'
      ? formatDiffJson(changes)
      : format === 'markdown'
        ? formatDiffMarkdown(changes, before, after, { lang: docLang(after.data.språk), date: today })
        : formatDiffText(changes, before, after, { lang, paint: painter(ctx), sides });
  ctx.stdout.write(output);
  return options.exitCode && changes.length > 0 ? 1 : 0;
}
