import { describe, expect, it } from 'vitest';
import { example, run, runBin, tempDir, TODAY } from './helpers.js';

const GOOD = example('bolig-og-arbeid.md');
const enc = (s: string) => Buffer.from(s, 'utf8');
const bomb = [
  '---',
  'ip: 1',
  'a: &a [x, x, x, x, x, x, x, x, x]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  '---',
  '',
].join('\n');

/**
 * Every kind of bad input the reader must survive: each gives a located
 * diagnostic for its file, exit 1, no stack trace, and the run goes on (a good
 * plan beside it is still checked and valid).
 */
const CASES: Array<{ name: string; content: Uint8Array; code: string; severity?: string; line: number; column: number }> = [
  { name: 'duplicate key', content: enc('---\nip: 1\nstatus: utkast\nstatus: aktiv\n---\n'), code: 'duplicate-key', line: 4, column: 1 },
  // The parser finds a bracket left open only where the next line starts; the diagnostic points at the bracket.
  { name: 'YAML syntax error: a bracket left open', content: enc('---\nip: 1\nstatus: [utkast\n---\n'), code: 'yaml-syntax', line: 3, column: 9 },
  { name: 'a tab as indentation: named as such, not as a YAML syntax error', content: enc('---\nip: 1\nperson:\n\tnavn: x\n---\n'), code: 'pasted-character', line: 4, column: 1 },
  { name: 'alias bomb', content: enc(bomb), code: 'alias-limit', line: 4, column: 8 },
  { name: 'missing closing fence', content: enc('---\nip: 1\nstatus: utkast\n'), code: 'unclosed-front-matter', line: 1, column: 1 },
  { name: 'front matter not on line 1', content: enc('\n---\nip: 1\n---\n'), code: 'front-matter-not-first', line: 2, column: 1 },
  { name: 'executable ---js front matter', content: enc('---js\nip: 1\nmodule.exports = { status: "aktiv" }\n---\n'), code: 'executable-front-matter', line: 1, column: 1 },
  { name: 'front matter that is a list', content: enc('---\n- ip: 1\nip: 1\n---\n'), code: 'yaml-syntax', line: 3, column: 1 },
  { name: 'front matter that is a string', content: enc('---\nip: 1 and more\n---\n'), code: 'unsupported-version', line: 2, column: 5 },
  { name: 'unsupported version', content: enc('---\nip: 2\nstatus: aktiv\n---\n'), code: 'unsupported-version', line: 2, column: 5 },
  { name: 'non-UTF-8 bytes', content: Buffer.concat([enc('---\nip: 1\nstatus: utkast\nperson: {navn: '), Buffer.from([0xc5, 0x73]), enc('}\n---\n')]), code: 'encoding', line: 4, column: 16 },
  { name: 'UTF-16 text', content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('---\nip: 1\n---\n', 'utf16le')]), code: 'encoding-utf16', line: 1, column: 1 },
  { name: 'NUL byte', content: enc('---\nip: 1\nstatus: utk\0ast\n---\n'), code: 'nul-byte', line: 3, column: 12 },
  { name: 'unquoted fødselsnummer', content: enc(GOOD.replace('"12839112376"', '12839112376').replace('IP-2026-0042', 'IP-2026-0044')), code: 'wrong-type', line: 11, column: 18 },
  { name: 'a UTF-8 BOM (warning; the plan is read)', content: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), enc(GOOD.replace('status: aktiv', 'status: aktiv\nstatus: utkast'))]), code: 'bom', severity: 'warning', line: 1, column: 1 },
  { name: 'deep nesting', content: enc(`---\nip: 1\nx: ${'['.repeat(60)}${']'.repeat(60)}\n---\n`), code: 'too-deep', line: 3, column: 35 },
];

