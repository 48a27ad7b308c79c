import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEntries } from '../src/log/entries.js';
import { FIXTURES, run, runBin, tempDir } from './fixtures/diff/harness.js';

/**
 * `ip log` on a temporary git repository whose history is written here, each
 * commit with a fixed date and a fictional author:
 *   1  2026-09-01  Ola Hansen   plans/kari.md created (the base plan)
 *   2  2026-10-01  Siri Lunde   measure T1: omfang 1 → 2 timer per uke
 *   3  2026-10-15  Ola Hansen   notes.md only: not the plan's history
 *   4  2026-11-01  Ola Hansen   the plan broken (a YAML error)
 *   5  2026-11-15  Siri Lunde   mended, and siri made coordinator
 *   6  2026-12-03  Ola Hansen   moved to plans/IP-2026-0900.md, nothing else
 *   7  2026-12-05  Ola Hansen   evaluation E1 recorded as held
 */

const BASE = readFileSync(join(FIXTURES, 'base.md'), 'utf8');

function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture text not found: ${from}`);
  return text.replace(from, to);
}

const V2 = edit(BASE, 'omfang: 1 time per uke', 'omfang: 2 timer per uke');
const V4 = edit(V2, 'koordinator: ola\n', 'koordinator: [ola\n');
const V5 = edit(V2, 'koordinator: ola\n', 'koordinator: siri\n');
const V7 = edit(
  V5,
  '    gjelder: [M1]\n',
  '    gjelder: [M1]\n    utført: 2026-12-03\n    deltok: [kari, ola]\n    vurderinger:\n      - {gjelder: M1, status: delvis, merknad: Søknaden er sendt.}\n    beslutninger:\n      - Ola ringer boligkontoret.\n',
);

const OLA = { name: 'Ola Hansen', email: 'ola.hansen@example.no' };
const SIRI = { name: 'Siri Lunde', email: 'siri.lunde@example.no' };

/** Run git as a commit's author, on a fixed date (both author and committer date, so --since reads the same day). */
function git(cwd: string, args: string[], who = OLA, date = '2026-09-01T10:00:00+02:00'): string {
  const env = {
    PATH: process.env.PATH,
    HOME: cwd,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: who.name,
    GIT_AUTHOR_EMAIL: who.email,
    GIT_COMMITTER_NAME: who.name,
    GIT_COMMITTER_EMAIL: who.email,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  };
  return execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd, env, encoding: 'utf8' });
}

let repo: string;
let outside: string;
const commits: string[] = [];

function commit(message: string, who: typeof OLA, date: string): void {
  git(repo, ['commit', '-q', '-m', message], who, date);
  commits.push(git(repo, ['rev-parse', 'HEAD']).trim());
}

beforeAll(() => {
  repo = tempDir('ip-log-');
  outside = tempDir('ip-log-outside-');
  git(repo, ['init', '-q']);
  mkdirSync(join(repo, 'plans'));
  const plan = join(repo, 'plans', 'kari.md');
  const write = (text: string) => {
    writeFileSync(plan, text);
    git(repo, ['add', 'plans/kari.md']);
  };
  write(BASE);
  commit('Plan laget', OLA, '2026-09-01T10:00:00+02:00');
  write(V2);
  commit('Mer boligstøtte', SIRI, '2026-10-01T09:30:00+02:00');
  writeFileSync(join(repo, 'notes.md'), '# Notater\n');
  git(repo, ['add', 'notes.md']);
  commit('Notater', OLA, '2026-10-15T12:00:00+02:00');
  write(V4);
  commit('Uferdig', OLA, '2026-11-01T08:00:00+01:00');
  write(V5);
  commit('Ny koordinator', SIRI, '2026-11-15T14:00:00+01:00');
  git(repo, ['mv', 'plans/kari.md', 'plans/IP-2026-0900.md']);
  commit('Filnavn etter plan-id', OLA, '2026-12-03T09:00:00+01:00');
  writeFileSync(join(repo, 'plans', 'IP-2026-0900.md'), V7);
  git(repo, ['add', 'plans/IP-2026-0900.md']);
  commit('Evaluering E1 holdt', OLA, '2026-12-05T15:00:00+01:00');
  writeFileSync(join(repo, 'plans', 'new.md'), BASE);
  writeFileSync(join(outside, 'plan.md'), BASE);
});

afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const PLAN = 'plans/IP-2026-0900.md';
const short = (i: number) => commits[i - 1]!.slice(0, 7);

interface Entry {
  commit: string;
  date: string;
  author: string;
  kind: string;
  path: string;
  renamed_from?: string;
  compared_with?: string;
  unreadable?: { revision: string; code: string; line: number; column: number; message: string };
  changes: Array<{ op: string; path: string[]; before?: unknown; after?: unknown }>;
}

async function json(args: string[] = []): Promise<{ version: number; path: string; truncated: boolean; entries: Entry[] }> {
  const r = await run(['log', PLAN, '--format', 'json', ...args], { cwd: repo });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe('ip log (JSON)', () => {
  it('lists every commit that changed the plan, newest first, following the rename, and no other', async () => {
    const log = await json();
    expect(Object.keys(log)).toEqual(['version', 'path', 'truncated', 'entries']);
    expect(log).toMatchObject({ version: 1, path: PLAN, truncated: false });
    expect(log.entries.map((e) => e.commit)).toEqual([7, 6, 5, 4, 2, 1].map((i) => commits[i - 1]));
    expect(log.entries.map((e) => [e.kind, e.path, e.author, e.date])).toEqual([
      ['changed', 'plans/IP-2026-0900.md', 'Ola Hansen', '2026-12-05T15:00:00+01:00'],
      ['changed', 'plans/IP-2026-0900.md', 'Ola Hansen', '2026-12-03T09:00:00+01:00'],
      ['changed', 'plans/kari.md', 'Siri Lunde', '2026-11-15T14:00:00+01:00'],
      ['changed', 'plans/kari.md', 'Ola Hansen', '2026-11-01T08:00:00+01:00'],
      ['changed', 'plans/kari.md', 'Siri Lunde', '2026-10-01T09:30:00+02:00'],
      ['created', 'plans/kari.md', 'Ola Hansen', '2026-09-01T10:00:00+02:00'],
    ]);
  });

  it('gives each entry the changes in ip diff’s terms', async () => {
    const [held, moved, mended, broken, more, created] = (await json()).entries;
    expect(created!.changes).toEqual([]);
    expect(more!.changes).toEqual([{ op: 'changed', path: ['tiltak', 'T1', 'omfang'], before: '1 time per uke', after: '2 timer per uke' }]);
    expect(moved).toMatchObject({ renamed_from: 'plans/kari.md', changes: [] });
    expect(held!.changes).toEqual([
      { op: 'added', path: ['evalueringer', 'E1', 'utført'], after: '2026-12-03' },
      { op: 'added', path: ['evalueringer', 'E1', 'deltok'], after: 'kari' },
      { op: 'added', path: ['evalueringer', 'E1', 'deltok'], after: 'ola' },
      { op: 'added', path: ['evalueringer', 'E1', 'vurderinger', 'M1'], after: { gjelder: 'M1', status: 'delvis', merknad: 'Søknaden er sendt.' } },
      { op: 'added', path: ['evalueringer', 'E1', 'beslutninger'], after: 'Ola ringer boligkontoret.' },
    ]);
    // The broken revision is a located note; the mended one is compared with the last one that could be read.
    expect(broken!.unreadable).toEqual({ revision: 'this', code: 'yaml-syntax', line: 28, column: 14, message: expect.stringMatching(/\S/) });
    expect(broken!.changes).toEqual([]);
    expect(mended!.compared_with).toBe(commits[1]);
    expect(mended!.changes).toEqual([{ op: 'changed', path: ['koordinator'], before: 'ola', after: 'siri' }]);
  });

  it('reads at most -n commits and says the list is cut short; an earlier version that cannot be read is said', async () => {
    const log = await json(['-n', '3']);
    expect(log.truncated).toBe(true);
    expect(log.entries.map((e) => e.commit)).toEqual([7, 6, 5].map((i) => commits[i - 1]));
    expect(log.entries[2]).toMatchObject({ changes: [], unreadable: { revision: 'earlier', code: 'yaml-syntax' } });
    expect(log.entries[2]).not.toHaveProperty('compared_with');
    expect((await json(['--max-count', '6'])).truncated).toBe(false);
  });

  it('--since leaves out older commits, and an empty history since then is no error', async () => {
    expect((await json(['--since', '2026-11-10'])).entries.map((e) => e.commit)).toEqual([7, 6, 5].map((i) => commits[i - 1]));
    expect((await json(['--since', '2030-01-01'])).entries).toEqual([]);
  });
});

describe('ip log (text and Markdown)', () => {
  it('text: one line per commit, the changes under it, the count last', async () => {
    const r = await run(['log', PLAN], { cwd: repo });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        PLAN,
        '',
        `${short(7)} 2026-12-05 Ola Hansen`,
        '    Evaluations',
        '      ~ evaluation E1 (2026-12-01, evaluering)',
        '          + utført: 2026-12-03',
        '          + deltok: Kari Nordmann (kari)',
        '          + deltok: Ola Hansen (ola)',
        '          + M1 assessed as partly reached, with the note "Søknaden er sendt."',
        '          + beslutninger: Ola ringer boligkontoret.',
        '',
        `${short(6)} 2026-12-03 Ola Hansen`,
        '    Moved from plans/kari.md.',
        "    No changes to the plan's content.",
        '',
        `${short(5)} 2026-11-15 Siri Lunde`,
        `    Compared with ${short(2)}, because the versions in between cannot be read as a plan.`,
        '',
        '    Key changes',
        '      ~ koordinator: Ola Hansen (ola) → Siri Lunde (siri)',
        '',
        `${short(4)} 2026-11-01 Ola Hansen`,
        '    This version cannot be read as a plan: plans/kari.md:28:14: "[" opens here but is not closed on the same line (YAML error BAD_INDENT). [yaml-syntax]',
        '',
        `${short(2)} 2026-10-01 Siri Lunde`,
        '    Measures',
        '      ~ measure T1 "Bistand til boligsøknad"',
        '          ~ omfang: 1 time per uke → 2 timer per uke',
        '',
        `${short(1)} 2026-09-01 Ola Hansen`,
        '    The plan was created.',
        '',
        '6 commits.',
        '',
      ].join('\n'),
    );
  });

  it('text with -n: the changes of the oldest shown are said only where the version before it can be read', async () => {
    const r = await run(['log', PLAN, '-n', '3'], { cwd: repo });
    expect(r.stdout).toContain(
      `${short(5)} 2026-11-15 Siri Lunde\n    The version before cannot be read as a plan, so the changes cannot be shown: "[" opens here but is not closed on the same line (YAML error BAD_INDENT). [yaml-syntax]\n\n3 commits.\nShowing the 3 latest commits that changed the plan; older ones were not read. Use -n to see more.\n`,
    );
  });

  it('text in bokmål: created, and the cut-short note', async () => {
    const r = await run(['log', PLAN, '--since', '2026-09-01', '-n', '6', '--lang', 'nb'], { cwd: repo });
    expect(r.stdout).toContain(`${short(1)} 2026-09-01 Ola Hansen\n    Planen ble opprettet.\n\n6 commits.\n`);
    const cut = await run(['log', PLAN, '-n', '1', '--lang', 'nb'], { cwd: repo });
    expect(cut.stdout.endsWith('1 commit.\nViser den nyeste commiten som endret planen; eldre er ikke lest. Bruk -n for å se flere.\n')).toBe(true);
    const cutEn = await run(['log', PLAN, '-n', '1'], { cwd: repo });
    expect(cutEn.stdout.endsWith('1 commit.\nShowing the latest commit that changed the plan; older ones were not read. Use -n to see more.\n')).toBe(true);
  });

  it('Markdown for the minutes, in the plan’s language, a heading per commit', async () => {
    const r = await run(['log', PLAN, '--format', 'markdown', '-n', '2'], { cwd: repo, env: { IP_LANG: 'en' } });
    expect(r.stdout).toBe(
      [
        '## Historikk',
        '',
        `### 2026-12-05 · Ola Hansen · ${short(7)}`,
        '',
        '**Evalueringer**',
        '',
        '- Evaluering E1 (2026-12-01, evaluering):',
        '  - Utført lagt til: «2026-12-03».',
        '  - Deltok: la til Kari Nordmann (kari).',
        '  - Deltok: la til Ola Hansen (ola).',
        '  - M1 vurdert som delvis nådd, med merknad «Søknaden er sendt.»',
        '  - Beslutning lagt til: «Ola ringer boligkontoret.»',
        '',
        `### 2026-12-03 · Ola Hansen · ${short(6)}`,
        '',
        'Flyttet fra plans/kari.md.',
        'Ingen endringer i planens innhold.',
        '',
        '*Viser de 2 nyeste commitene som endret planen; eldre er ikke lest. Bruk -n for å se flere.*',
        '',
      ].join('\n'),
    );
  });

  it('never prints a fødselsnummer or an author’s e-mail address, in any format', async () => {
    for (const format of ['text', 'json', 'markdown']) {
      const r = await run(['log', PLAN, '--format', format], { cwd: repo });
      expect(r.code).toBe(0);
      for (const secret of ['17850250006', 'example.no']) expect(r.stdout).not.toContain(secret);
    }
  });
});

