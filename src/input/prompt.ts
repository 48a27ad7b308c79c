import type { Context } from '../context.js';

/**
 * The one place that knows about @inquirer/prompts. `ip new` and `ip evaluate` ask through this
 * small interface, so tests hand in a scripted implementation (see
 * test/fixtures/new/scripted.ts) and the real prompts load only when a person
 * is there to answer them.
 */

/** A question's stable name, so a script can answer it by name and tests can tell which questions were asked. */
export type QuestionId = string;

export interface InputQuestion {
  id: QuestionId;
  message: string;
  /** Offered as the answer to take with Enter. */
  default?: string;
  /** An empty answer is not accepted. */
  required?: boolean;
  /** `true`, or the message to show before asking again. */
  validate?: (value: string) => true | string;
  /** Masked while typed, and shown once answered as a word instead of the answer (the fødselsnummer is never on the screen). */
  hideAnswer?: boolean;
  /** The answer as it is shown once given, when it is read as something else (a date typed 2027-2-16 is shown 2027-02-16). */
  shownAs?: (value: string) => string;
}

export interface ConfirmQuestion {
  id: QuestionId;
  message: string;
  default: boolean;
}

export interface Choice<T extends string> {
  value: T;
  name: string;
  description?: string;
}

export interface SelectQuestion<T extends string> {
  id: QuestionId;
  message: string;
  choices: ReadonlyArray<Choice<T>>;
  default?: T;
}

export interface CheckboxQuestion<T extends string> {
  id: QuestionId;
  message: string;
  choices: ReadonlyArray<Choice<T> & { checked?: boolean }>;
}

export interface Prompter {
  input(question: InputQuestion): Promise<string>;
  confirm(question: ConfirmQuestion): Promise<boolean>;
  select<T extends string>(question: SelectQuestion<T>): Promise<T>;
  /** Any number of the choices (none included), in the order of the choices. */
  checkbox<T extends string>(question: CheckboxQuestion<T>): Promise<T[]>;
}

/** The person stopped the questions (Ctrl-C): exit 130, nothing written. */
export class PromptCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'PromptCancelled';
  }
}

/** inquirer's errors for Ctrl-C (ExitPromptError) and an aborted prompt (AbortPromptError), known by name. */
function isCancel(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError' || error.name === 'CancelPromptError');
}

async function guard<T>(ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch (error) {
    if (isCancel(error)) throw new PromptCancelled();
    throw error;
  }
}

/** The few words inquirer itself shows, in the message language. */
export interface PromptWords {
  yes: string;
  no: string;
  /** Shown when a yes/no answer is neither. */
  yesOrNo: string;
  navigate: string;
  select: string;
  /** What the space bar does in a checkbox, and what Enter does there. */
  toggle: string;
  done: string;
  /** Shown in place of an answer that must not stay on the screen. */
  hidden: string;
}

export const PROMPT_WORDS: Record<'nb' | 'en', PromptWords> = {
  nb: { yes: 'Ja', no: 'Nei', yesOrNo: 'Svar «ja» eller «nei».', navigate: 'flytt', select: 'velg', toggle: 'kryss av', done: 'ferdig', hidden: 'lagret' },
  en: { yes: 'Yes', no: 'No', yesOrNo: 'Answer "yes" or "no".', navigate: 'navigate', select: 'select', toggle: 'tick', done: 'done', hidden: 'saved' },
};

/** The real prompts, on the process's own terminal. */
export function inquirerPrompter(words: PromptWords = PROMPT_WORDS.en): Prompter {
  // Loaded on first use: ~75 ms that `ip new` with flags alone never pays.
  const load = () => import('@inquirer/prompts');
  return {
    async input(q) {
      if (q.hideAnswer) {
        // A hidden answer (the fødselsnummer) is never on the screen: each character typed shows as •
        // (its length says nothing; every number has eleven digits), with no key to reveal it, and
        // once given it is replaced by a word. A rejected one stays masked for the person to fix.
        const { password } = await load();
        return guard(() =>
          password({
            message: q.message,
            mask: '•',
            toggleMask: false,
            ...(q.validate ? { validate: q.validate } : {}),
            theme: { style: { answer: (masked: string) => (masked === '' ? '' : words.hidden) } },
          }),
        );
      }
      const { input } = await load();
      return guard(() =>
        input({
          message: q.message,
          ...(q.default !== undefined && q.default !== '' ? { default: q.default } : {}),
          ...(q.required ? { required: true } : {}),
          ...(q.validate ? { validate: q.validate } : {}),
          ...(q.shownAs ? { transformer: (value: string, { isFinal }: { isFinal: boolean }) => (isFinal ? q.shownAs!(value) : value) } : {}),
        }),
      );
    },
    async confirm(q) {
      const { confirm } = await load();
      return guard(() =>
        confirm({ message: q.message, default: q.default, theme: { keywords: { yes: words.yes, no: words.no, error: () => words.yesOrNo } } }),
      );
    },
    async select<T extends string>(q: SelectQuestion<T>): Promise<T> {
      const { select } = await load();
      return guard(() =>
        select<T>({
          message: q.message,
          choices: q.choices.map((c) => ({ value: c.value, name: c.name, ...(c.description ? { description: c.description } : {}) })),
          ...(q.default !== undefined ? { default: q.default } : {}),
          pageSize: 10,
          theme: {
            style: {
              keysHelpTip: () => `↑↓ ${words.navigate} • ⏎ ${words.select}`,
            },
          },
        }),
      );
    },
    async checkbox<T extends string>(q: CheckboxQuestion<T>): Promise<T[]> {
      const { checkbox } = await load();
      return guard(() =>
        checkbox<T>({
          message: q.message,
          choices: q.choices.map((c) => ({ value: c.value, name: c.name, ...(c.checked ? { checked: true } : {}), ...(c.description ? { description: c.description } : {}) })),
          pageSize: 10,
          // No select-all or invert keys: each person who took part is ticked on purpose.
          shortcuts: { all: null, invert: null },
          theme: {
            style: {
              keysHelpTip: () => `↑↓ ${words.navigate} • ␣ ${words.toggle} • ⏎ ${words.done}`,
            },
          },
        }),
      );
    },
  };
}

/**
 * Whether a person can answer: both standard input and standard output are
 * terminals. Prompts without a terminal hang or throw, so `ip new` checks
 * this before it asks anything.
 */
export function canPrompt(ctx: Pick<Context, 'stdin' | 'stdout'>): boolean {
  return ctx.stdin?.isTTY === true && ctx.stdout.isTTY === true;
}

/** The prompter to use: the one the context carries (tests), else the real one. */
export function prompterFor(ctx: Context, words?: PromptWords): Prompter {
  return ctx.prompt ?? inquirerPrompter(words);
}
