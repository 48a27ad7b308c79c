import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, ROOT, tempDir, type JsonReport } from './helpers.js';
import { asUnprivileged, bin, IS_ROOT, sharedTempDir, STACK } from './fixtures/hostile/harness.js';

/**
 * Hostile and broken input through the built binary, as a user meets it:
 * each case has its asserted diagnostic (code, and position where it has
 * one) and exit code, and never a stack trace. Small fixtures are committed
 * in test/fixtures/hostile/; big and odd ones are made here in temp folders.
 */

const HOSTILE = join(ROOT, 'test', 'fixtures', 'hostile');
const hostile = (name: string) => readFileSync(join(HOSTILE, name));
const GOOD = example('bolig-og-arbeid.md');
/** The good plan with its identity changed, so two of them in one run are two people. */
const SYNTHETIC = ['03889410093', '03889419759', '03889429479', '03889439199'];
const other = (n: number) => GOOD.replace('IP-2026-0042', `IP-2026-010${n}`).replace('"12839112376"', `"${SYNTHETIC[n]}"`).replace('1991-03-12', '1994-08-03').replace(/Jonas Fjellvang/g, `Tor Fjell${n}`);

function json(result: { stdout: string }): JsonReport {
  return JSON.parse(result.stdout) as JsonReport;
}

function codesByFile(report: JsonReport): Record<string, string[]> {
  return Object.fromEntries(report.files.map((f) => [f.path, [...new Set(f.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code))]]));
}

/** A deterministic stream of bytes (no Math.random: a failing case must replay). */
function noise(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(noise(4096, 7))]);
/** An ELF header, then ASCII: valid UTF-8 with NUL bytes in it. */
const ELF = Buffer.concat([Buffer.from('\u007fELF\u0002\u0001\u0001\u0000', 'latin1'), Buffer.from(noise(4096, 11).map((b) => b & 0x7f))]);
const PLAN_HEAD = '---\nip: 1\nstatus: utkast\n---\n';
const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()]);

interface Case {
  name: string;
  content: Uint8Array | string;
  /** Error code, and where it is (line:column) when that is fixed. */
  code: string;
  /** Other codes that say the same (where either reader may be the one to give up). */
  or?: string[];
  at?: string;
}

