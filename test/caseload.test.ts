import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCaseload } from '../src/caseload.js';
import { analyse } from '../src/plan/analyse.js';
// @ts-expect-error: a plain script without types
import { ensureCorpus } from '../scripts/bench-corpus.mjs';
import { example, run, runBin, tempDir, TODAY } from './helpers.js';

/**
 * Every command reads plans through one pipeline (src/caseload.ts), and the
 * fast YAML reader never changes what it reports.
 */

const GOOD = example('barn-med-iop.md');

describe('readCaseload', () => {
  it('reads named files, folders and standard input, and skips what is not a plan, with the reason', async () => {
    const cwd = tempDir({
      'plans/a.md': GOOD,
      'plans/README.md': '# Notes\n',
      'plans/other.md': '---\ntitle: x\n---\n',
      'plans/js.md': '---js\nmodule.exports = {}\n---\n',
      'b.md': GOOD.replace('IP-2026-0213', 'IP-2026-0999'),
    });
    const kept: string[] = [];
    const caseload = await readCaseload(
      { cwd, paths: ['b.md', 'plans'], maxSize: 1 << 20, today: TODAY, analyse, stdin: { path: '<stdin>', bytes: Buffer.from(GOOD) } },
      (plan) => (kept.push(plan.path), plan.status),
    );
    expect(caseload.plans.map((p) => [p.path, p.kept])).toEqual([
      ['<stdin>', 'aktiv'],
      ['b.md', 'aktiv'],
      ['plans/a.md', 'aktiv'],
    ]);
    expect(kept).toEqual(['<stdin>', 'b.md', 'plans/a.md']);
    expect(caseload.skipped).toEqual([
      { path: 'plans/README.md', reason: 'no-front-matter' },
      { path: 'plans/js.md', reason: 'executable-front-matter' },
      { path: 'plans/other.md', reason: 'no-plan-keys' },
    ]);
    expect(caseload.looked).toEqual(['b.md', 'plans']);
    expect(caseload.unmatched).toEqual([]);
  });

  it('places findings across plans at the field, though the fast reader kept no positions', async () => {
    const cwd = tempDir({ 'a.md': GOOD, 'b.md': GOOD.replace('IP-2026-0213', 'IP-2026-0999') });
    const caseload = await readCaseload({ cwd, paths: [], maxSize: 1 << 20, today: TODAY, analyse, across: true }, () => undefined);
    const numberLine = GOOD.split('\n').findIndex((line) => line.includes('fødselsnummer:')) + 1;
    for (const plan of caseload.plans) {
      expect(plan.diagnostics.filter((d) => d.code === 'duplicate-person').map((d) => [d.line, d.related])).toEqual([[numberLine, [plan.path === 'a.md' ? 'b.md' : 'a.md']]]);
    }
  });

  it('says which arguments matched nothing, and where it looked', async () => {
    const caseload = await readCaseload({ cwd: tempDir(), paths: [], maxSize: 1 << 20, today: TODAY }, () => undefined);
    expect(caseload).toEqual({ plans: [], skipped: [], unmatched: [], looked: ['.'] });
    const missing = await readCaseload({ cwd: tempDir(), paths: ['nope.md', 'x/*.md'], maxSize: 1 << 20, today: TODAY }, () => undefined);
    expect(missing.unmatched).toEqual(['nope.md', 'x/*.md']);
  });
});

