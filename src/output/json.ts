/**
 * JSON as every `--format json` prints it: two-space indent, a final newline.
 * JSON.stringify escapes C0 control characters but lets DEL, C1 controls and
 * bidi controls (and the line and paragraph separators) through as they are, and a script that prints a value (or a
 * person who pipes the output to a terminal) would get them raw. They are
 * written as `\uXXXX` escapes instead: the parsed value is the same, whole,
 * and the text holds no character that moves the cursor or reorders a line.
 * Outside strings JSON has no such characters, so the replacement can only
 * touch string contents.
 */
const UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

export function toJson(value: unknown): string {
  return safeJson(value) + '\n';
}

/** The same, without the final newline: a value to place inside a larger document. */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
