import { dirname, join, resolve, sep } from 'node:path';
import { EXIT, UsageError, type Context } from '../../context.js';
import { pathKind, takenIds } from '../../fs/plan-folder.js';
import { loadTemplate } from '../../fs/templates.js';
import { identify, replaceable, WriteError, writeFileSafely, type WriteFs } from '../../fs/write.js';
import { mergeAnswers, missingRequired, type Answers } from '../../new/answers.js';
import { buildPlan, crossCheck } from '../../new/build.js';
import { planLangFromEnv } from '../../new/defaults.js';
import { uniquePlanId } from '../../new/ids.js';
import { interview } from '../../new/interview.js';
import { INTERVIEW_TEXT } from '../../new/interview-text.js';
import { missingPoints, otherWarnings } from '../../new/missing.js';
import { normalizeAnswers, rawFromFile, type RawAnswers } from '../../new/normalize.js';
import { InputProblem, shownParams } from '../../input/problem.js';
import { canPrompt, PROMPT_WORDS, PromptCancelled, prompterFor } from '../../input/prompt.js';
import { resolveAnswers } from '../../new/resolve.js';
import { renderPlan } from '../../new/template.js';
import type { Lang } from '../../output/lang.js';
import { fromCwd, shownPath } from '../../output/path.js';
import { renderDiagnostic } from '../../plan/diagnostics/messages.js';
import { formatNewJson, formatNewText } from '../../output/new/summary.js';
import { painter } from '../../output/style.js';
import { writeReason } from '../../output/write-reasons.js';
import { checkText } from '../../plan/check.js';
import { answersFileName, readAnswersData } from '../answers-file.js';
import { todayOf } from '../options.js';
import { NEW_MESSAGES, problemText } from './messages.js';

/**
 * `ip new`: answers from flags, an answers file and questions; a plan from
 * the template in the plan's language; checked, then written without ever
 * replacing a file that is there (unless --force).
 */

export interface NewOptions {
  /** Message language. */
  lang: Lang;
  /** Flag values by answer key (undefined where not given). */
  flags: RawAnswers;
  answers?: string;
  yes?: boolean;
  force?: boolean;
  output?: string;
  /** Unset: IP_TODAY, else the clock. */
  today?: string;
  format?: 'text' | 'json';
  /** Tests: file system functions for the final write (disk full, read-only folder). */
  writeFs?: WriteFs;
}

function usage(problem: InputProblem, lang: Lang): UsageError {
  const { message, hint } = problemText(problem.code, shownParams(problem.params, lang), lang);
  return new UsageError(message, hint);
}

async function loadAnswersFile(name: string, ctx: Context, lang: Lang): Promise<Answers> {
  const file = answersFileName(name);
  try {
    const data = await readAnswersData(name, ctx, 'ip new');
    return normalizeAnswers(rawFromFile(data, file), { kind: 'file', file });
  } catch (error) {
    if (error instanceof InputProblem) throw usage(error, lang);
    throw error;
  }
}

interface Target {
  folder: string;
  /** A file the user named; otherwise `<id>.md` in the folder. */
  file?: string;
}

/** Where the plan goes: `-o` as a folder or a file, else the current folder. Checked before any question. */
async function resolveTarget(output: string | undefined, ctx: Context, force: boolean, lang: Lang): Promise<Target> {
  const t = NEW_MESSAGES[lang];
  const shown = (p: string) => shownPath(fromCwd(ctx.cwd, p));
  if (output === undefined) return { folder: ctx.cwd };
  const absolute = resolve(ctx.cwd, output);
  const kind = await pathKind(absolute);
  if (kind === 'folder' || output.endsWith('/') || output.endsWith(sep)) {
    if (!kind) throw new UsageError(t.folderMissing(shown(absolute)), t.folderMissingHint);
    return { folder: absolute };
  }
  const folder = dirname(absolute);
  if ((await pathKind(folder)) !== 'folder') throw new UsageError(t.folderMissing(shown(folder)), t.folderMissingHint);
  if (kind && !force) throw new UsageError(t.exists(shown(absolute)), t.existsHint);
  // --force replaces a file or a link to one, never a device, FIFO or socket (checked again as it writes).
  const there = kind ? await identify(absolute).catch(() => undefined) : undefined;
  if (there && !replaceable(there)) throw new UsageError(t.notAFile(shown(absolute)), t.notAFileHint);
  return { folder, file: absolute };
}


