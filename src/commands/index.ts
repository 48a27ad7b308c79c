import { diffCommand } from './diff/command.js';
import { evaluateCommand } from './evaluate/command.js';
import { exportCommand } from './export/command.js';
import { helpCommand } from './help/command.js';
import { dueCommand } from './due/command.js';
import { logCommand } from './log/command.js';
import { newCommand } from './new/command.js';
import { renderCommand } from './render/command.js';
import { reportCommand } from './report/command.js';
import type { CommandDeclaration } from './types.js';
import { validateCommand } from './validate/command.js';

/**
 * Every command, in the order `ip --help` lists them. A new command adds its
 * folder, its import above and its entry below, and nothing else in the
 * shell changes.
 */
export const DECLARATIONS: readonly CommandDeclaration[] = [newCommand, validateCommand, dueCommand, diffCommand, logCommand, renderCommand, evaluateCommand, reportCommand, exportCommand, helpCommand];
