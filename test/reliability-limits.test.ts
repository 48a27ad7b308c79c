import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git as gitIn } from './fixtures/diff/harness.js';
import { BIN, example, ROOT, tempDir, TODAY, words, type RunResult } from './helpers.js';

/**
 * Plans built to cost time or memory, through the built binary. Where a
 * budget is asserted it is counted work (comparisons, scanned limits), never
 * a time: the machine is shared. Each spawn has a generous timeout only so
 * that a regression fails instead of hanging the suite.
 */

const GOOD = example('bolig-og-arbeid.md');
const HANG_GUARD_MS = 120_000;

function bin(args: string[], options: { cwd?: string; env?: Record<string, string>; timeout?: number } = {}): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? '', IP_LANG: 'en', IP_TODAY: TODAY, ...options.env },
    input: '',
    encoding: 'utf8',
    timeout: options.timeout ?? HANG_GUARD_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}


describe('ip diff: a word diff past its bound falls back, and says so', () => {
  it('a body section that differs in 8,000 words: shown line by line, in text (en) and in the change log (nb)', () => {
    const dir = tempDir({ 'old.md': `${GOOD}\n## Notater\n\n${words(8_000, 1)}\n`, 'new.md': `${GOOD}\n## Notater\n\n${words(8_000, 2)}\n` });
    const text = bin(['diff', 'old.md', 'new.md'], { cwd: dir });
    expect(text.code).toBe(0);
    expect(text.stderr).toBe('');
    expect(text.stdout).toContain('  ~ section "Notater" (too much text to compare word by word, shown line by line)\n');
    expect(text.stdout.includes(`      [-${words(8_000, 1)}-]\n      {+${words(8_000, 2)}+}\n`)).toBe(true);
    const log = bin(['diff', '--format', 'markdown', 'old.md', 'new.md'], { cwd: dir });
    expect(log.code).toBe(0);
    expect(log.stdout).toContain('- Avsnitt «Notater» endret (for mye tekst til å sammenligne ord for ord, vist linje for linje):');
  });

  it('a goal text of 8,000 words rewritten: shown whole, before → after, with the note', () => {
    const goal = (seed: number) => GOOD.replace('tekst: Jeg vil bo i egen leilighet innen sommeren 2027.', `tekst: ${words(8_000, seed)}`);
    const dir = tempDir({ 'old.md': goal(1), 'new.md': goal(2) });
    const text = bin(['diff', 'old.md', 'new.md'], { cwd: dir, env: { IP_LANG: 'nb' } });
    expect(text.code).toBe(0);
    const line = text.stdout.split('\n').find((l) => l.includes('~ tekst: '));
    expect(line?.startsWith(`      ~ tekst: ${words(8_000, 1)} → ${words(8_000, 2)} (`)).toBe(true);
    expect(line?.endsWith(' (for mye tekst til å sammenligne, vist i sin helhet)')).toBe(true);
    const log = bin(['diff', '--format', 'markdown', 'old.md', 'new.md'], { cwd: dir });
    expect(log.stdout.includes(`: tekst endret fra «${words(8_000, 1)}» til «${words(8_000, 2)}» (for mye tekst til å sammenligne, vist i sin helhet).\n`)).toBe(true);
  });

  it('a small edit in a long section is still a word diff, with no note', () => {
    const body = Array.from({ length: 400 }, (_, i) => `Linje ${i} i en lang tekst om hverdagen min.`).join('\n');
    const dir = tempDir({ 'old.md': `${GOOD}\n## Notater\n\n${body}\n`, 'new.md': `${GOOD}\n## Notater\n\n${body.replace('Linje 200 i en lang', 'Linje 200 i en ganske lang')}\n` });
    const text = bin(['diff', 'old.md', 'new.md'], { cwd: dir });
    expect(text.stdout).toContain('  ~ section "Notater"\n      Linje 200 i en {+ganske +}lang tekst om hverdagen min.\n');
    expect(text.stdout).not.toContain('too much text');
  });

  it('two 1 MiB plans that differ everywhere (body and lists): an answer in every format, the body shown whole', () => {
    const plan = (seed: number) => {
      const items = Array.from({ length: 8_000 }, (_, i) => `  - {tekst: r${seed}x${i}}`).join('\n');
      let body = '';
      for (let i = 0; body.length < 800_000; i++) body += `${words(8, seed * 1_000_000 + i)}\n`;
      return `${GOOD.replace(/^mål:\n/m, `mål:\n${items}\n`)}\n## Notater\n\n${body}`;
    };
    const dir = tempDir({ 'old.md': plan(1), 'new.md': plan(2) });
    expect(Buffer.byteLength(plan(1))).toBeGreaterThan(900_000);
    for (const format of ['text', 'markdown', 'json']) {
      const r = bin(['diff', '--format', format, 'old.md', 'new.md'], { cwd: dir });
      expect(r.code, format).toBe(0);
      expect(r.stderr, format).toBe('');
      if (format === 'text') expect(r.stdout).toContain('  ~ section "Notater" (too much text to compare, shown whole)\n');
      if (format === 'json') expect(JSON.parse(r.stdout).changes.length).toBeGreaterThan(16_000);
    }
  });
});

