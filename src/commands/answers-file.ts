import { resolve } from 'node:path';
import { parse as parseYamlText, YAMLParseError } from 'yaml';
import type { Context } from '../context.js';
import { readText } from '../fs/plan-folder.js';
import { readStdin } from '../fs/stdin.js';
import { InputProblem } from '../input/problem.js';
import type { Lang } from '../output/lang.js';
import { shownPath } from '../output/path.js';

/**
 * An answers file (`--answers FILE`, `-` for standard input), read and parsed
 * for any command that takes one (ip new, ip evaluate): YAML 1.2, which reads
 * JSON too, with dates kept as strings. What the keys mean is the command's;
 * what can go wrong before that is here, with its words.
 */

/** The largest answers file read from standard input (1 MiB, as a plan). */
const ANSWERS_LIMIT = 1024 * 1024;

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
    if (bytes.length > ANSWERS_LIMIT) throw new InputProblem('answers-unreadable', { file, reason: 'EFBIG' });
    text = Buffer.from(bytes).toString('utf8');
  } else {
    try {
      text = await readText(resolve(ctx.cwd, name));
    } catch (error) {
      throw new InputProblem('answers-unreadable', { file, reason: (error as NodeJS.ErrnoException).code ?? 'EIO' });
    }
  }
  try {
    // YAML 1.2 reads JSON too. Dates stay strings under the core schema.
    return parseYamlText(text.replace(/^\uFEFF/, ''), { uniqueKeys: true, maxAliasCount: 100 }) ?? {};
  } catch (error) {
    const line = error instanceof YAMLParseError ? String(error.linePos?.[0]?.line ?? 1) : '1';
    throw new InputProblem('answers-syntax', { file, line });
  }
}

type P = Record<string, string>;
type Problem = { message: (p: P) => string; hint: (p: P) => string };

/** The words for the problems above, for each command's own problem table to fall back on. */
export const ANSWERS_FILE_PROBLEMS: Record<Lang, Record<string, Problem>> = {
  nb: {
    'answers-unreadable': { message: (p) => `Svarfilen ${p.file} kunne ikke leses (${p.reason}).`, hint: () => 'Sjekk stien, og at du har lesetilgang.' },
    'answers-syntax': { message: (p) => `Svarfilen ${p.file} er verken gyldig YAML eller JSON (linje ${p.line}).`, hint: () => 'Sjekk innrykk og anførselstegn på den linjen.' },
    'answers-stdin-tty': {
      message: () => '--answers - leser svar fra standard input, men standard input er en terminal.',
      hint: (p) => `Send svarene inn med en pipe: «cat svar.yaml | ${p.command} --answers -», eller gi en fil.`,
    },
  },
  en: {
    'answers-unreadable': { message: (p) => `The answers file ${p.file} could not be read (${p.reason}).`, hint: () => 'Check the path, and that you may read the file.' },
    'answers-syntax': { message: (p) => `The answers file ${p.file} is neither valid YAML nor JSON (line ${p.line}).`, hint: () => 'Check the indentation and quotes on that line.' },
    'answers-stdin-tty': {
      message: () => '--answers - reads answers from standard input, but standard input is a terminal.',
      hint: (p) => `Pipe the answers in: "cat answers.yaml | ${p.command} --answers -", or give a file.`,
    },
  },
};
