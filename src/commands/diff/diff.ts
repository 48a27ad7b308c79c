import { resolve } from 'node:path';
import { UsageError, type Context } from '../../context.js';
import { diffPlans, type PlanSide } from '../../diff/index.js';
import { findRepo, GitError, readRevision, type GitProblem } from '../../fs/git.js';
import { readLimited } from '../../fs/read.js';
import { formatDiffJson } from '../../output/diff/json.js';
import { formatDiffMarkdown } from '../../output/diff/markdown.js';
import type { Side, Sides } from '../../output/diff/sides.js';
import { formatDiffText } from '../../output/diff/text.js';
import { docLang } from '../../output/diff/vocab.js';
import type { Formatter } from '../../output/formatter.js';
import type { Lang } from '../../output/lang.js';
import { renderDiagnostic } from '../../plan/diagnostics/messages.js';
import { painter, type Paint } from '../../output/style.js';
import { readBytes } from '../../plan/read-plan.js';
import { todayOf } from '../options.js';
import { DIFF_MESSAGES as M, type DiffMessage, type Which } from './messages.js';

/**
 * `ip diff`: read two revisions of a plan (two files, or one file and git),
 * parse each, compare, format. All input and output is here; the comparison
 * in src/diff/ and the formatters in src/output/diff/ are pure. Every way the
 * comparison cannot start is a UsageError: exit 2 with a message and a hint.
 */

/** `ip diff`'s options, as its declaration (./command.ts) parsed them. */
export interface DiffOptions {
  files: string[];
  from?: string;
  to?: string;
  format?: keyof typeof FORMATTERS;
  exitCode?: boolean;
  /** Unset: IP_TODAY, else the clock. */
  today?: string;
  maxSize: number;
  lang: Lang;
}

interface DiffResults {
  changes: ReturnType<typeof diffPlans>;
  before: PlanSide;
  after: PlanSide;
}
interface DiffOutputOptions {
  lang: Lang;
  paint: Paint;
  sides: Sides;
  today: string;
}

const FORMATTERS = {
  text: (r, o) => formatDiffText(r.changes, r.before, r.after, { lang: o.lang, paint: o.paint, sides: o.sides }),
  json: (r) => formatDiffJson(r.changes),
  // The minutes are written in the plan's own language, dated today.
  markdown: (r, o) => formatDiffMarkdown(r.changes, r.before, r.after, { lang: docLang(r.after.data.språk), date: o.today }),
} satisfies Record<string, Formatter<DiffResults, DiffOutputOptions>>;

function fail(m: DiffMessage): never {
  throw new UsageError(m.message, m.hint);
}

interface Read {
  side: Side;
  bytes: Uint8Array;
}

async function readWorkingFile(ctx: Context, file: string, maxSize: number, lang: Lang): Promise<Read> {
  const read = readLimited(resolve(ctx.cwd, file), maxSize);
  if ('error' in read) {
    if (read.error === 'ENOENT' || read.error === 'ENOTDIR') fail(M[lang].notFound(file));
    if (read.error === 'EISDIR') fail(M[lang].notAFile(file));
    fail(M[lang].unreadable(file, read.error));
  }
  if ('tooLarge' in read) fail(M[lang].tooLarge(file, maxSize));
  return { side: { file }, bytes: read.bytes };
}

/** A git problem in the user's words: the file and revision as the user wrote them. */
function gitMessage(problem: GitProblem, file: string, maxSize: number, lang: Lang): DiffMessage {
  switch (problem.kind) {
    case 'not-found':
      return M[lang].notFound(file);
    case 'not-a-file':
      return M[lang].notAFile(file);
    case 'not-in-git':
      return M[lang].notGit(file);
    case 'no-git':
      return M[lang].noGit();
    case 'no-commits':
      return M[lang].noCommits();
    case 'unknown-revision':
      return M[lang].unknownRevision(problem.rev);
    case 'not-in-revision':
      return M[lang].notInRevision(file, problem.rev);
    case 'too-large':
      return M[lang].tooLarge(file, maxSize);
    case 'failed':
      return M[lang].gitFailed(problem.reason);
  }
}

async function fromGit<T>(work: () => Promise<T>, file: string, maxSize: number, lang: Lang): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof GitError) fail(gitMessage(error.problem, file, maxSize, lang));
    throw error;
  }
}

async function readSides(options: DiffOptions, ctx: Context, maxSize: number): Promise<[Read, Read]> {
  const { lang, files, from, to } = options;
  if (from === '') fail(M[lang].emptyRevision('--from'));
  if (to === '') fail(M[lang].emptyRevision('--to'));
  if (to !== undefined && from === undefined) fail(M[lang].toWithoutFrom());
  if (files.length === 2) {
    if (from !== undefined) fail(M[lang].revsWithTwoFiles());
    return [await readWorkingFile(ctx, files[0]!, maxSize, lang), await readWorkingFile(ctx, files[1]!, maxSize, lang)];
  }
  const file = files[0]!;
  const repo = await fromGit(() => findRepo(ctx.cwd, file, to === undefined, ctx.env), file, maxSize, lang);
  const revision = async (rev: string): Promise<Read> => ({ side: { file, rev }, bytes: await fromGit(() => readRevision(repo, rev, maxSize), file, maxSize, lang) });
  const old = await revision(from ?? 'HEAD');
  const cur = to !== undefined ? await revision(to) : await readWorkingFile(ctx, file, maxSize, lang);
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
  const where = rev !== undefined ? M[lang].atRevision(file, rev) : file;
  const head = M[lang].unparseable(which, where);
  const lines = shown.map((d) => `  ${file}:${d.line}:${d.column}${at}: ${renderDiagnostic(d, lang).message} [${d.code}]`);
  const fix = shown[0] ? renderDiagnostic(shown[0], lang).hint : '';
  const hint = [fix && M[lang].howToFix(fix), head.hint].filter(Boolean).join('\n');
  throw new UsageError([head.message, ...lines].join('\n'), hint);
}

export async function diff(options: DiffOptions, ctx: Context): Promise<number> {
  const { lang, maxSize } = options;
  const format = options.format ?? 'text';
  const today = todayOf(options.today, ctx, lang);

  const [oldRead, newRead] = await readSides(options, ctx, maxSize);
  const before = parseSide(oldRead, 'old', today, lang);
  const after = parseSide(newRead, 'new', today, lang);
  const changes = diffPlans(before, after);
  const sides: Sides = { old: oldRead.side, new: newRead.side };

  ctx.stdout.write(FORMATTERS[format]({ changes, before, after }, { lang, paint: painter(ctx), sides, today }));
  return options.exitCode && changes.length > 0 ? 1 : 0;
}
