import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, run, tempDir, TODAY, type RunResult } from './helpers.js';
import { bin } from './fixtures/hostile/harness.js';

/**
 * Privacy, checked by tests rather than by care: every command, in every
 * output format, over plans that carry known (fictional) names, a synthetic
 * fødselsnummer, a birth date and body text.
 *
 * The rules (DESIGN.md, Privacy):
 * - no diagnostic, summary, JSON or annotation carries a name, the
 *   fødselsnummer, the birth date or body text;
 * - `ip due` shows names only on a terminal (not in CI) or with --names,
 *   and never in a calendar;
 * - a fødselsnummer appears in no output of any command: not in the rendered
 *   page, not in a diff, not masked, however it is written in the plan;
 * - the plan's own content may appear where it is the point of the command:
 *   the rendered page (names, not the fødselsnummer) and what a diff says
 *   changed (not the fødselsnummer).
 */

const FNR = '03889410093'; // synthetic (month + 80), born 1994-08-03
const FNR_OTHER = '03889419759'; // synthetic, the same birth date
const FNR_INVALID = '03889410094';
/** What an unquoted fødselsnummer reads as (a number loses its leading zero); it is inside FNR too. */
const FNR_NUMBER = '3889410093';
const BIRTH = '1994-08-03';
const BIRTH_FORMS = [BIRTH, '03.08.1994', '3. august 1994', 'August 3, 1994', '1994-08-04'];
const NAMES = ['Tiril', 'Skogheim', 'Halvard', 'Brekke', 'Ingrid', 'Solvik', 'Vebjørn', 'Aasly', 'Signe', 'halvard.brekke@example.no'];
const BODY = 'Hemmelig kroppstekst om Tiril';

/** Never in any output of any command. */
const NEVER = [FNR, FNR_OTHER, FNR_INVALID, FNR_NUMBER, `${FNR.slice(0, 6)} ${FNR.slice(6)}`];
/** Never where no names may be shown (diagnostics, summaries, JSON, annotations, calendars). */
const PERSONAL = [...NEVER, ...NAMES, ...BIRTH_FORMS, BODY];

/** The example plan, with the people renamed to names the test knows and a synthetic fødselsnummer. */
function person(): string {
  const text = example('bolig-og-arbeid.md')
    .replace(/Jonas Fjellvang/g, 'Tiril Skogheim')
    .replace(/Mari Fjellvang/g, 'Signe Skogheim')
    .replace(/Jonas/g, 'Tiril')
    .replace(/\bjonas\b/g, 'tiril')
    .replace(/Ola Hansen/g, 'Halvard Brekke')
    .replace(/ola\.hansen/g, 'halvard.brekke')
    .replace(/\bOla\b/g, 'Halvard')
    .replace(/Siri Lunde/g, 'Ingrid Solvik')
    .replace(/siri\.lunde/g, 'ingrid.solvik')
    .replace(/\bSiri\b/g, 'Ingrid')
    .replace(/Per Aune/g, 'Vebjørn Aasly')
    .replace('"12839112376"', `"${FNR}"`)
    .replace('fødselsdato: 1991-03-12', `fødselsdato: ${BIRTH}`)
    .replace('## Om meg\n', `## Om meg\n\n${BODY}.\n`);
  // The renaming must have taken: the plan carries every secret the test looks for.
  for (const s of [FNR, BIRTH, BODY, 'Tiril Skogheim', 'Signe Skogheim', 'Halvard Brekke', 'Ingrid Solvik', 'Vebjørn Aasly', 'halvard.brekke@example.no']) expect(text).toContain(s);
  expect(text).not.toMatch(/Jonas|Fjellvang|Ola Hansen|Siri|Per Aune|12839112376/);
  return text;
}

/**
 * A caseload full of findings that concern personal data: each finding is a
 * chance to leak what it is about.
 */
function caseload(): Record<string, string> {
  const base = person();
  return {
    // Valid, active.
    'plans/IP-2026-0042.md': base,
    // The same person again (duplicate-person, naming files), a birth date that does not match the number, a parent consenting for an adult.
    'plans/IP-2026-0901.md': base
      .replace('IP-2026-0042', 'IP-2026-0901')
      .replace('status: aktiv', 'status: utkast')
      .replace(`fødselsdato: ${BIRTH}`, 'fødselsdato: 1994-08-04')
      .replace('rolle: pårørende', 'rolle: foresatt')
      .replace('gitt_av: tiril, form', 'gitt_av: mari, form'),
    // An unquoted, invalid number (wrong-type with the hint to quote it), a name where a list of names is not allowed.
    'plans/IP-2026-0902.md': base
      .replace('IP-2026-0042', 'IP-2026-0902')
      .replace(`"${FNR}"`, FNR_INVALID)
      .replace('navn: Halvard Brekke', 'navn: [Halvard Brekke]'),
    // The number under its ASCII spelling (unknown key, "did you mean"), another person's number.
    'plans/IP-2026-0903.md': base
      .replace('IP-2026-0042', 'IP-2026-0903')
      .replace(`fødselsnummer: "${FNR}"`, `fodselsnummer: "${FNR_OTHER}"`)
      .replace('Tiril Skogheim', 'Tiril Skogheim-Aasly'),
  };
}

