import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAKE_LINE, expectClean, expectNoFakeLines } from './formatters/hostile.js';
import { example, ROOT, runBin, tempDir, type RunResult } from './helpers.js';

/**
 * Control bytes from a plan, a file name or an argument never reach the
 * terminal, through the built binary, in every command and format: the
 * ids of the plan, its goals, sub-goals, measures, evaluations and
 * participants, an unknown key, the file's name, the output folder's name
 * and an argument that matches nothing each carry ESC sequences (CSI that
 * clears the screen, OSC 52 that writes the clipboard, OSC titles), C1
 * controls, CR and LF followed by a fake line, bidi overrides and isolates,
 * the Unicode line separators and a lone surrogate. No output may carry one
 * of them (src/plan/text.ts, shownText), and no line of output may start
 * with what followed a line break inside a value.
 */

/** As YAML double-quoted escapes: what a plan can hold in an id or a key. */
const IN_YAML = `\\e[2J\\e[H\\e]52;c;b3duZWQ=\\a\\e]0;tittel\\e\\\\\\x9b31m\\x85\\u202e\\u2066\\u2069\\u200f\\ud800\\u2028\\r\\n${FAKE_LINE}`;
/** In a file name or an argument (no lone surrogate: the system would pass it on as U+FFFD). */
const IN_NAME = `\u001b[2J\u001b]52;c;b3duZWQ=\u0007\r\n${FAKE_LINE}\u009b\u202e\u2066`;

const q = (id: string) => `"${id}${IN_YAML}"`;

/** The evaluate fixture, with a measure, every id made hostile and an unknown key. */
function hostilePlan(): string {
  const plan = readFileSync(join(ROOT, 'test', 'fixtures', 'evaluate', 'small.md'), 'utf8')
    .replace('id: IP-2026-EVAL1', `id: ${q('IP-2026-EVAL1')}`)
    .replace('språk: nb', `språk: nb\n${q('ukjent')}: 1`)
    .replace('  - id: tiril\n', `  - id: ${q('tiril')}\n`)
    .replace('  - id: per\n', `  - id: ${q('per')}\n`)
    .replace('koordinator: per', `koordinator: ${q('per')}`)
    .replace('gitt_av: tiril', `gitt_av: ${q('tiril')}`)
    .replace('  - id: M1\n', `  - id: ${q('M1')}\n`)
    .replace('{id: M1a,', `{id: ${q('M1a')},`)
    .replace('  - id: E2\n', `  - id: ${q('E2')}\n`)
    .replace('gjelder: [M1]', `gjelder: [${q('M1')}]`)
    .replace(
      'planperiode:',
      `tiltak:\n  - id: ${q('T1')}\n    tekst: Arbeidstrening\n    mål: [${q('M1')}]\n    ansvarlig: ${q('per')}\n    omfang: 2 dager per uke\n    fra: 2026-09-01\n    til: 2026-12-01\nplanperiode:`,
    );
  // Every replacement took.
  expect(plan.split(IN_YAML).length - 1).toBe(13);
  return plan;
}

function git(cwd: string, args: string[]): void {
  const env = { PATH: process.env.PATH ?? '', HOME: cwd, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Kari', GIT_AUTHOR_EMAIL: 'k@example.no', GIT_COMMITTER_NAME: 'Kari', GIT_COMMITTER_EMAIL: 'k@example.no' };
  execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd, env });
}

/** Clean and with no fake line, on standard output and standard error alike; the exit code as asserted. */
function expectSafe(r: RunResult, code: number, what: string): void {
  expect(r.code, `${what}: ${r.stderr}`).toBe(code);
  for (const out of [r.stdout, r.stderr]) {
    expectClean(out, { cr: what.includes('ics') });
    expectNoFakeLines(out);
  }
  // The command did print something: a test that scans nothing proves nothing.
  expect((r.stdout + r.stderr).length, what).toBeGreaterThan(0);
}

const PLAN = `p${IN_NAME}.md`;

