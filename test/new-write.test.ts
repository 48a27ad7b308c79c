import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runNew } from '../src/commands/new/new.js';
import { UsageError, type Context } from '../src/context.js';
import { realFs, WriteError, writeFileSafely, type WriteFs } from '../src/fs/write.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ip-write-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code });
}

/** The real file system, with some steps replaced. */
function fsWith(overrides: Partial<WriteFs>): WriteFs {
  return { ...realFs, ...overrides };
}

/** A disk that fills up halfway: the temporary file is created and part of the text written, then ENOSPC. */
const diskFull = fsWith({
  async writeNew(path, data, mode) {
    await realFs.writeNew(path, data.slice(0, 10), mode);
    throw errno('ENOSPC');
  },
});

/** A read-only folder: nothing can be created in it (as root, chmod would not stop us, so it is simulated). */
const readOnly = fsWith({
  async writeNew() {
    throw errno('EACCES');
  },
});

describe('writeFileSafely', () => {
  it('writes a new file with mode 0600 and leaves no temporary file', async () => {
    const dir = tempDir();
    const target = join(dir, 'plan.md');
    expect(await writeFileSafely(target, 'hei\n')).toEqual({});
    expect(readFileSync(target, 'utf8')).toBe('hei\n');
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['plan.md']);
  });

  it('never replaces an existing file, and removes its temporary file', async () => {
    const dir = tempDir();
    const target = join(dir, 'plan.md');
    writeFileSync(target, 'old\n');
    const error = await writeFileSafely(target, 'new\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteError);
    expect(error).toMatchObject({ kind: 'exists', errno: 'EEXIST', path: target });
    expect((error as WriteError).leftover).toBeUndefined();
    expect(readFileSync(target, 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['plan.md']);
  });

  it('replaces an existing file in one step with force', async () => {
    const dir = tempDir();
    const target = join(dir, 'plan.md');
    writeFileSync(target, 'old\n');
    await writeFileSafely(target, 'new\n', { force: true });
    expect(readFileSync(target, 'utf8')).toBe('new\n');
    expect(readdirSync(dir)).toEqual(['plan.md']);
  });

  it.each([
    ['a full disk', diskFull, 'ENOSPC'],
    ['a read-only folder', readOnly, 'EACCES'],
    ['a read-only file system', fsWith({ writeNew: async () => Promise.reject(errno('EROFS')) }), 'EROFS'],
  ])('leaves the old file and no temporary file on %s', async (_case, fs, code) => {
    for (const force of [false, true]) {
      const dir = tempDir();
      const target = join(dir, 'plan.md');
      writeFileSync(target, 'old\n');
      const error = await writeFileSafely(target, 'new plan text\n', { fs, force }).catch((e: unknown) => e);
      expect(error).toMatchObject({ kind: 'cannot-write', errno: code });
      expect((error as WriteError).leftover).toBeUndefined();
      expect(readFileSync(target, 'utf8')).toBe('old\n');
      expect(readdirSync(dir)).toEqual(['plan.md']);
    }
  });

  it('falls back to an exclusive copy where the file system has no hard links', async () => {
    const dir = tempDir();
    const target = join(dir, 'plan.md');
    const noLinks = fsWith({ link: async () => Promise.reject(errno('EPERM')) });
    await writeFileSafely(target, 'hei\n', { fs: noLinks });
    expect(readFileSync(target, 'utf8')).toBe('hei\n');
    expect(readdirSync(dir)).toEqual(['plan.md']);
    // …and the copy is exclusive too.
    const error = await writeFileSafely(target, 'ny\n', { fs: noLinks }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'exists' });
    expect(readFileSync(target, 'utf8')).toBe('hei\n');
    expect(readdirSync(dir)).toEqual(['plan.md']);
  });

  it('removes a half-made copy when the disk fills during the fallback copy', async () => {
    const dir = tempDir();
    const target = join(dir, 'plan.md');
    const fs = fsWith({
      link: async () => Promise.reject(errno('ENOTSUP')),
      async copyExclusive(source, to) {
        writeFileSync(to, readFileSync(source, 'utf8').slice(0, 3), { flag: 'wx' });
        throw errno('ENOSPC');
      },
    });
    const error = await writeFileSafely(target, 'a whole plan\n', { fs }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'cannot-write', errno: 'ENOSPC' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reports a temporary file it could not remove', async () => {
    const dir = tempDir();
    const target = join(dir, 'plan.md');
    const fs = fsWith({
      link: async () => Promise.reject(errno('EIO')),
      unlink: async () => Promise.reject(errno('EBUSY')),
    });
    const error = (await writeFileSafely(target, 'x\n', { fs }).catch((e: unknown) => e)) as WriteError;
    expect(error.kind).toBe('cannot-write');
    expect(error.leftover).toMatch(/\/\.plan\.md\.[0-9a-f]{12}\.tmp$/);
  });
});

describe('ip new when the plan cannot be written', () => {
  function ctx(dir: string): Context {
    return { cwd: dir, env: { NO_COLOR: '1' }, stdout: { write: () => true }, stderr: { write: () => true } };
  }
  const base = { lang: 'en' as const, flags: { person: 'Kari Nordmann', consentForm: 'skriftlig' }, today: '2026-11-22' };

  it.each([
    ['the disk is full', diskFull, 'Could not write "plan.md": the disk is full.'],
    ['the folder is read-only', readOnly, 'Could not write "plan.md": you may not write to the folder.'],
  ])('exits 2 when %s, leaving the old plan untouched and no temporary file', async (_case, writeFs, message) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.md'), 'the old plan\n');
    const error = await runNew({ ...base, output: 'plan.md', force: true, writeFs }, ctx(dir)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe(message);
    expect((error as UsageError).hint).toBe('No file was changed, and no temporary file is left behind.');
    expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toBe('the old plan\n');
    expect(readdirSync(dir)).toEqual(['plan.md']);
  });

  it('exits 2 with "exists" when another file takes the name while the questions are asked', async () => {
    const dir = tempDir();
    // Another program writes the target between the check before the questions and the final write.
    const racing = fsWith({
      async writeNew(path, data, mode) {
        writeFileSync(join(dir, 'plan.md'), 'written meanwhile\n');
        await realFs.writeNew(path, data, mode);
      },
    });
    const error = await runNew({ ...base, output: 'plan.md', writeFs: racing }, ctx(dir)).catch((e: unknown) => e);
    expect((error as UsageError).message).toBe('"plan.md" already exists, and ip new never overwrites a file.');
    expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toBe('written meanwhile\n');
    expect(readdirSync(dir)).toEqual(['plan.md']);
  });
});
