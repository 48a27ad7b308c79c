import { sanitizeEcho } from '../plan/text.js';
import type { PathStep } from '../plan/types.js';

/** A field path as people write it: `tiltak[0].omfang`. Keys are sanitised, since an unknown key comes from the plan. */
export function formatPath(path: readonly PathStep[]): string {
  let out = '';
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`;
    else out += (out === '' ? '' : '.') + sanitizeEcho(step);
  }
  return out;
}

/**
 * A file path as printed: paths come from the disk, and a file name may hold
 * control characters (a newline that starts a fake line, an escape sequence
 * that repaints the terminal). They are shown as "?".
 */
export function shownPath(path: string): string {
  return path.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '?');
}
