import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { CLI_CASES, type CliCase } from './cli-cases.js';
import { BIN, example, run, runBin, tempDir, TODAY, type RunResult } from './helpers.js';

/**
 * The command line as a contract: exit codes, output formats, languages and
 * the iproute2 handoff. The cases in cli-cases.ts run both in-process and
 * through the built binary, so what tests see is what users get.
 */

const BROKEN = example('bolig-og-arbeid.md').replace(/^ *omfang: 1 time per uke\n/m, '');

describe('the command line, case by case', () => {
  const check = (result: RunResult, c: CliCase) => {
    expect(result.code, result.stderr).toBe(c.code);
    for (const [stream, want] of [
      ['stdout', c.stdout],
      ['stderr', c.stderr],
    ] as const) {
      if (want === undefined) continue;
      if (typeof want === 'string') expect(result[stream]).toBe(want);
      else expect(result[stream]).toMatch(want);
    }
    expect(result.stderr).not.toMatch(/\n\s+at /);
  };

  it.each(CLI_CASES)('$name → $code (in-process)', async (c) => {
    check(await run(c.args, { cwd: tempDir(c.files), ...(c.env ? { env: c.env } : {}) }), c);
  });

  it.each(CLI_CASES)('$name → $code (built binary)', (c) => {
    check(runBin(c.args, { cwd: tempDir(c.files), ...(c.env ? { env: c.env } : {}) }), c);
  });

  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(BIN, '..', '..', 'package.json'), 'utf8'));
    expect(runBin(['--version']).stdout).toBe(`${version}\n`);
  });

  it('a real bug prints a short "this is a bug" message with the stack, exit 70', async () => {
    let err = '';
    const ctx = {
      cwd: '/',
      env: { IP_LANG: 'en' },
      stdout: {
        write: () => {
          throw new TypeError('simulated failure');
        },
      },
      stderr: { write: (s: string) => (err += s) },
    };
    const dir = tempDir({ 'p.md': example('barn-med-iop.md') });
    const code = await main(['node', 'ipplan', 'validate', join(dir, 'p.md'), '--today', TODAY], ctx);
    expect(code).toBe(70);
    expect(err).toMatch(/^ip: This is a bug in ip, not in your plan\./);
    expect(err).toContain('TypeError: simulated failure');
  });
});

describe('output formats', () => {
  it('--format json has the documented shape', async () => {
    const dir = tempDir({ 'a.md': BROKEN, 'b.md': example('barn-med-iop.md'), 'notes.md': '# notes\n' });
    const result = await run(['validate', '--format', 'json', '--today', TODAY], { cwd: dir });
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['version', 'files', 'summary']);
    expect(report.version).toBe(1);
    expect(report.summary).toEqual({ files: 2, skipped: 1, errors: 1, warnings: 0, skipped_files: [{ path: 'notes.md', reason: 'no-front-matter' }] });
    expect(report.files.map((f: any) => [f.path, f.valid])).toEqual([
      ['a.md', false],
      ['b.md', true],
    ]);
    const d = report.files[0].diagnostics[0];
    expect(d).toEqual({
      severity: 'error',
      code: 'point-missing',
      item: 'T1',
      message: 'The field "tiltak T1: omfang" is missing. The regulation requires this, point e of the regulation on individual plans in welfare services (forskrift om individuell plan ved ytelse av velferdstjenester): measures, their scope and who is responsible.',
      line: 60,
      column: 5,
      point: 'e',
      basis: 'forskrift',
      field: 'tiltak[0].omfang',
      hint: 'An active plan must have this: fill it in together with the person, or set "status: utkast" until it is in place.',
    });
  });

  it('GitHub annotations are chosen under GITHUB_ACTIONS=true and escape what they echo', async () => {
    const hostile = example('utkast-forste-mote.md').replace('språk: en', 'språk: en\n"bad\\r\\n::error file=x::owned %0A": 1');
    const dir = tempDir({ 'p,1.md': hostile });
    const result = await run(['validate', '.', '--today', TODAY], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } });
    const lines = result.stdout.trimEnd().split('\n');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^::(error|warning) file=p%2C1\.md,line=\d+,col=\d+,title=ip [a-z-]+::/);
    const unknown = lines.find((l) => l.includes('unknown-key'))!;
    // Control characters are stripped from echoed keys, so no new workflow command can start.
    expect(unknown).toContain('Unknown field "bad::error file=x::owned %250A"');
    expect(result.stdout.split('\n').filter((l) => l.includes('owned'))).toHaveLength(1);
    expect(lines.at(-1)).toBe('Checked 1 plan: 0 errors, 8 warnings.');
  });

  it('text output is file:line:column, then how to fix it, then a summary', async () => {
    const result = await run(['validate', 'a.md', '--today', TODAY], { cwd: tempDir({ 'a.md': BROKEN }) });
    expect(result.stdout).toBe(
      [
        'a.md:60:5: error: The field "tiltak T1: omfang" is missing. The regulation requires this, point e: measures, their scope and who is responsible. [point-missing]',
        '  How to fix: An active plan must have this: fill it in together with the person, or set "status: utkast" until it is in place.',
        '',
        'Checked 1 plan: 1 error, 0 warnings.',
        // The regulation is named in full once, under the summary, not on every line.
        'The regulation: forskrift om individuell plan ved ytelse av velferdstjenester (the regulation on individual plans in welfare services).',
        '',
      ].join('\n'),
    );
  });

  it('colour only on a terminal, and never under NO_COLOR', async () => {
    const dir = tempDir({ 'a.md': BROKEN });
    const tty = await run(['validate', 'a.md', '--today', TODAY], { cwd: dir, tty: true });
    expect(tty.stdout).toContain('\u001b[');
    const noColor = await run(['validate', 'a.md', '--today', TODAY], { cwd: dir, tty: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toContain('\u001b[');
    const piped = await run(['validate', 'a.md', '--today', TODAY], { cwd: dir });
    expect(piped.stdout).not.toContain('\u001b[');
  });
});

