import { PromptCancelled, type Prompter, type QuestionId } from './prompt.js';

/**
 * A prompter that answers from a script instead of a keyboard, for tests and
 * for anyone checking the questions `ip new` asks. Answers are given per
 * question id, in order; `ENTER` takes the offered default (or an empty
 * answer), `CANCEL` acts as Ctrl-C. An answer that fails the question's check
 * is recorded as a re-ask and the next scripted answer is tried, as a person
 * would type again.
 */

export const ENTER = Symbol('enter');
export const CANCEL = Symbol('cancel');
export type ScriptedAnswer = string | boolean | typeof ENTER | typeof CANCEL;

export interface AskedQuestion {
  id: QuestionId;
  message: string;
  kind: 'input' | 'confirm' | 'select';
  answer?: string | boolean;
  /** Messages shown for rejected answers, in order. */
  rejected: string[];
}

export interface ScriptedPrompter extends Prompter {
  /** Every question asked, in order. */
  readonly asked: AskedQuestion[];
  /** Scripted answers nobody asked for (a test may require this to be empty). */
  unused(): string[];
}

export class UnscriptedQuestion extends Error {
  constructor(readonly id: QuestionId, message: string) {
    super(`No scripted answer for question "${id}" (${message})`);
    this.name = 'UnscriptedQuestion';
  }
}

export function scriptedPrompter(script: Record<QuestionId, ScriptedAnswer[] | ScriptedAnswer>): ScriptedPrompter {
  const queues = new Map<QuestionId, ScriptedAnswer[]>(Object.entries(script).map(([k, v]) => [k, Array.isArray(v) ? [...v] : [v]]));
  const asked: AskedQuestion[] = [];

  function next(id: QuestionId, message: string): ScriptedAnswer {
    const queue = queues.get(id);
    if (!queue || queue.length === 0) throw new UnscriptedQuestion(id, message);
    const answer = queue.shift()!;
    if (answer === CANCEL) throw new PromptCancelled();
    return answer;
  }

  return {
    asked,
    unused: () => [...queues.entries()].filter(([, q]) => q.length > 0).map(([id]) => id),
    async input(q) {
      const record: AskedQuestion = { id: q.id, message: q.message, kind: 'input', rejected: [] };
      asked.push(record);
      for (;;) {
        const raw = next(q.id, q.message);
        const value = raw === ENTER ? (q.default ?? '') : String(raw);
        if (q.required && value.trim() === '') {
          record.rejected.push('required');
          continue;
        }
        const verdict = q.validate ? q.validate(value) : true;
        if (verdict !== true) {
          record.rejected.push(verdict);
          continue;
        }
        record.answer = value;
        return value;
      }
    },
    async confirm(q) {
      const raw = next(q.id, q.message);
      const value = raw === ENTER ? q.default : raw === true || (typeof raw === 'string' && /^y|^j/i.test(raw));
      asked.push({ id: q.id, message: q.message, kind: 'confirm', answer: value, rejected: [] });
      return value;
    },
    async select<T extends string>(q: { id: QuestionId; message: string; choices: ReadonlyArray<{ value: T }>; default?: T }): Promise<T> {
      const raw = next(q.id, q.message);
      const value = raw === ENTER ? (q.default ?? q.choices[0]?.value) : String(raw);
      const choice = q.choices.find((c) => c.value === value);
      if (!choice) throw new Error(`Scripted answer "${String(value)}" is not a choice for "${q.id}": ${q.choices.map((c) => c.value).join(', ')}`);
      asked.push({ id: q.id, message: q.message, kind: 'select', answer: choice.value, rejected: [] });
      return choice.value;
    },
  };
}
