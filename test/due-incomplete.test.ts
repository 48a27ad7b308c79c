import { describe, expect, it } from 'vitest';
import { example, run, tempDir } from './helpers.js';

describe('ip due with many plans whose dates could not be read', () => {
  it('names the first ten on standard error and counts the rest', async () => {
    const files: Record<string, string> = {};
    const broken = example('bolig-og-arbeid.md').replace('dato: 2027-02-15', 'dato: 2027-02-30');
    for (let i = 0; i < 12; i++) files[`p${String(i).padStart(2, '0')}.md`] = broken.replace('IP-2026-0042', `IP-2026-01${String(i).padStart(2, '0')}`);
    const result = await run(['due', '.', '--today', '2027-01-10'], { cwd: tempDir(files) });
    expect(result.code).toBe(0);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('ip due: 12 plans have dates that could not be read, so some points may be missing from the list:');
    expect(lines.slice(1, 11)).toEqual(Array.from({ length: 10 }, (_, i) => `  p${String(i).padStart(2, '0')}.md`));
    expect(lines[11]).toBe('  … and 2 more');
    expect(lines[12]).toBe('Run "ip validate" on the files to see what needs fixing.');
  });
});

describe('which plans ip due names on standard error', () => {
  it('not a plan whose errors leave its dates readable, but one with a date it cannot read', async () => {
    const plan = example('bolig-og-arbeid.md');
    const files = {
      'no-scope.md': plan.replace(/^ *omfang: 1 time per uke\n/m, ''),
      'bad-date.md': plan.replace('IP-2026-0042', 'IP-2026-0043').replace('frist: 2027-06-30', 'frist: 30.06.2027'),
    };
    const result = await run(['due', '.', '--today', '2027-01-10', '--format', 'json'], { cwd: tempDir(files) });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).incomplete).toEqual(['bad-date.md']);
    expect(result.stderr).toContain('  bad-date.md\n');
    expect(result.stderr).not.toContain('no-scope.md');
  });
});
