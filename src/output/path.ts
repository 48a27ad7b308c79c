import { shownText } from '../plan/text.js';

/**
 * A file path as printed: paths come from the disk, and a file name may hold
 * control characters (a newline that starts a fake line, an escape sequence
 * that repaints the terminal). They are shown as "?".
 */
export function shownPath(path: string): string {
  return shownText(path, '?');
}
