import { describe, expect, it } from 'vitest';
import { example, run, tempDir } from './helpers.js';

describe('ip due with many plans with errors', () => {
  it('names the first ten on standard error and counts the rest', async () => {
    const files: Record<string, string> = {};
    const broken = example('bolig-og-arbeid.md').replace(/^ *omfang: 1 time per uke\n/m, '');
    for (let i = 0; i < 12; i++) files[`p${String(i).padStart(2, '0')}.md`] = broken.replace('IP-2026-0042', `IP-2026-01${String(i).padStart(2, '0')}`);
    const result = await run(['due', '.', '--today', '2027-01-10'], { cwd: tempDir(files) });
    expect(result.code).toBe(0);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('ip due: 12 plans have errors, so some of their dates may be missing or wrong in the list:');
    expect(lines.slice(1, 11)).toEqual(Array.from({ length: 10 }, (_, i) => `  p${String(i).padStart(2, '0')}.md`));
    expect(lines[11]).toBe('  … and 2 more');
    expect(lines[12]).toBe('Run "ip validate" on the files to see what needs fixing.');
  });
});
