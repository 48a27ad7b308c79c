import { isAbsolute, relative } from 'node:path';
import { shownText } from '../plan/text.js';

/**
 * A file path as printed: paths come from the disk, and a file name may hold
 * control characters (a newline that starts a fake line, an escape sequence
 * that repaints the terminal). They are shown as "?".
 */
export function shownPath(path: string): string {
  return shownText(path, '?');
}

/** A file a command wrote or refused, named from the working folder where it lies under it, else whole (JSON keeps it so). */
export function fromCwd(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? absolute : rel;
}

/** The same, as printed in text. */
export function shownFrom(cwd: string, absolute: string): string {
  return shownPath(fromCwd(cwd, absolute));
}
