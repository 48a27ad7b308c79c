import { chmodSync, chownSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import type { Context } from '../src/context.js';
import { realReplaceFs, type ReplaceFs } from '../src/fs/write.js';
import { CANCEL, ENTER, scriptedPrompter, type ScriptedAnswer, type ScriptedPrompter } from './fixtures/new/scripted.js';
import { asUnprivileged, bin, IS_ROOT, listing, sharedTempDir } from './fixtures/hostile/harness.js';
import { ROOT, run, runBin, tempDir, TODAY } from './helpers.js';

/**
 * ip evaluate as a user runs it: through the built binary with an answers
 * file or flags (the file asserted exactly), in-process with scripted
 * questions, and every refusal with its exit code and message.
 */

const SMALL = readFileSync(join(ROOT, 'test', 'fixtures', 'evaluate', 'small.md'), 'utf8');

const ANSWERS = `held: 20.11.2026
tookPart: [tiril, per]
status: {M1: delvis, M1a: nådd}
note: {M1: "Har fått praksisplass: to dager i uka."}
decisions: ["Per søker om arbeidstrening.", "Neste møte hos NAV."]
`;

const RECORDED = SMALL.replace(
  '    gjelder: [M1]\n',
  `    gjelder: [M1]
    utført: 2026-11-20
    deltok: [tiril, per]
    vurderinger:
      - {gjelder: M1, status: delvis, merknad: "Har fått praksisplass: to dager i uka."}
      - {gjelder: M1a, status: nådd}
    beslutninger:
      - Per søker om arbeidstrening.
      - Neste møte hos NAV.
  - id: E4
    dato: 2027-01-20
    type: evaluering
`,
);

interface Result {
  code: number;
  stdout: string;
  stderr: string;
  prompter: ScriptedPrompter;
}

/** ip evaluate in-process on a terminal, answered by a script. */
async function ask(dir: string, args: string[], script: Record<string, ScriptedAnswer | ScriptedAnswer[]>, during?: () => void): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const scripted = scriptedPrompter(script);
  // `during` runs as the last question is answered: someone saving the file meanwhile.
  const prompter: ScriptedPrompter = during
    ? {
        ...scripted,
        confirm: async (q) => {
          during();
          return scripted.confirm(q);
        },
      }
    : scripted;
  const ctx: Context = {
    cwd: dir,
    env: { IP_LANG: 'en', NO_COLOR: '1', IP_TODAY: TODAY },
    stdout: { write: (s: string) => (stdout += s), isTTY: true },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Object.assign((async function* () {})(), { isTTY: true }),
    prompt: prompter,
  };
  const code = await main(['node', 'ipplan', 'evaluate', ...args], ctx);
  return { code, stdout, stderr, prompter: scripted };
}

const SCRIPT: Record<string, ScriptedAnswer | ScriptedAnswer[]> = {
  held: '20.11.2026',
  tookPart: [['tiril', 'per']],
  'status.M1': 'delvis',
  'note.M1': 'Har fått praksisplass: to dager i uka.',
  decision: ['Per søker om arbeidstrening.', 'Neste møte hos NAV.', ''],
  next: ENTER,
  confirm: true,
};

