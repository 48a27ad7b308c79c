import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script without types
import { tables } from '../scripts/rules-table.mjs';
import { docFiles } from './doc-blocks.js';
import { ROOT } from './helpers.js';

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens; repeats get -1, -2 … */
function anchors(markdown: string): Set<string> {
  const found = new Set<string>();
  const seen = new Map<string, number>();
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const open = /^(`{3,})/.exec(line)?.[1];
    if (open) {
      if (fence === undefined) fence = open;
      else if (line.trim() === fence) fence = undefined;
      continue;
    }
    const heading = fence === undefined ? /^#{1,6} (.*)$/.exec(line)?.[1] : undefined;
    if (heading === undefined) continue;
    const base = heading.trim().toLowerCase().replace(/[^\p{L}\p{N}_\- ]/gu, '').replaceAll(' ', '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    found.add(n === 0 ? base : `${base}-${n}`);
  }
  return found;
}

/** Relative links outside code blocks: `[text](path#anchor)`. */
function links(markdown: string): string[] {
  const prose = markdown.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1$/gm, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((target) => !/^[a-z]+:/.test(target));
}

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('README', () => {
  const readme = read('README.md');

  it('starts with exactly two commands: install and run on the examples, and the tests', () => {
    const quick = /## Quick start\n\n```sh\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(quick).toBe('npm ci && node bin/ip.js validate examples\nnpm test\n');
  });

  it('is a map: short, with a link to each command’s reference', () => {
    expect(readme.split('\n').length).toBeLessThan(260);
    for (const command of ['new', 'validate', 'due', 'diff', 'log', 'render', 'evaluate', 'report', 'export']) {
      expect(readme).toContain(`](docs/reference/${command}.md)`);
    }
  });

  it('links to the rule table, which lists every diagnostic code as the code defines it', () => {
    expect(readme).toContain('](docs/reference/diagnostics.md)');
    expect(read('docs/reference/diagnostics.md')).toContain(tables());
  });
});

describe('links in the README and docs/', () => {
  for (const file of docFiles()) {
    it(`${file}: every relative link names a file and heading that exist`, () => {
      const broken: string[] = [];
      for (const link of links(read(file))) {
        const [path, anchor] = link.split('#') as [string, string | undefined];
        const target = path === '' ? file : normalize(join(dirname(file), decodeURI(path)));
        if (!existsSync(join(ROOT, target))) broken.push(`${link} (no file ${target})`);
        else if (anchor !== undefined && target.endsWith('.md') && !anchors(read(target)).has(anchor)) broken.push(`${link} (no heading #${anchor} in ${target})`);
      }
      expect(broken).toEqual([]);
    });
  }
});