/** The good plan as another person (its own id, name and no fødselsnummer), in a page language, with its body replaced. */
function person(n: number, body: string, språk = 'nb'): string {
  const head = GOOD.slice(0, GOOD.indexOf('\n---\n') + 5)
    .replace('IP-2026-0042', `IP-2026-09${String(n).padStart(2, '0')}`)
    .replace(/^ {2}fødselsnummer: .*\n/m, '')
    .replace(/Jonas Fjellvang/g, `Tor Fjell${n}`)
    .replace('språk: nb', `språk: ${språk}`);
  return `${head}${body}`;
}

const lines = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('\n');

describe('ip validate and ip render on a hostile Markdown body', () => {
  /** Each shape that overflowed the stack, took minutes or gigabytes, with the limit that now stops it. */
  const HOSTILE = [
    { file: 'quotes.md', body: `${'>'.repeat(2_000)} a\n`, limit: 'quotes (>) inside quotes more than 16 levels deep' },
    { file: 'headings.md', body: lines(20_000, () => '# h'), limit: 'more than 5,000 lines' },
    { file: 'lists.md', body: lines(200, (i) => `${'  '.repeat(i)}- a`), limit: 'lists inside lists more than 32 levels deep' },
    { file: 'stars.md', body: lines(20, () => '*a'.repeat(5_000)), limit: 'a paragraph with more than 1,000 markup characters' },
    { file: 'links.md', body: lines(20, () => '[a]('.repeat(2_500)), limit: 'a paragraph with more than 1,000 markup characters' },
    { file: 'brackets.md', body: lines(20, () => '['.repeat(10_000)), limit: 'a paragraph with more than 1,000 markup characters' },
    { file: 'short-lines.md', body: lines(450_000, () => 'a'), limit: 'more than 250,000 characters' },
    { file: 'one-line.md', body: '[a]('.repeat(50_000), limit: 'a line of more than 20,000 characters' },
  ];

  function caseload(): string {
    const files: Record<string, string> = { 'good.md': person(0, '\n# Individuell plan\n\n## Om meg\n\nJeg liker *turer* i skogen.\n') };
    HOSTILE.forEach((h, i) => (files[h.file] = person(i + 1, h.body, i === 1 ? 'en' : i === 2 ? 'nn' : 'nb')));
    return tempDir(files);
  }

  it('validate: a warning for each (body-too-complex, the limit named, located in the body); the run goes on', () => {
    const dir = caseload();
    const r = bin(['validate', '--format', 'json', '.'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { files: Array<{ path: string; diagnostics: Array<{ code: string; severity: string; message: string; line: number }> }> };
    expect(report.files.map((f) => f.path).sort()).toEqual(['good.md', ...HOSTILE.map((h) => h.file)].sort());
    expect(report.files.find((f) => f.path === 'good.md')!.diagnostics).toEqual([]);
    const bodyLine = person(0, '').split('\n').length;
    for (const h of HOSTILE) {
      const found = report.files.find((f) => f.path === h.file)!.diagnostics;
      expect(found.map((d) => [d.code, d.severity]), h.file).toEqual([['body-too-complex', 'warning']]);
      expect(found[0]!.message, h.file).toContain(h.limit);
      expect(found[0]!.line, h.file).toBeGreaterThanOrEqual(bodyLine);
    }
    const nb = bin(['validate', 'quotes.md'], { cwd: dir, env: { IP_LANG: 'nb' } });
    expect(nb.stdout).toContain('quotes.md:');
    expect(nb.stdout).toContain('sitater (>) inne i sitater mer enn 16 nivåer dypt');
    expect(nb.stdout).toContain('[body-too-complex]');
  });

  it('render of the folder: every page written, each hostile body left out and the page says so, in its language', () => {
    const dir = caseload();
    const r = bin(['render', '-o', 'out/', '.'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/bug|RangeError|Maximum call stack/i);
    const pages = Object.fromEntries(
      ['good.md', ...HOSTILE.map((h) => h.file)].map((file, i) => [file, readFileSync(join(dir, 'out', `IP-2026-09${String(i).padStart(2, '0')}.html`), 'utf8')]),
    );
    expect(pages['good.md']).toContain('<em>turer</em>');
    expect(pages['good.md']).not.toContain('body-omitted');
    for (const h of HOSTILE) {
      expect(pages[h.file], h.file).toContain('<p class="body-omitted">');
      expect(pages[h.file]!.length, h.file).toBeLessThan(100_000);
    }
    expect(pages['quotes.md']).toContain('Teksten i planen er for stor eller for sammensatt til å vises her.');
    expect(pages['headings.md']).toContain('The plan&#39;s text is too large or too complex to show here.');
    expect(pages['lists.md']).toContain('Teksten i planen er for stor eller for samansett til å visast her.');
    // Standard error names each plan whose text was left off, by path.
    for (const h of HOSTILE) expect(r.stderr, h.file).toContain(`ip: ${h.file}: the plan's text is too large or too complex to show, and is left off the page`);
    expect(r.stderr).not.toContain('good.md: the plan');
  });
});

describe('a FIFO, a socket or a device named on the command line is refused at once', () => {
  /** Short: the answer needs no waiting at all, and a regression must fail, not hang the suite. */
  const QUICK = { timeout: 20_000 };
  const hasMkfifo = spawnSync('mkfifo', ['--version']).error === undefined;

  function withFifo(): string {
    const dir = tempDir({ 'good.md': GOOD });
    const made = spawnSync('mkfifo', [join(dir, 'pipe.md')], { timeout: 10_000 });
    expect(made.status).toBe(0);
    return dir;
  }

  it.runIf(hasMkfifo)('validate: a read error that names it, and the plan beside it is still checked', () => {
    const dir = withFifo();
    const r = bin(['validate', '--format', 'json', 'pipe.md', 'good.md'], { cwd: dir, ...QUICK });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const files = (JSON.parse(r.stdout) as { files: Array<{ path: string; diagnostics: Array<{ code: string; message: string }> }> }).files;
    expect(files.map((f) => [f.path, f.diagnostics.map((d) => `${d.code}: ${d.message}`)])).toEqual([
      ['pipe.md', ['read-error: The file could not be read: it is a named pipe (FIFO), not a regular file.']],
      ['good.md', []],
    ]);
    const nb = bin(['validate', 'pipe.md'], { cwd: dir, env: { IP_LANG: 'nb' }, ...QUICK });
    expect(nb.stdout).toContain('pipe.md:1:1: feil: Filen kunne ikke leses: den er et navngitt rør (FIFO), ikke en vanlig fil. [read-error]');
  });

  it.runIf(hasMkfifo)('diff: a usage error (exit 2) on either side', () => {
    const dir = withFifo();
    for (const args of [['pipe.md', 'good.md'], ['good.md', 'pipe.md']]) {
      const r = bin(['diff', ...args], { cwd: dir, ...QUICK });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('ip: Could not read "pipe.md": it is a named pipe (FIFO), not a regular file.');
    }
  });

  it.runIf(hasMkfifo)('render and due name it too; a folder walk and a glob pass over it without waiting', () => {
    const dir = withFifo();
    const render = bin(['render', 'pipe.md', 'good.md', '-o', 'out/', '--verbose'], { cwd: dir, ...QUICK });
    expect(render.code).toBe(1);
    expect(render.stderr).toContain('Wrote out/IP-2026-0042.html (from good.md)');
    const due = bin(['due', 'pipe.md', 'good.md'], { cwd: dir, ...QUICK });
    expect(due.stderr).toContain('pipe.md');
    for (const target of ['.', '*.md']) {
      const walk = bin(['validate', '--format', 'json', target], { cwd: dir, ...QUICK });
      expect(walk.code, target).toBe(0);
      expect(JSON.parse(walk.stdout).files.map((f: { path: string }) => f.path)).toEqual(['good.md']);
    }
  });

  it('a device and a socket: the same read error, with their kind', async () => {
    const dir = tempDir();
    const socket = join(dir, 'socket.md');
    const server = createServer();
    await new Promise<void>((done) => server.listen(socket, done));
    try {
      const r = bin(['validate', '--format', 'json', '/dev/null', socket], { cwd: dir, ...QUICK });
      expect(r.code).toBe(1);
      const messages = (JSON.parse(r.stdout) as { files: Array<{ diagnostics: Array<{ message: string }> }> }).files.map((f) => f.diagnostics[0]?.message);
      expect(messages).toEqual(['The file could not be read: it is a device, not a regular file.', 'The file could not be read: it is a socket, not a regular file.']);
    } finally {
      await new Promise((done) => server.close(done));
    }
  });
});

describe('ip diff and git: a repository cannot make git start a program, and a link cannot lead out of it', () => {
  const REAL_GIT = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
  const HOME = { HOME: process.env.HOME ?? tempDir() };

  /** A repository whose plan has two commits and an edited working copy. */
  function repository(): { repo: string; plan: string } {
    const repo = realpathSync(tempDir());
    const plan = join(repo, 'plan.md');
    writeFileSync(plan, GOOD);
    gitIn(repo, 'init', '-q');
    gitIn(repo, 'add', '.');
    gitIn(repo, 'commit', '-q', '-m', 'Plan');
    writeFileSync(plan, GOOD.replace('omfang: 1 time per uke', 'omfang: 2 timer per uke'));
    gitIn(repo, 'commit', '-q', '-am', 'Mer tid');
    writeFileSync(plan, GOOD.replace('omfang: 1 time per uke', 'omfang: 3 timer per uke'));
    return { repo, plan };
  }

  /** A program that only leaves a trace that it ran. */
  function trap(dir: string, name: string, marker: string, then = ''): string {
    const path = join(dir, name);
    writeFileSync(path, `#!/bin/sh\necho "${name} $*" >> '${marker}'\n${then}`);
    chmodSync(path, 0o755);
    return path;
  }

  it.runIf(REAL_GIT !== '')('core.fsmonitor, a textconv driver and a pager set by the repository never run', () => {
    const { repo } = repository();
    const traps = tempDir();
    const marker = join(traps, 'ran');
    gitIn(repo, 'config', 'core.fsmonitor', trap(traps, 'fsmonitor', marker));
    gitIn(repo, 'config', 'diff.evil.textconv', trap(traps, 'textconv', marker, 'cat "$1"\n'));
    gitIn(repo, 'config', 'core.pager', trap(traps, 'pager', marker, 'cat\n'));
    writeFileSync(join(repo, '.gitattributes'), '*.md diff=evil\n');
    // The traps are armed: git itself starts them where a command calls for them.
    gitIn(repo, 'status', '--short');
    gitIn(repo, 'diff', 'HEAD~1', 'HEAD');
    expect(readFileSync(marker, 'utf8')).toMatch(/fsmonitor[\s\S]*textconv/);
    rmSync(marker);

    for (const args of [['plan.md'], ['--from', 'HEAD~1', 'plan.md'], ['--from', 'HEAD~1', '--to', 'HEAD', 'plan.md']]) {
      const r = bin(['diff', '--format', 'json', ...args], { cwd: repo, env: HOME });
      expect(r.stderr, args.join(' ')).toBe('');
      expect(r.code, args.join(' ')).toBe(0);
      expect(JSON.parse(r.stdout).changes.length, args.join(' ')).toBe(1);
    }
    expect(existsSync(marker)).toBe(false);
  });

  it.runIf(REAL_GIT !== '')('every git call: no pager, no fsmonitor, no textconv, no transport, and a fixed environment', () => {
    const { repo } = repository();
    const fake = tempDir();
    const log = join(fake, 'calls');
    // A git first on PATH that writes down how it was called, then runs the real one.
    writeFileSync(join(fake, 'git'), `#!/bin/sh\n{ echo "ARGS $*"; env | sed 's/^/ENV /'; } >> '${log}'\nexec '${REAL_GIT}' "$@"\n`);
    chmodSync(join(fake, 'git'), 0o755);
    const env = { ...HOME, PATH: `${fake}:${process.env.PATH ?? ''}`, GIT_DIR: '/nowhere', GIT_PAGER: 'false', SECRET_TOKEN: 'hunter2', LANG: 'nb_NO.UTF-8' };
    const r = bin(['diff', '--from', 'HEAD~1', 'plan.md'], { cwd: repo, env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const calls = readFileSync(log, 'utf8')
      .split(/^(?=ARGS )/m)
      .map((call) => ({ args: call.split('\n')[0]!.slice(5), env: call.split('\n').filter((l) => l.startsWith('ENV ')).map((l) => l.slice(4)) }));
    expect(calls.length).toBeGreaterThanOrEqual(4);
    for (const call of calls) {
      expect(call.args.startsWith('--no-pager -c core.fsmonitor=false -c protocol.allow=never '), call.args).toBe(true);
      expect(call.env).toEqual(expect.arrayContaining(['LC_ALL=C', 'GIT_TERMINAL_PROMPT=0', 'GIT_CONFIG_NOSYSTEM=1', `HOME=${HOME.HOME}`]));
      expect(call.env.filter((v) => /^(GIT_DIR|GIT_PAGER|SECRET_TOKEN|LANG|IP_LANG|IP_TODAY)=/.test(v)), call.args).toEqual([]);
    }
    expect(calls.filter((c) => / show /.test(` ${c.args} `)).map((c) => c.args.includes(' show --no-textconv '))).toEqual([true]);
  });

  it.runIf(REAL_GIT !== '')('a working file that links out of the repository is refused; a link inside leads to its file', () => {
    const { repo, plan } = repository();
    const outside = tempDir({ 'secret.md': GOOD.replace('Jonas', 'Hemmelig') });
    rmSync(plan);
    symlinkSync(join(outside, 'secret.md'), plan);
    const out = bin(['diff', 'plan.md'], { cwd: repo, env: HOME });
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('"plan.md" is not in a git repository');
    expect(out.stderr).not.toContain('Hemmelig');

    rmSync(plan);
    writeFileSync(plan, GOOD);
    symlinkSync('plan.md', join(repo, 'current.md'));
    const inside = bin(['diff', '--format', 'json', '--from', 'HEAD~1', 'current.md'], { cwd: repo, env: HOME });
    expect(inside.stderr).toBe('');
    expect(inside.code).toBe(0);
    expect(JSON.parse(inside.stdout).changes).toEqual([]);
  });
});