describe('no control bytes from a plan, a file name or an argument in any output (built binary)', () => {
  it.each(['nb', 'en'])('ip validate and ip due, every format, with a path argument that matches nothing (%s)', (lang) => {
    const dir = tempDir({ [PLAN]: hostilePlan() });
    for (const format of ['text', 'json', 'github']) {
      expectSafe(runBin(['validate', PLAN, '--format', format], { cwd: dir, env: { IP_LANG: lang } }), 1, `validate ${format}`);
      expectSafe(runBin(['validate', PLAN, `ingen${IN_NAME}*.md`, '--format', format], { cwd: dir, env: { IP_LANG: lang } }), 2, `validate unmatched ${format}`);
    }
    for (const format of ['text', 'json', 'markdown', 'ics']) {
      for (const names of [[], ['--names']]) expectSafe(runBin(['due', PLAN, '--format', format, ...names], { cwd: dir, env: { IP_LANG: lang } }), 0, `due ${format}`);
      expectSafe(runBin(['due', `ingen${IN_NAME}`, '--format', format], { cwd: dir, env: { IP_LANG: lang } }), 2, `due unmatched ${format}`);
    }
    // The due list is there, naming the measure and the evaluation.
    expect(runBin(['due', PLAN, '--format', 'text'], { cwd: dir }).stdout).toMatch(/T1\[2J\[H\]52;c;b3duZWQ=\]0;tittel\\31mFALSKLINJE {2}/);
  });

  it.each(['nb', 'en'])('ip diff and ip log, every format, with a renamed file and changes under every hostile id (%s)', (lang) => {
    const dir = tempDir({ [PLAN]: hostilePlan() });
    git(dir, ['init', '-q']);
    git(dir, ['add', '.']);
    git(dir, ['commit', '-qm', 'a']);
    const changed = hostilePlan()
      .replace('minst to dager', 'minst tre dager')
      .replace('Forteller hva som er viktig for meg.', 'Forteller hva jeg vil.')
      .replace('dato: 2026-11-15', 'dato: 2026-11-18')
      .replace('frist: 2026-12-15', 'frist: 2026-12-20')
      .replace('omfang: 2 dager per uke', 'omfang: 3 dager per uke')
      .replace(`${q('ukjent')}: 1`, `${q('ukjent')}: 2`);
    writeFileSync(join(dir, PLAN), changed);
    const NEW = `ny${IN_NAME}.md`;
    writeFileSync(join(dir, NEW), hostilePlan().replace('Tekst i planen, urørt.', 'Tekst i planen, endret.'));
    for (const format of ['text', 'json', 'markdown']) {
      expectSafe(runBin(['diff', PLAN, NEW, '--format', format], { cwd: dir, env: { IP_LANG: lang } }), 0, `diff files ${format}`);
      expectSafe(runBin(['diff', PLAN, '--format', format], { cwd: dir, env: { IP_LANG: lang } }), 0, `diff git ${format}`);
      expectSafe(runBin(['diff', PLAN, `ingen${IN_NAME}`, '--format', format], { cwd: dir, env: { IP_LANG: lang } }), 2, `diff missing ${format}`);
    }
    git(dir, ['commit', '-qam', 'b']);
    const MOVED = `flyttet${IN_NAME}.md`;
    git(dir, ['mv', PLAN, MOVED]);
    git(dir, ['commit', '-qm', 'c']);
    for (const format of ['text', 'json', 'markdown']) {
      const r = runBin(['log', MOVED, '--format', format], { cwd: dir, env: { IP_LANG: lang } });
      expectSafe(r, 0, `log ${format}`);
      if (format !== 'json') expect(r.stdout).toMatch(/E2\\?\[2J\\?\[H\\?\]52;c;b3duZWQ=/);
      expectSafe(runBin(['log', `ingen${IN_NAME}`, '--format', format], { cwd: dir, env: { IP_LANG: lang } }), 2, `log missing ${format}`);
    }
  });

  it.each(['nb', 'en'])('ip evaluate: messages, the summary, and --dry-run in text and Markdown (%s)', (lang) => {
    const dir = tempDir({ [PLAN]: hostilePlan(), 'svar.yaml': 'held: 20.11.2026\nnext: none\n', [`svar${IN_NAME}.yaml`]: `${q('ukjent')}: 1\n` });
    for (const format of ['text', 'markdown', 'json']) {
      const dry = runBin(['evaluate', PLAN, '--answers', 'svar.yaml', '--dry-run', '--format', format], { cwd: dir, env: { IP_LANG: lang } });
      expectSafe(dry, 0, `evaluate --dry-run ${format}`);
      // The warning the change would bring names the file, the goal and the evaluation.
      expect(dry.stderr).toContain('assessment-missing');
    }
    // An id that is not there, an answers file whose name and key are hostile, a plan that is not there.
    expectSafe(runBin(['evaluate', PLAN, `E9${IN_NAME}`, '--answers', 'svar.yaml'], { cwd: dir, env: { IP_LANG: lang } }), 2, 'evaluate unknown id');
    expectSafe(runBin(['evaluate', PLAN, '--answers', `svar${IN_NAME}.yaml`], { cwd: dir, env: { IP_LANG: lang } }), 2, 'evaluate hostile answers');
    expectSafe(runBin(['evaluate', `ingen${IN_NAME}.md`, '--answers', 'svar.yaml'], { cwd: dir, env: { IP_LANG: lang } }), 2, 'evaluate no plan');
    // Recorded: the summary names the evaluation and the file.
    const recorded = runBin(['evaluate', PLAN, '--answers', 'svar.yaml'], { cwd: dir });
    expectSafe(recorded, 0, 'evaluate recorded');
    expect(recorded.stdout).toMatch(/^Evaluation E2\[2J\[H\]52;c;b3duZWQ=\]0;tittel\\31mFALSKL… is recorded in p\?\[2J\?\]52;c;b3duZWQ=\?\?\?FALSKLINJE\?\?\?\.md: held 2026-11-20\.$/m);
  });

  it.each(['nb', 'en'])("ip render's status lines: one page, a folder of pages, a conflict, and an argument that matches nothing (%s)", (lang) => {
    const dir = tempDir({ [PLAN]: hostilePlan(), [`b${IN_NAME}.md`]: hostilePlan().replace('IP-2026-EVAL1', 'IP-2026-EVAL2') });
    const OUT = `ut${IN_NAME}/`;
    expectSafe(runBin(['render', PLAN, '-o', `${OUT}en.html`, '--force'], { cwd: dir, env: { IP_LANG: lang } }), 1, 'render one');
    expectSafe(runBin(['render', '.', '-o', OUT, '--force'], { cwd: dir, env: { IP_LANG: lang } }), 1, 'render folder');
    expectSafe(runBin(['render', '.', '-o', OUT, '--force', '--verbose'], { cwd: dir, env: { IP_LANG: lang } }), 1, 'render folder --verbose');
    expectSafe(runBin(['render', PLAN, '-o', PLAN], { cwd: dir, env: { IP_LANG: lang } }), 2, 'render onto the plan');
    expectSafe(runBin(['render', `ingen${IN_NAME}`, '-o', OUT], { cwd: dir, env: { IP_LANG: lang } }), 2, 'render unmatched');
  });

  it.each(['nb', 'en'])('ip new: the file named with -o, the answers file, its keys (%s)', (lang) => {
    const dir = tempDir({ [`svar${IN_NAME}.yaml`]: `${q('ukjent')}: 1\n` });
    const made = runBin(['new', '-o', `ny${lang}${IN_NAME}.md`, '--yes', '--person', 'Kari Nordmann', '--consent-form', 'skriftlig'], { cwd: dir, env: { IP_LANG: lang } });
    expectSafe(made, 0, 'new');
    expect(made.stdout).toContain('ip validate ');
    expectSafe(runBin(['new', '-o', `ny${lang}${IN_NAME}.md`, '--yes', '--person', 'Kari Nordmann', '--consent-form', 'skriftlig'], { cwd: dir, env: { IP_LANG: lang } }), 2, 'new exists');
    expectSafe(runBin(['new', '-o', `ingen${IN_NAME}/`, '--yes'], { cwd: dir, env: { IP_LANG: lang } }), 2, 'new no folder');
    expectSafe(runBin(['new', '--answers', `svar${IN_NAME}.yaml`, '--yes'], { cwd: dir, env: { IP_LANG: lang } }), 2, 'new hostile answers');
    expectSafe(runBin(['new', '--answers', `ingen${IN_NAME}.yaml`, '--yes'], { cwd: dir, env: { IP_LANG: lang } }), 2, 'new no answers');
    // The plan was written where -o said, under its name as given.
    expect(() => renameSync(join(dir, `ny${lang}${IN_NAME}.md`), join(dir, 'x.md'))).not.toThrow();
  });

  it.each(['nb', 'en'])('the argument errors the command line parser writes: an unknown flag or command, a value not among the choices (%s)', (lang) => {
    const dir = tempDir({ 'plan.md': example('bolig-og-arbeid.md') });
    const cases: [string[], string][] = [
      [['validate', `--bo${IN_NAME}gus`, 'plan.md'], 'unknown flag'],
      [[`bo${IN_NAME}gus`], 'unknown command'],
      [['validate', '--format', `js${IN_NAME}on`, 'plan.md'], 'bad --format'],
      [['due', '--format', `i${IN_NAME}cs`, 'plan.md'], 'bad due --format'],
      [['validate', '--lang', `e${IN_NAME}n`, 'plan.md'], 'bad --lang'],
    ];
    for (const [args, what] of cases) {
      const r = runBin(args, { cwd: dir, env: { IP_LANG: lang } });
      expectSafe(r, 2, what);
      // A --lang that is no language leaves the message language to IP_LANG's fallback, bokmål.
      expect(r.stderr, what).toMatch(lang === 'nb' || what === 'bad --lang' ? /^feil: / : /^error: /);
    }
    // An argument typed in the wrong place may be a fødselsnummer: no run of six digits is echoed.
    for (const args of [['validate', '--format', '17850250006', 'plan.md'], ['17850250006'], ['validate', '--17850250006']]) {
      const r = runBin(args, { cwd: dir, env: { IP_LANG: lang } });
      expect(r.code).toBe(2);
      expect(r.stderr).not.toMatch(/\d{6}/);
      expect(r.stderr).toContain(lang === 'nb' ? '(tall)' : '(number)');
    }
  });
});