describe('ip log: what it cannot show', () => {
  it('a plan outside git: exit 2, in English and bokmål', async () => {
    const en = await run(['log', 'plan.md'], { cwd: outside });
    expect(en).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ip: "plan.md" is not in a git repository, so it has no history to show.\nPut the plan under git (git init, git add, git commit), or use "ip diff OLD.md NEW.md" to compare two files.\n',
    });
    const nb = await run(['log', 'plan.md', '--lang', 'nb'], { cwd: outside });
    expect(nb.code).toBe(2);
    expect(nb.stderr).toBe('ip: «plan.md» ligger ikke i et git-repo, så den har ingen historikk å vise.\nLegg planen i git (git init, git add, git commit), eller bruk «ip diff GAMMEL.md NY.md» for å sammenligne to filer.\n');
  });

  it('a path that does not exist, a folder, a plan never committed: exit 2', async () => {
    expect(await run(['log', 'plans/borte.md'], { cwd: repo })).toEqual({ code: 2, stdout: '', stderr: 'ip: File not found: "plans/borte.md".\nCheck the path and spelling. "ip log PLAN.md" shows the history of one plan.\n' });
    expect(await run(['log', 'plans'], { cwd: repo })).toEqual({ code: 2, stdout: '', stderr: 'ip: "plans" is a folder, not a file.\nName the plan file, for example plan.md.\n' });
    expect(await run(['log', 'plans/new.md'], { cwd: repo })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ip: "plans/new.md" has not been committed yet, so it has no history.\nCommit the plan first: git add plans/new.md && git commit\n',
    });
  });

  it('a bad -n or --since: exit 2', async () => {
    for (const args of [['-n', '0'], ['-n', 'x'], ['--max-count', '-1']]) {
      const r = await run(['log', PLAN, ...args], { cwd: repo });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^ip: (--max-count must be a whole number of 1 or more\.\nFor example: -n 20\n|error: .*)$/);
    }
    expect(await run(['log', PLAN, '--since', 'i fjor'], { cwd: repo })).toEqual({ code: 2, stdout: '', stderr: 'ip: --since must be a date written YYYY-MM-DD or DD.MM.YYYY.\nFor example: --since 2026-09-01\n' });
  });
});

