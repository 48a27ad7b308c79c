import { expect } from 'vitest';

/**
 * Hostile text for the formatter fixtures, and the checks every formatter's
 * output must pass on it. Plans, file names and git revisions come from
 * people and disks: a value may carry terminal escape sequences, line breaks
 * that start a fake line (or a fake GitHub annotation), bidi controls that
 * reorder what is shown, or be very long.
 */

/** Starts every fake line a value tries to begin after a CR or LF; no line of output may start with it. */
export const FAKE_LINE = 'FALSKLINJE';

const ESC = '\u001b';
/** Each piece of hostile text, by what it tries to do. */
export const PIECES = {
  /** CSI: recolour the terminal, clear the screen and move the cursor home. */
  csi: `${ESC}[31m${ESC}[2J${ESC}[H`,
  /** OSC: set the window title, and a hyperlink (ended by BEL and by ST). */
  osc: `${ESC}]0;eid${'\u0007'}${ESC}]8;;https://example.invalid/${ESC}\\lenke${ESC}]8;;${ESC}\\`,
  /** A bare ESC, DEL, NUL, BEL, backspace, vertical tab, form feed and a tab. */
  c0: `${ESC}x\u007f\u0000\u0007\b\u000b\u000c\t`,
  /** C1: the single-byte CSI and OSC. */
  c1: '\u009b31m\u009d0;eid\u009c\u0085',
  /** Line breaks that try to start lines of their own, one of them a GitHub workflow command. */
  breaks: `\n${FAKE_LINE}1\r${FAKE_LINE}2\r\n${FAKE_LINE}3\n::error file=x.md::${FAKE_LINE}4`,
  /** What GitHub annotations must escape: the percent sign, and `::`, `:` and `,` in properties. */
  github: '100%25 %0A::warning::a:b,c',
  /** Bidi controls: right-to-left override, isolates, marks. */
  bidi: '\u202eLIVE\u202c \u2066isolert\u2069 \u2067x\u2068y\u2069 \u200e\u200f\u202a\u202b\u202d\u061c',
  /** OSC 52: write to the clipboard. */
  clipboard: `${ESC}]52;c;ZWNobyBvd25lZA==\u0007`,
  /** Lone surrogates (a YAML escape makes them), and the Unicode line and paragraph separators. */
  surrogates: `\ud800x\udfff\u2028${FAKE_LINE}5\u2029`,
} as const;

/** All of it, in one string, after an ordinary beginning. */
export function hostile(start: string): string {
  return `${start}${Object.values(PIECES).join('')}`;
}

/** Very long text: many screens of it. */
export const LONG = 'Veldig lang tekst uten ende. '.repeat(200).trim();

/** A synthetic test fødselsnummer (month + 80), for a fictional person born 2002-05-17: it must never be printed. */
export const FNR = '17850250006';

/**
 * C0 (tab and LF aside), DEL, C1, the bidi controls (marks, embeddings,
 * overrides, isolates, the Arabic letter mark), the line and paragraph
 * separators, a lone surrogate (iterated alone, as a code point of its own)
 * and U+FFFD, which is what a lone surrogate becomes when a process writes it.
 */
const FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufffd]|^[\ud800-\udfff]$/;

/** Characters that do not belong in output, by code point, for a readable failure. */
function forbiddenIn(output: string, allow: { tab?: boolean; cr?: boolean }): string[] {
  const found = new Set<string>();
  for (const ch of output) {
    if (ch === '\t' && allow.tab) continue;
    if (ch === '\r' && allow.cr) continue;
    if (ch === '\t' || FORBIDDEN.test(ch)) found.add(`U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  }
  return [...found];
}

/**
 * No control character but the line feed (and, where a format uses them, the
 * tab, or the CR of a CRLF line end), and no bidi control.
 */
export function expectClean(output: string, allow: { tab?: boolean; cr?: boolean } = {}): void {
  expect(forbiddenIn(output, allow)).toEqual([]);
}

/** No line of the output starts with what followed a line break inside a value. */
export function expectNoFakeLines(output: string): void {
  const starts = output.split(/\r\n|\r|\n|\u2028|\u2029/).filter((line) => line.startsWith(FAKE_LINE) || line.startsWith('::error file=x.md'));
  expect(starts).toEqual([]);
}
