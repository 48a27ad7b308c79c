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
    const args = ['validate', dir, '--format', 'json', '--today', TODAY];
    const parallel = runBin(args);
    const single = runBin(args, { env: { IP_WORKERS: '0' } });
    const precise = runBin(args, { env: { IP_WORKERS: '0', IP_PARSE: 'precise' } });
    const report = JSON.parse(parallel.stdout);
    expect(report.summary.files).toBe(600);
    expect(report.summary.errors).toBeGreaterThan(0);
    expect(parallel.code).toBe(1);
    expect(single.stdout).toBe(parallel.stdout);
    expect(precise.stdout).toBe(parallel.stdout);
  });
});