describe('ip log: the built binary', () => {
  it('gives the same JSON as the in-process run', async () => {
    const bin = await runBin(['log', PLAN, '--format', 'json'], { cwd: repo });
    expect(bin.code).toBe(0);
    expect(JSON.parse(bin.stdout)).toEqual(await json());
  });

  it('exits 2 outside git', async () => {
    const bin = await runBin(['log', 'plan.md'], { cwd: outside });
    expect(bin.code).toBe(2);
    expect(bin.stderr).toMatch(/is not in a git repository/);
  });
});

describe('ip log: hostile input', () => {
  it('strips control and bidi characters from an author’s name, and notes a revision over --max-size', async () => {
    const dir = tempDir('ip-log-hostile-');
    try {
      git(dir, ['init', '-q']);
      writeFileSync(join(dir, 'plan.md'), BASE);
      git(dir, ['add', 'plan.md']);
      git(dir, ['commit', '-q', '-m', 'a'], { name: 'Ola\u001b[2J Hansen\u202e', email: 'x@example.no' }, '2026-09-01T10:00:00+02:00');
      writeFileSync(join(dir, 'plan.md'), V2);
      git(dir, ['commit', '-q', '-am', 'b'], OLA, '2026-10-01T10:00:00+02:00');
      const text = await run(['log', 'plan.md'], { cwd: dir });
      expect(text.stdout).toMatch(/^[0-9a-f]{7} 2026-09-01 Ola\[2J Hansen\n {4}The plan was created\.\n/m);
      expect(text.stdout).not.toMatch(/[\u001b\u202e]/);
      const json = await run(['log', 'plan.md', '--format', 'json'], { cwd: dir });
      expect(json.stdout).not.toMatch(/[\u001b\u202e]/);
      expect(JSON.parse(json.stdout).entries[1].author).toBe('Ola\u001b[2J Hansen\u202e');
      // A revision over the size limit is a note in its entry, and the log goes on.
      const small = await run(['log', 'plan.md', '--format', 'json', '--max-size', '100'], { cwd: dir });
      expect(small.code).toBe(0);
      const entries = JSON.parse(small.stdout).entries as Entry[];
      expect(entries.map((e) => e.unreadable?.code)).toEqual(['too-large', 'too-large']);
      expect(entries[0]!.unreadable!.message).toBe('The file is larger than the limit of 100 bytes.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('buildEntries (the pure core)', () => {
  it('says a plan deleted and created again, and compares nothing across the gap', () => {
    const bytes = new TextEncoder().encode(BASE);
    const blob = { id: 'b1', bytes };
    const at = (commit: string, day: string) => ({ commit, date: `${day}T10:00:00+01:00`, author: 'Ola Hansen', path: 'p.md' });
    const entries = buildEntries([{ ...at('c1', '2026-09-01'), after: blob }, { ...at('c2', '2026-10-01'), before: blob }, { ...at('c3', '2026-11-01'), after: blob }], '2026-11-22');
    expect(entries.map((e) => [e.commit, e.kind, e.changes, e.unreadable])).toEqual([
      ['c3', 'created', [], undefined],
      ['c2', 'deleted', [], undefined],
      ['c1', 'created', [], undefined],
    ]);
  });
});