describe('every command reads a caseload the same way, on the fast reader and on the precise parser', () => {
  function caseload(): string {
    const dir = ensureCorpus(tempDir(), 300, 7);
    const plan = readFileSync(join(dir, 'kontor-000', 'IP-B-000001.md'), 'utf8');
    mkdirSync(join(dir, 'kanter'));
    // Numbers JSON cannot carry, a second plan for one person, and text pasted from Word.
    writeFileSync(join(dir, 'kanter', 'a.md'), plan.replace('IP-B-000001', 'IP-B-900001').replace(/omfang: .*/, 'omfang: .nan'));
    writeFileSync(join(dir, 'kanter', 'b.md'), plan.replace('IP-B-000001', 'IP-B-900002').replace(/frist: .*/, 'frist: -0').replace(/type: nødvendig/, 'type: -.inf'));
    writeFileSync(join(dir, 'kanter', 'c.md'), plan.replace('IP-B-000001', 'IP-B-900003').replace('Oppfølging hjemme', 'Oppfølging hjemme.\u00a0#2 og på skolen'));
    writeFileSync(join(dir, 'kanter', 'README.md'), '# Notes\n');
    return dir;
  }

  it.each([
    ['validate', ['--format', 'json']],
    ['due', ['--format', 'json', '--within', '90d', '--names']],
  ])('%s', (command, extra) => {
    const dir = caseload();
    const args = [command, dir, '--today', TODAY, ...extra];
    const fast = runBin(args);
    const precise = runBin(args, { env: { IP_PARSE: 'precise' } });
    expect(fast.code).toBe(command === 'validate' ? 1 : 0);
    expect(fast.stdout.length).toBeGreaterThan(1000);
    expect(precise.stdout).toBe(fast.stdout);
    expect(precise.stderr).toBe(fast.stderr);
  });

  it('render', async () => {
    const dir = caseload();
    const out = tempDir();
    const fast = await run(['render', join(dir, 'kanter'), '-o', join(out, 'fast') + '/', '--today', TODAY]);
    const precise = await run(['render', join(dir, 'kanter'), '-o', join(out, 'precise') + '/', '--today', TODAY], { env: { IP_PARSE: 'precise' } });
    expect([fast.code, precise.code]).toEqual([1, 1]);
    const pages = readdirSync(join(out, 'fast')).sort();
    expect(pages).toEqual(['IP-B-900001.html', 'IP-B-900002.html', 'IP-B-900003.html']);
    for (const page of pages) expect(readFileSync(join(out, 'precise', page), 'utf8')).toBe(readFileSync(join(out, 'fast', page), 'utf8'));
    // The text after a no-break space and a # is the person's text, not a comment.
    expect(readFileSync(join(out, 'fast', 'IP-B-900003.html'), 'utf8')).toContain('Oppfølging hjemme.\u00a0#2 og på skolen');
  });
});

describe('text pasted from Word: a no-break space before a #', () => {
  const TEXT = 'Emil vil klare trappa på skolen selv.\u00a0#2 og heisen når den er i stykker';
  const EDITED = GOOD.replace('tekst: Emil vil klare trappa på skolen selv.', `tekst: ${TEXT}`);

  it('is the person\'s text in ip diff, ip validate and ip render, not a comment', async () => {
    expect(EDITED).not.toBe(GOOD);
    const repo = tempDir({ 'plan.md': GOOD });
    git(repo, 'init', '-q');
    git(repo, 'add', '.');
    git(repo, '-c', 'user.name=Test', '-c', 'user.email=test@example.no', 'commit', '-q', '-m', 'Plan');
    writeFileSync(join(repo, 'plan.md'), EDITED);

    const diff = runBin(['diff', 'plan.md', '--exit-code', '--format', 'json'], { cwd: repo });
    expect(diff.code).toBe(1);
    expect(JSON.parse(diff.stdout).changes).toEqual([{ op: 'changed', path: ['mål', 'M2', 'tekst'], before: 'Emil vil klare trappa på skolen selv.', after: TEXT }]);

    const page = await run(['render', 'plan.md', '-o', '-'], { cwd: repo });
    expect(page.stdout).toContain(TEXT);
    const validate = await run(['validate', 'plan.md', '--format', 'json'], { cwd: repo });
    expect(JSON.parse(validate.stdout).files[0].diagnostics).toEqual([]);
  });
});

function git(cwd: string, ...args: string[]): void {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
}
