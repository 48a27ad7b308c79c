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
