import { describe, expect, it } from 'vitest';
import { DIFF_BOUND, textDiff } from '../src/diff/words.js';
import { oneLine, wordLines } from '../src/output/diff/lines.js';
import { words } from './helpers.js';

/**
 * The word diff is bounded by counted work (token comparisons), never by
 * time: past the bound it falls back to lines, then to the whole text. The
 * same answers through the built binary are in test/reliability-limits.
 */


const join = (runs: { op: string; text: string }[], side: 'before' | 'after') =>
  runs
    .filter((r) => r.op === 'same' || r.op === (side === 'before' ? 'removed' : 'added'))
    .map((r) => r.text)
    .join('');

describe('textDiff: the work is bounded, the answer stays whole', () => {
  const LIMIT = 2 * DIFF_BOUND.comparisons;

  it('a real edit of a long text is a word diff, far inside the bound', () => {
    const before = Array.from({ length: 300 }, (_, i) => `Dette er setning ${i} om hva som er viktig for meg i hverdagen.`).join(' ');
    let after = before;
    for (let i = 0; i < 300; i += 15) after = after.replace(`setning ${i} om hva`, `setning ${i} om noe helt annet enn hva`);
    const d = textDiff(before, after);
    expect(d.by).toBe('words');
    expect(d.comparisons).toBeLessThan(DIFF_BOUND.comparisons / 20);
    expect(join(d.runs, 'before')).toBe(before);
    expect(join(d.runs, 'after')).toBe(after);
  });

  it.each([8_000, 16_000])('%i words that differ everywhere, on one line: given up after the bound, whole', (n) => {
    const before = words(n, 1);
    const after = words(n, 2);
    const d = textDiff(before, after);
    expect(d.by).toBe('lines');
    // Counted work, not time: the same ceiling for 8,000 and 16,000 words.
    expect(d.comparisons).toBeLessThanOrEqual(LIMIT);
    expect(d.runs).toEqual([
      { op: 'removed', text: before },
      { op: 'added', text: after },
    ]);
  });

  it('a long text with a few changed lines: too many words to compare, compared line by line', () => {
    const lines = Array.from({ length: 4_000 }, (_, i) => words(8, i + 10));
    const changed = lines.map((l, i) => (i % 20 === 0 ? words(8, i + 90_000) : l));
    const d = textDiff(lines.join('\n'), changed.join('\n'));
    expect(d.by).toBe('lines');
    expect(d.comparisons).toBeLessThanOrEqual(LIMIT);
    expect(d.runs.filter((r) => r.op === 'added')).toHaveLength(200);
    expect(join(d.runs, 'before')).toBe(lines.join('\n'));
    expect(join(d.runs, 'after')).toBe(changed.join('\n'));
  });

  it('1 MiB of lines that differ everywhere: past both bounds, shown whole', () => {
    const text = (seed: number) => Array.from({ length: 14_000 }, (_, i) => words(8, seed * 100_000 + i)).join('\n');
    const [before, after] = [text(1), text(2)];
    expect(before.length).toBeGreaterThan(1_000_000);
    const d = textDiff(before, after);
    expect(d.by).toBe('whole');
    expect(d.comparisons).toBeLessThanOrEqual(LIMIT);
    expect(d.runs).toEqual([
      { op: 'removed', text: before },
      { op: 'added', text: after },
    ]);
  });

  it('a smaller bound is honoured exactly', () => {
    const d = textDiff(words(500, 1), words(500, 2), { editLength: 100_000, comparisons: 1_000 });
    expect(d.comparisons).toBeLessThanOrEqual(2_000);
    expect(d.by).toBe('lines');
  });

  it('laid out by line: each removed line on its own line, the new ones after', () => {
    const before = `${words(2_000, 3)}\nkept line\n`;
    const after = `${words(2_000, 4)}\nkept line\n`;
    const { lines, by } = wordLines(before, after);
    expect(by).toBe('lines');
    expect(lines.map((l) => l.runs.map((r) => r.op))).toEqual([['removed'], ['added'], ['same'], []]);
  });
});

describe('oneLine: white space with a line break in it as one space, in linear time', () => {
  it.each([
    ['a\nb', 'a b'],
    ['a \n b', 'a b'],
    ['a\n\n \n b', 'a b'],
    ['\nb', ' b'],
    ['a\n', 'a '],
    ['\n', ' '],
    ['a  b', 'a  b'],
    ['  \n b', ' b'],
  ])('%j → %j', (text, expected) => {
    expect(oneLine(text)).toBe(expected);
    expect(oneLine(text)).toBe(text.replace(/\s*\n\s*/g, ' '));
  });

  it('a million spaces without a line break is left as it is', () => {
    const text = `a${' '.repeat(1_000_000)}b`;
    expect(oneLine(text)).toBe(text);
  });
});
