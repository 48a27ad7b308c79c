import type { Context } from '../../context.js';
import { UsageError } from '../../context.js';
import { findRepo, GitError, planHistory, readBlob, type GitProblem, type PlanCommit, type Repo } from '../../fs/git.js';
import { buildEntries, type Blob, type Revision } from '../../log/entries.js';
import type { Formatter } from '../../output/formatter.js';
import type { Lang } from '../../output/lang.js';
import { formatLogJson } from '../../output/log/json.js';
import { formatLogMarkdown, historyLang } from '../../output/log/markdown.js';
import type { LogResults } from '../../output/log/results.js';
import { formatLogText } from '../../output/log/text.js';
import { painter, type Paint } from '../../output/style.js';
import { todayOf } from '../options.js';
import { LOG_MESSAGES as M, type LogMessage } from './messages.js';

/**
 * `ip log PLAN`: the commits that changed the plan (git, through src/fs/git.ts),
 * each revision read, the entries built by the pure core (src/log/), one
 * formatter. Every way the history cannot be read at all is a UsageError:
 * exit 2 with a message and a hint; a revision that does not parse is a
 * note in its entry, and the log goes on.
 */

/** Commits read when -n is not given: enough for years of meetings, bounded on any repository. */
const DEFAULT_MAX_COUNT = 200;

export interface LogOptions {
  file: string;
  maxCount?: number;
  since?: string;
  format?: keyof typeof FORMATTERS;
  maxSize: number;
  lang: Lang;
}

interface LogOutputOptions {
  lang: Lang;
  paint: Paint;
}

const FORMATTERS = {
  text: (r, o) => formatLogText(r, o),
  json: (r, o) => formatLogJson(r, o.lang),
  // For the minutes: in the plan's own language.
  markdown: (r) => formatLogMarkdown(r, historyLang(r)),
} satisfies Record<string, Formatter<LogResults, LogOutputOptions>>;

function fail(m: LogMessage): never {
  throw new UsageError(m.message, m.hint);
}

function gitMessage(problem: GitProblem, file: string, lang: Lang): LogMessage {
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
    case 'unknown-revision':
    case 'not-in-revision':
      return M[lang].notCommitted(file);
    case 'too-large':
      return M[lang].gitFailed('too large');
    case 'failed':
      return M[lang].gitFailed(problem.reason);
  }
}

async function fromGit<T>(work: () => Promise<T>, file: string, lang: Lang): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof GitError) fail(gitMessage(error.problem, file, lang));
    throw error;
  }
}

/** Each commit's revisions before and after, oldest first; a blob shared by two commits is read once. */
async function revisionsOf(repo: Repo, commits: readonly PlanCommit[], maxSize: number, file: string, lang: Lang): Promise<Revision[]> {
  const blobs = new Map<string, Blob>();
  const blob = async (id: string): Promise<Blob> => {
    let found = blobs.get(id);
    if (!found) {
      const bytes = await fromGit(() => readBlob(repo, id, maxSize), file, lang);
      found = bytes === 'too-large' ? { id, tooLarge: true, limit: maxSize } : { id, bytes };
      blobs.set(id, found);
    }
    return found;
  };
  const revisions: Revision[] = [];
  for (const c of [...commits].reverse()) {
    const rev: Revision = { commit: c.commit, date: c.date, author: c.author, path: c.path };
    if (c.renamedFrom !== undefined) rev.renamedFrom = c.renamedFrom;
    if (c.oldBlob !== undefined) rev.before = await blob(c.oldBlob);
    if (c.newBlob !== undefined) rev.after = await blob(c.newBlob);
    revisions.push(rev);
  }
  return revisions;
}

export async function log(options: LogOptions, ctx: Context): Promise<number> {
  const { lang, file, since, maxSize } = options;
  const format = options.format ?? 'text';
  const today = todayOf(undefined, ctx, lang);

  const repo = await fromGit(() => findRepo(ctx.cwd, file, true, ctx.env), file, lang);
  const history = await fromGit(() => planHistory(repo, options.maxCount ?? DEFAULT_MAX_COUNT), file, lang);
  if (history.commits.length === 0) fail(M[lang].notCommitted(file));
  // --since by the day each entry shows (the author's date), not by git's reading of a date, which
  // takes the time of day from the clock. The list is cut short only if all it read is that recent.
  const commits = since === undefined ? history.commits : history.commits.filter((c) => c.date.slice(0, 10) >= since);
  const truncated = history.truncated && commits.length === history.commits.length;

  const revisions = await revisionsOf(repo, commits, maxSize, file, lang);
  const results: LogResults = { path: file, entries: buildEntries(revisions, today), truncated, ...(since !== undefined ? { since } : {}) };
  ctx.stdout.write(FORMATTERS[format](results, { lang, paint: painter(ctx) }));
  return 0;
}
