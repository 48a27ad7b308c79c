import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';

function capture() {
  let out = '';
  let err = '';
  return {
    ctx: {
      cwd: process.cwd(),
      env: { IP_LANG: 'en' },
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: (s: string) => (err += s) },
    },
    out: () => out,
    err: () => err,
  };
}

describe('ip validate on the shipped examples', () => {
  it('accepts every example', async () => {
    const c = capture();
    const code = await main(['node', 'ipplan', 'validate', 'examples', '--today', '2026-11-22', '--format', 'json'], c.ctx);
    const report = JSON.parse(c.out());
    expect(report.summary.errors).toBe(0);
    expect(code).toBe(0);
  });
});
