import type { Command } from 'commander';
import type { Context } from '../context.js';
import type { Lang } from '../output/lang.js';

/**
 * How a command joins the command line. Registration modules hold only the
 * option definitions and help text; the command's own modules are imported
 * inside the action, so unused commands cost nothing at start.
 */
export interface RegisterEnv {
  ctx: Context;
  lang: Lang;
  /** Hand the command's work to the shell, which maps its outcome to an exit code. */
  run: (action: () => Promise<number>) => void;
}

export interface CommandRegistration {
  name: string;
  register(program: Command, env: RegisterEnv): Command;
}

/** Options as commander hands them over, before a command reads them. */
export type RawOptions = Record<string, string | boolean | string[] | undefined>;

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
