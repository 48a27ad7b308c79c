import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script without types
import { tables } from '../scripts/rules-table.mjs';
import { ROOT } from './helpers.js';

describe('README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

  it('lists every diagnostic code as the code defines it', () => {
    expect(readme).toContain(tables());
  });

  it('starts with exactly two commands: install and run on the examples, and the tests', () => {
    const quick = /## Quick start\n\n```sh\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(quick).toBe('npm ci && node bin/ip.js validate examples\nnpm test\n');
  });
});