function noTerminal(missing: string[], lang: Lang): UsageError {
  const t = NEW_MESSAGES[lang];
  const rows = missing.map((key) => t.missingFlags[key]!);
  const width = Math.max(...rows.map(([flag]) => flag.length));
  return new UsageError(`${t.noTerminal}\n${rows.map(([flag, what]) => `  ${flag.padEnd(width)}  ${what}`).join('\n')}`, t.noTerminalHint);
}

export async function runNew(options: NewOptions, ctx: Context): Promise<number> {
  const { lang } = options;
  const t = NEW_MESSAGES[lang];
  const today = todayOf(options.today, ctx, lang);
  const format = options.format ?? 'text';

  let flagAnswers: Answers;
  try {
    flagAnswers = normalizeAnswers(options.flags, { kind: 'flag' });
  } catch (error) {
    if (error instanceof InputProblem) throw usage(error, lang);
    throw error;
  }
  const fileAnswers = options.answers !== undefined ? await loadAnswersFile(options.answers, ctx, lang) : {};
  const given = mergeAnswers(fileAnswers, flagAnswers);
  const target = await resolveTarget(options.output, ctx, options.force === true, lang);
  const defaultLang = planLangFromEnv(ctx.env);

  let answers: Answers;
  if (!canPrompt(ctx) || options.answers === '-') {
    // Nobody can answer: never wait on a prompt. Exit at once, naming the flags.
    const missing = missingRequired(given);
    if (missing.length > 0) throw noTerminal(missing, lang);
    answers = given;
  } else {
    try {
      answers = await interview(given, {
        prompter: prompterFor(ctx, PROMPT_WORDS[lang]),
        say: (text) => ctx.stdout.write(`${text}\n`),
        t: INTERVIEW_TEXT[lang],
        today,
        askAll: options.yes !== true,
        defaultLang,
      });
    } catch (error) {
      if (error instanceof PromptCancelled) {
        ctx.stderr.write(`${t.cancelled}\n`);
        return EXIT.cancelled;
      }
      throw error;
    }
  }

  let text: string;
  let id: string;
  let resolved;
  try {
    resolved = resolveAnswers(answers, today, defaultLang);
    crossCheck(resolved);
    id = uniquePlanId(today.slice(0, 4), await takenIds(target.folder));
    text = renderPlan(await loadTemplate(resolved.planLang), buildPlan(resolved, id));
  } catch (error) {
    if (error instanceof InputProblem) throw usage(error, lang);
    throw error;
  }

  const path = target.file ?? join(target.folder, `${id}.md`);
  const shown = fromCwd(ctx.cwd, path);
  const checked = checkText(text, { explicit: true, today });
  const errors = checked.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    // The answers passed their own checks, so this is rare: say what, never the values.
    const list = errors.map((d) => `  ${renderDiagnostic(d, lang).message} [${d.code}]`).join('\n');
    throw new UsageError(`${t.invalidPlan}\n${list}`);
  }

  let leftover: string | undefined;
  try {
    const result = await writeFileSafely(path, text, { force: options.force === true, ...(options.writeFs ? { fs: options.writeFs } : {}) });
    leftover = result.leftover;
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    if (error.kind === 'exists') throw new UsageError(t.exists(shownPath(shown)), t.existsHint);
    if (error.kind === 'not-a-file') throw new UsageError(t.notAFile(shownPath(shown)), t.notAFileHint);
    const reason = writeReason(error.errno, lang) ?? error.errno;
    throw new UsageError(t.cannotWrite(shownPath(shown), reason), t.cannotWriteHint(error.leftover && shownPath(fromCwd(ctx.cwd, error.leftover))));
  }

  const result = {
    path: shown,
    id,
    planLang: resolved.planLang,
    missing: missingPoints(checked.diagnostics),
    warnings: otherWarnings(checked.diagnostics),
    ...(leftover ? { leftover: fromCwd(ctx.cwd, leftover) } : {}),
  };
  ctx.stdout.write(format === 'json' ? formatNewJson(result, lang) : formatNewText(result, lang, painter(ctx)));
  return EXIT.ok;
}
