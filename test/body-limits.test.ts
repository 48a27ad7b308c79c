import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BODY_LIMITS, checkBody, type BodyLimit } from '../src/plan/body-limits.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { ROOT } from './helpers.js';

/**
 * The limits on a Markdown body, as the pure scan sees them: each hostile
 * shape is caught before the parser sees it, each limit holds exactly at its
 * value, and real plans are far inside every one. Through the built binary:
 * test/reliability-limits.
 */

const lines = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('\n');

/** The shapes that took minutes, gigabytes or the whole stack, and the limit that stops each. */
const HOSTILE: Array<[string, string, BodyLimit]> = [
  ['a line of 2,000 >', `${'>'.repeat(2_000)} a`, 'quote-depth'],
  ['200,000 headings', lines(200_000, () => '# h'), 'characters'],
  ['20,000 headings', lines(20_000, (i) => `# ${i}`), 'lines'],
  ['lists nested 100 deep by indentation', lines(100, (i) => `${'  '.repeat(i)}- a`), 'list-depth'],
  ['lists nested 1,000 deep on one line', `${'- '.repeat(1_000)}a`, 'list-depth'],
  ['nested lists opening and closing, 5,000 lines', lines(4_000, (i) => (i % 2 ? '  - b' : '- a')), 'containers'],
  ['quotes opening and closing, 5,000 lines', lines(4_000, (i) => '>'.repeat(1 + (i % 16))), 'containers'],
  ['a long run of *a on one line', '*a'.repeat(100_000), 'line-length'],
  ['a long run of *a in one paragraph', lines(20, () => '*a'.repeat(5_000)), 'paragraph-marks'],
  ['a long run of [a]( in one paragraph', lines(20, () => '[a]('.repeat(2_500)), 'paragraph-marks'],
  ['a long run of [', lines(20, () => '['.repeat(10_000)), 'paragraph-marks'],
  ['[a] in paragraphs of their own', lines(60, () => `${'[a]'.repeat(400)}\n`), 'marks'],
  ['emphasis nested 2,000 deep', `${'*a '.repeat(2_000)}${'a* '.repeat(2_000)}`, 'paragraph-marks'],
  ['450,000 short lines', lines(450_000, () => 'a'), 'characters'],
  ['4,000 short lines in a row, then more', lines(6_000, () => 'a'), 'lines'],
  ['one line of 30,000 characters', 'a'.repeat(30_000), 'line-length'],
];

describe('checkBody: every hostile shape is named before anything parses it', () => {
  it.each(HOSTILE.map(([name, body, limit]) => ({ name, body, limit })))('$name → $limit', ({ body, limit }) => {
    expect(checkBody(body)?.limit).toBe(limit);
    expect(renderMarkdown(body, 'x')).toBeUndefined();
  });

  it('names where the limit is passed, counted from the body’s first line', () => {
    expect(checkBody(`text\n\n${'>'.repeat(20)} a`)).toEqual({ limit: 'quote-depth', max: 16, line: 3, column: 17 });
    expect(checkBody(lines(5_001, () => 'a'))).toEqual({ limit: 'lines', max: 5_000, line: 5_001, column: 1 });
    expect(checkBody(`a\n${'x'.repeat(20_001)}`)).toEqual({ limit: 'line-length', max: 20_000, line: 2, column: 20_001 });
  });
});

describe('each limit holds exactly at its value', () => {
  it.each([
    ['characters', (n: number) => 'a'.repeat(n % 100) + `${'a'.repeat(99)}\n`.repeat(Math.floor(n / 100))],
    ['lines', (n: number) => lines(n, () => 'a')],
    ['line-length', (n: number) => `a\n${'b'.repeat(n)}\nc`],
    ['quote-depth', (n: number) => `${'>'.repeat(n)} a`],
    ['list-depth', (n: number) => `${' '.repeat(2 * (n - 1))}- a`],
    ['containers', (n: number) => lines(n, () => '- a')],
    ['paragraph-marks', (n: number) => '[a] '.repeat(n / 2)],
    ['marks', (n: number) => lines(n / 500, () => `${'[a] '.repeat(250)}\n`)],
  ] as Array<[BodyLimit, (n: number) => string]>)('%s', (limit, make) => {
    const max = BODY_LIMITS[limit];
    expect(checkBody(make(max))).toBeUndefined();
    const over = limit === 'paragraph-marks' || limit === 'marks' ? `${make(max)}[` : make(max + 1);
    expect(checkBody(over)?.limit).toBe(limit);
  });
});

describe('what the scan does not count', () => {
  it('a run of * _ or ` is one mark (the parser takes it as one)', () => {
    expect(checkBody(lines(3, (i) => `a${'*_`'[i]!.repeat(19_000)}a`))).toBeUndefined();
  });

  it('a thematic break of many stars or dashes opens no lists', () => {
    expect(checkBody(`${'* '.repeat(60)}\n\n${'- '.repeat(60)}`)).toBeUndefined();
  });

  it('every plan, template and fixture in the repository is far inside every limit', () => {
    const folders = ['examples', 'templates', 'test/fixtures/diff'].map((f) => join(ROOT, f));
    let seen = 0;
    const visit = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) visit(path);
        else if (entry.name.endsWith('.md')) {
          const body = readFileSync(path, 'utf8').split(/^---$/m).slice(2).join('---');
          expect(checkBody(body), path).toBeUndefined();
          expect(checkBody(body.repeat(10)), path).toBeUndefined();
          seen++;
        }
      }
    };
    folders.forEach(visit);
    expect(seen).toBeGreaterThan(10);
  });

  it('a body at every limit at once still renders (nothing overflows inside the limits)', () => {
    const body = [
      Array.from({ length: 19 }, () => `${'> '.repeat(16)}${'- '.repeat(10)}${'*a '.repeat(499)}${'a* '.repeat(499)}`).join('\n\n'),
      lines(1_400, (i) => (i % 2 ? '  - b' : '- a')),
      lines(2_900, () => 'ord '.repeat(14)),
    ].join('\n\n');
    expect(checkBody(body)).toBeUndefined();
    const html = renderMarkdown(body, 'x');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<em>');
  });
});
