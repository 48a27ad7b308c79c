import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, run, runBin } from './fixtures/diff/harness.js';

/**
 * Fixture pairs: each folder under test/fixtures/diff holds old.md, new.md and
 * expected.json (the exact JSON change list). Together they cover every kind
 * of change the command names, and reordering, which is none.
 */

const CASES = readdirSync(FIXTURES)
  .filter((name) => statSync(join(FIXTURES, name)).isDirectory())
  .sort();

function pair(name: string): [string, string] {
  return [join('test/fixtures/diff', name, 'old.md'), join('test/fixtures/diff', name, 'new.md')];
}

function expected(name: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8'));
}

describe('ip diff on fixture pairs (JSON)', () => {
  it('has the cases this suite promises', () => {
    expect(CASES).toEqual([
      'acceptance',
      'body',
      'cooperation',
      'evaluations',
      'goals',
      'held-evaluation',
      'invalid-new',
      'key-fields',
      'lists-emptied',
      'measures',
      'participants',
      'plan-fields',
      'privacy',
      'reorder',
      'sentences',
      'transitions',
    ]);
  });

  it.each(CASES)('%s: exactly the expected changes', async (name) => {
    const r = await run(['diff', ...pair(name), '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(expected(name));
  });

  it.each(CASES)('%s: --exit-code is 1 exactly when something changed', async (name) => {
    const r = await run(['diff', ...pair(name), '--exit-code', '--format', 'json']);
    const changes = (expected(name) as { changes: unknown[] }).changes;
    expect(r.code).toBe(changes.length > 0 ? 1 : 0);
  });

  it.each(CASES)('%s: reversed, every addition is a removal and the other way round', async (name) => {
    const [oldFile, newFile] = pair(name);
    const forward = JSON.parse((await run(['diff', oldFile, newFile, '--format', 'json'])).stdout) as { changes: Array<{ op: string }> };
    const back = JSON.parse((await run(['diff', newFile, oldFile, '--format', 'json'])).stdout) as { changes: Array<{ op: string }> };
    const count = (list: Array<{ op: string }>, op: string) => list.filter((c) => c.op === op).length;
    expect(count(back.changes, 'added')).toBe(count(forward.changes, 'removed'));
    expect(count(back.changes, 'removed')).toBe(count(forward.changes, 'added'));
    expect(count(back.changes, 'changed')).toBe(count(forward.changes, 'changed'));
  });

  it.each(CASES)('%s: a plan compared with itself has no changes', async (name) => {
    const [, newFile] = pair(name);
    const r = await run(['diff', newFile, newFile, '--format', 'json', '--exit-code']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ version: 1, changes: [] });
  });
});

describe('the contract shape', () => {
  it('is {version: 1, changes: [{op, path, before?, after?}]} with paths by id', async () => {
    const r = await run(['diff', ...pair('measures'), '--format', 'json']);
    const report = JSON.parse(r.stdout) as { version: number; changes: Array<Record<string, unknown>> };
    expect(Object.keys(report)).toEqual(['version', 'changes']);
    expect(report.version).toBe(1);
    for (const c of report.changes) {
      expect(['added', 'removed', 'changed']).toContain(c.op);
      expect(Array.isArray(c.path)).toBe(true);
      for (const key of Object.keys(c)) expect(['op', 'path', 'before', 'after']).toContain(key);
      if (c.op === 'added') expect(c).not.toHaveProperty('before');
      if (c.op === 'removed') expect(c).not.toHaveProperty('after');
    }
    expect(report.changes[1]).toEqual({ op: 'changed', path: ['tiltak', 'T1', 'omfang'], before: '1 time per uke', after: '2 timer per uke' });
  });

  it('calls out coordinator, status, period, acceptance and consent first', async () => {
    const r = await run(['diff', ...pair('key-fields'), '--format', 'json']);
    const heads = (JSON.parse(r.stdout) as { changes: Array<{ path: string[] }> }).changes.map((c) => c.path[0]);
    expect(heads).toEqual(['koordinator', 'status', 'avsluttet', 'planperiode', 'godkjent', 'samtykke']);
  });
});

describe('privacy', () => {
  it('never prints a fødselsnummer, in any format, and still reports that it changed', async () => {
    for (const format of ['json', 'text', 'markdown']) {
      const r = await run(['diff', ...pair('privacy'), '--format', format]);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toContain('17850250006');
      expect(r.stdout).not.toContain('17850250197');
      expect(r.stdout).toContain('fødselsnummer');
    }
    const r = await run(['diff', ...pair('privacy'), '--format', 'json']);
    expect(JSON.parse(r.stdout).changes).toContainEqual({ op: 'changed', path: ['person', 'fødselsnummer'] });
  });
});

describe('the built binary', () => {
  it('gives the same JSON as the in-process run', async () => {
    for (const name of ['measures', 'key-fields', 'reorder']) {
      const r = await runBin(['diff', ...pair(name), '--format', 'json']);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(expected(name));
    }
  });

  it('exits 1 with --exit-code when there are changes, 0 when there are none', async () => {
    expect((await runBin(['diff', ...pair('goals'), '--exit-code'])).code).toBe(1);
    expect((await runBin(['diff', ...pair('reorder'), '--exit-code'])).code).toBe(0);
  });
});
