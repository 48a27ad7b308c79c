/**
 * A file path as printed: paths come from the disk, and a file name may hold
 * control characters (a newline that starts a fake line, an escape sequence
 * that repaints the terminal). They are shown as "?".
 */
export function shownPath(path: string): string {
  return path.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '?');
}
