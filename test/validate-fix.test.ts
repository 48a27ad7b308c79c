import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixPass } from '../src/commands/validate/fix.js';
import type { Context } from '../src/context.js';
import { realReplaceFs, type ReplaceFs } from '../src/fs/write.js';
import { formatText } from '../src/output/validate/text.js';
import { summarize } from '../src/validate/report.js';
import { example, run, runBin, tempDir, type RunResult } from './helpers.js';

/**
 * `ip validate --fix` and `--fix-dry-run` as a user runs them: in-process
 * and through the built binary, with the exact exit code and output, the
 * files' bytes afterwards, their mode, and no temporary file left.
 */

const GOOD = example('barn-med-iop.md');

/** The example with five mistakes put in: a case, a key in ASCII, a date D.M.YYYY, a no-break space after a colon, `ja`, one id for a list. */
const MISTAKEN = GOOD.replace('status: aktiv', 'status: Aktiv')
  .replace('  fødselsdato: 2016-10-04', '  fodselsdato: 4.10.2016')
  .replace('barnekoordinator: true', 'barnekoordinator: ja')
  .replace('    mål: [M2]', '    mål: M2')
  .replace('    rolle: foresatt\n    bidrag: Deltar på møtene og deler', '    rolle:\u00A0foresatt\n    bidrag: Deltar på møtene og deler');

const FIXED_EN = 'Fixed 6 mistakes in p.md: enum-case (1), key-spelling (1), date-form (1), unicode-space (1), boolean-word (1), id-list (1).\n\nChecked 1 plan: 0 errors, 0 warnings.\n';
const DRY_RUN_EN = [
  'p.md:4:9: would fix: the value is written as the allowed value [enum-case]',
  'p.md:8:3: would fix: the key is spelt as the format has it [key-spelling]',
  'p.md:8:16: would fix: the date is written YYYY-MM-DD [date-form]',
  'p.md:17:11: would fix: a no-break or other Unicode space becomes an ordinary space [unicode-space]',
  'p.md:41:19: would fix: ja/nei becomes true/false [boolean-word]',
  'p.md:65:10: would fix: the id is put in a list: [id] [id-list]',
  'Would fix 6 mistakes in 1 file. Nothing was written.',
  '',
  'Checked 1 plan: 0 errors, 0 warnings.',
  '',
].join('\n');

const runners: [string, (args: string[], cwd: string) => Promise<RunResult> | RunResult][] = [
  ['in-process', (args, cwd) => run(args, { cwd })],
  ['built binary', (args, cwd) => runBin(args, { cwd })],
];

