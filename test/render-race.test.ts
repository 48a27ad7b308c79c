import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render, type RenderOptions } from '../src/commands/render/render.js';
import type { Context } from '../src/context.js';
import { realFs, WriteError, writeFileSafely, type WriteFs } from '../src/fs/write.js';
import { BIN, example, runBin, tempDir, TODAY } from './helpers.js';

/**
 * ip render never replaces what appeared or changed after its conflict
 * check, --force never replaces anything but a file or a link to one, and
 * the folders it makes are the user's alone.
 *
 * The race is made deterministic with the write's file system functions:
 * the real ones, with a step of someone else's run just as ip render has
 * its page ready (its temporary file written) and is about to put it in
 * place. That is after the check, before the page is placed.
 */

const A = 'barn-med-iop.md';
const B = 'bolig-og-arbeid.md';

function plans(): Record<string, string> {
  return { [`plans/${A}`]: example(A), [`plans/${B}`]: example(B) };
}

async function renderIn(cwd: string, options: Partial<RenderOptions>, lang: 'nb' | 'en' = 'en') {
  let stdout = '';
  let stderr = '';
  const ctx: Context = {
    cwd,
    env: { IP_LANG: lang, IP_TODAY: TODAY },
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s) },
  };
  const code = await render({ paths: ['plans'], output: 'out/', maxSize: 1024 * 1024, lang, ...options }, ctx);
  return { code, stdout, stderr };
}

/** The real file system, with `meanwhile` run once, when the page for `target` is about to be placed. */
function someoneElse(target: string, meanwhile: () => void): WriteFs {
  let done = false;
  return {
    ...realFs,
    writeNew: async (path, data, mode) => {
      await realFs.writeNew(path, data, mode);
      if (!done && path.includes(`.${target}.`)) {
        done = true;
        meanwhile();
      }
    },
  };
}

const SOMEONE = '<p>someone else wrote this</p>\n';