describe('message language', () => {
  const dir = () => tempDir({ 'a.md': BROKEN });
  it.each([
    { env: { IP_LANG: 'en' }, args: [], expect: 'How to fix' },
    { env: { IP_LANG: 'nb' }, args: [], expect: 'Slik retter du' },
    { env: { IP_LANG: '' }, args: ['--lang', 'en'], expect: 'How to fix' },
    { env: { IP_LANG: 'en' }, args: ['--lang', 'nn'], expect: 'Slik retter du' },
    { env: { IP_LANG: '', LC_ALL: 'en_GB.UTF-8', LANG: 'nb_NO.UTF-8' }, args: [], expect: 'How to fix' },
    { env: { IP_LANG: '', LC_MESSAGES: 'nn_NO.UTF-8', LANG: 'en_US.UTF-8' }, args: [], expect: 'Slik retter du' },
    { env: { IP_LANG: '', LANG: 'en_US.UTF-8' }, args: [], expect: 'How to fix' },
    { env: { IP_LANG: '', LANG: 'C' }, args: [], expect: 'Slik retter du' },
    { env: { IP_LANG: '' }, args: [], expect: 'Slik retter du' },
  ])('$env $args → $expect', async ({ env, args, expect: text }) => {
    const result = await run(['validate', 'a.md', '--today', TODAY, ...args], { cwd: dir(), env });
    expect(result.stdout).toContain(text);
  });
});

