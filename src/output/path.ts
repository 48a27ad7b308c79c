import { relative } from 'node:path';
import { shownText } from '../plan/text.js';

/**
 * A file path as printed: paths come from the disk, and a file name may hold
 * control characters (a newline that starts a fake line, an escape sequence
 * that repaints the terminal). They are shown as "?".
 */
export function shownPath(path: string): string {
  return shownText(path, '?');
}

/** A path as a command names a file it wrote or refused: from the working folder where it lies under it, else whole. */
export function shownFrom(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  return shownPath(rel === '' || rel.startsWith('..') ? absolute : rel);
}
