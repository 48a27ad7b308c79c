import { existsSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { example, run, tempDir, TODAY, type JsonReport } from './helpers.js';

/**
 * A file system that changes under the run, simulated deterministically:
 * the folder listing is wrapped, so a test can make a folder unreadable for
 * any user (root included) or delete a file between listing and reading.
 */

const fsHooks = vi.hoisted(() => ({
  /** Called before a folder is listed; may throw to make it unreadable. */
  beforeList: undefined as ((dir: string) => void) | undefined,
  /** Called after a folder is listed, before its files are read. */
  afterList: undefined as ((dir: string) => void) | undefined,
}));

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const readdirSync = ((path: Parameters<typeof real.readdirSync>[0], options?: unknown) => {
    fsHooks.beforeList?.(String(path));
    const entries = (real.readdirSync as (p: unknown, o?: unknown) => unknown)(path, options);
    fsHooks.afterList?.(String(path));
    return entries;
  }) as typeof real.readdirSync;
  return { ...real, readdirSync, default: { ...real, readdirSync } };
});

afterEach(() => {
  fsHooks.beforeList = undefined;
  fsHooks.afterList = undefined;
});

const GOOD = example('bolig-og-arbeid.md');
const SECOND = GOOD.replace('IP-2026-0042', 'IP-2026-0110').replace('"12839112376"', '"03889419759"').replace('1991-03-12', '1994-08-03').replace(/Jonas Fjellvang/g, 'Tor Fjellheim');

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code });
}

function report(stdout: string): JsonReport {
  return JSON.parse(stdout) as JsonReport;
}

describe('a folder that cannot be listed', () => {
  it('is a read error for that folder, and the rest of the walk is checked', async () => {
    const dir = tempDir({ 'plans/a.md': GOOD, 'plans/locked/b.md': SECOND, 'plans/z/c.md': SECOND.replace('IP-2026-0110', 'IP-2026-0111').replace('03889419759', '03889429479') });
    fsHooks.beforeList = (path) => {
      if (path.endsWith(join('plans', 'locked'))) throw errno('EACCES');
    };
    const r = await run(['validate', 'plans', '--format', 'json', '--today', TODAY], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(report(r.stdout).files.map((f) => [f.path, f.diagnostics.map((d) => `${d.code}@${d.line}:${d.column} ${d.message}`)])).toEqual([
      ['plans/a.md', []],
      ['plans/z/c.md', []],
      ['plans/locked', ['read-error@1:1 The file could not be read (EACCES).']],
    ]);
    expect(r.code).toBe(1);
  });

  it('due names the folder it could not read, and still lists what it could', async () => {
    const dir = tempDir({ 'plans/a.md': GOOD, 'plans/locked/b.md': SECOND });
    fsHooks.beforeList = (path) => {
      if (path.endsWith('locked')) throw errno('EACCES');
    };
    const r = await run(['due', 'plans', '--format', 'json', '--today', TODAY, '--within', '1y'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(new Set(JSON.parse(r.stdout).items.map((i: { path: string }) => i.path))).toEqual(new Set(['plans/a.md']));
    expect(r.stderr).toContain('plans/locked');
  });
});

describe('a file deleted while the run goes on', () => {
  it('deleted between listing and reading: a read error for that file; the others are checked', async () => {
    const dir = tempDir({ 'plans/a.md': GOOD, 'plans/b.md': SECOND, 'plans/c.md': SECOND.replace('IP-2026-0110', 'IP-2026-0111').replace('03889419759', '03889429479') });
    fsHooks.afterList = (path) => {
      if (path.endsWith('plans')) unlinkSync(join(path, 'b.md'));
    };
    const r = await run(['validate', 'plans', '--format', 'json', '--today', TODAY], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(existsSync(join(dir, 'plans', 'b.md'))).toBe(false);
    expect(report(r.stdout).files.map((f) => [f.path, f.diagnostics.map((d) => `${d.code}@${d.line}:${d.column} ${d.message}`)])).toEqual([
      ['plans/a.md', []],
      ['plans/b.md', ['read-error@1:1 The file could not be read (ENOENT).']],
      ['plans/c.md', []],
    ]);
    expect(r.code).toBe(1);
  });

  it('the same in text: the file is named, and the summary counts it', async () => {
    const dir = tempDir({ 'plans/a.md': GOOD, 'plans/b.md': SECOND });
    fsHooks.afterList = (path) => {
      if (path.endsWith('plans')) unlinkSync(join(path, 'a.md'));
    };
    const r = await run(['validate', 'plans', '--today', TODAY], { cwd: dir, env: { IP_LANG: 'nb' } });
    expect(r.stdout).toBe(
      'plans/a.md:1:1: feil: Filen kunne ikke leses (ENOENT). [read-error]\n' +
        '  Slik retter du: Sjekk at filen finnes og at du har lesetilgang.\n' +
        '\n' +
        '2 planer sjekket: 1 feil, 0 advarsler.\n' +
        'Planer med feil: 1. Planer med bare advarsler: 0.\n' +
        'Oftest: read-error (1).\n',
    );
    expect(r.code).toBe(1);
  });

  it('render writes the pages it can and exits 1 for the plan that went missing', async () => {
    const dir = tempDir({ 'plans/a.md': GOOD, 'plans/b.md': SECOND });
    fsHooks.afterList = (path) => {
      if (path.endsWith('plans')) unlinkSync(join(path, 'b.md'));
    };
    const r = await run(['render', 'plans', '-o', 'out/', '--today', TODAY, '--verbose'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('ip: Wrote out/IP-2026-0042.html (from plans/a.md)\n');
    expect(r.stderr).toMatch(/plans\/b\.md: the plan has 1 error\./);
  });
});
