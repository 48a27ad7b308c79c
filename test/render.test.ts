import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, fixture, run, runBin, tempDir } from './fixtures/render/harness.js';

/** `ip render` on the command line: where pages go, what is refused, exit codes. */

const PLAN = 'barn-med-iop.md';

function plans(names: string[] = [PLAN]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [`plans/${n}`, example(n)]));
}

const files = (dir: string) => readdirSync(dir).sort();

describe('-o is required', () => {
  it('exits 2 without -o and says why, writing nothing', async () => {
    const cwd = tempDir(plans());
    const r = await run(['render', 'plans/barn-med-iop.md'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'ip: Missing -o: say where the page should be written.\n' +
        'ip render never writes beside the plan on its own, because a copy in the same folder or repository is one more copy of health data. Use for example -o /tmp/plan.html, -o print/ for a folder, or -o - for standard output.\n',
    );
    expect(files(join(cwd, 'plans'))).toEqual([PLAN]);
  });

  it('says so in bokmål too', async () => {
    const r = await run(['render', 'examples/barn-med-iop.md'], { env: { IP_LANG: 'nb' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ip: Mangler -o: si hvor siden skal skrives.\n');
    expect(r.stderr).toContain('en kopi til av helseopplysninger');
  });

  it('exits 2 without a plan', async () => {
    const r = await run(['render', '-o', '-']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ip: Missing the plan to render.');
  });
});

describe('one plan', () => {
  it('writes the page to standard output with -o -', async () => {
    const r = await run(['render', 'examples/barn-med-iop.md', '-o', '-']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(r.stdout).toContain('<h1>Individuell plan for <bdi>Emil Strand</bdi></h1>');
    expect(r.stderr).toBe('');
  });

  it('writes a file, creating its folder, readable only by its owner', async () => {
    const cwd = tempDir(plans());
    const r = await run(['render', 'plans/barn-med-iop.md', '-o', 'out/deep/plan.html'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('ip: Wrote out/deep/plan.html (from plans/barn-med-iop.md)\n');
    const out = join(cwd, 'out/deep/plan.html');
    expect(readFileSync(out, 'utf8')).toContain('<h1>Individuell plan for <bdi>Emil Strand</bdi></h1>');
    expect(statSync(out).mode & 0o777).toBe(0o600);
    // Written by rename from a temporary file in the same folder: nothing else is left there.
    expect(files(join(cwd, 'out/deep'))).toEqual(['plan.html']);
  });

  it('writes into a folder when -o ends with /, naming the page by plan id', async () => {
    const cwd = tempDir(plans());
    const r = await run(['render', 'plans/barn-med-iop.md', '-o', 'out/'], { cwd });
    expect(r.code).toBe(0);
    expect(files(join(cwd, 'out'))).toEqual(['IP-2026-0213.html']);
  });

  it('replaces its own previous page without --force', async () => {
    const cwd = tempDir(plans());
    expect((await run(['render', 'plans/barn-med-iop.md', '-o', 'plan.html', '--today', '2026-11-22'], { cwd })).code).toBe(0);
    const r = await run(['render', 'plans/barn-med-iop.md', '-o', 'plan.html', '--today', '2027-01-21'], { cwd });
    expect(r.code).toBe(0);
    expect(readFileSync(join(cwd, 'plan.html'), 'utf8')).toContain('<time datetime="2027-01-21">torsdag 21. januar 2027</time>');
  });

  it('refuses to replace a file it did not make, unless --force', async () => {
    const cwd = tempDir({ ...plans(), 'notes.html': '<!DOCTYPE html><title>Mine notater</title>' });
    const r = await run(['render', 'plans/barn-med-iop.md', '-o', 'notes.html'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'ip: Not writing: these files exist and were not made by ip render.\n' +
        '  notes.html exists and is not a page from ip render\n' +
        'Choose another place with -o, move the files, or use --force to replace them. No files were written.\n',
    );
    expect(readFileSync(join(cwd, 'notes.html'), 'utf8')).toBe('<!DOCTYPE html><title>Mine notater</title>');

    const forced = await run(['render', 'plans/barn-med-iop.md', '-o', 'notes.html', '--force'], { cwd });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(cwd, 'notes.html'), 'utf8')).toContain('<meta name="generator" content="ip render">');
  });

  it('never replaces the plan itself, not even with --force', async () => {
    const cwd = tempDir(plans());
    const r = await run(['render', 'plans/barn-med-iop.md', '-o', 'plans/barn-med-iop.md', '--force'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('plans/barn-med-iop.md is the plan itself (never replaced, not even with --force)');
    expect(readFileSync(join(cwd, 'plans', PLAN), 'utf8')).toBe(example(PLAN));
  });

  it('writes into an existing folder named by -o', async () => {
    const cwd = tempDir(plans());
    mkdirSync(join(cwd, 'print.html'));
    const r = await run(['render', 'plans/barn-med-iop.md', '-o', 'print.html'], { cwd });
    expect(r.code).toBe(0);
    expect(files(join(cwd, 'print.html'))).toEqual(['IP-2026-0213.html']);
  });

  it('refuses a folder where a page should go', async () => {
    const cwd = tempDir(plans());
    mkdirSync(join(cwd, 'out', 'IP-2026-0213.html'), { recursive: true });
    const r = await run(['render', 'plans/barn-med-iop.md', '-o', 'out/', '--force'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('  out/IP-2026-0213.html is a folder\n');
  });

  it('renders a plan with errors, with the banner, and exits 1', async () => {
    const cwd = tempDir({ 'broken.md': fixture('broken.md') });
    const r = await run(['render', 'broken.md', '-o', 'out.html'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'ip: Wrote out.html (from broken.md)\n' +
        'ip: broken.md: the plan has 11 errors. The page was made anyway, with a notice at the top of what is missing. "ip validate broken.md" shows the details.\n',
    );
    const html = readFileSync(join(cwd, 'out.html'), 'utf8');
    expect(html).toContain('Planen er ikke ferdig'); // the page speaks the plan's language, not the terminal's
    expect(html).toContain('Jeg vil komme meg i jobb.');
    expect(r.stderr).not.toContain('Testesen');
  });

  it('exits 1 for a plan with errors on standard output too', async () => {
    const r = await run(['render', 'test/fixtures/render/yaml-error.md', '-o', '-']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Teksten i planen kan fortsatt leses.');
    expect(r.stderr).toContain('the plan has 1 error.');
  });

  it('takes today from --today or IP_TODAY, and rejects a bad one', async () => {
    const byFlag = await run(['render', 'examples/barn-med-iop.md', '-o', '-', '--today', '2027-01-21']);
    expect(byFlag.stdout).toContain('<tr role="row" class="next"><th scope="row" role="rowheader"><time datetime="2027-06-01">');
    const byEnv = await run(['render', 'examples/barn-med-iop.md', '-o', '-'], { env: { IP_TODAY: '2027-01-21' } });
    expect(byEnv.stdout).toBe(byFlag.stdout);
    const bad = await run(['render', 'examples/barn-med-iop.md', '-o', '-', '--today', '01/21/2027']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--today must be a date written YYYY-MM-DD or DD.MM.YYYY.');
  });
});

describe('many plans', () => {
  it('renders a folder into a folder, one page per plan, named by plan id', async () => {
    const cwd = tempDir({
      ...plans(['barn-med-iop.md', 'bolig-og-arbeid.md', 'nynorsk-rehabilitering.md']),
      'plans/README.md': '# Not a plan\n',
      'plans/kari-nordmann.md': example('utkast-forste-mote.md').replace(/^id: .*\n/m, ''),
    });
    const r = await run(['render', 'plans', '-o', 'out'], { cwd });
    expect(r.code).toBe(0);
    expect(files(join(cwd, 'out'))).toEqual(['IP-2026-0042.html', 'IP-2026-0213.html', 'IP-2026-0318.html', 'kari-nordmann.html']);
    // One line for the folder; each page with --verbose.
    expect(r.stderr).toBe('ip: 4 pages written in out.\n');
    const verbose = await run(['render', 'plans', '-o', 'out', '--verbose'], { cwd });
    expect(verbose.stderr.split('\n').filter(Boolean)).toEqual([
      'ip: Wrote out/IP-2026-0213.html (from plans/barn-med-iop.md)',
      'ip: Wrote out/IP-2026-0042.html (from plans/bolig-og-arbeid.md)',
      'ip: Wrote out/kari-nordmann.html (from plans/kari-nordmann.md)',
      'ip: Wrote out/IP-2026-0318.html (from plans/nynorsk-rehabilitering.md)',
    ]);
    // No page name carries a person's name, unless the source file itself was named so and the plan has no id.
    for (const f of files(join(cwd, 'out'))) expect(f).not.toMatch(/Emil|Strand|Ragnhild/i);
  });

  it('names the plans with errors in the one line for a folder', async () => {
    const cwd = tempDir({ ...plans(['barn-med-iop.md', 'bolig-og-arbeid.md']), 'plans/broken.md': example('bolig-og-arbeid.md').replace(/^id: .*\n/m, 'id: IP-2026-0999\n').replace('koordinator: ola', 'koordinator: x') });
    const r = await run(['render', 'plans', '-o', 'out/'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('ip: 3 pages written in out; 1 plan has errors, and the page says at the top what is missing: plans/broken.md. "ip validate" shows the details.\n');
  });

  it('checks every target before writing any', async () => {
    const cwd = tempDir({ ...plans(['barn-med-iop.md', 'bolig-og-arbeid.md']), 'out/IP-2026-0213.html': 'my own file' });
    const r = await run(['render', 'plans', '-o', 'out/'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('  out/IP-2026-0213.html exists and is not a page from ip render\n');
    expect(files(join(cwd, 'out'))).toEqual(['IP-2026-0213.html']);
    expect(readFileSync(join(cwd, 'out/IP-2026-0213.html'), 'utf8')).toBe('my own file');
  });

  it('needs a folder for more than one plan', async () => {
    const cwd = tempDir({ ...plans(['barn-med-iop.md', 'bolig-og-arbeid.md']), 'taken.txt': 'x' });
    const toStdout = await run(['render', 'plans', '-o', '-'], { cwd });
    expect(toStdout.code).toBe(2);
    expect(toStdout.stderr).toContain('-o - writes one page to standard output, but 2 plans were found.');
    const toFile = await run(['render', 'plans', '-o', 'taken.txt'], { cwd });
    expect(toFile.code).toBe(2);
    expect(toFile.stderr).toContain('ip: taken.txt exists and is not a folder.\nWhen several plans are rendered, -o must be a folder. Choose another path.\n');
    expect(readFileSync(join(cwd, 'taken.txt'), 'utf8')).toBe('x');
  });

  it('writes a folder holding one plan to the .html file -o names, and refuses it for more', async () => {
    const one = tempDir(plans());
    const r = await run(['render', 'plans', '-o', 'plan.html'], { cwd: one });
    expect(r.code).toBe(0);
    expect(files(one)).toEqual(['plan.html', 'plans']);
    const two = tempDir(plans(['barn-med-iop.md', 'bolig-og-arbeid.md']));
    const refused = await run(['render', 'plans', '-o', 'plan.html'], { cwd: two });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('ip: -o names one file, but 2 plans were found.\nWrite the pages to a folder: end -o with / (for example -o print/).\n');
    expect(files(two)).toEqual(['plans']);
  });

  it('takes several named plans and globs', async () => {
    const cwd = tempDir(plans(['barn-med-iop.md', 'bolig-og-arbeid.md', 'ettervern-til-nav.md']));
    const r = await run(['render', 'plans/barn-*.md', 'plans/bolig-og-arbeid.md', '-o', 'out'], { cwd });
    expect(r.code).toBe(0);
    expect(files(join(cwd, 'out'))).toEqual(['IP-2026-0042.html', 'IP-2026-0213.html']);
  });

  it('exits 2 when a path matches nothing, or no plan is found', async () => {
    const cwd = tempDir({ 'docs/README.md': '# Hello\n' });
    const missing = await run(['render', 'nope.md', '-o', 'out/'], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('ip: Nothing matches "nope.md".');
    const none = await run(['render', 'docs', '-o', 'out/'], { cwd });
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(
      'ip: Found no plans in "docs". The one Markdown file there is not a plan.\nA plan is a Markdown file with "ip: 1" at the top of its front matter. Check the path, or use --allow-empty if having no plans here is fine.\n',
    );
    expect(existsSync(join(cwd, 'out'))).toBe(false);
    const allowed = await run(['render', 'docs', '-o', 'out/', '--allow-empty'], { cwd });
    expect(allowed.code).toBe(0);
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });

  it('exits 1 when one of the plans has errors, and still writes them all', async () => {
    const cwd = tempDir({ ...plans(['barn-med-iop.md']), 'plans/broken.md': fixture('broken.md') });
    const r = await run(['render', 'plans', '-o', 'out/'], { cwd });
    expect(r.code).toBe(1);
    expect(files(join(cwd, 'out'))).toEqual(['IP-2026-0213.html', 'IP-2026-0901.html']);
  });
});

describe('where the page lands', () => {
  it('warns when the output folder is inside a git repository', async () => {
    const cwd = tempDir({ ...plans(), 'repo/.git/HEAD': 'ref: refs/heads/main\n' });
    const r = await run(['render', 'plans/barn-med-iop.md', '-o', 'repo/print/'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('ip: Note: repo/print is inside a git repository. The page is a copy of health data; keep it out of version control');
  });

  it('reports an output folder that cannot be created, exit 2', async () => {
    const cwd = tempDir({ ...plans(), 'file.txt': 'x' });
    const r = await run(['render', 'plans/barn-med-iop.md', '-o', 'file.txt/sub/plan.html'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ip: Cannot create the folder file.txt/sub (');
  });
});

describe('the built binary', () => {
  it('writes a page as a user would run it', () => {
    const cwd = tempDir(plans());
    const r = runBin(['render', 'plans/barn-med-iop.md', '-o', 'plan.html'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('ip: Wrote plan.html (from plans/barn-med-iop.md)\n');
    expect(readFileSync(join(cwd, 'plan.html'), 'utf8')).toContain('<h1>Individuell plan for <bdi>Emil Strand</bdi></h1>');
  });

  it('exits 2 without -o', () => {
    const r = runBin(['render', 'examples/barn-med-iop.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Missing -o');
  });

  it('writes to standard output with -o -', () => {
    const r = runBin(['render', 'examples/nynorsk-rehabilitering.md', '-o', '-']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<html lang="nn">');
  });

  it('is listed in ip --help', () => {
    const r = runBin(['--help']);
    expect(r.stdout).toMatch(/^\s+render \[options\] \[paths\.\.\.\]/m);
  });
});

describe('a page written under a name is complete', () => {
  it('leaves no temporary files behind in a folder run', async () => {
    const cwd = tempDir(plans(['barn-med-iop.md', 'bolig-og-arbeid.md']));
    writeFileSync(join(cwd, 'keep.txt'), 'x');
    await run(['render', 'plans', '-o', 'out/'], { cwd });
    expect(files(join(cwd, 'out')).filter((f) => f.endsWith('.tmp') || f.startsWith('.'))).toEqual([]);
  });
});
