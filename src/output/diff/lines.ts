import { wordDiff, type WordRun } from '../../diff/words.js';

/**
 * A word diff laid out on the new text's lines, so a long section shows only
 * the lines that changed. A removed line break is shown as a space inside the
 * removed run, so lines follow the new text.
 */

export interface DiffLine {
  runs: WordRun[];
  changed: boolean;
}

export function wordLines(before: string, after: string): DiffLine[] {
  const lines: DiffLine[] = [{ runs: [], changed: false }];
  for (const run of wordDiff(before, after)) {
    if (run.op === 'removed') {
      const line = lines[lines.length - 1]!;
      line.runs.push({ op: 'removed', text: run.text.replace(/\s*\n\s*/g, ' ') });
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
  return lines;
}