describe('the name ip hands iproute2 calls to the system', () => {
  function fakeIp(dir: string, script: string): string {
    const path = join(dir, 'fake-ip');
    writeFileSync(path, `#!/bin/sh\n${script}\n`);
    chmodSync(path, 0o755);
    return path;
  }
  const ctx = () => ({ cwd: '/', env: { IP_LANG: 'en', PATH: process.env.PATH ?? '' }, stdout: { write: () => true }, stderr: { write: () => true } });

  it('hands on the same arguments and returns the exit code', async () => {
    const dir = tempDir();
    const fake = fakeIp(dir, `printf '%s|' "$@" > "${dir}/args"; exit 3`);
    const code = await main(['node', join(dir, 'ip'), '-h', '-s', 'link'], ctx(), { systemIpCandidates: [fake] });
    expect(code).toBe(3);
    expect(readFileSync(join(dir, 'args'), 'utf8')).toBe('-h|-s|link|');
  });

  it('reports death by a signal as 128 + n', async () => {
    const dir = tempDir();
    const fake = fakeIp(dir, 'kill -TERM $$');
    expect(await main(['node', join(dir, 'ip'), 'addr'], ctx(), { systemIpCandidates: [fake] })).toBe(143);
  });

  it('keeps our own commands and lone --help/--version', async () => {
    const dir = tempDir();
    const fake = fakeIp(dir, `touch "${dir}/called"; exit 9`);
    expect(await main(['node', join(dir, 'ip'), '--version'], ctx(), { systemIpCandidates: [fake] })).toBe(0);
    expect(await main(['node', join(dir, 'ip'), 'validate', '--help'], ctx(), { systemIpCandidates: [fake] })).toBe(0);
    expect(await main(['node', join(dir, 'ip'), '-h', '-s', 'link'], ctx(), { systemIpCandidates: [fake] })).toBe(9);
  });

  it('never hands off to itself: a candidate that is this program is passed over', async () => {
    const dir = tempDir();
    const self = join(dir, 'ip');
    symlinkSync(BIN, self);
    const code = await main(['node', self, 'addr'], ctx(), { systemIpCandidates: [self] });
    expect(code).toBe(2);
  });

  it('never hands off again when the guard is set', async () => {
    const dir = tempDir();
    const fake = fakeIp(dir, 'exit 9');
    const c = ctx();
    const code = await main(['node', join(dir, 'ip'), 'addr'], { ...c, env: { ...c.env, IPPLAN_HANDED_OFF: '1' } }, { systemIpCandidates: [fake] });
    expect(code).toBe(2);
  });

  it('under the name ipplan nothing is handed off', async () => {
    const dir = tempDir();
    const fake = fakeIp(dir, 'exit 9');
    expect(await main(['node', join(dir, 'ipplan'), 'addr'], ctx(), { systemIpCandidates: [fake] })).toBe(2);
  });

  it('the installed name ip runs the system iproute2 where it exists', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'bin'));
    symlinkSync(BIN, join(dir, 'bin', 'ip'));
    const result = runBin(['-j', '-V'], { bin: join(dir, 'bin', 'ip') });
    const systemIp = ['/usr/sbin/ip', '/sbin/ip', '/usr/bin/ip', '/bin/ip'].some((p) => {
      try {
        return readFileSync(p).length > 0;
      } catch {
        return false;
      }
    });
    if (systemIp) {
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/iproute2/);
    } else {
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/unknown option '-j'/);
    }
  });
});

describe('commander’s own words in bokmål', () => {
  it.each([
    { args: ['validate', '--frob'], stderr: 'feil: ukjent flagg «--frob»' },
    { args: ['valdate'], stderr: 'feil: ukjent kommando «valdate»\n(Mente du validate?)' },
    { args: ['validate', '--format', 'xml'], stderr: 'feil: «xml» er ingen gyldig verdi for --format <format>. Tillatte verdier: text, json, github.' },
  ])('$args', async ({ args, stderr }) => {
    const result = await run(args, { env: { IP_LANG: 'nb' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(stderr);
  });

  it('help headings', async () => {
    const result = await run(['--help'], { env: { IP_LANG: 'nb' } });
    expect(result.stdout).toMatch(/^Bruk: ip \[flagg\] \[kommando\]/);
    expect(result.stdout).toContain('\nFlagg:\n');
    expect(result.stdout).toContain('\nKommandoer:\n');
    // commander's placeholders too, in the help and in its errors; English stays English.
    expect(result.stdout).toContain('validate [flagg] [stier...]');
    expect(result.stdout).toContain('diff [flagg] <gammel> [ny]');
    const validateHelp = await run(['validate', '--help'], { env: { IP_LANG: 'nb' } });
    expect(validateHelp.stdout).toContain('--today <dato>');
    expect(validateHelp.stdout).toContain('--max-size <størrelse>');
    expect((await run(['validate', '--today'], { env: { IP_LANG: 'nb' } })).stderr).toContain('feil: flagget --today <dato> mangler en verdi');
    expect((await run(['diff'], { env: { IP_LANG: 'nb' } })).stderr).toContain('feil: argumentet «gammel» mangler');
    expect((await run(['validate', '--help'], { env: { IP_LANG: 'en' } })).stdout).toContain('--today <date>');
  });

  it.each(['nb', 'en'])('help in %s lines up every description in one column', async (lang) => {
    const result = await run(['--help'], { env: { IP_LANG: lang } });
    // Lines with a term and its description ("  term  text"), and the wrapped rest of a description
    // ("      text"): every description's text starts in one column.
    const column = (line: string) => (line.startsWith('   ') ? line.search(/\S/) : (/^ {2}\S.*? {2,}(?=\S)/.exec(line)?.[0].length ?? -1));
    const lines = result.stdout.split('\n').filter((line) => line.startsWith('  '));
    const columns = lines.map(column);
    expect(lines.length).toBeGreaterThan(8);
    expect(new Set(columns).size, result.stdout).toBe(1);
  });

  it('--lang may come before the command under the name ipplan', async () => {
    const result = await run(['--lang', 'nb', 'validate', 'examples', '--today', TODAY]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('5 planer sjekket');
  });
});