function expectNone(output: string, secrets: readonly string[], where: string): void {
  for (const s of secrets) expect(output.includes(s), `${where} shows ${s}`).toBe(false);
}

const all = (r: RunResult) => r.stdout + r.stderr;

describe('ip validate: no personal value in any format, language or terminal', () => {
  it.each(['text', 'json', 'github'])('--format %s', async (format) => {
    const dir = tempDir(caseload());
    for (const lang of ['nb', 'en']) {
      for (const tty of [false, true]) {
        const r = await run(['validate', 'plans', '--format', format, '--today', TODAY], { cwd: dir, env: { IP_LANG: lang }, tty });
        expect(r.code).toBe(1);
        expectNone(all(r), PERSONAL, `validate ${format}/${lang}/tty=${tty}`);
        // The findings are there, named by file, field and rule.
        for (const code of ['duplicate-person', 'fodselsnummer-birth-date', 'consent-guardian-adult', 'wrong-type', 'unknown-key']) expect(r.stdout, code).toContain(code);
      }
    }
  });

  it('standard input, and the built binary in CI (GitHub annotations by default)', async () => {
    const piped = await run(['validate', '--stdin', '--stdin-filename', 'møte.md', '--format', 'json', '--today', TODAY], { stdin: caseload()['plans/IP-2026-0902.md']! });
    expect(piped.code).toBe(1);
    expectNone(all(piped), PERSONAL, 'validate --stdin');
    const dir = tempDir(caseload());
    const ci = bin(['validate', 'plans'], { cwd: dir, env: { GITHUB_ACTIONS: 'true', CI: 'true' } });
    expect(ci.code).toBe(1);
    expect(ci.stdout).toMatch(/^::error file=plans\/IP-2026-0042\.md,line=\d+,col=\d+,title=ip duplicate-person::/m);
    expectNone(all(ci), PERSONAL, 'validate in CI');
  });
});

describe('ip due: names only where the brief allows, never a fødselsnummer or a birth date', () => {
  type Mode = { name: string; tty: boolean; flags: string[]; env?: Record<string, string>; names: boolean };
  const MODES: Mode[] = [
    { name: 'piped', tty: false, flags: [], names: false },
    { name: 'piped, --names', tty: false, flags: ['--names'], names: true },
    { name: 'terminal', tty: true, flags: [], names: true },
    { name: 'terminal, --no-names', tty: true, flags: ['--no-names'], names: false },
    { name: 'terminal in CI', tty: true, flags: [], env: { CI: 'true' }, names: false },
    { name: 'terminal in CI, --names', tty: true, flags: ['--names'], env: { CI: 'true' }, names: true },
  ];
  const FORMATS = ['text', 'json', 'markdown', 'ics'];
  const cases = FORMATS.flatMap((format) => MODES.map((mode) => ({ format, ...mode })));

  it.each(cases)('--format $format, $name', async ({ format, tty, flags, env, names }) => {
    const dir = tempDir(caseload());
    for (const lang of ['nb', 'en']) {
      const r = await run(['due', 'plans', '--format', format, '--today', TODAY, '--within', '1y', ...flags], { cwd: dir, tty, env: { IP_LANG: lang, ...env } });
      expect(r.code).toBe(0);
      const where = `due ${format}/${lang}/${flags.join(' ') || 'default'}/tty=${tty}`;
      expectNone(all(r), [...NEVER, ...BIRTH_FORMS, BODY], where);
      // A calendar never carries names, whatever the flags; elsewhere names follow the rule.
      if (format === 'ics' || !names) expectNone(all(r), NAMES, where);
      else expect(r.stdout, `${where} should show the person's name`).toContain('Tiril Skogheim');
      expect(r.stdout).toContain('IP-2026-0042');
    }
  });

  it('the built binary, piped (never a terminal): plan ids, no names', () => {
    const dir = tempDir(caseload());
    for (const format of FORMATS) {
      const r = bin(['due', 'plans', '--format', format, '--within', '1y'], { cwd: dir });
      expect(r.code, format).toBe(0);
      expectNone(all(r), PERSONAL, `due ${format} (binary)`);
    }
  });
});

