import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script without types
import { ensureCorpus } from '../scripts/bench-corpus.mjs';
import { runBin, tempDir, TODAY } from './helpers.js';

/**
 * Many files are checked on worker threads beside the main one, and on the
 * fast parse path where it is safe. Neither may change a single byte of
 * what is reported.
 */
describe('a caseload of 600 plans', () => {
  it('reports the same on one thread, on several, and on the precise parse path', () => {
    const dir = ensureCorpus(tempDir(), 600, 7);
    // Numbers JSON cannot carry (NaN, -Infinity, -0) cross to the workers another way: they must arrive alike.
    const plan = readFileSync(join(dir, 'kontor-000', 'IP-B-000001.md'), 'utf8');
    mkdirSync(join(dir, 'tall'));
    writeFileSync(join(dir, 'tall', 'a.md'), plan.replace('IP-B-000001', 'IP-B-900001').replace(/omfang: .*/, 'omfang: .nan'));
    writeFileSync(join(dir, 'tall', 'b.md'), plan.replace('IP-B-000001', 'IP-B-900002').replace(/frist: .*/, 'frist: -0').replace(/type: nødvendig/, 'type: -.inf'));
    // The checks across plans run while the worker is still analysing; their findings must still sit at the field.
    writeFileSync(join(dir, 'tall', 'c.md'), plan.replace('IP-B-000001', 'IP-B-900003'));
    const args = ['validate', dir, '--format', 'json', '--today', TODAY];
    const parallel = runBin(args);
    const single = runBin(args, { env: { IP_WORKERS: '0' } });
    // In a run of more than 20,000 files the worker may also read files while it waits for plans;
    // IP_HELP_OVER=0 allows it here (whether it gets the chance depends on timing).
    const helped = runBin(args, { env: { IP_HELP_OVER: '0' } });
    const precise = runBin(args, { env: { IP_WORKERS: '0', IP_PARSE: 'precise' } });
    const report = JSON.parse(parallel.stdout);
    expect(report.summary.files).toBe(603);
    const numberLine = plan.split('\n').findIndex((line) => line.includes('fødselsnummer:')) + 1;
    const copy = report.files.find((f: { path: string }) => f.path.endsWith(join('tall', 'c.md')));
    expect(copy.diagnostics.filter((d: { code: string }) => d.code === 'duplicate-person').map((d: { line: number }) => d.line)).toEqual([numberLine]);
    expect(report.summary.errors).toBeGreaterThan(0);
    expect(parallel.code).toBe(1);
    expect(single.stdout).toBe(parallel.stdout);
    expect(helped.stdout).toBe(parallel.stdout);
    expect(precise.stdout).toBe(parallel.stdout);
  });

  it('lists the same due points on one thread and on several', () => {
    const dir = ensureCorpus(tempDir(), 600, 7);
    const args = ['due', dir, '--format', 'json', '--today', TODAY, '--within', '90d', '--names'];
    const parallel = runBin(args);
    const single = runBin(args, { env: { IP_WORKERS: '0' } });
    const report = JSON.parse(parallel.stdout);
    expect(parallel.code).toBe(0);
    expect(report.items.length).toBeGreaterThan(100);
    expect(report.items.some((i: { overdue: boolean }) => i.overdue)).toBe(true);
    expect(single.stdout).toBe(parallel.stdout);
    expect(single.stderr).toBe(parallel.stderr);
  });
});
