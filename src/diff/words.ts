import { diffWordsWithSpace } from 'diff';

/** A word-level diff of two texts; each run is unchanged, added or removed text. */
export interface WordRun {
  op: 'same' | 'added' | 'removed';
  text: string;
}

export function wordDiff(before: string, after: string): WordRun[] {
  return diffWordsWithSpace(before, after).map((c) => ({ op: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
}