describe('ip diff: what changed, never a fødselsnummer', () => {
  /** Pairs of revisions whose change is, or is next to, the fødselsnummer. */
  function pairs(): Array<{ name: string; old: string; new: string }> {
    const base = person();
    const measure = (t: string) => t.replace('omfang: 1 time per uke', 'omfang: 2 timer per uke');
    return [
      { name: 'the number changed', old: base, new: measure(base.replace(FNR, FNR_OTHER)) },
      { name: 'the number added', old: base.replace(`  fødselsnummer: "${FNR}"\n`, ''), new: base },
      { name: 'the number removed', old: base, new: base.replace(`  fødselsnummer: "${FNR}"\n`, '') },
      { name: 'the number unquoted', old: base, new: base.replace(`"${FNR}"`, FNR) },
      { name: 'the number under its ASCII spelling', old: base.replace('fødselsnummer:', 'fodselsnummer:'), new: measure(base.replace('fødselsnummer:', 'fodselsnummer:').replace(FNR, FNR_OTHER)) },
      { name: 'the number added under its ASCII spelling', old: base.replace(`  fødselsnummer: "${FNR}"\n`, ''), new: base.replace('fødselsnummer:', 'fodselsnummer:') },
      { name: 'the number under another key', old: base, new: base.replace(`fødselsnummer: "${FNR}"`, `fnr: "${FNR_OTHER}"`) },
      { name: 'the whole person block replaced', old: base, new: base.replace(/^person:\n(?: {2}.*\n)+/m, `person: {navn: Tiril Skogheim, fødselsdato: ${BIRTH}, fødselsnummer: "${FNR_OTHER}"}\n`) },
      { name: 'the number in a list', old: base, new: base.replace('ressurser:\n', `ressurser:\n  - "${FNR_OTHER}"\n`) },
    ];
  }

  it.each(pairs().map((p) => p.name))('%s: in text, json and markdown, in both languages', async (name) => {
    const pair = pairs().find((p) => p.name === name)!;
    const dir = tempDir({ 'old.md': pair.old, 'new.md': pair.new });
    for (const format of ['text', 'json', 'markdown']) {
      for (const lang of ['nb', 'en']) {
        for (const tty of [false, true]) {
          const r = await run(['diff', 'old.md', 'new.md', '--format', format, '--today', TODAY], { cwd: dir, env: { IP_LANG: lang }, tty });
          expect(r.code, `${name} ${format}`).toBe(0);
          expect(r.stdout.length).toBeGreaterThan(0);
          expectNone(all(r), NEVER, `diff ${format}/${lang} (${name})`);
        }
      }
    }
  });

  it('a change beside the person says nothing about the person', async () => {
    const base = person();
    const dir = tempDir({ 'old.md': base, 'new.md': base.replace(FNR, FNR_OTHER).replace('omfang: 1 time per uke', 'omfang: 2 timer per uke') });
    for (const format of ['text', 'json', 'markdown']) {
      const r = await run(['diff', 'old.md', 'new.md', '--format', format, '--today', TODAY], { cwd: dir });
      expectNone(all(r), PERSONAL, `diff ${format}`);
      expect(r.stdout).toContain('omfang');
    }
  });

  it('a revision that cannot be read: the message names file, line and rule, no value', async () => {
    const base = person();
    const dir = tempDir({ 'old.md': base, 'new.md': base.replace(`fødselsnummer: "${FNR}"`, `fødselsnummer: "${FNR}"\n  fødselsnummer: "${FNR_OTHER}"`) });
    const r = await run(['diff', 'old.md', 'new.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[duplicate-key]');
    expectNone(all(r), PERSONAL, 'diff error');
  });

  it('through the built binary', () => {
    const base = person();
    const dir = tempDir({ 'old.md': base, 'new.md': base.replace(FNR, FNR_OTHER).replace('fødselsnummer:', 'fodselsnummer:') });
    for (const format of ['text', 'json', 'markdown']) {
      const r = bin(['diff', 'old.md', 'new.md', '--format', format], { cwd: dir });
      expect(r.code).toBe(0);
      expectNone(all(r), NEVER, `diff ${format} (binary)`);
    }
  });
});

describe('ip new: the summary names the file by id and says nothing of the person', () => {
  const FLAGS = [
    '--person', 'Tiril Skogheim',
    '--birth-date', BIRTH,
    '--fodselsnummer', FNR,
    '--participant', 'Halvard Brekke;tjenesteyter;NAV Sentrum;Koordinerer planarbeidet;halvard.brekke@example.no',
    '--participant', 'Signe Skogheim;pårørende;;Hjelper til',
    '--coordinator', 'Halvard Brekke',
    '--goal', `Jeg vil bo for meg selv. ${BODY}`,
    '--consent-form', 'skriftlig',
    '--today', TODAY,
  ];

  it.each(['text', 'json'])('--format %s, in both languages, on and off a terminal', async (format) => {
    for (const lang of ['nb', 'en']) {
      for (const tty of [false, true]) {
        const dir = tempDir();
        const r = await run(['new', ...FLAGS, '--format', format], { cwd: dir, env: { IP_LANG: lang }, tty });
        expect(r.code, r.stderr).toBe(0);
        expectNone(all(r), PERSONAL, `new ${format}/${lang}/tty=${tty}`);
        const files = readdirSync(dir);
        expect(files).toEqual([expect.stringMatching(/^IP-2026-[0-9A-Z]+\.md$/)]);
        // The plan itself holds what was given (that is its job); the output does not.
        expect(readFileSync(join(dir, files[0]!), 'utf8')).toContain(`fødselsnummer: "${FNR}"`);
        expect(r.stdout).toContain(files[0]!);
      }
    }
  });

  /** FLAGS with one flag's value replaced. */
  const withFlag = (flag: string, value: string) => FLAGS.map((a, i) => (FLAGS[i - 1] === flag ? value : a));

  it.each([
    ['an invalid number', withFlag('--fodselsnummer', FNR_INVALID)],
    ['a number that does not match the birth date', withFlag('--birth-date', '1994-08-04')],
    ['an unquoted number in the answers file', ['--answers', 'answers.yaml', '--consent-form', 'skriftlig', '--today', TODAY]],
  ])('refusing %s: exit 2, a message without the number, the date or the name', async (_case, args) => {
    const dir = tempDir({ 'answers.yaml': `person: Tiril Skogheim\nfodselsnummer: ${FNR_INVALID}\n` });
    for (const lang of ['nb', 'en']) {
      const r = await run(['new', ...args], { cwd: dir, env: { IP_LANG: lang } });
      expect(r.code).toBe(2);
      expect(r.stderr.length).toBeGreaterThan(0);
      expectNone(all(r), PERSONAL, `new refusing ${_case} (${lang})`);
    }
    expect(readdirSync(dir)).toEqual(['answers.yaml']);
  });

  it('the built binary: the same', () => {
    const dir = tempDir();
    const r = bin(['new', ...FLAGS], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expectNone(all(r), PERSONAL, 'new (binary)');
  });
});

describe('ip render: status lines name files; the page holds the plan, never the fødselsnummer', () => {
  function renderCaseload(): Record<string, string> {
    const plans = caseload();
    // A page is also made for a plan with errors: its notice must not carry a value either.
    plans['plans/IP-2026-0904.md'] = person().replace('IP-2026-0042', 'IP-2026-0904').replace(`"${FNR}"`, `"${FNR_INVALID}"`).replace('koordinator: ola', 'koordinator: Halvard Brekke');
    // The number under a short name (an unknown key): still never on the page.
    plans['plans/IP-2026-0905.md'] = person().replace('IP-2026-0042', 'IP-2026-0905').replace(`fødselsnummer: "${FNR}"`, `fnr: "${FNR_OTHER}"`);
    return plans;
  }

  it('to a folder: stderr names files only; no page carries a fødselsnummer in any spelling', async () => {
    for (const lang of ['nb', 'en']) {
      const dir = tempDir(renderCaseload());
      const r = await run(['render', 'plans', '-o', 'out/', '--today', TODAY], { cwd: dir, env: { IP_LANG: lang } });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expectNone(all(r), PERSONAL, `render status lines (${lang})`);
      const pages = readdirSync(join(dir, 'out')).sort();
      expect(pages).toEqual(['IP-2026-0042.html', 'IP-2026-0901.html', 'IP-2026-0902.html', 'IP-2026-0903.html', 'IP-2026-0904.html', 'IP-2026-0905.html']);
      for (const page of pages) {
        const html = readFileSync(join(dir, 'out', page), 'utf8');
        expectNone(html, NEVER, `render ${page} (${lang})`);
        // The page is the plan's content: it does show the person.
        expect(html, page).toContain('Tiril Skogheim');
      }
    }
  });

  it('to standard output: the page, without the number; the status on stderr, without names', async () => {
    const dir = tempDir(renderCaseload());
    for (const file of Object.keys(renderCaseload())) {
      const r = await run(['render', file, '-o', '-', '--today', TODAY], { cwd: dir });
      expect(r.stdout.startsWith('<!DOCTYPE html>'), file).toBe(true);
      expectNone(r.stdout, NEVER, `render -o - ${file}`);
      expectNone(r.stderr, PERSONAL, `render -o - ${file} (stderr)`);
    }
  });

  it('the built binary: the same', () => {
    const dir = tempDir(renderCaseload());
    const r = bin(['render', 'plans', '-o', 'out/'], { cwd: dir });
    expect(r.code).toBe(1);
    expectNone(all(r), PERSONAL, 'render (binary)');
    for (const page of readdirSync(join(dir, 'out'))) expectNone(readFileSync(join(dir, 'out', page), 'utf8'), NEVER, `render ${page} (binary)`);
  });
});