describe('bad input is a located diagnostic, and the run goes on', () => {
  it.each(CASES)('$name → $code at $line:$column', async ({ content, code, severity, line, column }) => {
    const dir = tempDir({ 'a-good.md': GOOD, 'bad.md': content, 'z-good.md': GOOD.replace('IP-2026-0042', 'IP-2026-0043').replace('12839112376', '12839112457') });
    const result = await run(['validate', '.', '--format', 'json', '--today', TODAY], { cwd: dir });
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout);
    const bad = report.files.find((f: any) => f.path === 'bad.md');
    expect(bad, 'the bad file is reported, not skipped').toBeDefined();
    const hit = bad.diagnostics.find((d: any) => d.code === code);
    expect(hit, JSON.stringify(bad.diagnostics)).toMatchObject({ severity: severity ?? 'error', line, column });
    expect(bad.valid).toBe(false);
    expect(result.code).toBe(1);
    for (const good of ['a-good.md', 'z-good.md']) {
      const f = report.files.find((x: any) => x.path === good);
      expect(f.valid, good).toBe(true);
    }
  });

  it('CRLF line endings read the same, with the same positions', async () => {
    const plan = GOOD.replace('omfang: 1 time per uke', 'omfang: 1 time per uke\n    farge: blå');
    const lf = await run(['validate', 'p.md', '--format', 'json', '--today', TODAY], { cwd: tempDir({ 'p.md': plan }) });
    const crlf = await run(['validate', 'p.md', '--format', 'json', '--today', TODAY], { cwd: tempDir({ 'p.md': plan.replace(/\n/g, '\r\n') }) });
    expect(JSON.parse(crlf.stdout)).toEqual(JSON.parse(lf.stdout));
    expect(JSON.parse(lf.stdout).files[0].diagnostics).toEqual([expect.objectContaining({ code: 'unknown-key', line: 65, column: 5 })]);
  });

  it('a file over the size limit is reported without being read whole', async () => {
    const big = GOOD + 'x'.repeat(2 * 1024 * 1024);
    const dir = tempDir({ 'big.md': big });
    const result = await run(['validate', '.', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).files[0].diagnostics[0]).toMatchObject({ code: 'too-large', line: 1, column: 1 });
    const raised = await run(['validate', '.', '--max-size', '4M', '--today', TODAY], { cwd: dir });
    expect(raised.code).toBe(0);
  });

  it('an empty front matter, a list, or no front matter in a file named on the command line', async () => {
    const dir = tempDir({ 'empty.md': '---\n---\nText\n', 'list.md': '---\n- a\n- b\n---\n', 'none.md': '# Just text\n', 'other.md': '---\ntitle: Notes\n---\n' });
    const result = await run(['validate', 'empty.md', 'list.md', 'none.md', 'other.md', '--format', 'json'], { cwd: dir });
    const codes = Object.fromEntries(JSON.parse(result.stdout).files.map((f: any) => [f.path, f.diagnostics.map((d: any) => d.code)]));
    expect(codes).toEqual({ 'empty.md': ['empty-front-matter'], 'list.md': ['not-a-mapping'], 'none.md': ['no-front-matter'], 'other.md': ['not-a-plan'] });
    expect(result.code).toBe(1);
  });

  it('in a folder walk, Markdown files that are not plans are skipped and counted', async () => {
    const dir = tempDir({ 'README.md': '# Notes\n', 'notes/other.md': '---\ntitle: x\n---\n', 'plan.md': GOOD });
    const result = await run(['validate', '--format', 'json', '--today', TODAY], { cwd: dir });
    expect(JSON.parse(result.stdout).summary).toEqual({
      files: 1,
      skipped: 2,
      errors: 0,
      warnings: 0,
      skipped_files: [
        { path: 'README.md', reason: 'no-front-matter' },
        { path: 'notes/other.md', reason: 'no-plan-keys' },
      ],
    });
    expect(result.code).toBe(0);
    const text = await run(['validate', '--today', TODAY], { cwd: dir });
    expect(text.stdout).toBe(
      [
        'Skipped (not plans):',
        '  README.md: no front matter',
        '  notes/other.md: front matter without "ip: 1" and without any field only a plan has',
        '',
        'Checked 1 plan (2 other files skipped): 0 errors, 0 warnings.',
        '',
      ].join('\n'),
    );
  });

  it('lists up to ten skipped files, and all of them with --verbose', async () => {
    const files: Record<string, string> = { 'plan.md': GOOD };
    for (let i = 0; i < 11; i++) files[`notes/n${String(i).padStart(2, '0')}.md`] = '# Notes\n';
    const dir = tempDir(files);
    const short = await run(['validate', '--today', TODAY], { cwd: dir });
    expect(short.stdout).toBe('11 files that are not plans were skipped; --verbose shows which and why.\n\nChecked 1 plan (11 other files skipped): 0 errors, 0 warnings.\n');
    const long = await run(['validate', '--verbose', '--today', TODAY], { cwd: dir });
    expect(long.stdout.split('\n').filter((l) => l.startsWith('  notes/'))).toHaveLength(11);
  });

  it('front matter with two or more keys only a plan has, and no ip: key, is an error', async () => {
    const dir = tempDir({ 'plan.md': GOOD.replace('ip: 1\n', '') });
    const result = await run(['validate', '.', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(result.stdout).files[0].diagnostics).toEqual([expect.objectContaining({ code: 'missing-ip-key', severity: 'error', line: 1 })]);
    expect(result.code).toBe(1);
  });

  it.each([
    ['ip 1', 2],
    ['ip:1', 2],
    ['IP: 1', 2],
    ['  ip: 1', 2],
    ['# a comment\nIp: 1', 3],
  ])('a first key meant as ip (%j) is an error at its line', async (header, line) => {
    const dir = tempDir({ 'plan.md': GOOD.replace('ip: 1\n', `${header}\n`), 'README.md': '# Notes\n' });
    const result = await run(['validate', '.', '--format', 'json', '--today', TODAY], { cwd: dir });
    const report = JSON.parse(result.stdout);
    expect(report.files.map((f: any) => f.path)).toEqual(['plan.md']);
    expect(report.files[0].diagnostics).toEqual([expect.objectContaining({ code: 'broken-ip-key', severity: 'error', line, column: 1 })]);
    expect(result.code).toBe(1);
  });

  it('ip: "1" is an unsupported version, and a quoted "ip" key is a plan', async () => {
    const dir = tempDir({ 'a.md': GOOD.replace('ip: 1\n', 'ip: "1"\n'), 'b.md': GOOD.replace('ip: 1\n', '"ip": 1\n') });
    const result = await run(['validate', '.', '--format', 'json', '--today', TODAY], { cwd: dir });
    const report = JSON.parse(result.stdout);
    expect(report.files.map((f: any) => [f.path, f.diagnostics.map((d: any) => d.code)])).toEqual([
      ['a.md', ['unsupported-version']],
      ['b.md', []],
    ]);
  });

  it('empty front matter, or one key a plan has, is a warning in a folder, and fails under --strict', async () => {
    const dir = tempDir({ 'plan.md': GOOD, 'empty.md': '---\n---\n# Plan\n', 'one.md': '---\ntiltak: []\n---\n' });
    const result = await run(['validate', '.', '--format', 'json', '--today', TODAY], { cwd: dir });
    const report = JSON.parse(result.stdout);
    expect(report.files.map((f: any) => [f.path, f.diagnostics.map((d: any) => `${d.severity} ${d.code} ${d.line}`)])).toEqual([
      ['empty.md', ['warning empty-front-matter 1']],
      ['one.md', ['warning missing-ip-key 1']],
      ['plan.md', []],
    ]);
    expect(result.code).toBe(0);
    const strict = await run(['validate', '.', '--strict', '--today', TODAY], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('empty.md:1:1: warning: The front matter is empty. [empty-front-matter]');
    expect(strict.stdout).toContain('one.md:1:1: warning: The front matter looks like a plan but has no "ip" field');
  });

  it('folder walks skip .git, node_modules and dot-folders', async () => {
    const broken = '---\nip: 1\nstatus: [\n---\n';
    const dir = tempDir({ '.git/x.md': broken, 'node_modules/y/z.md': broken, '.hidden/w.md': broken, 'plans/p.md': GOOD });
    const result = await run(['validate', '--format', 'json', '--today', TODAY], { cwd: dir });
    expect(JSON.parse(result.stdout).files.map((f: any) => f.path)).toEqual(['plans/p.md']);
    expect(result.code).toBe(0);
  });

  it('globs select files; a glob that matches nothing is a usage error', async () => {
    const dir = tempDir({ 'plans/a.md': GOOD, 'plans/b.txt': 'x' });
    const ok = await run(['validate', 'plans/*.md', '--today', TODAY], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('Checked 1 plan');
    const none = await run(['validate', 'nowhere/*.md'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('ip: Nothing matches "nowhere/*.md".\nCheck the path, or put globs in quotes.\n');
  });

  it('--stdin reads one plan, named by --stdin-filename', async () => {
    const result = await run(['validate', '--stdin', '--stdin-filename', 'meeting/plan.md', '--today', TODAY], { stdin: GOOD.replace(/^ *omfang: 1 time per uke\n/m, '') });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^meeting\/plan\.md:\d+:\d+: error: The field "tiltak T1: omfang" is missing\./m);
  });

  it('the built binary survives every bad input with no stack trace', () => {
    const files: Record<string, Uint8Array> = {};
    CASES.forEach((c, i) => (files[`bad-${i}.md`] = c.content));
    const dir = tempDir(files);
    const result = runBin(['validate', '.', '--today', TODAY], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
    expect(result.stdout).toContain(`Checked ${CASES.length} plans`);
  });
});

describe('a folder without plans', () => {
  it('exits 2 and says where it looked; --allow-empty makes it exit 0', async () => {
    const cwd = tempDir({ 'notes.md': '# Notes\n', 'plans/.keep': '' });
    const result = await run(['validate', '.'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'ip: Found no plans in ".". The one Markdown file there is not a plan.\nA plan is a Markdown file with "ip: 1" at the top of its front matter. Check the path, or use --allow-empty if having no plans here is fine.\n',
    );
    const empty = await run(['validate', 'plans'], { cwd, env: { IP_LANG: 'nb' } });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^ip: Fant ingen planer i «plans»\. Der er ingen Markdown-filer\.\n/);
    const allowed = await run(['validate', '.', '--allow-empty'], { cwd });
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toBe('Skipped (not plans):\n  notes.md: no front matter\n\nChecked 0 plans (1 other file skipped): 0 errors, 0 warnings.\n');
    expect(allowed.stderr).toBe('');
  });
});
