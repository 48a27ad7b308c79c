import type { CommandUnknownOpts } from '@commander-js/extra-typings';
import type { Context } from '../context.js';
import type { Lang } from '../output/lang.js';

/**
 * How a command joins the command line. A command's declaration
 * (`src/commands/<name>/command.ts`) holds its arguments, its options with
 * their parsers, and its help; its run function is imported inside the
 * action, so a command that does not run costs nothing at start.
 */
export interface DeclareEnv {
  ctx: Context;
  /** The message language, already chosen (from --lang, IP_LANG or the locale). */
  lang: Lang;
  /** Hand the command's work to the shell, which maps its outcome to an exit code. */
  run: (action: () => Promise<number>) => void;
}

export interface CommandDeclaration {
  name: string;
  declare(program: CommandUnknownOpts, env: DeclareEnv): void;
}
