import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script without types
import { tablesNb } from '../scripts/rules-table-nb.mjs';
import { CODES } from '../src/plan/diagnostics/code.js';
import { ROOT } from './helpers.js';

describe('the Norwegian rule table', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'referanse', 'koder.md'), 'utf8');

  it('is exactly what the registry makes', () => {
    expect(doc).toContain(`\n${tablesNb() as string}\n`);
  });

  it('has one row for every code', () => {
    for (const code of CODES) expect(doc.split(`\n| \`${code}\` |`).length - 1, code).toBe(1);
  });
});