describe('ip render: nothing that appeared or changed after the check is replaced', () => {
  it('a file that appears where a new page goes is not replaced, the other page is written, and the run exits 2', async () => {
    const cwd = tempDir(plans());
    const target = join(cwd, 'out', 'IP-2026-0042.html');
    mkdirSync(join(cwd, 'out'));
    const fs = someoneElse('IP-2026-0042.html', () => writeFileSync(target, SOMEONE));
    const r = await renderIn(cwd, { writeFs: fs });
    expect(r.code).toBe(2);
    expect(readFileSync(target, 'utf8')).toBe(SOMEONE);
    // The other plan's page is there, complete; no temporary file is left.
    const pages = readdirSync(join(cwd, 'out')).sort();
    expect(pages).toHaveLength(2);
    const other = pages.find((p) => p !== 'IP-2026-0042.html')!;
    expect(readFileSync(join(cwd, 'out', other), 'utf8')).toMatch(/<\/html>\n?$/);
    expect(other).toBe('IP-2026-0213.html');
    expect(r.stderr).toBe(
      `ip: Wrote out/IP-2026-0213.html (from plans/${A})\n` +
        'ip: Not replaced: these files appeared or changed while ip render was working, after it had checked them.\n' +
        '  out/IP-2026-0042.html\n' +
        'Someone else is writing in the same folder. Look at the files, and run ip render again when they are settled (or choose another place with -o). The other pages are written.\n',
    );
  });

  it('a page it made earlier is replaced while it is still the file checked, and not once it has changed', async () => {
    const cwd = tempDir(plans());
    expect((await renderIn(cwd, {})).code).toBe(0);
    const page = join(cwd, 'out', 'IP-2026-0042.html');
    const before = readFileSync(page, 'utf8');
    // Unchanged since the check: replaced (an earlier render is ip render's own).
    writeFileSync(page, before.replace('</body>', '<!-- gammel --></body>'));
    const again = await renderIn(cwd, {});
    expect(again.code).toBe(0);
    expect(readFileSync(page, 'utf8')).toBe(before);
    // Edited by someone else after the check (still a page from ip render): left as they wrote it.
    const edited = before.replace('</body>', '<!-- redigert --></body>');
    const r = await renderIn(cwd, { writeFs: someoneElse('IP-2026-0042.html', () => writeFileSync(page, edited)) }, 'nb');
    expect(r.code).toBe(2);
    expect(readFileSync(page, 'utf8')).toBe(edited);
    expect(r.stderr).toContain(
      'ip: Ikke erstattet: disse filene dukket opp eller ble endret mens ip render arbeidet, etter at den sjekket dem.\n  out/IP-2026-0042.html\nNoen andre skriver i samme mappe.',
    );
    expect(readdirSync(join(cwd, 'out')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a file swapped in for the checked one (another inode, same content) is not replaced either', async () => {
    const cwd = tempDir(plans());
    expect((await renderIn(cwd, {})).code).toBe(0);
    const page = join(cwd, 'out', 'IP-2026-0042.html');
    const content = readFileSync(page, 'utf8');
    const swap = () => {
      writeFileSync(`${page}.other`, content);
      execFileSync('mv', [`${page}.other`, page]);
    };
    const inode = statSync(page).ino;
    const r = await renderIn(cwd, { writeFs: someoneElse('IP-2026-0042.html', swap) });
    expect(r.code).toBe(2);
    expect(statSync(page).ino).not.toBe(inode);
    expect(r.stderr).toContain('  out/IP-2026-0042.html\n');
  });

  it('--force: a file replaced by a FIFO after the check is not replaced', async () => {
    const cwd = tempDir(plans());
    mkdirSync(join(cwd, 'out'));
    const page = join(cwd, 'out', 'IP-2026-0042.html');
    writeFileSync(page, SOMEONE);
    const r = await renderIn(cwd, {
      force: true,
      writeFs: someoneElse('IP-2026-0042.html', () => {
        execFileSync('rm', [page]);
        execFileSync('mkfifo', [page]);
      }),
    });
    expect(r.code).toBe(2);
    expect(lstatSync(page).isFIFO()).toBe(true);
  });
});

describe('--force replaces only a file or a link to one (built binary)', () => {
  it('ip render refuses a FIFO, a socket and a link to a FIFO, even with --force, and names each', async () => {
    const cwd = tempDir({ [`plans/${A}`]: example(A) });
    execFileSync('mkfifo', [join(cwd, 'fifo.html')]);
    symlinkSync('fifo.html', join(cwd, 'link.html'));
    const server = createServer();
    await new Promise<void>((done) => server.listen(join(cwd, 'socket.html'), done));
    try {
      for (const [name, said] of [
        ['fifo.html', 'fifo.html is a device, a FIFO or a socket, not a file (never replaced, not even with --force)'],
        ['link.html', 'link.html is a device, a FIFO or a socket, not a file (never replaced, not even with --force)'],
        ['socket.html', 'socket.html is a device, a FIFO or a socket, not a file (never replaced, not even with --force)'],
      ] as const) {
        const r = runBin(['render', `plans/${A}`, '-o', name, '--force'], { cwd });
        expect(r.code, name).toBe(2);
        expect(r.stderr).toBe(
          `ip: Not writing: these files exist and were not made by ip render.\n  ${said}\nChoose another place with -o, move the files, or use --force to replace them. No files were written.\n`,
        );
      }
      const nb = runBin(['render', `plans/${A}`, '-o', 'fifo.html', '--force'], { cwd, env: { IP_LANG: 'nb' } });
      expect(nb.stderr).toContain('  fifo.html er en enhet, en FIFO eller en socket, ikke en fil (erstattes aldri, heller ikke med --force)\n');
      expect(lstatSync(join(cwd, 'fifo.html')).isFIFO()).toBe(true);
      expect(lstatSync(join(cwd, 'socket.html')).isSocket()).toBe(true);
      expect(lstatSync(join(cwd, 'link.html')).isSymbolicLink()).toBe(true);
      // A file, and a link to a file, are replaced with --force.
      writeFileSync(join(cwd, 'file.html'), SOMEONE);
      symlinkSync('file.html', join(cwd, 'to-file.html'));
      expect(runBin(['render', `plans/${A}`, '-o', 'to-file.html', '--force'], { cwd }).code).toBe(0);
      expect(readFileSync(join(cwd, 'to-file.html'), 'utf8')).toMatch(/^<!doctype html>/i);
      expect(runBin(['render', `plans/${A}`, '-o', 'file.html', '--force'], { cwd }).code).toBe(0);
      expect(readFileSync(join(cwd, 'file.html'), 'utf8')).toMatch(/^<!doctype html>/i);
    } finally {
      server.close();
    }
  });

  it('ip new refuses a FIFO and a link to one with --force, before asking anything', async () => {
    const cwd = tempDir();
    execFileSync('mkfifo', [join(cwd, 'fifo.md')]);
    symlinkSync('fifo.md', join(cwd, 'link.md'));
    for (const name of ['fifo.md', 'link.md']) {
      const r = runBin(['new', '-o', name, '--force', '--yes', '--person', 'Kari Nordmann', '--consent-form', 'skriftlig'], { cwd });
      expect(r.code, name).toBe(2);
      expect(r.stderr).toBe(`ip: "${name}" is a device, a FIFO or a socket, not a file; --force replaces only a file.\nChoose another path with -o.\n`);
      const nb = runBin(['new', '-o', name, '--force', '--yes', '--person', 'Kari Nordmann', '--consent-form', 'skriftlig'], { cwd, env: { IP_LANG: 'nb' } });
      expect(nb.stderr).toBe(`ip: «${name}» er en enhet, en FIFO eller en socket, ikke en fil; --force erstatter bare en fil.\nVelg en annen sti med -o.\n`);
    }
    expect(lstatSync(join(cwd, 'fifo.md')).isFIFO()).toBe(true);
    // Checked again as it writes: a FIFO put there after the check is not replaced either.
    const late = writeFileSafely(join(cwd, 'fifo.md'), 'x', { force: true });
    await expect(late).rejects.toThrow(WriteError);
    await expect(late).rejects.toMatchObject({ kind: 'not-a-file' });
    expect(lstatSync(join(cwd, 'fifo.md')).isFIFO()).toBe(true);
    expect(readdirSync(cwd).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // A file is replaced with --force.
    writeFileSync(join(cwd, 'file.md'), 'gammel\n');
    expect(runBin(['new', '-o', 'file.md', '--force', '--yes', '--person', 'Kari Nordmann', '--consent-form', 'skriftlig'], { cwd }).code).toBe(0);
    expect(readFileSync(join(cwd, 'file.md'), 'utf8')).toMatch(/^---\n/);
  });
});

describe('folders ip render makes are the user’s alone', () => {
  it('mode 0700 for each folder it creates, under an open umask too', () => {
    const cwd = tempDir({ [`plans/${A}`]: example(A) });
    // Through a shell, so the umask is the process's own: 022 would give 0755 to a plain mkdir.
    execFileSync('sh', ['-c', `umask 022 && "${process.execPath}" "${BIN}" render plans -o ut/a/b/`], { cwd, env: { PATH: process.env.PATH ?? '', IP_LANG: 'en', IP_TODAY: TODAY } });
    for (const folder of ['ut', 'ut/a', 'ut/a/b']) expect((statSync(join(cwd, folder)).mode & 0o777).toString(8), folder).toBe('700');
    expect(readdirSync(join(cwd, 'ut', 'a', 'b'))).toHaveLength(1);
  });
});
