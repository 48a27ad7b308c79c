import { echoKey } from '../plan/diagnostics/field-path.js';

/**
 * A wrong answer from a flag or an answers file, as a code and safe
 * parameters (the flag or key, never the value: a mistyped fødselsnummer
 * must not reach a log). src/commands/new/messages.ts puts it into words.
 */
export class InputProblem extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string> = {},
  ) {
    super(code);
    this.name = 'InputProblem';
  }
}

/** Where an answer came from, for messages: the flag, or the key in the named file. */
export type Source = { kind: 'flag' } | { kind: 'file'; file: string };

/** Parameters that are not the person's input: the file and field as the user or the tool names them, a line, a reason code. */
const NOT_ECHOED = new Set(['file', 'field', 'line', 'reason', 'command']);

/**
 * A problem's parameters as a message may show them: a key, an id or a
 * suggestion taken from the answers has every run of six or more digits
 * replaced by a word, as every echoed key is (a fødselsnummer typed as a key
 * or an id must not show, nor the birth date in its first six digits).
 */
export function shownParams(params: Readonly<Record<string, string>>, lang: 'nb' | 'en'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) out[name] = NOT_ECHOED.has(name) ? value : echoKey(value, lang, Number.POSITIVE_INFINITY);
  return out;
}