/** Each is checked when named on the command line and when found in a folder walk. */
const CASES: Case[] = [
  { name: 'alias-bomb.md', content: hostile('alias-bomb.md'), code: 'alias-limit', at: '5:8' },
  { name: 'deep-flow.md', content: hostile('deep-flow.md'), code: 'too-deep', at: '4:35' },
  { name: 'deep-block.md', content: `---\nip: 1\n${Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}a:\n`).join('')}${'  '.repeat(300)}b: 1\n---\n`, code: 'too-deep', at: '35:65' },
  { name: 'deep-list.md', content: `---\nip: 1\nx:\n${Array.from({ length: 500 }, (_, i) => `${' '.repeat(2 * i)}-\n`).join('')}---\n`, code: 'too-deep', at: '35:63' },
  // Deeper than any parser's stack: a located YAML error, not a crash.
  { name: 'deep-100k.md', content: `---\nip: 1\nx: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n---\n`, code: 'yaml-syntax', or: ['too-deep', 'yaml-too-complex'] },
  { name: 'front-matter-list.md', content: hostile('front-matter-list.md'), code: 'not-a-mapping', at: '2:1' },
  { name: 'front-matter-string.md', content: hostile('front-matter-string.md'), code: 'not-a-mapping', at: '2:1' },
  { name: 'utf16-le.md', content: utf16le(PLAN_HEAD), code: 'encoding-utf16', at: '1:1' },
  { name: 'utf16-be.md', content: utf16be(PLAN_HEAD), code: 'encoding-utf16', at: '1:1' },
  { name: 'latin1.md', content: Buffer.from('---\nip: 1\nstatus: utkast\nperson: {navn: Bjørn}\n---\n', 'latin1'), code: 'encoding', at: '4:18' },
  { name: 'nul.md', content: `---\nip: 1\nstatus: utkast\u0000\n---\n`, code: 'nul-byte', at: '3:15' },
  { name: 'js-front-matter.md', content: '---js\nip: 1\nmodule.exports = (() => { require("fs").writeFileSync("/tmp/pwned", "x") })()\n---\n', code: 'executable-front-matter', at: '1:1' },
];

describe('hostile files: the asserted diagnostic and exit code, through the binary', () => {
  it.each(CASES)('$name named on the command line → $code', ({ name, content, code, or, at }) => {
    const dir = tempDir({ [name]: content });
    const r = bin(['validate', '--format', 'json', name], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const d = json(r).files[0]!.diagnostics.find((x) => [code, ...(or ?? [])].includes(x.code));
    expect(d, JSON.stringify(json(r).files[0])).toBeDefined();
    expect(d!.severity).toBe('error');
    if (at) expect(`${d!.line}:${d!.column}`).toBe(at);
  });

  it('all of them in one folder walk: each reported, the good plans beside them still valid, no stack trace', () => {
    const files: Record<string, Uint8Array | string> = { 'a-good.md': GOOD, 'z-good.md': other(1) };
    for (const c of CASES) files[`bad/${c.name}`] = c.content;
    const dir = tempDir(files);
    for (const format of ['json', 'text', 'github']) {
      const r = bin(['validate', '--format', format, '.'], { cwd: dir });
      expect(r.code, format).toBe(1);
      expect(r.stderr, format).toBe('');
      expect(r.stdout, format).not.toMatch(STACK);
      if (format !== 'json') continue;
      const codes = codesByFile(json(r));
      const said = (c: Case) => codes[`bad/${c.name}`]?.find((x) => [c.code, ...(c.or ?? [])].includes(x)) ?? c.code;
      expect(codes).toEqual({ 'a-good.md': [], 'z-good.md': [], ...Object.fromEntries(CASES.map((c) => [`bad/${c.name}`, [said(c)]])) });
    }
  });
});

describe('size, binary files and UTF-16', () => {
  it('a 50 MB file is reported as too large, without being read whole; beside it the run goes on', () => {
    const dir = tempDir({ 'good.md': GOOD });
    // A plan head, then 50 MB: named, and in a folder walk (its head says it is a plan).
    writeFileSync(join(dir, 'huge.md'), Buffer.concat([Buffer.from(PLAN_HEAD), Buffer.alloc(50 * 1024 * 1024, 'x')]));
    // 8 MB that is not a plan: skipped in a walk, like any other Markdown file.
    mkdirSync(join(dir, 'notes'));
    writeFileSync(join(dir, 'notes', 'log.md'), Buffer.alloc(8 * 1024 * 1024, 'y'));
    const walk = bin(['validate', '--format', 'json', '.'], { cwd: dir });
    expect(walk.code).toBe(1);
    expect(codesByFile(json(walk))).toEqual({ 'good.md': [], 'huge.md': ['too-large'] });
    expect(json(walk).summary).toMatchObject({ files: 2, skipped: 1, errors: 1 });
    expect(json(walk).files.find((f) => f.path === 'huge.md')!.diagnostics).toEqual([expect.objectContaining({ code: 'too-large', line: 1, column: 1, message: 'The file is larger than the limit of 1048576 bytes.' })]);
    const named = bin(['validate', 'notes/log.md'], { cwd: dir });
    expect(named.code).toBe(1);
    expect(named.stdout).toMatch(/^notes\/log\.md:1:1: error: The file is larger than the limit of 1048576 bytes\. \[too-large\]$/m);
    // due and render read through the same door.
    const due = bin(['due', '--format', 'json', '.'], { cwd: dir });
    expect(due.code).toBe(0);
    expect(due.stderr).toContain('huge.md');
    const render = bin(['render', 'huge.md', '-o', '-'], { cwd: dir });
    expect(render.code).toBe(1);
    expect(render.stdout).toContain('<!DOCTYPE html>');
    expect(render.stdout.length).toBeLessThan(100_000);
  });

  it('a binary file named .md: skipped in a walk (no ip: key), an encoding or NUL error when named', () => {
    const dir = tempDir({ 'good.md': GOOD, 'image.md': PNG, 'program.md': ELF });
    const walk = bin(['validate', '--format', 'json', '.'], { cwd: dir });
    expect(walk.code).toBe(0);
    expect(json(walk).summary).toEqual({ skipped_files: [{ path: 'image.md', reason: 'not-utf8' }, { path: 'program.md', reason: 'not-utf8' }], files: 1, skipped: 2, errors: 0, warnings: 0 });
    const named = bin(['validate', '--format', 'json', 'image.md', 'program.md'], { cwd: dir });
    expect(named.code).toBe(1);
    expect(json(named).files.map((f) => [f.path, f.diagnostics.map((d) => `${d.code}@${d.line}:${d.column}`)])).toEqual([
      ['image.md', ['encoding@1:1']],
      ['program.md', ['nul-byte@1:8']],
    ]);
    // diff and render refuse it with a message and exit 2, never a stack trace.
    const diff = bin(['diff', 'image.md', 'good.md'], { cwd: dir });
    expect(diff.code).toBe(2);
    expect(diff.stderr).toContain('[encoding]');
    expect(diff.stderr).not.toMatch(STACK);
  });

  it('a binary file with an ip: line in its head is a plan, and reported', () => {
    const dir = tempDir({ 'mixed.md': Buffer.concat([Buffer.from('---\nip: 1\n'), PNG]) });
    const r = bin(['validate', '--format', 'json', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(codesByFile(json(r))).toEqual({ 'mixed.md': ['encoding'] });
  });

  it('UTF-16 without a byte-order mark is reported in a folder walk too, not skipped', () => {
    // Its ip: key is there, two bytes a letter: a plan saved in the wrong encoding, not a file to pass over.
    const dir = tempDir({ 'good.md': GOOD, 'wide.md': Buffer.from(`${PLAN_HEAD}# Plan\n`, 'utf16le') });
    const named = bin(['validate', '--format', 'json', 'wide.md'], { cwd: dir });
    expect(named.code).toBe(1);
    expect(json(named).files[0]!.diagnostics.map((d) => d.code)).toEqual([expect.stringMatching(/^(encoding-utf16|nul-byte)$/)]);
    const walk = bin(['validate', '--format', 'json', '.'], { cwd: dir });
    expect(json(walk).files.map((f) => f.path)).toEqual(['good.md', 'wide.md']);
    expect(walk.code).toBe(1);
  });
});