describe('ip evaluate through the binary', () => {
  it('records the evaluation from an answers file, exactly, and keeps the file mode', () => {
    const dir = tempDir({ 'p.md': SMALL, 'a.yaml': ANSWERS });
    chmodSync(join(dir, 'p.md'), 0o640);
    const result = runBin(['evaluate', 'p.md', '--answers', 'a.yaml'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'Evaluation E2 is recorded in p.md: held 2026-11-20.\n2 of 2 goals assessed, 2 participants, 2 decisions.\nNext evaluation: E4, 2027-01-20.\nCheck the plan: ip validate p.md\n',
    );
    expect(readFileSync(join(dir, 'p.md'), 'utf8')).toBe(RECORDED);
    expect(statSync(join(dir, 'p.md')).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'p.md']);
    // The plan still passes, with no new finding.
    expect(runBin(['validate', 'p.md', '--format', 'json'], { cwd: dir }).code).toBe(0);
  });

  it('what was recorded shows in ip diff against the plan before, and on the page the person reads', () => {
    const dir = tempDir({ 'before.md': SMALL, 'p.md': SMALL, 'a.yaml': ANSWERS });
    expect(runBin(['evaluate', 'p.md', '--answers', 'a.yaml'], { cwd: dir }).code).toBe(0);
    const diff = runBin(['diff', 'before.md', 'p.md', '--lang', 'en'], { cwd: dir });
    expect(diff.code, diff.stderr).toBe(0);
    expect(diff.stdout).toContain('      + M1 assessed as partly reached, with the note "Har fått praksisplass: to dager i uka."\n');
    expect(diff.stdout).toContain('      + M1a assessed as reached\n');
    expect(diff.stdout).toContain('  + evaluation E4 (2027-01-20, evaluering)\n');
    const page = runBin(['render', 'p.md', '-o', '-'], { cwd: dir });
    expect(page.code, page.stderr).toBe(0);
    const text = page.stdout.replace(/<[^>]+>/g, '');
    // The goal's course, in the plan's language, and the log of evaluations held, with who took part and what was decided.
    expect(text).toContain('Slik har det gått');
    expect(text).toContain('Har fått praksisplass: to dager i uka.');
    expect(text).toContain('Møtene vi har hatt');
    expect(text).toContain('Tiril Skogheim');
    expect(text).toContain('Per søker om arbeidstrening.');
    expect(text).toContain('Neste møte hos NAV.');
    // Before the evaluation, none of it.
    const empty = runBin(['render', 'before.md', '-o', '-'], { cwd: dir }).stdout.replace(/<[^>]+>/g, '');
    expect(empty).not.toContain('Har fått praksisplass');
    expect(empty).not.toContain('Per søker om arbeidstrening.');
  });

  it('records from flags with --yes, the same file; answers from standard input too', () => {
    const dir = tempDir({ 'p.md': SMALL });
    const flags = ['--held', '2026-11-20', '--took-part', 'tiril,per', '--status', 'M1=delvis', '--status', 'M1a=nådd', '--note', 'M1=Har fått praksisplass: to dager i uka.'];
    const result = runBin(['evaluate', 'p.md', 'E2', ...flags, '--decision', 'Per søker om arbeidstrening.', '--decision', 'Neste møte hos NAV.', '--yes'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(dir, 'p.md'), 'utf8')).toBe(RECORDED);

    const piped = tempDir({ 'p.md': SMALL });
    expect(runBin(['evaluate', 'p.md', '--answers', '-'], { cwd: piped, input: ANSWERS }).code).toBe(0);
    expect(readFileSync(join(piped, 'p.md'), 'utf8')).toBe(RECORDED);
  });

  it('--next none adds no point; --format json says what was done', () => {
    const dir = tempDir({ 'p.md': SMALL, 'a.yaml': `${ANSWERS}next: none\n` });
    const result = runBin(['evaluate', 'p.md', '--answers', 'a.yaml', '--format', 'json'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout);
    expect({ ...json, changes: json.changes.length }).toEqual({
      version: 1,
      path: 'p.md',
      plan: 'IP-2026-EVAL1',
      evaluation: 'E2',
      number: 2,
      held: '2026-11-20',
      took_part: 2,
      assessed: 2,
      goals: 2,
      decisions: 2,
      next: null,
      written: true,
      rewritten: false,
      changes: 7,
      new_warnings: [],
    });
    expect(readFileSync(join(dir, 'p.md'), 'utf8')).toBe(RECORDED.replace('  - id: E4\n    dato: 2027-01-20\n    type: evaluering\n', ''));
  });

  it('names the warnings the edit adds (a next evaluation outside the plan period), and still exits 0', () => {
    const dir = tempDir({ 'p.md': SMALL });
    const args = ['evaluate', 'p.md', '--held', '2026-11-20', '--status', 'M1=nådd', '--next', '2027-09-15', '--yes'];
    const warning = 'p.md:45:11: The evaluation date in "evaluering E4: dato" lies outside the plan period.';
    const dry = runBin([...args, '--dry-run'], { cwd: dir });
    expect(dry.code).toBe(0);
    expect(dry.stderr).toMatch(new RegExp(`^ip: This would give the plan warnings it does not have now \\(they do not stop the recording\\):\n  ${warning.replace(/[.()]/g, '\\$&')} .*\\[evaluation-outside-period\\]\n$`));
    const result = runBin(args, { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Next evaluation: E4, 2027-09-15.\n');
    expect(result.stderr.split('\n').slice(0, 2)).toEqual(['ip: The evaluation is recorded, but "p.md" now has warnings it did not have:', expect.stringMatching(/^ {2}p\.md:45:11: The evaluation date .* \[evaluation-outside-period\]$/)]);
    expect(result.stderr.split('\n')).toHaveLength(3);
    const again = tempDir({ 'p.md': SMALL });
    const json = JSON.parse(runBin([...args, '--format', 'json'], { cwd: again }).stdout);
    expect(json.new_warnings).toEqual([{ code: 'evaluation-outside-period', message: expect.stringMatching(/^The evaluation date in "evaluering E4: dato" lies outside the plan period\./), line: 45, column: 11 }]);
  });

  it('--dry-run prints the change as ip diff does and writes nothing', () => {
    const dir = tempDir({ 'p.md': SMALL, 'a.yaml': ANSWERS });
    const result = runBin(['evaluate', 'p.md', '--answers', 'a.yaml', '--dry-run'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(
      [
        'p.md: working copy → after the evaluation',
        '',
        'Evaluations',
        '  ~ evaluation E2 (2026-11-15, evaluering)',
        '      + utført: 2026-11-20',
        '      + deltok: Tiril Skogheim (tiril)',
        '      + deltok: Per Dahl (per)',
        '      + M1 assessed as partly reached, with the note "Har fått praksisplass: to dager i uka."',
        '      + M1a assessed as reached',
        '      + beslutninger: Per søker om arbeidstrening.',
        '      + beslutninger: Neste møte hos NAV.',
        '  + evaluation E4 (2027-01-20, evaluering)',
        '',
        '8 changes.',
        '',
      ].join('\n'),
    );
    expect(readFileSync(join(dir, 'p.md'), 'utf8')).toBe(SMALL);
    const json = JSON.parse(runBin(['evaluate', 'p.md', '--answers', 'a.yaml', '--dry-run', '--format', 'json'], { cwd: dir }).stdout);
    expect(json.changes[0]).toEqual({ op: 'added', path: ['evalueringer', 'E2', 'utført'], after: '2026-11-20' });
    expect(runBin(['evaluate', 'p.md', '--answers', 'a.yaml', '--dry-run', '--format', 'markdown'], { cwd: dir }).stdout).toMatch(/^## Endringslogg/m);
    expect(readFileSync(join(dir, 'p.md'), 'utf8')).toBe(SMALL);
  });

  it('--dry-run without a terminal needs no --yes: it shows the change from the flags given', () => {
    const dir = tempDir({ 'p.md': SMALL });
    const result = runBin(['evaluate', 'p.md', '--held', '2026-11-20', '--status', 'M1=nådd', '--next', 'none', '--dry-run'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      ['p.md: working copy → after the evaluation', '', 'Evaluations', '  ~ evaluation E2 (2026-11-15, evaluering)', '      + utført: 2026-11-20', '      + M1 assessed as reached', '', '2 changes.', ''].join('\n'),
    );
    expect(readFileSync(join(dir, 'p.md'), 'utf8')).toBe(SMALL);
  });

  it('without a terminal, and without --yes or --answers, exits 2 at once and says how', () => {
    const dir = tempDir({ 'p.md': SMALL });
    const result = runBin(['evaluate', 'p.md', '--status', 'M1=nådd'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'ip: No terminal to ask in (standard input or standard output is not a terminal), and neither --answers nor --yes was given.\nGive the answers as flags with --yes (ip evaluate plan.md --status M1=nådd --took-part kari,ola --yes), or in a file with --answers FILE.\n',
    );
    expect(readFileSync(join(dir, 'p.md'), 'utf8')).toBe(SMALL);
  });
});

describe('ip evaluate refuses, saying why', () => {
  const cases: Array<[string, string[], Record<string, string>, string]> = [
    ['an unknown id', ['p.md', 'E9', '--yes'], { 'p.md': SMALL }, 'ip: "p.md" has no evaluation with the id "E9".\nThe evaluations not yet held: E2, E3.\n'],
    ['a point already held', ['p.md', 'E1', '--yes'], { 'p.md': SMALL }, 'ip: Evaluation E1 is already recorded as held (has utført).\nTo change it, edit the file. Without an ID, ip evaluate takes the first one not yet held.\n'],
    [
      'no open point',
      ['p.md', '--yes'],
      { 'p.md': SMALL.replace(/ {4}gjelder: \[M1\]\n/, '    gjelder: [M1]\n    utført: 2026-11-16\n').replace('    type: revisjon\n', '    type: revisjon\n    utført: 2026-11-17\n') },
      'ip: Every evaluation in "p.md" is already held (has utført).\nAdd a new point under evalueringer (id, dato, type: evaluering), or record an evaluation that was held without being planned that way.\n',
    ],
    ['a goal the plan does not have', ['p.md', '--status', 'M9=nådd', '--yes'], { 'p.md': SMALL }, 'ip: --status: the plan has no goal or sub-goal with the id "M9".\nUse the id of one of the goals or sub-goals, such as M1 or M1a. The plan has: M1, M1a, M2.\n'],
    ['a goal id in the wrong case', ['p.md', '--status', 'm1=nådd', '--yes'], { 'p.md': SMALL }, 'ip: --status: the plan has no goal or sub-goal with the id "m1". Did you mean M1?\nUse the id of one of the goals or sub-goals, such as M1 or M1a. The plan has: M1, M1a, M2.\n'],
    ['a goal id with a space', ['p.md', '--note', 'M 1a=Bra.', '--yes'], { 'p.md': SMALL }, 'ip: --note: the plan has no goal or sub-goal with the id "M 1a". Did you mean M1a?\nUse the id of one of the goals or sub-goals, such as M1 or M1a. The plan has: M1, M1a, M2.\n'],
    // Not on a terminal (a log, say): the participants' ids, often first names, are not listed, nor is another one taken as the example.
    ['a participant the plan does not have', ['p.md', '--took-part', 'tiril,ola', '--yes'], { 'p.md': SMALL }, 'ip: --took-part: the plan has no participant with the id "ola".\nUse the participants\' ids, comma-separated: see the id: lines under deltakere in the plan.\n'],
    ['a bad status', ['p.md', '--status', 'M1=kanskje', '--yes'], { 'p.md': SMALL }, 'ip: --status for M1 has a status that is not allowed.\nUse one of: nådd, delvis, ikke_nådd, endret, skip.\n'],
    ['two statuses for one goal', ['p.md', '--status', 'M1=nådd', '--status', 'M1=delvis', '--yes'], { 'p.md': SMALL }, 'ip: --status gives M1 two different statuses.\nGive each goal one status.\n'],
    ['a note without a status', ['p.md', '--note', 'M1=Bra.', '--yes'], { 'p.md': SMALL }, 'ip: --note gives a note on M1, but no status.\nGive --status M1=nådd|delvis|ikke_nådd|endret too.\n'],
    ['a held date after today', ['p.md', '--held', '2026-12-01', '--yes'], { 'p.md': SMALL }, 'ip: --held is after today.\nAn evaluation is recorded once it has been held. Give the date it was held.\n'],
    ['a bad date', ['p.md', '--held', '2026/11/20', '--yes'], { 'p.md': SMALL }, 'ip: --held is not a valid date.\nWrite the date as YYYY-MM-DD or DD.MM.YYYY, for example 2027-01-14 or 14.01.2027.\n'],
    ['a day not in the calendar', ['p.md', '--held', '31.02.2026', '--yes'], { 'p.md': SMALL }, 'ip: --held is a day that does not exist in the calendar: February 2026 has 28 days.\nCheck the day and the month, and write the date as YYYY-MM-DD or DD.MM.YYYY.\n'],
    ['a month not in the calendar', ['p.md', '--next', '2027-13-01', '--yes'], { 'p.md': SMALL }, 'ip: --next has a month that does not exist (the months are 1 to 12).\nCheck the month, and write the date as YYYY-MM-DD or DD.MM.YYYY.\n'],
    ['a next date not after the held one', ['p.md', '--held', '2026-11-20', '--next', '1.11.2026', '--yes'], { 'p.md': SMALL }, 'ip: --next is not after the date the evaluation was held.\nChoose a later date, or --next none for no new evaluation.\n'],
    ['a missing file', ['missing.md', '--yes'], {}, 'ip: File not found: "missing.md".\nCheck the path and spelling: ip evaluate PLAN.md [ID].\n'],
    ['an unknown key in the answers file', ['p.md', '--answers', 'a.yaml'], { 'p.md': SMALL, 'a.yaml': 'decison: x\n' }, 'ip: The answers file a.yaml has an unknown field "decison". Did you mean "decision"?\nThe fields are named like the flags: held, tookPart, status, note, decision (or decisions), next.\n'],
  ];

  it.each(cases)('%s: exit 2, the file untouched', async (_name, args, files, stderr) => {
    const dir = tempDir(files);
    const result = await run(['evaluate', ...args], { cwd: dir });
    expect(result.stderr).toBe(stderr);
    expect(result.code).toBe(2);
    if (files['p.md']) expect(readFileSync(join(dir, 'p.md'), 'utf8')).toBe(files['p.md']);
  });

  it('a file that is not a plan: exit 2, with the located reason', async () => {
    const dir = tempDir({ 'p.md': '---\nip: 1\nstatus: [aktiv\n---\n' });
    const result = await run(['evaluate', 'p.md', '--yes'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^ip: "p\.md" cannot be read as a plan:\n {2}p\.md:3:9: .*\[yaml-syntax\]\n/);
  });

  it('on a terminal, an unknown participant is answered with the plan\'s participant ids', async () => {
    const dir = tempDir({ 'p.md': SMALL });
    const result = await run(['evaluate', 'p.md', '--took-part', 'jonas,tiril', '--yes'], { cwd: dir, tty: true });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('ip: --took-part: the plan has no participant with the id "jonas".\nUse the participants\' ids, comma-separated: the plan has tiril, per.\n');
    const nb = await run(['evaluate', 'p.md', '--took-part', 'jonas', '--yes', '--lang', 'nb'], { cwd: dir, tty: true });
    expect(nb.stderr).toBe('ip: --took-part: planen har ingen deltaker med id-en «jonas».\nBruk id-ene til deltakerne, skilt med komma: planen har tiril, per.\n');
  });

  it('messages in bokmål', async () => {
    const dir = tempDir({ 'p.md': SMALL });
    const result = await run(['evaluate', 'p.md', 'E9', '--yes', '--lang', 'nb'], { cwd: dir });
    expect(result.stderr).toBe('ip: «p.md» har ingen evaluering med id-en «E9».\nEvalueringene som ikke er holdt: E2, E3.\n');
    const day = await run(['evaluate', 'p.md', '--held', '2026-02-31', '--yes', '--lang', 'nb'], { cwd: dir });
    expect(day.stderr).toBe('ip: --held er en dag som ikke finnes i kalenderen: februar 2026 har 28 dager.\nSjekk dagen og måneden, og skriv datoen som ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ.\n');
  });
});

describe('ip evaluate asking the questions', () => {
  it('asks what was not given, shows the change, and writes it', async () => {
    const dir = tempDir({ 'p.md': SMALL });
    const result = await ask(dir, ['p.md', '--status', 'M1a=nådd'], SCRIPT);
    expect(result.code, result.stderr).toBe(0);
    expect(result.prompter.asked.map((q) => q.id)).toEqual(['held', 'tookPart', 'status.M1', 'note.M1', 'decision', 'decision', 'decision', 'next', 'confirm']);
    expect(result.prompter.asked.find((q) => q.id === 'status.M1')?.message).toBe('M1: Jeg vil ha en jobb: minst to dager i uka.');
    expect(result.prompter.asked.find((q) => q.id === 'next')?.answer).toBe('2027-01-20');
    expect(result.stdout).toContain('~ evaluation E2 (2026-11-15, evaluering)');
    expect(readFileSync(join(dir, 'p.md'), 'utf8')).toBe(RECORDED);
  });

  it('a date typed short is shown, summed up and written as YYYY-MM-DD', async () => {
    const dir = tempDir({ 'p.md': SMALL });
    const shown: Record<string, string> = {};
    const scripted = scriptedPrompter({ ...SCRIPT, held: '2026-11-2', next: '2027-1-9' });
    const prompter: ScriptedPrompter = {
      ...scripted,
      input: async (q) => {
        const answer = await scripted.input(q);
        if (q.shownAs) shown[q.id] = q.shownAs(answer);
        return answer;
      },
    };
    let stdout = '';
    const ctx: Context = {
      cwd: dir,
      env: { IP_LANG: 'en', NO_COLOR: '1', IP_TODAY: TODAY },
      stdout: { write: (x: string) => (stdout += x), isTTY: true },
      stderr: { write: () => true },
      stdin: Object.assign((async function* () {})(), { isTTY: true }),
      prompt: prompter,
    };
    expect(await main(['node', 'ipplan', 'evaluate', 'p.md', '--status', 'M1a=nådd'], ctx)).toBe(0);
    expect(shown).toEqual({ held: '2026-11-02', next: '2027-01-09' });
    expect(stdout).toContain('Evaluation E2 is recorded in p.md: held 2026-11-02.\n');
    expect(stdout).toContain('Next evaluation: E4, 2027-01-09.\n');
    expect(readFileSync(join(dir, 'p.md'), 'utf8')).toContain('    utført: 2026-11-02\n');
  });

  it('Enter through the goals assesses none: "not assessed" comes first and is the default', async () => {
    const plan = SMALL.replace('    gjelder: [M1]\n', '');
    const dir = tempDir({ 'p.md': plan });
    const choices: Record<string, string[]> = {};
    const scripted = scriptedPrompter({ ...SCRIPT, 'status.M1': ENTER, 'status.M1a': ENTER, 'status.M2': ENTER, next: 'none' });
    const prompter: ScriptedPrompter = {
      ...scripted,
      select: async (q) => {
        choices[q.id] = q.choices.map((c) => c.value);
        return scripted.select(q);
      },
    };
    const ctx: Context = {
      cwd: dir,
      env: { IP_LANG: 'en', NO_COLOR: '1', IP_TODAY: TODAY },
      stdout: { write: () => true, isTTY: true },
      stderr: { write: () => true },
      stdin: Object.assign((async function* () {})(), { isTTY: true }),
      prompt: prompter,
    };
    expect(await main(['node', 'ipplan', 'evaluate', 'p.md'], ctx)).toBe(0);
    expect(choices['status.M1']).toEqual(['skip', 'nådd', 'delvis', 'ikke_nådd', 'endret']);
    expect(scripted.asked.filter((q) => q.kind === 'select').map((q) => q.answer)).toEqual(['skip', 'skip', 'skip']);
    expect(readFileSync(join(dir, 'p.md'), 'utf8')).not.toContain('vurderinger');
  });

  it('a day not in the calendar is asked again, saying so', async () => {
    const dir = tempDir({ 'p.md': SMALL });
    const result = await ask(dir, ['p.md', '--status', 'M1a=nådd'], { ...SCRIPT, held: ['29.02.2026', '20.11.2026'] });
    expect(result.code, result.stderr).toBe(0);
    expect(result.prompter.asked.find((q) => q.id === 'held')?.rejected).toEqual(['That day does not exist in the calendar. Check the day and the month.']);
    expect(readFileSync(join(dir, 'p.md'), 'utf8')).toBe(RECORDED);
  });

  it('Ctrl-C at a question exits 130 with the file untouched', async () => {
    const dir = tempDir({ 'p.md': SMALL });
    const result = await ask(dir, ['p.md'], { ...SCRIPT, 'status.M1': CANCEL });
    expect(result.code).toBe(130);
    expect(result.stderr).toBe('Cancelled. The plan was not changed.\n');
    expect(readFileSync(join(dir, 'p.md'), 'utf8')).toBe(SMALL);
    expect(readdirSync(dir)).toEqual(['p.md']);
  });

  it('answering no at the end exits 130 with the file untouched', async () => {
    const dir = tempDir({ 'p.md': SMALL });
    const result = await ask(dir, ['p.md', '--status', 'M1a=nådd'], { ...SCRIPT, confirm: false });
    expect(result.code).toBe(130);
    expect(readFileSync(join(dir, 'p.md'), 'utf8')).toBe(SMALL);
  });

  it('refuses when the file changed while the questions were answered: exit 1, the other change kept', async () => {
    const dir = tempDir({ 'p.md': SMALL });
    const theirs = SMALL.replace('Tekst i planen, urørt.', 'Tekst som noen andre skrev.');
    const result = await ask(dir, ['p.md', '--status', 'M1a=nådd'], SCRIPT, () => writeFileSync(join(dir, 'p.md'), theirs));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('ip: "p.md" was changed by someone else while ip evaluate worked, so it was not overwritten.\nOpen the file to see what changed, and run ip evaluate again.\n');
    expect(readFileSync(join(dir, 'p.md'), 'utf8')).toBe(theirs);
    expect(readdirSync(dir)).toEqual(['p.md']);
  });

  it.each([
    ['moved', (dir: string) => renameSync(join(dir, 'plans', 'p.md'), join(dir, 'plans', 'moved.md')), ['plans', 'plans/moved.md']],
    ['deleted', (dir: string) => unlinkSync(join(dir, 'plans', 'p.md')), ['plans']],
    ['moved with its folder', (dir: string) => renameSync(join(dir, 'plans'), join(dir, 'old')), ['old', 'old/p.md']],
  ])('refuses when the plan was %s while the questions were answered: exit 1, saying it is no longer there', async (_case, meanwhile, left) => {
    const dir = tempDir({ 'plans/p.md': SMALL });
    const result = await ask(join(dir, 'plans'), ['p.md', '--status', 'M1a=nådd'], SCRIPT, () => meanwhile(dir));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('ip: The plan is no longer at "p.md": it was moved or deleted while ip evaluate worked, so nothing was written.\nFind where the plan is now, and run ip evaluate again on it.\n');
    expect(listing(dir)).toEqual(left);
  });

  it('refuses an edit that adds an error the plan did not have: exit 1, nothing written', async () => {
    // A goal whose id is not an id: assessing it writes a vurdering the schema rejects.
    const plan = SMALL.replace('  - id: M2\n', '  - id: "M 2"\n').replace('    gjelder: [M1]\n', '');
    const dir = tempDir({ 'p.md': plan });
    const result = await ask(dir, ['p.md', '--status', 'M1=nådd', '--status', 'M1a=nådd'], { held: ENTER, tookPart: [[]], 'note.M1': '', 'note.M1a': '', 'status.M 2': 'endret', 'note.M 2': '', decision: '', next: 'none' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^ip: "p\.md" was not changed, because the evaluation would give the plan errors it does not have now:\n {2}p\.md:\d+:\d+: .*\[[a-z-]+\]\n/);
    expect(readFileSync(join(dir, 'p.md'), 'utf8')).toBe(plan);
  });
});

describe('ip evaluate keeps what the point already has', () => {
  // E3 pre-filled before the meeting: who is coming, an assessment, a decision, each with a comment.
  const PREFILLED = SMALL.replace(
    '    type: revisjon\n',
    [
      '    type: revisjon',
      '    deltok: [tiril]  # meldt på',
      '    vurderinger:',
      '      - {gjelder: M2, status: nådd}  # fra forrige møte',
      '      - {gjelder: M1, status: delvis, merknad: Praksisplass.}',
      '    beslutninger:',
      '      - Første.  # skrevet på forhånd',
      '',
    ].join('\n'),
  );
  const FLAGS = ['p.md', 'E3', '--held', '2026-11-20', '--status', 'M1=nådd', '--took-part', 'per,tiril', '--decision', 'Første.', '--decision', 'Andre.', '--next', 'none'];

  it('merges: other assessments, participants, decisions and their comments stay; the goal answered changes in place', async () => {
    const dir = tempDir({ 'p.md': PREFILLED });
    const result = await run(['evaluate', ...FLAGS, '--yes'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Evaluation E3 is recorded in p.md: held 2026-11-20.\n2 of 3 goals assessed, 2 participants, 2 decisions.\nNo new evaluation was added.\nCheck the plan: ip validate p.md\n');
    expect(readFileSync(join(dir, 'p.md'), 'utf8')).toBe(
      SMALL.replace(
        '    type: revisjon\n',
        [
          '    type: revisjon',
          '    deltok: [tiril, per] # meldt på',
          '    vurderinger:',
          '      - {gjelder: M2, status: nådd}  # fra forrige møte',
          '      - {gjelder: M1, status: nådd, merknad: Praksisplass.}',
          '    beslutninger:',
          '      - Første.  # skrevet på forhånd',
          '      - Andre.',
          '    utført: 2026-11-20',
          '',
        ].join('\n'),
      ),
    );
  });

  it('--dry-run shows only what is added or changed', async () => {
    const dir = tempDir({ 'p.md': PREFILLED });
    const result = await run(['evaluate', ...FLAGS, '--dry-run', '--yes'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.split('\n').filter((l) => /^\s+[-+~] /.test(l));
    expect(lines.every((l) => !/^\s+- /.test(l))).toBe(true);
    expect(result.stdout).not.toContain('M2');
    expect(result.stdout).not.toContain('Første.');
    expect(result.stdout).toContain('+ deltok: Per Dahl (per)');
    expect(result.stdout).toContain('+ beslutninger: Andre.');
    expect(readFileSync(join(dir, 'p.md'), 'utf8')).toBe(PREFILLED);
  });

  it('asked: those already listed are ticked, and a goal assessed here is offered its status', async () => {
    const dir = tempDir({ 'p.md': PREFILLED });
    const result = await ask(dir, ['p.md', 'E3', '--held', '2026-11-20', '--next', 'none', '--decision', 'Andre.'], {
      tookPart: ENTER,
      'status.M1': ENTER,
      'note.M1': '',
      'status.M1a': 'skip',
      'status.M2': ENTER,
      'note.M2': '',
      confirm: true,
    });
    expect(result.code, result.stderr).toBe(0);
    const answer = (id: string) => result.prompter.asked.find((q) => q.id === id)?.answer;
    expect([answer('tookPart'), answer('status.M1'), answer('status.M1a'), answer('status.M2')]).toEqual([['tiril'], 'delvis', 'skip', 'nådd']);
    expect(readFileSync(join(dir, 'p.md'), 'utf8')).toContain('    deltok: [tiril]  # meldt på\n    vurderinger:\n      - {gjelder: M2, status: nådd}  # fra forrige møte\n      - {gjelder: M1, status: delvis, merknad: Praksisplass.}\n');
  });
});

describe('ip evaluate keeps who owns the plan and who may write it', () => {
  const ORIGINAL: ReplaceFs = { ...realReplaceFs };
  afterEach(() => {
    Object.assign(realReplaceFs, ORIGINAL);
  });
  const errno = (code: string) => Object.assign(new Error(code), { code });
  const FLAGS = ['--status', 'M1=nådd', '--yes'];

  it('the plan keeps its owner, group and mode', async () => {
    const dir = tempDir({ 'p.md': SMALL });
    // Root may give the file to another user, as a shared folder's plan would be; anyone else keeps their own.
    const owner = IS_ROOT ? 1234 : process.getuid!();
    const group = IS_ROOT ? 1235 : process.getgid!();
    chownSync(join(dir, 'p.md'), owner, group);
    chmodSync(join(dir, 'p.md'), 0o660);
    const result = await run(['evaluate', 'p.md', ...FLAGS], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const st = statSync(join(dir, 'p.md'));
    expect([st.uid, st.gid, st.mode & 0o7777]).toEqual([owner, group, 0o660]);
    expect(readFileSync(join(dir, 'p.md'), 'utf8')).toContain('status: nådd');
  });

  it('refuses when the owner cannot be kept: exit 1, the plan untouched, no temporary file', async () => {
    const dir = tempDir({ 'p.md': SMALL });
    // The plan is another user's, and only root could give the new file to them.
    Object.assign(realReplaceFs, {
      stat: async (path: string) => {
        const st = await ORIGINAL.stat(path);
        return path.endsWith('.tmp') ? st : { ...st, uid: st.uid + 1 };
      },
      chown: async () => Promise.reject(errno('EPERM')),
    } satisfies Partial<ReplaceFs>);
    const result = await run(['evaluate', 'p.md', ...FLAGS], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'ip: "p.md" belongs to another user or group than yours, and ip evaluate cannot write it without making it yours, so the evaluation was not recorded.\n' +
        "Run ip evaluate as the file's owner, or ask the owner to do it.\nThe plan was not changed, and no temporary file is left behind.\n",
    );
    expect(readFileSync(join(dir, 'p.md'), 'utf8')).toBe(SMALL);
    expect(readdirSync(dir)).toEqual(['p.md']);
  });

  it('refuses a plan the user may not write: exit 1, the plan untouched, in either language', async () => {
    const dir = tempDir({ 'p.md': SMALL });
    Object.assign(realReplaceFs, { writable: async () => Promise.reject(errno('EACCES')) } satisfies Partial<ReplaceFs>);
    const result = await run(['evaluate', 'p.md', ...FLAGS], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'ip: "p.md" is read-only: you may not write to the file, so the evaluation was not recorded.\nAsk the owner of the file for write access, or run ip evaluate as a user who has it.\nThe plan was not changed, and no temporary file is left behind.\n',
    );
    const nb = await run(['evaluate', 'p.md', ...FLAGS, '--lang', 'nb'], { cwd: dir });
    expect(nb.stderr.split('\n')[0]).toBe('ip: «p.md» er skrivebeskyttet: du har ikke skrivetilgang til filen, så evalueringen er ikke ført inn.');
    expect(readFileSync(join(dir, 'p.md'), 'utf8')).toBe(SMALL);
    expect(readdirSync(dir)).toEqual(['p.md']);
  });

  it('through the binary, as a user who may write the folder but not the plan, or not own it', () => {
    const as = asUnprivileged();
    if (!as?.uid) return; // only root can run the binary as another user; the refusals are simulated above
    const dir = sharedTempDir({ 'ro.md': SMALL, 'theirs.md': SMALL });
    chmodSync(dir, 0o777);
    chmodSync(join(dir, 'theirs.md'), 0o666);
    const readOnly = bin(['evaluate', 'ro.md', ...FLAGS], { cwd: dir, ...as });
    expect(readOnly.code).toBe(1);
    expect(readOnly.stderr).toMatch(/^ip: "ro\.md" is read-only/);
    const theirs = bin(['evaluate', 'theirs.md', ...FLAGS], { cwd: dir, ...as });
    expect(theirs.code).toBe(1);
    expect(theirs.stderr).toMatch(/^ip: "theirs\.md" belongs to another user or group/);
    expect(statSync(join(dir, 'theirs.md')).uid).toBe(0);
    expect(readFileSync(join(dir, 'ro.md'), 'utf8')).toBe(SMALL);
    expect(readFileSync(join(dir, 'theirs.md'), 'utf8')).toBe(SMALL);
    expect(listing(dir)).toEqual(['ro.md', 'theirs.md']);
  });
});
