import { textDiff, type Granularity, type TextDiff, type WordRun } from '../../diff/words.js';

/**
 * A word diff laid out on the new text's lines, so a long section shows only
 * the lines that changed. A removed line break is shown as a space inside the
 * removed run, so lines follow the new text. Where the texts were too long
 * to compare word by word (src/diff/words.ts), the runs are whole lines, and
 * each removed line is shown on a line of its own.
 */

export interface DiffLine {
  runs: WordRun[];
  changed: boolean;
}

export interface LaidOut {
  lines: DiffLine[];
  /** How finely the texts were compared: anything but `words` is said in the output. */
  by: Granularity;
}

export function layOut(diff: TextDiff): LaidOut {
  const lines: DiffLine[] = [{ runs: [], changed: false }];
  for (const run of diff.runs) {
    if (run.op === 'removed') {
      const line = lines[lines.length - 1]!;
      if (diff.by !== 'words' && line.runs.length === 0) {
        // Whole lines: each old line above the line the new text goes on (a loop: there may be more lines than a call takes arguments).
        lines.pop();
        for (const text of run.text.split('\n')) if (text !== '') lines.push({ runs: [{ op: 'removed', text }], changed: true });
        lines.push(line);
        continue;
      }
      line.runs.push({ op: 'removed', text: oneLine(run.text) });
      line.changed = true;
      continue;
    }
    run.text.split('\n').forEach((part, i) => {
      if (i > 0) lines.push({ runs: [], changed: run.op === 'added' });
      const line = lines[lines.length - 1]!;
      if (part === '') return;
      line.runs.push({ op: run.op, text: part });
      if (run.op !== 'same') line.changed = true;
    });
  }
  return { lines, by: diff.by };
}

export function wordLines(before: string, after: string): LaidOut {
  return layOut(textDiff(before, after));
}

/**
 * Every run of white space with a line break in it as one space. Written
 * out, not as a regular expression: one that looks for white space around a
 * line break starts again at every space of a long run that has none, which
 * costs the square of the run's length.
 */
export function oneLine(text: string): string {
  if (!text.includes('\n')) return text;
  const parts = text.split('\n');
  const last = parts.length - 1;
  let out = parts[0]!.trimEnd();
  for (let i = 1; i < last; i++) {
    const middle = parts[i]!.trim();
    if (middle !== '') out += ` ${middle}`;
  }
  return `${out} ${parts[last]!.trimStart()}`;
}