describe('keys that try to break the output', () => {
  const FIXTURE = 'inject-keys.md';

  it('the keys are named, stripped of control characters, in every format', () => {
    const dir = tempDir({ [FIXTURE]: hostile(FIXTURE) });
    const r = bin(['validate', '--format', 'json', FIXTURE], { cwd: dir });
    expect(r.code).toBe(1);
    const unknown = json(r).files[0]!.diagnostics.filter((d) => d.code === 'unknown-key');
    expect(unknown.map((d) => [d.line, d.message])).toEqual([
      [15, 'Unknown field "[2J[31mbell".'],
      [16, 'Unknown field "line::error file=evil.md,line=1::injecte…".'],
      [17, 'Unknown field "::error::pwned".'],
      [18, 'Unknown field "%0A::warning::percent".'],
      [19, 'Unknown field "gnp.exe".'],
    ]);
    // The decomposed "mål" is the real key after NFC: its value is checked, not called unknown.
    expect(json(r).files[0]!.diagnostics.find((d) => d.line === 20)).toMatchObject({ code: 'wrong-type', field: 'mål' });
    for (const format of ['text', 'json', 'github']) {
      const out = bin(['validate', '--format', format, FIXTURE], { cwd: dir, env: { IP_LANG: 'nb' } }).stdout;
      expect(out.replace(/\n/g, ''), format).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    }
  });

  it('GitHub annotations: one line per diagnostic, each a well-formed command; nothing starts a command of its own', () => {
    const dir = tempDir({ [FIXTURE]: hostile(FIXTURE), 'sub/evil,file=x::name.md': hostile(FIXTURE).toString().replace('IP-2026-0901', 'IP-2026-0902') });
    const r = bin(['validate', '.'], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } });
    const expected = json(bin(['validate', '--format', 'json', '.'], { cwd: dir }));
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines.pop()).toBe('');
    const summary = lines.pop();
    expect(summary).toBe(`Checked 2 plans: ${expected.summary.errors} errors, ${expected.summary.warnings} warnings.`);
    const count = expected.files.reduce((n, f) => n + f.diagnostics.length, 0);
    expect(lines).toHaveLength(count);
    const files = new Set<string>();
    for (const line of lines) {
      // ::severity file=…,line=N,col=N,title=ip code::message — properties escaped, no raw CR, LF, ',' or ':' inside one.
      const m = /^::(error|warning) file=([^,:\r\n]+),line=(\d+),col=(\d+),title=ip [a-z-]+::(.*)$/.exec(line);
      expect(m, line).not.toBeNull();
      files.add(m![2]!);
      expect(m![5]).not.toMatch(/\r/);
    }
    expect([...files].sort()).toEqual(['inject-keys.md', 'sub/evil%2Cfile=x%3A%3Aname.md']);
    // The message that names the key "::error::pwned" carries it inside the annotation, never at a line start.
    expect(lines.filter((l) => l.includes('::error::pwned')).every((l) => l.startsWith('::warning file='))).toBe(true);
    expect(lines.some((l) => l.startsWith('::error::') || l.startsWith('::warning::'))).toBe(false);
    expect(r.stdout).toContain('%250A::warning::percent');
  });

  it('file names with control characters do not reach the terminal raw, in any command', () => {
    // The badly named plan has errors, and a date ip due cannot read, so every command names it.
    const broken = GOOD.replace('IP-2026-0042', 'IP-2026-0099').replace('dato: 2027-02-15', 'dato: 2027-02-30').replace(/^ *omfang: 1 time per uke\n/m, '');
    const dir = tempDir({ 'ok.md': GOOD, [`bad\n::error::x\u001b[31m.md`]: broken });
    const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
    const runs = {
      'validate text': bin(['validate', '--format', 'text', '.'], { cwd: dir }),
      'validate github': bin(['validate', '--format', 'github', '.'], { cwd: dir }),
      'due text': bin(['due', '--within', '1y', '.'], { cwd: dir }),
      'due markdown': bin(['due', '--format', 'markdown', '--within', '1y', '.'], { cwd: dir }),
      render: bin(['render', '-o', 'out/', '.'], { cwd: dir }),
    };
    for (const [name, r] of Object.entries(runs)) {
      expect(r.code, name).toBe(name.startsWith('due') ? 0 : 1);
      const out = r.stdout + r.stderr;
      // Named, with its control characters shown as "?" or left out (and ":" escaped in an annotation's properties).
      expect(out, name).toMatch(/bad\??(::|%3A%3A)error(::|%3A%3A)x\??\[31m\.md/);
      expect(out, name).not.toMatch(CONTROL);
      expect(out.split('\n').some((l) => l.startsWith('::error::x')), name).toBe(false);
    }
  });
});

