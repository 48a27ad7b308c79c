import type { Prompter } from './input/prompt.js';

/**
 * What a command gets from the outside world. The shell (bin/ip.js) passes
 * the real process; tests pass their own, so commands run in-process.
 */
export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface Context {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: OutputStream;
  stderr: OutputStream;
  /** Standard input, for `--stdin` and for telling whether prompts can be answered. */
  stdin?: AsyncIterable<Uint8Array | string> & { isTTY?: boolean };
  /** The clock, for "today" when neither --today nor IP_TODAY fixes it. */
  now?: () => Date;
  /** How `ip new` asks questions; tests pass a scripted one, the real prompts are the default. */
  prompt?: Prompter;
}

/** A problem with how the command was called: exit code 2, message only. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

export const EXIT = { ok: 0, findings: 1, usage: 2, bug: 70, cancelled: 130 } as const;
