import { resolve } from 'node:path';
import { EXIT, UsageError, type Context } from '../../context.js';
import { diffPlans, type Change, type PlanSide } from '../../diff/index.js';
import {
  checkIds,
  checkTogether,
  mergeEvaluateAnswers,
  normalizeEvaluateAnswers,
  rawEvaluateFromFile,
  type EvaluateAnswers,
  type RawEvaluateAnswers,
} from '../../evaluate/answers.js';
import { editFrontMatter } from '../../evaluate/front-matter.js';
import { evaluationInterview } from '../../evaluate/interview.js';
import { EVALUATE_INTERVIEW_TEXT } from '../../evaluate/interview-text.js';
import { applyRecording, EditProblem, type Recording } from '../../evaluate/record.js';
import { resolveRecording } from '../../evaluate/resolve.js';
import {
  allGoals,
  anotherOpenEvaluation,
  chooseEvaluation,
  evaluationPoints,
  freshEvaluationId,
  goalsToAssess,
  participantChoices,
  proposeNext,
  type EvaluationPoint,
  type Goal,
} from '../../evaluate/select.js';
import { readLimited } from '../../fs/read.js';
import { replaceFileIfUnchanged, WriteError } from '../../fs/write.js';
import { InputProblem, shownParams } from '../../input/problem.js';
import { canPrompt, PROMPT_WORDS, PromptCancelled, prompterFor } from '../../input/prompt.js';
import { formatDiffJson } from '../../output/diff/json.js';
import { formatDiffMarkdown } from '../../output/diff/markdown.js';
import { formatDiffText } from '../../output/diff/text.js';
import { docLang } from '../../output/diff/vocab.js';
import { formatEvaluateJson, formatEvaluateText, type EvaluateResult } from '../../output/evaluate/summary.js';
import type { Lang } from '../../output/lang.js';
import { fromCwd, shownPath } from '../../output/path.js';
import { painter } from '../../output/style.js';
import { writeReason } from '../../output/write-reasons.js';
import { checkBytes, type CheckedFile } from '../../plan/check.js';
import { readReason } from '../../plan/diagnostics/read-reasons.js';
import { renderDiagnostic } from '../../plan/diagnostics/messages.js';
import type { Diagnostic, PlanData } from '../../plan/types.js';
import { planView } from '../../plan/view.js';
import { answersFileName, readAnswersData } from '../answers-file.js';
import { todayOf } from '../options.js';
import { EVALUATE_MESSAGES, pointName, problemText } from './messages.js';

/**
 * `ip evaluate PLAN [ID]`: record an evaluation that was held. The plan is
 * read and checked; the answers come from flags, an answers file and
 * questions; the front matter is edited in place (src/evaluate/), checked
 * again, and written over the file only if the edit adds no error and the
 * file has not changed meanwhile. The pure work is in src/evaluate/; this
 * module reads, asks, writes and says.
 */

export interface EvaluateOptions {
  lang: Lang;
  plan: string;
  id?: string;
  flags: RawEvaluateAnswers;
  answers?: string;
  yes?: boolean;
  dryRun?: boolean;
  today?: string;
  format?: 'text' | 'json' | 'markdown';
}

/** The largest plan read (as ip validate's default --max-size). */
const MAX_SIZE = 1024 * 1024;

function usage(problem: InputProblem, lang: Lang): UsageError {
  const { message, hint } = problemText(problem.code, shownParams(problem.params, lang), lang);
  return new UsageError(message, hint);
}


function readPlanBytes(absolute: string, shown: string, lang: Lang): Uint8Array {
  const t = EVALUATE_MESSAGES[lang];
  const read = readLimited(absolute, MAX_SIZE);
  if ('error' in read) {
    if (read.error === 'ENOENT' || read.error === 'ENOTDIR') throw new UsageError(t.notFound(shown), t.notFoundHint);
    if (read.error === 'EISDIR' || read.error === 'FIFO' || read.error === 'SOCKET' || read.error === 'DEVICE') throw new UsageError(t.notAFile(shown), t.notAFileHint);
    throw new UsageError(t.unreadable(shown, readReason(read.error, lang) ?? read.error), t.unreadableHint);
  }
  if ('tooLarge' in read) throw new UsageError(t.tooLarge(shown, MAX_SIZE), t.tooLargeHint);
  return read.bytes;
}