describe('a Markdown body with raw HTML and <script>', () => {
  it('validate does not care: the plan is valid', () => {
    const r = bin(['validate', '--format', 'json', join(HOSTILE, 'html-body.md')]);
    expect(r.code).toBe(0);
    expect(json(r).files[0]!.diagnostics).toEqual([]);
  });

  it('render strips it: no script, no handler, no frame, no javascript: or data: link, no form', () => {
    const dir = tempDir({ 'plan.md': hostile('html-body.md') });
    const r = bin(['render', 'plan.md', '-o', 'out/plan.html'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('ip: Wrote out/plan.html (from plan.md)\n');
    const html = readFileSync(join(dir, 'out', 'plan.html'), 'utf8');
    for (const bad of [/<script/i, /\son[a-z]+\s*=/i, /<iframe/i, /javascript:/i, /data:text/i, /<form/i, /<input/i, /http-equiv="refresh"/i, /evil\.example/, /<svg/i, /fetch\(/]) {
      expect(html, String(bad)).not.toMatch(bad);
    }
    // The page keeps its one style sheet, and the text around the HTML.
    expect(html.match(/<style/g)).toHaveLength(1);
    expect(html).toContain('Jeg liker å lage mat.');
  });
});

describe('file names with spaces, Norwegian letters and leading dashes', () => {
  const files = () => ({ '-x.md': GOOD, '-mappe/-y.md': other(1), 'planer med mellomrom/Bjørn Ærø Åsen.md': other(2), 'ærlig/å.md': other(3) });

  it('validate: a leading dash after --, and inside a folder; spaces and æøå as they are', () => {
    const dir = tempDir(files());
    const named = bin(['validate', '--format', 'json', '--', '-x.md', 'planer med mellomrom/Bjørn Ærø Åsen.md'], { cwd: dir });
    expect(named.code).toBe(0);
    expect(json(named).files.map((f) => [f.path, f.valid])).toEqual([
      ['-x.md', true],
      ['planer med mellomrom/Bjørn Ærø Åsen.md', true],
    ]);
    const walk = bin(['validate', '--format', 'json', '--', '-mappe', '.'], { cwd: dir });
    expect(walk.code).toBe(0);
    expect(json(walk).files.map((f) => f.path)).toEqual(['-mappe/-y.md', '-x.md', 'planer med mellomrom/Bjørn Ærø Åsen.md', 'ærlig/å.md']);
    const text = bin(['validate', '--', '-x.md', 'ærlig/å.md'], { cwd: dir });
    expect(text.stdout).toBe('Checked 2 plans: 0 errors, 0 warnings.\n');
  });

  it('without --, a leading dash is an unknown option: exit 2, and nothing is read', () => {
    const dir = tempDir(files());
    const r = bin(['validate', '-x.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: unknown option '-x\.md'/);
    expect(r.stdout).toBe('');
  });

  it('due, diff and render take the same names', () => {
    const dir = tempDir(files());
    const due = bin(['due', '--format', 'json', '--within', '2y', '--', '-x.md', '-mappe'], { cwd: dir });
    expect(due.code).toBe(0);
    expect(JSON.parse(due.stdout).items.map((i: { path: string }) => i.path)).toContain('-x.md');
    const diff = bin(['diff', '--format', 'json', '--', '-x.md', 'planer med mellomrom/Bjørn Ærø Åsen.md'], { cwd: dir });
    expect(diff.code).toBe(0);
    expect(JSON.parse(diff.stdout).changes.length).toBeGreaterThan(0);
    const render = bin(['render', '-o', 'ut/', '--verbose', '--', '-x.md', 'planer med mellomrom/Bjørn Ærø Åsen.md'], { cwd: dir });
    expect(render.code).toBe(0);
    expect(render.stderr).toBe('ip: Wrote ut/IP-2026-0042.html (from -x.md)\nip: Wrote ut/IP-2026-0102.html (from planer med mellomrom/Bjørn Ærø Åsen.md)\n');
  });
});

describe('a symlink loop in a folder', () => {
  function loopy(): string {
    const dir = tempDir({ 'plans/a/p.md': example('utkast-forste-mote.md') });
    const p = (s: string) => join(dir, 'plans', s);
    symlinkSync('..', p('a/up')); // a loop back to the parent
    symlinkSync('.', p('here')); // a loop to itself
    symlinkSync('loop2', p('loop1')); // two links that point at each other
    symlinkSync('loop1', p('loop2'));
    symlinkSync('self.md', p('self.md')); // a .md link to itself
    symlinkSync('missing.md', p('dangling.md'));
    symlinkSync('../plans', p('a/folder.md')); // a .md link to a folder
    return dir;
  }

  it('the walk ends, follows no folder link, and passes over the links that lead nowhere', () => {
    const dir = loopy();
    const r = bin(['validate', '--format', 'json', 'plans'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(json(r).files.map((f) => f.path)).toEqual(['plans/a/p.md']);
    expect(r.code).toBe(0);
  });

  it('a link to a plan in the same walk is the same file: checked once, not a duplicate of itself', () => {
    const dir = loopy();
    symlinkSync('a/p.md', join(dir, 'plans', 'current.md'));
    const r = bin(['validate', '--format', 'json', 'plans'], { cwd: dir });
    expect(json(r).files.map((f) => [f.path, f.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)])).toEqual([['plans/a/p.md', []]]);
    expect(r.code).toBe(0);
  });

  it('named on the command line, a looping or dangling link is a read error for that file', () => {
    const dir = loopy();
    const r = bin(['validate', '--format', 'json', 'plans/self.md', 'plans/dangling.md', 'plans/a/p.md'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(json(r).files.map((f) => [f.path, f.diagnostics.map((d) => d.message)[0]])).toEqual([
      ['plans/self.md', 'The file could not be read (ELOOP).'],
      ['plans/dangling.md', 'The file could not be read (ENOENT).'],
      ['plans/a/p.md', expect.any(String)],
    ]);
  });
});

describe('a folder that is not readable', () => {
  function locked(): string {
    const dir = sharedTempDir({ 'plans/ok.md': GOOD, 'plans/locked/secret.md': other(1) });
    chmodSync(join(dir, 'plans', 'locked'), 0o000);
    return dir;
  }

  it('is a read error for that folder, and the run goes on (run as a user the mode applies to)', () => {
    const dir = locked();
    try {
      // Root reads through chmod 000, so as root the case runs as nobody. Where nobody cannot run the
      // binary (a checkout only root may enter), root's reading is asserted instead, and the failure
      // is simulated in-process (test/reliability-fs).
      const as = asUnprivileged();
      const r = bin(['validate', '--format', 'json', 'plans'], { cwd: dir, ...as });
      expect(r.stderr).toBe('');
      const found = json(r).files.map((f) => [f.path, f.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code}: ${d.message}`)]);
      if (as) {
        expect(found).toEqual([
          ['plans/ok.md', []],
          ['plans/locked', ['read-error: The file could not be read (EACCES).']],
        ]);
        expect(r.code).toBe(1);
      } else {
        expect(found).toEqual([
          ['plans/locked/secret.md', []],
          ['plans/ok.md', []],
        ]);
        expect(r.code).toBe(0);
      }
    } finally {
      chmodSync(join(dir, 'plans', 'locked'), 0o755);
    }
  });

  it('as root, the mode does not stop reading: the plan inside is checked (the honest root behaviour)', () => {
    const dir = locked();
    try {
      const r = bin(['validate', '--format', 'json', 'plans'], { cwd: dir });
      const paths = json(r).files.map((f) => f.path);
      if (IS_ROOT) {
        expect(paths).toEqual(['plans/locked/secret.md', 'plans/ok.md']);
        expect(r.code).toBe(0);
      } else {
        expect(paths).toEqual(['plans/ok.md', 'plans/locked']);
        expect(r.code).toBe(1);
      }
    } finally {
      chmodSync(join(dir, 'plans', 'locked'), 0o755);
    }
  });

  it('an unreadable file named on the command line is a read error (as a user the mode applies to)', () => {
    const dir = sharedTempDir({ 'ok.md': GOOD, 'closed.md': other(1) });
    chmodSync(join(dir, 'closed.md'), 0o000);
    const as = asUnprivileged();
    const r = bin(['validate', '--format', 'json', 'closed.md', 'ok.md'], { cwd: dir, ...as });
    expect(codesByFile(json(r))).toEqual({ 'closed.md': as ? ['read-error'] : [], 'ok.md': [] });
    expect(r.code).toBe(as ? 1 : 0);
  });
});
