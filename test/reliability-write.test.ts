import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { realFs, type WriteFs } from '../src/fs/write.js';
import { example, run, tempDir, TODAY } from './helpers.js';
import { asUnprivileged, bin, listing, sharedTempDir } from './fixtures/hostile/harness.js';

/**
 * Writes that cannot lose data, for every command that writes (new, render),
 * on the whole command path: a write that fails (disk full, part written;
 * a read-only folder; a failed rename) leaves the old file byte for byte,
 * no partial or temporary file, exit 2 and a message that says so.
 *
 * In-process, the failure is made by swapping steps of the one write
 * function every command uses (src/fs/write.ts). Through the binary, it is
 * real: a file size limit (`ulimit -f`, EFBIG half-way through the write) and
 * a folder the user may not write to.
 */

const ORIGINAL: WriteFs = { ...realFs };
afterEach(() => {
  Object.assign(realFs, ORIGINAL);
});

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code });
}

/** Make the real write fail in one of its steps, for every command in this process. */
function breakWrites(overrides: Partial<WriteFs>): void {
  Object.assign(realFs, overrides);
}

/** The disk fills up half-way: the temporary file is created and part of the text written, then ENOSPC. */
const diskFull: Partial<WriteFs> = {
  async writeNew(path, data, mode) {
    await ORIGINAL.writeNew(path, data.slice(0, Math.floor(data.length / 2)), mode);
    throw errno('ENOSPC');
  },
};
const readOnlyFolder: Partial<WriteFs> = { writeNew: async () => Promise.reject(errno('EACCES')) };
/** Everything is written, and the last step (the atomic replace) fails. */
const renameFails: Partial<WriteFs> = { rename: async () => Promise.reject(errno('EIO')) };
const linkFails: Partial<WriteFs> = { link: async () => Promise.reject(errno('EIO')) };

const PLAN = example('barn-med-iop.md');
const OTHER = example('bolig-og-arbeid.md');