function located(shown: string, diagnostics: readonly Diagnostic[], lang: Lang): string[] {
  return diagnostics.map((d) => `  ${shownPath(shown)}:${d.line}:${d.column}: ${renderDiagnostic(d, lang).message} [${d.code}]`);
}

/** The plan as read and checked; a file that is no readable plan stops here (exit 2). */
function checkPlan(bytes: Uint8Array, shown: string, today: string, lang: Lang): CheckedFile & { data: PlanData } {
  const checked = checkBytes(bytes, { explicit: true, today });
  if (checked.data) return checked as CheckedFile & { data: PlanData };
  const t = EVALUATE_MESSAGES[lang];
  const errors = checked.diagnostics.filter((d) => d.severity === 'error');
  const shownDiagnostics = (errors.length > 0 ? errors : checked.diagnostics).slice(0, 5);
  throw new UsageError([t.notAPlan(shown), ...located(shown, shownDiagnostics, lang)].join('\n'), t.notAPlanHint);
}

/** Findings of one severity by rule and place in the plan: what the edit adds is what the plan did not have. */
function added(severity: Diagnostic['severity'], before: readonly Diagnostic[], after: readonly Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic) => `${d.code} ${JSON.stringify(d.path)}`;
  const had = new Set(before.filter((d) => d.severity === severity).map(key));
  return after.filter((d) => d.severity === severity && !had.has(key(d)));
}

function choosePoint(points: readonly EvaluationPoint[], id: string | undefined, shown: string, lang: Lang): EvaluationPoint {
  const t = EVALUATE_MESSAGES[lang];
  if (points.length === 0) throw new UsageError(t.noEvaluations(shown), t.noneOpenHint);
  const choice = chooseEvaluation(points, id);
  if (choice.ok) return choice.point;
  const open = points
    .filter((p) => p.utført === undefined)
    .map((p) => pointName(lang, p.id, p.index))
    .join(', ');
  if (choice.reason === 'none-open') throw new UsageError(t.noneOpen(shown), t.noneOpenHint);
  if (choice.reason === 'already-held') throw new UsageError(t.alreadyHeld(pointName(lang, id, 0)), t.alreadyHeldHint);
  throw new UsageError(t.unknownId(shown, id ?? ''), t.unknownIdHint(open));
}

async function loadAnswersFile(name: string, ctx: Context, shownPlan: string, lang: Lang): Promise<EvaluateAnswers> {
  const file = answersFileName(name);
  try {
    const data = await readAnswersData(name, ctx, `ip evaluate ${shownPlan}`);
    return normalizeEvaluateAnswers(rawEvaluateFromFile(data, file), { kind: 'file', file });
  } catch (error) {
    if (error instanceof InputProblem) throw usage(error, lang);
    throw error;
  }
}

function guarded<T>(work: () => T, lang: Lang): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof InputProblem) throw usage(error, lang);
    throw error;
  }
}

interface Edited {
  text: string;
  rewritten: boolean;
  checked: CheckedFile & { data: PlanData };
  changes: Change[];
  before: PlanSide;
  after: PlanSide;
}

function edit(text: string, recording: Recording, plan: CheckedFile & { data: PlanData }, point: EvaluationPoint, today: string, lang: Lang): Edited {
  const t = EVALUATE_MESSAGES[lang];
  let result;
  try {
    result = editFrontMatter(text, (doc) => applyRecording(doc, recording));
  } catch (error) {
    if (error instanceof EditProblem && error.code === 'field-not-a-list') throw new UsageError(t.notAList(pointName(lang, point.id, point.index), error.field ?? ''), t.notAListHint);
    if (error instanceof EditProblem) throw new UsageError(t.notAMapping(pointName(lang, point.id, point.index)), t.notAMappingHint);
    throw error;
  }
  // The plan was read above, so its front matter parses: a failure here is a bug.
  if (!result.ok) throw new Error(`The front matter could not be edited (${result.reason})`);
  const checked = checkBytes(Buffer.from(result.text, 'utf8'), { explicit: true, today });
  if (!checked.data) throw new Error('The edited plan does not read back');
  const before: PlanSide = { data: plan.data, ...(plan.body !== undefined ? { body: plan.body } : {}) };
  const after: PlanSide = { data: checked.data, ...(checked.body !== undefined ? { body: checked.body } : {}) };
  return { text: result.text, rewritten: result.rewritten, checked: checked as CheckedFile & { data: PlanData }, changes: diffPlans(before, after), before, after };
}

