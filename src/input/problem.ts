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
