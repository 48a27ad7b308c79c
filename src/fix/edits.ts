/**
 * Fixes are text edits at source ranges: the file is never re-serialised, so
 * every character no edit covers stays as it was (comments, key order,
 * quoting, spacing, line endings, the Markdown body).
 */

/** Replace `text[start, end)` with `text` (start === end: insert). Offsets into the text being fixed. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** Edits in order of position; insertions before a replacement that starts at the same place. */
function byPosition(a: TextEdit, b: TextEdit): number {
  return a.start - b.start || a.end - a.start - (b.end - b.start);
}

/** Whether the edits can all be made: none overlaps another. */
export function disjoint(edits: readonly TextEdit[]): boolean {
  const sorted = [...edits].sort(byPosition);
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.start < sorted[i - 1]!.end) return false;
  return true;
}

/** `text` with every edit made. The edits must be disjoint (see disjoint). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return text;
  const sorted = [...edits].sort(byPosition);
  const parts: string[] = [];
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) throw new RangeError('overlapping edits');
    parts.push(text.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
