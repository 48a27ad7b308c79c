import type { Prompter } from '../input/prompt.js';
import { cleanText } from '../input/values.js';
import { parseDateInput } from '../plan/dates.js';
import type { Vurderingsstatus } from '../plan/generated/plan-types.js';
import { ASSESSMENT_STATUSES, impossibleDate, isNoneWord, SKIP, type EvaluateAnswers, type StatusAnswer } from './answers.js';
import type { EvaluateInterviewText } from './interview-text.js';
import type { Goal, ParticipantChoice } from './select.js';

/**
 * The questions, in the order a meeting's minutes take them: when it was
 * held, who took part, each goal's status with a short note, what was
 * decided, and the next evaluation. A question is asked only when its
 * answer was not given by a flag or an answers file; under `--yes`, none is.
 */

export interface EvaluateInterviewEnv {
  prompter: Prompter;
  say: (text: string) => void;
  t: EvaluateInterviewText;
  today: string;
  askAll: boolean;
  /** The point's id, or its number in the list, and its planned date. */
  pointName: string;
  planned?: string;
  goals: readonly Goal[];
  participants: readonly ParticipantChoice[];
  /** What the point already has written: ticked, and offered as each goal's default. */
  existing?: { tookPart: readonly string[]; status: ReadonlyMap<string, Vurderingsstatus> };
  /** The next date to offer, for a held date; undefined offers none. */
  proposeNext: (held: string) => string | undefined;
}

/** A goal's text as a question shows it: one line, no control characters, not too long. */
function shown(text: string | undefined, max = 100): string {
  const line = cleanText(text ?? '');
  const chars = [...line];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : line;
}

/** A date answer shown as it is written into the plan (YYYY-MM-DD), whichever way it was typed. */
function asDateShown(value: string): string {
  return parseDateInput(value) ?? value;
}

export async function evaluationInterview(given: EvaluateAnswers, env: EvaluateInterviewEnv): Promise<EvaluateAnswers> {
  const { prompter, say, t, today, askAll } = env;
  const a: EvaluateAnswers = { ...given, status: { ...given.status }, note: { ...given.note } };
  if (!askAll) return given;

  say(t.intro(env.pointName, env.planned ?? ''));
  if (a.held === undefined) {
    const value = await prompter.input({
      id: 'held',
      message: t.held,
      default: today,
      validate: (v) => {
        const d = parseDateInput(v);
        return !d ? (impossibleDate(v) ? t.invalid.noSuchDay : t.invalid.date) : d > today ? t.invalid.heldFuture : true;
      },
      shownAs: asDateShown,
    });
    a.held = parseDateInput(value)!;
  }
  const held = a.held;

  if (a.tookPart === undefined && env.participants.length > 0) {
    a.tookPart = await prompter.checkbox({
      id: 'tookPart',
      message: t.tookPart,
      choices: env.participants.map((p) => ({
        value: p.id,
        name: p.name ? `${shown(p.name, 60)} (${p.id})` : p.id,
        ...(env.existing?.tookPart.includes(p.id) ? { checked: true } : {}),
      })),
    });
  }

  const toAsk = env.goals.filter((g) => a.status![g.id] === undefined);
  if (toAsk.length > 0) say(t.goalsIntro(toAsk.length));
  for (const goal of toAsk) {
    const existing = env.existing?.status.get(goal.id);
    const status = await prompter.select<StatusAnswer>({
      id: `status.${goal.id}`,
      message: t.status(goal.id, shown(goal.text)),
      // "Not assessed" first and the default, so Enter through the goals marks none of them reached; the assessment already written on this point, if any, is the default instead.
      choices: [{ value: SKIP, name: t.skip }, ...ASSESSMENT_STATUSES.map((s: Vurderingsstatus) => ({ value: s, name: t.statuses[s] }))],
      default: existing ?? SKIP,
    });
    a.status![goal.id] = status;
    if (status !== SKIP && a.note![goal.id] === undefined) {
      const note = cleanText(await prompter.input({ id: `note.${goal.id}`, message: t.note(goal.id) }));
      if (note !== '') a.note![goal.id] = note;
    }
  }

  if (a.decisions === undefined) {
    const decisions: string[] = [];
    for (;;) {
      const answer = cleanText(await prompter.input({ id: 'decision', message: t.decision(decisions.length + 1) }));
      if (answer === '') break;
      decisions.push(answer);
    }
    a.decisions = decisions;
  }

  if (a.next === undefined) {
    const offered = env.proposeNext(held);
    const value = await prompter.input({
      id: 'next',
      message: t.next,
      default: offered ?? t.none,
      validate: (v) => {
        if (isNoneWord(v)) return true;
        const d = parseDateInput(v);
        return !d ? (impossibleDate(v) ? t.invalid.noSuchDay : t.invalid.date) : d <= held ? t.invalid.nextNotAfter : true;
      },
      shownAs: asDateShown,
    });
    a.next = isNoneWord(value) ? null : parseDateInput(value)!;
  }
  return a;
}