/** What the evaluation holds once written (what was there before included): the summary counts these. */
function countsAfter(data: PlanData, index: number, toAssess: readonly Goal[]): { tookPart: number; assessed: number; goals: number; decisions: number } {
  const point = planView(data).evalueringer?.[index];
  const assessed = new Set((point?.vurderinger ?? []).map((v) => v?.gjelder).filter((g): g is string => typeof g === 'string' && g !== ''));
  return {
    tookPart: (point?.deltok ?? []).filter((id) => typeof id === 'string').length,
    assessed: assessed.size,
    goals: new Set([...toAssess.map((g) => g.id), ...assessed]).size,
    decisions: (point?.beslutninger ?? []).filter((d) => typeof d === 'string').length,
  };
}

export async function runEvaluate(options: EvaluateOptions, ctx: Context): Promise<number> {
  const { lang } = options;
  const t = EVALUATE_MESSAGES[lang];
  const today = todayOf(options.today, ctx, lang);
  const format = options.format ?? 'text';
  const absolute = resolve(ctx.cwd, options.plan);
  const shown = fromCwd(ctx.cwd, absolute);

  const flagAnswers = guarded(() => normalizeEvaluateAnswers(options.flags, { kind: 'flag' }), lang);
  const fileAnswers = options.answers !== undefined ? await loadAnswersFile(options.answers, ctx, shown, lang) : {};

  const bytes = readPlanBytes(absolute, shown, lang);
  const plan = checkPlan(bytes, shown, today, lang);
  const view = planView(plan.data);
  const points = evaluationPoints(view);
  const point = choosePoint(points, options.id, shown, lang);
  const goals = allGoals(view);
  const toAssess = goalsToAssess(view, point);
  const participants = participantChoices(view);
  const facts = { goals: new Set(goals.map((g) => g.id)), participants: new Set(participants.map((p) => p.id)), listParticipants: ctx.stdout.isTTY === true };
  guarded(() => checkIds(fileAnswers, facts, { kind: 'file', file: answersFileName(options.answers ?? '') }), lang);
  guarded(() => checkIds(flagAnswers, facts, { kind: 'flag' }), lang);
  const given = mergeEvaluateAnswers(fileAnswers, flagAnswers);
  guarded(() => checkTogether(given, today), lang);

  const offerNext = (held: string) => (anotherOpenEvaluation(points, point) ? undefined : proposeNext(points, point, held));
  const interactive = canPrompt(ctx) && options.answers !== '-';
  let answers = given;
  if (!interactive) {
    // Nobody can answer: never wait on a prompt, and never record what nobody said was meant (a dry run records nothing).
    if (options.yes !== true && options.answers === undefined && options.dryRun !== true) throw new UsageError(t.noTerminal, t.noTerminalHint);
  } else if (options.yes !== true) {
    try {
      answers = await evaluationInterview(given, {
        prompter: prompterFor(ctx, PROMPT_WORDS[lang]),
        say: (text) => ctx.stdout.write(`${text}\n`),
        t: EVALUATE_INTERVIEW_TEXT[lang],
        today,
        askAll: true,
        pointName: pointName(lang, point.id, point.index),
        ...(point.dato !== undefined ? { planned: point.dato } : {}),
        goals: toAssess,
        participants,
        existing: { tookPart: point.deltok, status: point.vurderinger },
        proposeNext: offerNext,
      });
    } catch (error) {
      if (error instanceof PromptCancelled) {
        ctx.stderr.write(`${t.cancelled}\n`);
        return EXIT.cancelled;
      }
      throw error;
    }
  }

  const recording = resolveRecording(answers, { index: point.index, today, goals, proposeNext: offerNext, nextId: freshEvaluationId(view) });
  const text = Buffer.from(bytes).toString('utf8');
  const edited = edit(text, recording, plan, point, today, lang);
  const addedErrors = added('error', plan.diagnostics, edited.checked.diagnostics);
  // Warnings do not stop the recording, but the user should hear of those the edit brings.
  const addedWarnings = added('warning', plan.diagnostics, edited.checked.diagnostics);
  const paint = painter(ctx);
  const sides = { old: { file: shown }, new: { file: shown, rev: t.afterSide } };
  const diffText = () => formatDiffText(edited.changes, edited.before, edited.after, { lang, paint, sides });

  if (options.dryRun) {
    if (format === 'json') ctx.stdout.write(formatDiffJson(edited.changes));
    else if (format === 'markdown') ctx.stdout.write(formatDiffMarkdown(edited.changes, edited.before, edited.after, { lang: docLang(edited.after.data.språk), date: today }));
    else ctx.stdout.write(diffText());
    if (addedErrors.length > 0) {
      ctx.stderr.write(`ip: ${t.wouldAddErrors}\n${located(shown, addedErrors, lang).join('\n')}\n`);
      return EXIT.findings;
    }
    if (addedWarnings.length > 0) ctx.stderr.write(`ip: ${t.wouldAddWarnings}\n${located(shown, addedWarnings, lang).join('\n')}\n`);
    return EXIT.ok;
  }

  if (addedErrors.length > 0) {
    ctx.stderr.write(`ip: ${t.addsErrors(shown)}\n${located(shown, addedErrors, lang).join('\n')}\n${t.addsErrorsHint}\n`);
    return EXIT.findings;
  }

  if (interactive && options.yes !== true) {
    ctx.stdout.write(diffText());
    try {
      const go = await prompterFor(ctx, PROMPT_WORDS[lang]).confirm({ id: 'confirm', message: EVALUATE_INTERVIEW_TEXT[lang].confirm, default: true });
      if (!go) throw new PromptCancelled();
    } catch (error) {
      if (error instanceof PromptCancelled) {
        ctx.stderr.write(`${t.cancelled}\n`);
        return EXIT.cancelled;
      }
      throw error;
    }
  }

  let leftover: string | undefined;
  try {
    leftover = (await replaceFileIfUnchanged(absolute, edited.text, bytes)).leftover;
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    const left = error.leftover && fromCwd(ctx.cwd, error.leftover);
    // Refusals, as for a changed file: exit 1, the plan as it was, and no temporary file (or the one left named).
    const refusal = error.kind === 'read-only' ? t.readOnly(shown) : error.kind === 'owner' ? t.owner(shown) : undefined;
    if (refusal !== undefined) {
      ctx.stderr.write(`ip: ${refusal}\n${error.kind === 'read-only' ? t.readOnlyHint : t.ownerHint}\n${t.cannotWriteHint(left)}\n`);
      return EXIT.findings;
    }
    if (error.kind === 'gone') {
      ctx.stderr.write(`ip: ${t.gone(shown)}\n${t.goneHint}${left ? `\n${t.cannotWriteHint(left)}` : ''}\n`);
      return EXIT.findings;
    }
    if (error.kind === 'changed') {
      ctx.stderr.write(`ip: ${t.changed(shown)}\n${t.changedHint}${left ? `\n${t.cannotWriteHint(left)}` : ''}\n`);
      return EXIT.findings;
    }
    throw new UsageError(t.cannotWrite(shown, writeReason(error.errno, lang) ?? error.errno), t.cannotWriteHint(left));
  }

  const planId = typeof plan.data.id === 'string' ? plan.data.id : undefined;
  const result: EvaluateResult = {
    path: shown,
    ...(planId !== undefined ? { plan: planId } : {}),
    ...(point.id !== undefined ? { evaluation: point.id } : {}),
    number: point.index + 1,
    held: recording.held,
    ...countsAfter(edited.after.data, point.index, toAssess),
    ...(recording.next ? { next: recording.next } : {}),
    written: true,
    rewritten: edited.rewritten,
    changes: edited.changes,
    newWarnings: addedWarnings.map((d) => ({ code: d.code, message: renderDiagnostic(d, lang).message, line: d.line, column: d.column })),
    ...(leftover ? { leftover: fromCwd(ctx.cwd, leftover) } : {}),
  };
  if (edited.rewritten && format !== 'json') ctx.stderr.write(`${t.rewritten}\n`);
  if (addedWarnings.length > 0 && format !== 'json') ctx.stderr.write(`ip: ${t.addedWarnings(shown)}\n${located(shown, addedWarnings, lang).join('\n')}\n`);
  if (format === 'json') ctx.stdout.write(formatEvaluateJson(result));
  else if (format === 'markdown') ctx.stdout.write(formatDiffMarkdown(edited.changes, edited.before, edited.after, { lang: docLang(edited.after.data.språk), date: today }));
  else ctx.stdout.write(formatEvaluateText(result, lang, paint));
  return EXIT.ok;
}
