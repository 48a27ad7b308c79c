/**
 * Limits on a plan's Markdown body, checked by one pass over its text before
 * anything parses it. Pure: text in, the first limit passed (if any) out.
 *
 * The Markdown parser (remark) recurses once per level of nesting and
 * re-scans runs of brackets and emphasis marks within a paragraph: a line
 * of 2,000 `>` overflowed the stack, a paragraph of `[a]` repeated and a
 * list of items with nested lists cost the square of their length, and
 * 450,000 short lines took 2.2 GB. Each limit
 * below is far beyond any real plan (a long plan's body is a few hundred
 * lines, nested three or four levels, with a handful of links per
 * paragraph), and together they keep a render within seconds and a few
 * hundred megabytes on any body. Past one, `ip validate` warns
 * (`body-too-complex`) and `ip render` leaves the body off the page.
 */

export const BODY_LIMITS = {
  /** Characters (UTF-16 code units) in the body. */
  characters: 250_000,
  lines: 5_000,
  /** Characters in one line. */
  'line-length': 20_000,
  /** `>` markers opening one line: quotes inside quotes. */
  'quote-depth': 16,
  /**
   * Lists inside lists, counted high on purpose: the list markers at the
   * start of a line, plus one level for every two columns of white space
   * before and between them (a nested item is indented at least two
   * columns, so no real nesting is missed).
   */
  'list-depth': 32,
  /**
   * Quotes and list items opened in the body (a line's list markers, and
   * its `>` markers past those of the line before): the parser's work on a
   * list or a quote grows with the square of the quotes and lists that open
   * and close inside it.
   */
  containers: 2_000,
  /**
   * Markup characters in one paragraph (a run of lines without a blank
   * line): each `[`, `]`, `<`, `&` and `\`, and each run of `*`, `_` or
   * `` ` `` (the parser takes a run as one mark). A long run of brackets is
   * counted mark by mark.
   */
  'paragraph-marks': 1_000,
  /** The same markup characters in the whole body. */
  marks: 20_000,
} as const;

export type BodyLimit = keyof typeof BODY_LIMITS;

export interface BodyProblem {
  limit: BodyLimit;
  max: number;
  /** Where it is passed, 1-based, counted from the body's first line. */
  line: number;
  column: number;
}

const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;
const GT = 0x3e;

/** Markup characters by code: 1 for `[ ] < & \` (each counts), 2 for `*`, `_` and `` ` `` (a run counts once), 0 for the rest. */
const MARK = new Uint8Array(128);
for (const c of '[]<&\\') MARK[c.charCodeAt(0)] = 1;
for (const c of '*_`') MARK[c.charCodeAt(0)] = 2;

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== SPACE && c !== TAB && c !== CR) return false;
  }
  return true;
}

/** A bullet (`-`, `*`, `+`) or an ordered marker (up to nine digits and `.` or `)`), followed by white space or the end of the line: its length, or 0. */
function listMarker(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  let j = i;
  if (c === 0x2d || c === 0x2a || c === 0x2b) j = i + 1;
  else {
    while (j < end && j - i < 9 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
    if (j === i) return 0;
    const d = text.charCodeAt(j);
    if (d !== 0x2e && d !== 0x29) return 0;
    j++;
  }
  if (j < end) {
    const after = text.charCodeAt(j);
    if (after !== SPACE && after !== TAB && after !== CR) return 0;
  }
  return j - i;
}

/** `* * *`, `---`, `_ _ _`: a thematic break, which CommonMark reads before a list item, so its marks open no lists. */
function isThematicBreak(text: string, start: number, end: number): boolean {
  let mark = 0;
  let count = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === TAB || c === CR) continue;
    if (c !== 0x2d && c !== 0x2a && c !== 0x5f) return false;
    if (mark !== 0 && c !== mark) return false;
    mark = c;
    count++;
  }
  return count >= 3;
}

export function checkBody(body: string): BodyProblem | undefined {
  const problem = (limit: BodyLimit, line: number, column: number): BodyProblem => ({ limit, max: BODY_LIMITS[limit], line, column });
  if (body.length > BODY_LIMITS.characters) return problem('characters', 1, 1);

  let marks = 0;
  let paragraphMarks = 0;
  let containers = 0;
  let quotesBefore = 0;
  let line = 0;
  for (let start = 0; start < body.length; ) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    line++;
    if (line > BODY_LIMITS.lines) return problem('lines', line, 1);
    if (end - start > BODY_LIMITS['line-length']) return problem('line-length', line, BODY_LIMITS['line-length'] + 1);

    if (isBlank(body, start, end)) {
      paragraphMarks = 0;
      quotesBefore = 0;
    } else {
      // The containers that open the line: quote markers, list markers and the white space around them.
      let i = start;
      let quotes = 0;
      let lists = 0;
      let columns = 0;
      const thematic = isThematicBreak(body, start, end);
      while (i < end) {
        const c = body.charCodeAt(i);
        if (c === SPACE || c === TAB) {
          columns += c === TAB ? 4 : 1;
          i++;
        } else if (c === GT) {
          if (++quotes > BODY_LIMITS['quote-depth']) return problem('quote-depth', line, i - start + 1);
          if (quotes > quotesBefore && ++containers > BODY_LIMITS.containers) return problem('containers', line, i - start + 1);
          i++;
        } else {
          const marker = thematic ? 0 : listMarker(body, i, end);
          if (marker === 0) break;
          if (lists + 1 + Math.floor(columns / 2) > BODY_LIMITS['list-depth']) return problem('list-depth', line, i - start + 1);
          if (++containers > BODY_LIMITS.containers) return problem('containers', line, i - start + 1);
          lists++;
          i += marker;
        }
      }
      quotesBefore = quotes;
      // Markup in the rest of the line.
      for (; i < end; i++) {
        const c = body.charCodeAt(i);
        const mark = c < 128 ? MARK[c]! : 0;
        if (mark === 1 || (mark === 2 && body.charCodeAt(i - 1) !== c)) {
          if (++paragraphMarks > BODY_LIMITS['paragraph-marks']) return problem('paragraph-marks', line, i - start + 1);
          if (++marks > BODY_LIMITS.marks) return problem('marks', line, i - start + 1);
        }
      }
    }
    start = end + 1;
  }
  return undefined;
}