describe('ip render: a failed write loses nothing', () => {
  async function previousRender(dir: string): Promise<string> {
    const first = await run(['render', 'plans/plan.md', '-o', 'out/plan.html', '--today', TODAY], { cwd: dir });
    expect(first.code).toBe(0);
    return readFileSync(join(dir, 'out', 'plan.html'), 'utf8');
  }

  it.each([
    ['the disk is full', diskFull, 'ENOSPC', 'the disk is full'],
    ['the folder is read-only', readOnlyFolder, 'EACCES', 'you may not write to the folder'],
    ['the final replace fails', renameFails, 'EIO', 'a disk error'],
  ])('replacing a previous page when %s: the old page is untouched, no temporary file, exit 2', async (_case, broken, code, words) => {
    const dir = tempDir({ 'plans/plan.md': PLAN.replace('Emil', 'Emilie') });
    const before = await previousRender(dir);
    breakWrites(broken);
    const r = await run(['render', 'plans/plan.md', '-o', 'out/plan.html', '--today', TODAY], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `ip: Cannot write out/plan.html: ${words} (${code}).\n` +
        'No file was written halfway: a page that could not be written is unchanged (an earlier version is untouched), and no temporary file is left. Pages reported as written are complete. Check that the folder exists, that you may write to it and that the disk is not full.\n',
    );
    expect(readFileSync(join(dir, 'out', 'plan.html'), 'utf8')).toBe(before);
    expect(listing(dir)).toEqual(['out', 'out/plan.html', 'plans', 'plans/plan.md']);
  });

  it('replacing a file with --force when the disk is full: the file is untouched', async () => {
    const dir = tempDir({ 'plans/plan.md': PLAN, 'out/plan.html': 'not a page from ip render\n' });
    breakWrites(diskFull);
    const r = await run(['render', 'plans/plan.md', '-o', 'out/plan.html', '--force', '--today', TODAY], { cwd: dir, env: { IP_LANG: 'nb' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ip: Kan ikke skrive out\/plan\.html: disken er full \(ENOSPC\)\.\nIngen fil er skrevet halvveis/);
    expect(readFileSync(join(dir, 'out', 'plan.html'), 'utf8')).toBe('not a page from ip render\n');
    expect(listing(dir)).toEqual(['out', 'out/plan.html', 'plans', 'plans/plan.md']);
  });

  it.each([
    ['the disk is full', diskFull],
    ['the folder is read-only', readOnlyFolder],
    ['placing the new file fails', linkFails],
  ])('a new page when %s: no file at all, no temporary file, exit 2', async (_case, broken) => {
    const dir = tempDir({ 'plans/plan.md': PLAN });
    breakWrites(broken);
    const r = await run(['render', 'plans/plan.md', '-o', 'out/plan.html', '--today', TODAY], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ip: Cannot write out\/plan\.html: /);
    expect(listing(dir)).toEqual(['out', 'plans', 'plans/plan.md']);
  });

  it('several pages, the disk full on the second: the first is complete, the second untouched, and each is named', async () => {
    const dir = tempDir({ 'plans/a.md': PLAN, 'plans/b.md': OTHER });
    const first = await run(['render', 'plans', '-o', 'out/', '--today', TODAY], { cwd: dir });
    expect(first.code).toBe(0);
    const old = readFileSync(join(dir, 'out', 'IP-2026-0042.html'), 'utf8');
    writeFileSync(join(dir, 'plans', 'b.md'), OTHER.replace('Jonas', 'Jonatan'));
    let writes = 0;
    breakWrites({
      async writeNew(path, data, mode) {
        if (++writes === 2) return diskFull.writeNew!(path, data, mode);
        return ORIGINAL.writeNew(path, data, mode);
      },
    });
    const r = await run(['render', 'plans', '-o', 'out/', '--today', TODAY], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('ip: Wrote out/IP-2026-0213.html (from plans/a.md)');
    expect(r.stderr.split('\n')[1]).toBe('ip: Cannot write out/IP-2026-0042.html: the disk is full (ENOSPC).');
    expect(readFileSync(join(dir, 'out', 'IP-2026-0042.html'), 'utf8')).toBe(old);
    expect(listing(join(dir, 'out'))).toEqual(['IP-2026-0042.html', 'IP-2026-0213.html']);
  });

  it('a temporary file that cannot be removed is named, so the user can delete it', async () => {
    const dir = tempDir({ 'plans/plan.md': PLAN });
    breakWrites({ ...linkFails, unlink: async () => Promise.reject(errno('EBUSY')) });
    const r = await run(['render', 'plans/plan.md', '-o', 'out/plan.html', '--today', TODAY], { cwd: dir });
    expect(r.code).toBe(2);
    const left = listing(join(dir, 'out'));
    expect(left).toEqual([expect.stringMatching(/^\.plan\.html\.[0-9a-f]{12}\.tmp$/)]);
    expect(r.stderr).toContain(`ip: A temporary file was left behind: out/${left[0]}. Delete it.`);
  });
});

describe('ip new on the command path: a failed write loses nothing', () => {
  const ARGS = ['new', '--person', 'Kari Nordmann', '--consent-form', 'skriftlig', '--today', TODAY, '-o', 'plan.md', '--force'];

  it.each([
    ['the disk is full', diskFull, 'Could not write "plan.md": the disk is full.'],
    ['the folder is read-only', readOnlyFolder, 'Could not write "plan.md": you may not write to the folder.'],
    ['the final replace fails', renameFails, 'Could not write "plan.md": EIO.'],
  ])('when %s: exit 2, the old plan untouched, no temporary file', async (_case, broken, message) => {
    const dir = tempDir({ 'plan.md': 'the old plan\n' });
    breakWrites(broken);
    const r = await run(ARGS, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`ip: ${message}\nNo file was changed, and no temporary file is left behind.\n`);
    expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toBe('the old plan\n');
    expect(listing(dir)).toEqual(['plan.md']);
  });

  it('a new plan named by its id: nothing is left when the disk is full', async () => {
    const dir = tempDir();
    breakWrites(diskFull);
    const r = await run(['new', '--person', 'Kari Nordmann', '--consent-form', 'skriftlig', '--today', TODAY], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ip: Could not write "IP-2026-[0-9A-Z]+\.md": the disk is full\.\n/);
    expect(listing(dir)).toEqual([]);
  });
});

describe('through the binary, with real failures', () => {
  /** 4 KiB: a plan or a page is larger, so the write fails part-way with EFBIG. */
  const LIMIT_KIB = 4;

  it('new --force over a plan, the write cut off by a file size limit: the old plan is untouched', () => {
    const old = `${OTHER}\n${'Eldre notater.\n'.repeat(400)}`;
    const dir = tempDir({ 'plan.md': old });
    const r = bin([...['new', '--person', 'Kari Nordmann', '--consent-form', 'skriftlig', '--goal', 'Bo for meg selv.'], '--goal', 'x'.repeat(5000), '-o', 'plan.md', '--force'], { cwd: dir, fileSizeLimitKiB: LIMIT_KIB });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('ip: Could not write "plan.md": the file would be larger than the system allows.\nNo file was changed, and no temporary file is left behind.\n');
    expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toBe(old);
    expect(listing(dir)).toEqual(['plan.md']);
  });

  it('render over a previous page, the write cut off by a file size limit: the old page is untouched', () => {
    const dir = tempDir({ 'plan.md': PLAN });
    expect(bin(['render', 'plan.md', '-o', 'out/plan.html'], { cwd: dir }).code).toBe(0);
    const before = readFileSync(join(dir, 'out', 'plan.html'));
    writeFileSync(join(dir, 'plan.md'), PLAN.replace('Emil', 'Emilie'));
    const r = bin(['render', 'plan.md', '-o', 'out/plan.html'], { cwd: dir, fileSizeLimitKiB: LIMIT_KIB });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ip: Cannot write out\/plan\.html: the file would be larger than the system allows \(EFBIG\)\.\nNo file was written halfway/);
    expect(readFileSync(join(dir, 'out', 'plan.html')).equals(before)).toBe(true);
    expect(listing(dir)).toEqual(['out', 'out/plan.html', 'plan.md']);
  });

  it('a read-only target folder: new and render exit 2, the old files untouched (as a user the mode applies to)', () => {
    const dir = sharedTempDir({ 'plan.md': PLAN, 'ro/plan.md': 'the old plan\n', 'ro/page.html': 'the old page\n' });
    chmodSync(join(dir, 'ro', 'plan.md'), 0o666);
    chmodSync(join(dir, 'ro', 'page.html'), 0o666);
    chmodSync(join(dir, 'ro'), 0o555);
    try {
      // Root writes through a read-only mode, so as root the commands run as nobody (the files stay
      // writable to them, only the folder is not). Where nobody cannot run the binary, root's writing
      // is asserted instead; the failure itself is simulated in-process above.
      const as = asUnprivileged();
      const made = bin(['new', '--person', 'Kari Nordmann', '--consent-form', 'skriftlig', '-o', 'ro/plan.md', '--force'], { cwd: dir, ...as });
      const page = bin(['render', 'plan.md', '-o', 'ro/page.html', '--force'], { cwd: dir, ...as });
      if (!as) {
        expect([made.code, page.code]).toEqual([0, 0]);
        expect(listing(join(dir, 'ro'))).toEqual(['page.html', 'plan.md']);
        return;
      }
      expect(made.code).toBe(2);
      expect(made.stderr).toBe('ip: Could not write "ro/plan.md": you may not write to the folder.\nNo file was changed, and no temporary file is left behind.\n');
      expect(page.code).toBe(2);
      expect(page.stderr).toMatch(/^ip: Cannot write ro\/page\.html: you may not write to the folder \(EACCES\)\./);
      expect(readFileSync(join(dir, 'ro', 'plan.md'), 'utf8')).toBe('the old plan\n');
      expect(readFileSync(join(dir, 'ro', 'page.html'), 'utf8')).toBe('the old page\n');
      expect(listing(join(dir, 'ro'))).toEqual(['page.html', 'plan.md']);
    } finally {
      chmodSync(join(dir, 'ro'), 0o755);
    }
  });
});
