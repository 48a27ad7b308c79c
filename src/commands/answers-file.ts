import { resolve } from 'node:path';
import { parse as parseYamlText, YAMLParseError } from 'yaml';
import type { Context } from '../context.js';
import { readLimited } from '../fs/read.js';
import { readStdin } from '../fs/stdin.js';
import { InputProblem } from '../input/problem.js';
import type { Lang } from '../output/lang.js';
import { shownPath } from '../output/path.js';
import { sanitizeEcho } from '../plan/text.js';

/**
 * An answers file (`--answers FILE`, `-` for standard input), read and parsed
 * for any command that takes one (ip new, ip evaluate): YAML 1.2, which reads
 * JSON too, with dates kept as strings. What the keys mean is the command's;
 * what can go wrong before that is here, with its words.
 */

/** The largest answers file (1 MiB, as a plan), from a file or standard input. */
const ANSWERS_LIMIT = 1024 * 1024;

/**
 * The longest one answer may be, in characters: many pages of text, far
 * past any name, goal, note or decision, and short of filling a plan with
 * one value.
 */
export const ANSWER_MAX_CHARS = 10_000;
/** The most entries one answer may list (participants, goals, decisions …). */
export const ANSWER_MAX_ITEMS = 500;

/** The answers file's name as messages show it (a control character in it as ?). */
export function answersFileName(name: string): string {
  return name === '-' ? '<stdin>' : shownPath(name);
}

/**
 * The file's top level as data (`{}` for an empty file). Problems are
 * InputProblems with the codes below; `command` is how the hint shows the
 * command (`ip new`, `ip evaluate plan.md`).
 */
export async function readAnswersData(name: string, ctx: Context, command: string): Promise<unknown> {
  let text: string;
  const file = answersFileName(name);
  if (name === '-') {
    if (!ctx.stdin || ctx.stdin.isTTY) throw new InputProblem('answers-stdin-tty', { command });
    // An answers file is a few lines: more than the plans' own size limit is refused, not read to the end.
    const bytes = await readStdin(ctx, ANSWERS_LIMIT);
    if (bytes.length > ANSWERS_LIMIT) throw new InputProblem('answers-too-large', { file });
    text = Buffer.from(bytes).toString('utf8');
  } else {
    // Never read past the limit; a FIFO, socket or device is refused before it is opened (reason FIFO …).
    const read = readLimited(resolve(ctx.cwd, name), ANSWERS_LIMIT);
    if ('error' in read) throw new InputProblem('answers-unreadable', { file, reason: read.error });
    if ('tooLarge' in read) throw new InputProblem('answers-too-large', { file });
    text = Buffer.from(read.bytes).toString('utf8');
  }
  let data: unknown;
  try {
    // YAML 1.2 reads JSON too. Dates stay strings under the core schema.
    data = parseYamlText(text.replace(/^\uFEFF/, ''), { uniqueKeys: true, maxAliasCount: 100 }) ?? {};
  } catch (error) {
    const line = error instanceof YAMLParseError ? String(error.linePos?.[0]?.line ?? 1) : '1';
    throw new InputProblem('answers-syntax', { file, line });
  }
  checkAnswerSizes(data, file);
  return data;
}

/**
 * Every answer within ANSWER_MAX_CHARS and ANSWER_MAX_ITEMS, however deep
 * it is nested (a participant's fields, a status per goal): checked before
 * any answer is read, over the whole data, without recursion. The problem
 * names the top-level key, never the value.
 */
function checkAnswerSizes(data: unknown, file: string): void {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return;
  for (const [key, top] of Object.entries(data as Record<string, unknown>)) {
    const pending: unknown[] = [top];
    while (pending.length > 0) {
      const value = pending.pop();
      if (typeof value === 'string') {
        if (value.length > ANSWER_MAX_CHARS) throw new InputProblem('answers-too-long', { file, key: sanitizeEcho(key) });
      } else if (Array.isArray(value)) {
        if (value.length > ANSWER_MAX_ITEMS) throw new InputProblem('answers-too-many', { file, key: sanitizeEcho(key) });
        for (const item of value) pending.push(item);
      } else if (typeof value === 'object' && value !== null) {
        const entries = Object.entries(value as Record<string, unknown>);
        if (entries.length > ANSWER_MAX_ITEMS) throw new InputProblem('answers-too-many', { file, key: sanitizeEcho(key) });
        for (const [inner, item] of entries) pending.push(inner, item);
      }
    }
  }
}

type P = Record<string, string>;
type Problem = { message: (p: P) => string; hint: (p: P) => string };

/** The words for the problems above, for each command's own problem table to fall back on. */
export const ANSWERS_FILE_PROBLEMS: Record<Lang, Record<string, Problem>> = {
  nb: {
    'answers-unreadable': { message: (p) => `Svarfilen ${p.file} kunne ikke leses (${p.reason}).`, hint: () => 'Sjekk stien, og at du har lesetilgang.' },
    'answers-syntax': { message: (p) => `Svarfilen ${p.file} er verken gyldig YAML eller JSON (linje ${p.line}).`, hint: () => 'Sjekk innrykk og anførselstegn på den linjen.' },
    'answers-too-large': { message: (p) => `Svarfilen ${p.file} er større enn 1 MiB, og leses ikke.`, hint: () => 'En svarfil er noen få linjer. Sjekk at det er riktig fil.' },
    'answers-too-long': {
      message: (p) => `Svaret ${p.key} i svarfilen ${p.file} er lengre enn ${String(ANSWER_MAX_CHARS).replace(/\B(?=(\d{3})+$)/g, ' ')} tegn.`,
      hint: () => 'Skriv et kortere svar; lengre tekst hører hjemme i planen selv.',
    },
    'answers-too-many': {
      message: (p) => `Svaret ${p.key} i svarfilen ${p.file} har flere enn ${ANSWER_MAX_ITEMS} oppføringer.`,
      hint: () => 'Del opp svarene, eller før resten inn i planen selv.',
    },
    'answers-stdin-tty': {
      message: () => '--answers - leser svar fra standard input, men standard input er en terminal.',
      hint: (p) => `Send svarene inn med en pipe: «cat svar.yaml | ${p.command} --answers -», eller gi en fil.`,
    },
  },
  en: {
    'answers-unreadable': { message: (p) => `The answers file ${p.file} could not be read (${p.reason}).`, hint: () => 'Check the path, and that you may read the file.' },
    'answers-syntax': { message: (p) => `The answers file ${p.file} is neither valid YAML nor JSON (line ${p.line}).`, hint: () => 'Check the indentation and quotes on that line.' },
    'answers-too-large': { message: (p) => `The answers file ${p.file} is larger than 1 MiB, and is not read.`, hint: () => 'An answers file is a few lines. Check that it is the right file.' },
    'answers-too-long': {
      message: (p) => `The answer ${p.key} in the answers file ${p.file} is longer than ${String(ANSWER_MAX_CHARS).replace(/\B(?=(\d{3})+$)/g, ',')} characters.`,
      hint: () => 'Write a shorter answer; longer text belongs in the plan itself.',
    },
    'answers-too-many': {
      message: (p) => `The answer ${p.key} in the answers file ${p.file} has more than ${ANSWER_MAX_ITEMS} entries.`,
      hint: () => 'Split the answers, or add the rest in the plan itself.',
    },
    'answers-stdin-tty': {
      message: () => '--answers - reads answers from standard input, but standard input is a terminal.',
      hint: (p) => `Pipe the answers in: "cat answers.yaml | ${p.command} --answers -", or give a file.`,
    },
  },
};