describe.each(runners)('ip validate --fix (%s)', (_name, ip) => {
  it('mends the file, keeps its mode, leaves no temporary file, and checks it after', async () => {
    const dir = tempDir({ 'p.md': MISTAKEN });
    chmodSync(join(dir, 'p.md'), 0o640);
    const result = await ip(['validate', '--fix', 'p.md'], dir);
    expect(result).toEqual({ code: 0, stdout: FIXED_EN, stderr: '' });
    expect(readFileSync(join(dir, 'p.md'), 'utf8')).toBe(GOOD);
    expect(statSync(join(dir, 'p.md')).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['p.md']);
  });

  it('a second run changes nothing', async () => {
    const dir = tempDir({ 'p.md': MISTAKEN });
    await ip(['validate', '--fix', '.'], dir);
    const mtime = statSync(join(dir, 'p.md')).mtimeMs;
    const again = await ip(['validate', '--fix', '.'], dir);
    expect(again).toEqual({ code: 0, stdout: 'Nothing to fix.\n\nChecked 1 plan: 0 errors, 0 warnings.\n', stderr: '' });
    expect(readFileSync(join(dir, 'p.md'), 'utf8')).toBe(GOOD);
    expect(statSync(join(dir, 'p.md')).mtimeMs).toBe(mtime);
  });

  it('--fix-dry-run lists each fix, checks the plan as fixing would leave it, and writes nothing', async () => {
    const dir = tempDir({ 'p.md': MISTAKEN });
    const result = await ip(['validate', '--fix-dry-run', 'p.md'], dir);
    expect(result).toEqual({ code: 0, stdout: DRY_RUN_EN, stderr: '' });
    expect(readFileSync(join(dir, 'p.md'), 'utf8')).toBe(MISTAKEN);
    expect(readdirSync(dir)).toEqual(['p.md']);
  });

  it('JSON: fixed per file, with codes and positions before fixing', async () => {
    const dir = tempDir({ 'p.md': MISTAKEN, 'ok.md': GOOD.replace('IP-2026-0213', 'IP-2026-0214').replace(/"04901660080"/, '"17850250006"').replace('2016-10-04', '2002-05-17') });
    const result = await ip(['validate', '--fix', '--format', 'json', '.'], dir);
    const report = JSON.parse(result.stdout);
    const byPath = Object.fromEntries(report.files.map((f: { path: string }) => [f.path, f]));
    expect(byPath['p.md'].fixed).toEqual([
      { code: 'enum-case', line: 4, column: 9 },
      { code: 'key-spelling', line: 8, column: 3 },
      { code: 'date-form', line: 8, column: 16 },
      { code: 'unicode-space', line: 17, column: 11 },
      { code: 'boolean-word', line: 41, column: 19 },
      { code: 'id-list', line: 65, column: 10 },
    ]);
    expect(Object.keys(byPath['p.md'])).toEqual(['path', 'valid', 'diagnostics', 'fixed']);
    expect(byPath['ok.md'].fixed).toEqual([]);
    expect(result.stdout).not.toMatch(/04901660080|4\.10\.2016|Aktiv/);
  });

  it('what --fix cannot mend stays a finding, with the exit code of the check after fixing', async () => {
    const dir = tempDir({ 'p.md': MISTAKEN.replace('    omfang: 5 timer per uke\n', '') });
    const result = await ip(['validate', '--fix', '--quiet', 'p.md', '--lang', 'nb'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^Rettet 6 feil i p\.md: enum-case \(1\), key-spelling \(1\), date-form \(1\), unicode-space \(1\), boolean-word \(1\), id-list \(1\)\.\n\np\.md:56:5: feil: .*\[point-missing\]\n/);
    expect(result.stdout).toMatch(/\n\n1 plan sjekket: 1 feil, 0 advarsler\.\nForskriften: .*\n$/);
  });

  it('a file that does not parse after the text-level fixes is not touched', async () => {
    const broken = MISTAKEN.replace('status: Aktiv', 'status: [aktiv');
    const dir = tempDir({ 'p.md': broken });
    const result = await ip(['validate', '--fix', 'p.md'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^Nothing to fix\.\n\np\.md:17:11: error: .*\[pasted-character\]\n/);
    expect(readFileSync(join(dir, 'p.md'), 'utf8')).toBe(broken);
  });

  it('usage: --fix with --fix-dry-run, and --fix with --stdin', async () => {
    const dir = tempDir({ 'p.md': MISTAKEN });
    expect(await ip(['validate', '--fix', '--fix-dry-run', 'p.md'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ip: --fix and --fix-dry-run cannot be used together.\nUse --fix-dry-run to see what would be fixed, and --fix to fix it.\n',
    });
    expect(await ip(['validate', '--fix', '--stdin'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ip: --fix writes files, and a plan read from standard input has no file to write to.\nUse --fix-dry-run with --stdin to see what would be fixed.\n',
    });
    expect(readFileSync(join(dir, 'p.md'), 'utf8')).toBe(MISTAKEN);
  });
});

describe('ip validate --fix-dry-run --stdin', () => {
  it('lists the fixes for the plan on standard input', async () => {
    const result = await run(['validate', '--fix-dry-run', '--stdin', '--stdin-filename', 'p.md'], { stdin: MISTAKEN });
    expect(result).toEqual({ code: 0, stdout: DRY_RUN_EN, stderr: '' });
    expect(runBin(['validate', '--fix-dry-run', '--stdin', '--stdin-filename', 'p.md'], { input: MISTAKEN })).toEqual({ code: 0, stdout: DRY_RUN_EN, stderr: '' });
  });
});

describe('a plan changed between its read and its write', () => {
  function context(cwd: string): Context & { err: () => string } {
    let stderr = '';
    return { cwd, env: {}, stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, err: () => stderr };
  }

  it('is not overwritten: the other change stays, no temporary file, exit 1', async () => {
    const dir = tempDir({ 'p.md': MISTAKEN });
    const target = join(dir, 'p.md');
    const edited = MISTAKEN + '\nEn linje skrevet i mellomtiden.\n';
    // Someone saves the plan just as the fixed text is being written beside it.
    const racing: ReplaceFs = {
      ...realReplaceFs,
      writeNew: async (path, data, mode) => {
        writeFileSync(target, edited);
        return realReplaceFs.writeNew(path, data, mode);
      },
    };
    const ctx = context(dir);
    const pass = await fixPass({ paths: ['p.md'], maxSize: 1 << 20, write: true, lang: 'en', fs: racing }, ctx);
    expect(pass.exit).toBe(1);
    expect(pass.fixed.get('p.md')).toEqual([]);
    expect(ctx.err()).toBe('ip: "p.md" was changed by someone else while ip validate --fix worked, so it was not overwritten.\nOpen the file to see what changed, and run ip validate --fix again.\nThe plan is as it was, and no temporary file is left behind.\n');
    expect(readFileSync(target, 'utf8')).toBe(edited);
    expect(readdirSync(dir)).toEqual(['p.md']);
  });

  it('a read-only plan is refused, not replaced, and the text output says it was not fixed', async () => {
    const dir = tempDir({ 'p.md': MISTAKEN });
    // As the system answers a user without write access (root is never refused, so the answer is given here).
    const readOnly: ReplaceFs = { ...realReplaceFs, writable: async () => Promise.reject(Object.assign(new Error('read-only'), { code: 'EACCES' })) };
    const ctx = context(dir);
    const pass = await fixPass({ paths: ['p.md'], maxSize: 1 << 20, write: true, lang: 'en', fs: readOnly }, ctx);
    expect(pass.exit).toBe(1);
    expect([...pass.notFixed]).toEqual(['p.md']);
    expect(ctx.err()).toBe('ip: "p.md" is read-only: you may not write to the file, so it was not fixed.\nAsk the owner of the file for write access, or run ip validate --fix as a user who has it.\nThe plan is as it was, and no temporary file is left behind.\n');
    expect(readFileSync(join(dir, 'p.md'), 'utf8')).toBe(MISTAKEN);
    expect(readdirSync(dir)).toEqual(['p.md']);
    const report = summarize([{ path: 'p.md', valid: false, diagnostics: [], fixed: [], notFixed: true }], []);
    expect(formatText(report, { lang: 'en', paint: (_style, text) => text, verbose: false, fix: 'write' })).toBe('p.md was not fixed (see the message above).\n\nChecked 1 plan: 0 errors, 0 warnings.\n');
  });
});
