import { SKIP, type EvaluateAnswers } from './answers.js';
import type { Assessment, Recording } from './record.js';
import type { Goal } from './select.js';

/**
 * The answers, asked or given, with the defaults filled in: the recording
 * written into the plan. Assessments follow the plan's order of goals;
 * a skipped goal gets none.
 */
export interface ResolveEnv {
  index: number;
  today: string;
  /** Every goal and sub-goal, in the plan's order. */
  goals: readonly Goal[];
  /** The next date to propose for a held date, or undefined for none. */
  proposeNext: (held: string) => string | undefined;
  nextId: string;
}

export function resolveRecording(a: EvaluateAnswers, env: ResolveEnv): Recording {
  const held = a.held ?? env.today;
  const assessments: Assessment[] = [];
  for (const goal of env.goals) {
    const status = a.status?.[goal.id];
    if (status === undefined || status === SKIP) continue;
    const merknad = a.note?.[goal.id];
    assessments.push({ gjelder: goal.id, status, ...(merknad ? { merknad } : {}) });
  }
  const nextDate = a.next === null ? undefined : (a.next ?? env.proposeNext(held));
  return {
    index: env.index,
    held,
    tookPart: a.tookPart ?? [],
    assessments,
    decisions: a.decisions ?? [],
    ...(nextDate !== undefined ? { next: { id: env.nextId, dato: nextDate } } : {}),
  };
}
