import type { CommandRegistration } from './types.js';
import { validateCommand } from './validate.js';

/** Every command, in the order `ip --help` lists them. Add a command here and nowhere else. */
export const REGISTRATIONS: readonly CommandRegistration[] = [validateCommand];
