import { diffArrays } from 'diff';

/**
 * Two texts compared word by word, within a bound on the work.
 *
 * Myers' algorithm (diff@9) costs about (N + M) · D steps for texts of N and
 * M words that differ in D of them: two 8,000-word texts that differ
 * everywhere took half a minute, and two 1 MiB texts would take hours. So a
 * comparison counts its work, and gives up past DIFF_BOUND: the texts are
 * then compared line by line under the same bound, and past that the change
 * is shown whole (all of the old text removed, all of the new added). The
 * caller says so in its output. A real edit of a plan, however long the
 * text, stays far inside the bound: what costs is two long texts that share
 * almost nothing, and those read better line by line or whole anyway.
 */

/** A word-level diff of two texts; each run is unchanged, added or removed text. */
export interface WordRun {
  op: 'same' | 'added' | 'removed';
  text: string;
}

/** How finely the texts were compared: by word as asked, or by line or whole where the word diff passed the bound. */
export type Granularity = 'words' | 'lines' | 'whole';

export interface TextDiff {
  runs: WordRun[];
  by: Granularity;
  /** Token comparisons made, over every attempt (what the bound counts). */
  comparisons: number;
}

export interface DiffBound {
  /** Most tokens added plus removed that one attempt looks for (diff@9's `maxEditLength`). */
  editLength: number;
  /** Most token comparisons one attempt makes. */
  comparisons: number;
}

/**
 * Both attempts together make at most twice `comparisons`, and the search
 * for an edit script of length D visits about D²/2 diagonals, so one text
 * value costs a few million steps at most (well under a second).
 */
export const DIFF_BOUND: DiffBound = { editLength: 2_000, comparisons: 2_000_000 };

/** diff@9's word tokens, with whitespace kept (its `diffWordsWithSpace`): each line break is a token of its own. */
const WORD_CHARS = 'a-zA-Z0-9_\\u{AD}\\u{C0}-\\u{D6}\\u{D8}-\\u{F6}\\u{F8}-\\u{2C6}\\u{2C8}-\\u{2D7}\\u{2DE}-\\u{2FF}\\u{1E00}-\\u{1EFF}';
const WORD_TOKEN = new RegExp(`(\\r?\\n)|[${WORD_CHARS}]+|[^\\S\\n\\r]+|[^${WORD_CHARS}]`, 'gu');
/** A line with its line break. */
const LINE_TOKEN = /[^\n]*\n|[^\n]+$/g;

const words = (text: string): string[] => text.match(WORD_TOKEN) ?? [];
const lines = (text: string): string[] => text.match(LINE_TOKEN) ?? [];

/** Thrown from inside the comparison when the budget is spent: diff@9 has no other way to stop on a count. */
class Spent extends Error {}
const SPENT = new Spent('the comparison budget is spent');

function attempt(before: string[], after: string[], bound: DiffBound, spent: { comparisons: number }): WordRun[] | undefined {
  let left = bound.comparisons;
  const comparator = (a: string, b: string): boolean => {
    if (left-- <= 0) throw SPENT;
    spent.comparisons++;
    return a === b;
  };
  let changes;
  try {
    changes = diffArrays(before, after, { comparator, maxEditLength: bound.editLength });
  } catch (error) {
    if (error === SPENT) return undefined;
    throw error;
  }
  return changes?.map((c) => ({ op: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value.join('') }));
}

function whole(before: string, after: string): WordRun[] {
  const runs: WordRun[] = [];
  if (before !== '') runs.push({ op: 'removed', text: before });
  if (after !== '') runs.push({ op: 'added', text: after });
  return runs;
}

export function textDiff(before: string, after: string, bound: DiffBound = DIFF_BOUND): TextDiff {
  const spent = { comparisons: 0 };
  const byWord = attempt(words(before), words(after), bound, spent);
  if (byWord) return { runs: byWord, by: 'words', comparisons: spent.comparisons };
  const byLine = attempt(lines(before), lines(after), bound, spent);
  if (byLine) return { runs: byLine, by: 'lines', comparisons: spent.comparisons };
  return { runs: whole(before, after), by: 'whole', comparisons: spent.comparisons };
}

/** The runs alone, for a caller that needs no note (see textDiff). */
export function wordDiff(before: string, after: string): WordRun[] {
  return textDiff(before, after).runs;
}
