import { mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, git, run, runBin, tempDir } from './fixtures/diff/harness.js';

/**
 * One plan with three commits in a temporary git repository, and a working
 * copy with more edits:
 *   v1 (HEAD~2)  the base plan
 *   v2 (HEAD~1)  measure T1: omfang 1 → 2 timer per uke
 *   HEAD         new coordinator (siri) and a new goal M3
 *   working copy consent to prepare the plan withdrawn, participants reordered
 */

const BASE = readFileSync(join(FIXTURES, 'base.md'), 'utf8');

function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture text not found: ${from}`);
  return text.replace(from, to);
}

const V2 = edit(BASE, 'omfang: 1 time per uke', 'omfang: 2 timer per uke');
const V3 = edit(
  edit(V2, 'koordinator: ola\n', 'koordinator: siri\n'),
  'ressurser:\n',
  '  - id: M3\n    tekst: Jeg vil ta førerkort.\nressurser:\n',
);
function working(text: string): string {
  const withdrawn = edit(text, 'form: skriftlig, grunnlag: egen}', 'form: skriftlig, grunnlag: egen, trukket: 2027-01-15}');
  // Move the first participant (kari) to the end of the list: a reordering, so no change.
  const start = withdrawn.indexOf('  - id: kari\n');
  const end = withdrawn.indexOf('  - id: ola\n');
  const kari = withdrawn.slice(start, end);
  const rest = withdrawn.slice(0, start) + withdrawn.slice(end);
  return edit(rest, 'koordinator: siri\n', `${kari}koordinator: siri\n`);
}

let repo: string;
let outside: string;

beforeAll(() => {
  repo = tempDir();
  outside = tempDir('ip-diff-outside-');
  git(repo, 'init', '-q');
  mkdirSync(join(repo, 'plans'));
  const plan = join(repo, 'plans', 'kari.md');
  writeFileSync(plan, BASE);
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'Plan laget');
  git(repo, 'tag', 'v1');
  writeFileSync(plan, V2);
  git(repo, 'commit', '-q', '-am', 'Mer boligstøtte');
  git(repo, 'tag', 'v2');
  writeFileSync(plan, V3);
  git(repo, 'commit', '-q', '-am', 'Revisjonsmøte');
  writeFileSync(plan, working(V3));
  writeFileSync(join(outside, 'plan.md'), BASE);
});

afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

type Report = { version: number; changes: Array<{ op: string; path: string[]; before?: unknown; after?: unknown }> };

async function changes(args: string[], cwd = repo): Promise<Report['changes']> {
  const r = await run(['diff', ...args, '--format', 'json'], { cwd });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as Report).changes;
}

const WITHDRAWN = { op: 'added', path: ['samtykke', 'utarbeidelse', 'trukket'], after: '2027-01-15' };
const OMFANG = { op: 'changed', path: ['tiltak', 'T1', 'omfang'], before: '1 time per uke', after: '2 timer per uke' };
const COORDINATOR = { op: 'changed', path: ['koordinator'], before: 'ola', after: 'siri' };
const GOAL = { op: 'added', path: ['mål', 'M3'], after: { id: 'M3', tekst: 'Jeg vil ta førerkort.' } };

describe('ip diff in a git repository', () => {
  it('PLAN.md alone: the working file against its last commit (reordering is no change)', async () => {
    expect(await changes(['plans/kari.md'])).toEqual([WITHDRAWN]);
  });

  it('--from HEAD~1: that revision against the working file', async () => {
    expect(await changes(['plans/kari.md', '--from', 'HEAD~1'])).toEqual([COORDINATOR, WITHDRAWN, GOAL]);
  });

  it('--from HEAD~2 --to HEAD~1: two revisions', async () => {
    expect(await changes(['plans/kari.md', '--from', 'HEAD~2', '--to', 'HEAD~1'])).toEqual([OMFANG]);
  });

  it('tags and commit ids work as revisions', async () => {
    expect(await changes(['plans/kari.md', '--from', 'v1', '--to', 'v2'])).toEqual([OMFANG]);
    expect(await changes(['plans/kari.md', '--from', 'v1', '--to', 'HEAD'])).toEqual([COORDINATOR, GOAL, OMFANG]);
    const sha = git(repo, 'rev-parse', 'v2').trim();
    expect(await changes(['plans/kari.md', '--from', sha.slice(0, 10), '--to', 'HEAD'])).toEqual([COORDINATOR, GOAL]);
  });

  it('finds the file from a subfolder, with the path relative to where it runs', async () => {
    expect(await changes(['kari.md', '--from', 'v1', '--to', 'v2'], join(repo, 'plans'))).toEqual([OMFANG]);
    expect(await changes([join(repo, 'plans', 'kari.md'), '--from', 'v1', '--to', 'v2'], outside)).toEqual([OMFANG]);
  });

  it('compares two revisions of a file that has since been deleted from the working tree', async () => {
    const plan = join(repo, 'plans', 'kari.md');
    const saved = readFileSync(plan, 'utf8');
    unlinkSync(plan);
    try {
      expect(await changes(['plans/kari.md', '--from', 'v1', '--to', 'v2'])).toEqual([OMFANG]);
    } finally {
      writeFileSync(plan, saved);
    }
  });

  it('names both sides in the text header and lists the changes', async () => {
    const r = await run(['diff', 'plans/kari.md', '--from', 'HEAD~1'], { cwd: repo });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'plans/kari.md: HEAD~1 → working copy',
        '',
        'Key changes',
        '  ~ koordinator: Ola Hansen (ola) → Siri Lunde (siri)',
        '  ! Consent to prepare the plan has been withdrawn (2027-01-15).',
        '',
        'Goals',
        '  + goal M3 "Jeg vil ta førerkort."',
        '',
        '3 changes.',
        '',
      ].join('\n'),
    );
  });

  it('works through the built binary, with --exit-code', async () => {
    const r = await runBin(['diff', 'plans/kari.md', '--from', 'HEAD~1', '--format', 'json', '--exit-code'], { cwd: repo });
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as Report).changes).toEqual([COORDINATOR, WITHDRAWN, GOAL]);
    const same = await runBin(['diff', 'plans/kari.md', '--from', 'v2', '--to', 'v2', '--exit-code'], { cwd: repo });
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('No changes.');
  });
});

describe('ip diff and git: errors exit 2 with a message', () => {
  const table: Array<{ name: string; args: string[]; cwd?: () => string; lang?: string; stderr: string[] }> = [
    {
      name: 'an unknown revision',
      args: ['plans/kari.md', '--from', 'v9'],
      stderr: ['ip: Unknown revision "v9".', 'Use a commit, a tag or for example HEAD~1.'],
    },
    {
      name: 'an unknown --to revision',
      args: ['plans/kari.md', '--from', 'v1', '--to', 'HEAD~7'],
      stderr: ['ip: Unknown revision "HEAD~7".'],
    },
    {
      name: 'an unknown revision, in bokmål',
      args: ['plans/kari.md', '--from', 'v9'],
      lang: 'nb',
      stderr: ['ip: Ukjent revisjon «v9».', '«git log --oneline» viser revisjonene.'],
    },
    {
      name: 'a revision that looks like an option is only ever a revision',
      args: ['plans/kari.md', '--from=--output=/tmp/x'],
      stderr: ['ip: Unknown revision "--output=/tmp/x".'],
    },
    {
      name: 'a file that is not in that revision',
      args: ['plans/ny.md', '--from', 'v1', '--to', 'v2'],
      stderr: ['ip: "plans/ny.md" does not exist in revision "v1".', '"git log --oneline -- plans/ny.md"'],
    },
    {
      name: 'a file that does not exist',
      args: ['plans/ingen.md'],
      stderr: ['ip: File not found: "plans/ingen.md".'],
    },
    {
      name: 'a file outside any git repository',
      args: ['plan.md'],
      cwd: () => outside,
      stderr: ['ip: "plan.md" is not in a git repository, so there is no earlier version to compare with.', 'ip diff OLD.md NEW.md'],
    },
    {
      name: 'a file outside any git repository, in bokmål',
      args: ['plan.md', '--from', 'HEAD~1'],
      cwd: () => outside,
      lang: 'nb',
      stderr: ['ip: «plan.md» ligger ikke i et git-repo, så det finnes ingen tidligere versjon å sammenligne med.'],
    },
    {
      name: '--to without --from',
      args: ['plans/kari.md', '--to', 'HEAD'],
      stderr: ['ip: --to is only used with --from.'],
    },
    {
      name: '--from with two files',
      args: ['plans/kari.md', 'plans/kari.md', '--from', 'HEAD'],
      stderr: ['ip: --from and --to apply to one file in git, not to two files.'],
    },
    {
      name: 'a revision of the file over --max-size',
      args: ['plans/kari.md', '--from', 'v1', '--to', 'v2', '--max-size', '100'],
      stderr: ['ip: "plans/kari.md" is larger than the limit of 100 bytes.'],
    },
    {
      name: 'an empty revision',
      args: ['plans/kari.md', '--from', ''],
      stderr: ['ip: --from needs a revision.'],
    },
  ];

  it.each(table)('$name', async ({ args, cwd, lang, stderr }) => {
    const r = await run(['diff', ...args], { cwd: cwd ? cwd() : repo, env: lang ? { IP_LANG: lang } : {} });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    for (const line of stderr) expect(r.stderr).toContain(line);
  });

  it('a repository with no commits yet', async () => {
    const empty = tempDir();
    try {
      git(empty, 'init', '-q');
      writeFileSync(join(empty, 'plan.md'), BASE);
      const r = await run(['diff', 'plan.md'], { cwd: empty });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('ip: The git repository has no commits yet, so there is no earlier version.');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('a side that does not parse: says which side, where, and the code, never a value', async () => {
    const broken = tempDir();
    try {
      git(broken, 'init', '-q');
      writeFileSync(join(broken, 'plan.md'), readFileSync(join(FIXTURES, 'broken-yaml.md')));
      git(broken, 'add', '.');
      git(broken, 'commit', '-q', '-m', 'broken');
      writeFileSync(join(broken, 'plan.md'), BASE);
      git(broken, 'commit', '-q', '-am', 'fixed');
      const r = await run(['diff', 'plan.md', '--from', 'HEAD~1'], { cwd: broken });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('ip: The old version (plan.md in HEAD~1) cannot be read as a plan:\n  plan.md:6:1 (HEAD~1): The line has 3 spaces in front, but the fields around it have 2 (YAML error BLOCK_AS_IMPLICIT_KEY). [yaml-syntax]');
      expect(r.stderr).not.toContain('Kari');
      expect(r.stderr).not.toContain('17850250006');
      // The other way round, the same revision is the new side.
      const back = await run(['diff', 'plan.md', '--from', 'HEAD', '--to', 'HEAD~1'], { cwd: broken });
      expect(back.code).toBe(2);
      expect(back.stderr).toContain('ip: The new version (plan.md in HEAD~1) cannot be read as a plan:');
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });

  it('reports the errors through the built binary too', async () => {
    const r = await runBin(['diff', 'plans/kari.md', '--from', 'v9'], { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unknown revision "v9".');
    const o = await runBin(['diff', 'plan.md'], { cwd: outside });
    expect(o.code).toBe(2);
    expect(o.stderr).toContain('is not in a git repository');
  });
});
