import type { CommandRegistration } from './types.js';
import { validateCommand } from './validate.js';
import { newCommand } from './new.js';
import { diffCommand } from './diff.js';
import { dueCommand } from './due.js';
import { renderCommand } from './render.js';

/**
 * Every command, in the order `ip --help` lists them. A new command adds its
 * import above and its entry below, and nothing else in the shell changes.
 */
export const REGISTRATIONS: readonly CommandRegistration[] = [
  newCommand,
  validateCommand,
  dueCommand,
  diffCommand,
  renderCommand,
];
