import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCsv, safeCell } from '../src/output/report/csv.js';
import { buildReport } from '../src/report/build.js';
import { reportEntry } from '../src/report/entry.js';
import { readFixtures, REPORT_FIXTURES } from './fixtures/report/harness.js';
import { ROOT, run, runBin, tempDir, TODAY } from './helpers.js';

/**
 * `ip report` over the fixture caseload in test/fixtures/report/plans, today
 * 2026-11-22 (+30 days: 2026-12-22; +90 days: 2027-02-20; twelve months
 * back: 2025-11-22). Every number below was counted by hand from the seven
 * files, as the comments say; none was copied from the program's output.
 */
const PLANS = 'test/fixtures/report/plans';
const path = (id: string) => `${PLANS}/${id}.md`;

const EXPECTED_PLANS = {
  total: 7,
  utkast: 1, // 0004
  aktiv: 4, // 0001, 0002, 0003, 0006
  avsluttet: 1, // 0005
  with_errors: 4, // 0001 and 0006 (same fødselsnummer), 0002 (no omfang on T1, no samarbeid), 0007 (YAML error)
  with_warnings: 1, // 0004: a draft missing points, and a withdrawn consent
  unknown: 1, // 0007: its status cannot be read
};

const EXPECTED_EVALUATIONS = {
  // Open plans' evaluations not held: 0001 E2 12-10, E3 2027-05-15; 0002 E1 10-01, E2 2027-03-10;
  // 0003 E2 2027-01-05; 0004 E1 12-01; 0006 E2 11-01, E3 2027-02-20. 0005 is closed: its E1 does not count.
  overdue: 2, // 0002 E1, 0006 E2
  next_30: 2, // 12-01, 12-10
  next_90: 4, // 12-01, 12-10, 2027-01-05, 2027-02-20 (the 90th day counts)
  by_month: [
    { month: '2026-11', count: 0 }, // 11-01 is overdue, not counted here
    { month: '2026-12', count: 2 },
    { month: '2027-01', count: 1 },
    { month: '2027-02', count: 1 },
    { month: '2027-03', count: 1 },
    { month: '2027-04', count: 0 },
    { month: '2027-05', count: 1 },
    { month: '2027-06', count: 0 },
    { month: '2027-07', count: 0 },
    { month: '2027-08', count: 0 },
    { month: '2027-09', count: 0 },
    { month: '2027-10', count: 0 },
  ],
  // 0001 held 2026-06-12 and 0003 2026-09-01; 0002 never, 0006 last on 2025-10-01.
  none_held_12_months: ['IP-R-0002', 'IP-R-0006'],
};

const EXPECTED_ATTENTION = [
  // Undated first: the two open plans for one person.
  { plan: 'IP-R-0001', path: path('IP-R-0001'), kind: 'to_planer' },
  { plan: 'IP-R-0006', path: path('IP-R-0006'), kind: 'to_planer' },
  // 0003: born 2009-01-10, consent given by a foresatt on 2024-08-01: confirm at 16 (past), obtain at 18.
  { plan: 'IP-R-0003', path: path('IP-R-0003'), kind: 'samtykke', date: '2025-01-10', renewal: 'confirm', overdue: true },
  // 0004: the consent to share information was withdrawn.
  { plan: 'IP-R-0004', path: path('IP-R-0004'), kind: 'samtykke_trukket', date: '2026-11-15' },
  { plan: 'IP-R-0003', path: path('IP-R-0003'), kind: 'samtykke', date: '2027-01-10', renewal: 'obtain' },
  // 0003 has a barnekoordinator and its period runs past the 18th birthday.
  { plan: 'IP-R-0003', path: path('IP-R-0003'), kind: 'barnekoordinator', date: '2027-01-10' },
  { plan: 'IP-R-0002', path: path('IP-R-0002'), kind: 'overgang', date: '2027-01-15', ref: 'O1' },
  { plan: 'IP-R-0001', path: path('IP-R-0001'), kind: 'vedtak', date: '2027-01-31', ref: 'T1' },
];

const EXPECTED_COORDINATORS = [
  { id: 'siri', virksomhet: 'Boligkontoret', plans: 1, overdue: 0, attention: 1 }, // 0004 (withdrawn consent)
  { id: 'kristin', virksomhet: 'Helsestasjon', plans: 1, overdue: 0, attention: 1 }, // 0003
  { id: 'ola', virksomhet: 'NAV Sentrum', plans: 2, overdue: 1, attention: 2 }, // 0001, 0002 (0005 is closed)
  { id: 'per', virksomhet: 'Sentrum legekontor', plans: 1, overdue: 1, attention: 1 }, // 0006
];

const POINTS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((point) => ({ point, met: point === 'e' || point === 'i' ? 3 : 4, not_met: point === 'e' || point === 'i' ? ['IP-R-0002'] : [] }));

async function jsonReport(args: string[] = []) {
  const r = await run(['report', PLANS, '--format', 'json', ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe('ip report: the fixture caseload, counted by hand', () => {
  it('JSON: every section of the contract', async () => {
    const report = await jsonReport();
    expect(report.version).toBe(1);
    expect(report.today).toBe(TODAY);
    expect(report.plans).toEqual(EXPECTED_PLANS);
    expect(report.points).toEqual(POINTS);
    expect(report.evaluations).toEqual(EXPECTED_EVALUATIONS);
    expect(report.attention).toEqual(EXPECTED_ATTENTION);
    expect(report.coordinators).toEqual(EXPECTED_COORDINATORS);
    // Plans by rule: the two plans of one person; 0002's missing points; 0004's draft warnings and withdrawn consent; 0007.
    expect(report.rules).toEqual([
      { code: 'duplicate-person', severity: 'error', plans: 2 },
      { code: 'consent-withdrawn', severity: 'warning', plans: 1 },
      { code: 'point-missing', severity: 'error', plans: 1 },
      { code: 'point-missing', severity: 'warning', plans: 1 },
      { code: 'yaml-syntax', severity: 'error', plans: 1 },
    ]);
    expect(Object.keys(report)).toEqual(['version', 'today', 'plans', 'rules', 'points', 'evaluations', 'attention', 'coordinators']);
  });

  it('names the coordinators only with --names', async () => {
    expect((await jsonReport()).coordinators.some((c: object) => 'name' in c)).toBe(false);
    const named = await jsonReport(['--names']);
    expect(named.coordinators.map((c: { name?: string }) => c.name)).toEqual(['Siri Boligsen', 'Kristin Helsesøster', 'Ola Koordinatorsen', 'Per Legesen']);
  });

  it('--today moves the windows', async () => {
    const report = await jsonReport(['--today', '1.1.2027']);
    // Now 10-01, 11-01, 12-01 and 12-10 are past; 2027-01-05 is within 30 days; 2027-02-20 and 2027-03-10 within 90.
    expect(report.evaluations).toMatchObject({ overdue: 4, next_30: 1, next_90: 3 });
    expect(report.evaluations.by_month[0]).toEqual({ month: '2027-01', count: 1 });
  });

  it('text: each section, with the numbers', async () => {
    const r = await run(['report', PLANS, '--format', 'text']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Caseload report as of 2026-11-22: 7 plans');
    expect(r.stdout).toContain('  utkast (draft) 1 · aktiv (active) 4 · avsluttet (closed) 1 · status unknown 1\n  with errors 4 · with warnings 1\n');
    expect(r.stdout).toContain("The regulation's points a–i (4 active plans)\n");
    expect(r.stdout).toMatch(/ {2}e\) measures, their scope and who is responsible {7}3 of 4 meet it; not met by: IP-R-0002\n/);
    expect(r.stdout).toContain('  overdue 2 · next 30 days 2 · next 90 days 4\n');
    expect(r.stdout).toContain('    2026-12  2  ' + '█'.repeat(30) + '\n');
    expect(r.stdout).toContain('  Active plans with no evaluation held in the last twelve months: IP-R-0002, IP-R-0006\n');
    expect(r.stdout).toContain('  2025-01-10  IP-R-0003  Consent should be confirmed by the person (age 16)  OVERDUE\n');
    expect(r.stdout).toContain('  2026-11-15  IP-R-0004  Consent withdrawn\n');
    expect(r.stdout).toContain('  NAV Sentrum\n    ola: 2 plans, 1 overdue, 2 plans need attention\n');
    expect(r.stdout).not.toContain('Ola Koordinatorsen');
  });

  it('text in bokmål', async () => {
    const r = await run(['report', PLANS, '--lang', 'nb']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Oversikt over planene per 2026-11-22: 7 planer');
    expect(r.stdout).toContain('    ola: 2 planer, 1 forfalt, 2 planer trenger oppmerksomhet\n');
  });

  it('text on a terminal names the coordinators; --no-names does not', async () => {
    expect((await run(['report', PLANS], { tty: true })).stdout).toContain('    ola (Ola Koordinatorsen): 2 plans');
    expect((await run(['report', PLANS, '--no-names'], { tty: true })).stdout).not.toContain('Koordinatorsen');
  });

  it('CSV: one row per plan, RFC 4180', async () => {
    const r = await run(['report', PLANS, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n')).toEqual([
      'plan,path,status,errors,warnings,points met,points not met,next evaluation,overdue evaluations,needs attention,coordinator,virksomhet',
      `IP-R-0001,${path('IP-R-0001')},aktiv,1,0,a b c d e f g h i,,2026-12-10,0,vedtak to_planer,ola,NAV Sentrum`,
      `IP-R-0002,${path('IP-R-0002')},aktiv,2,0,a b c d f g h,e i,2027-03-10,1,overgang,ola,NAV Sentrum`,
      `IP-R-0003,${path('IP-R-0003')},aktiv,0,0,a b c d e f g h i,,2027-01-05,0,samtykke barnekoordinator,kristin,Helsestasjon`,
      `IP-R-0004,${path('IP-R-0004')},utkast,0,10,,,2026-12-01,0,samtykke_trukket,siri,Boligkontoret`,
      `IP-R-0005,${path('IP-R-0005')},avsluttet,0,0,,,,0,,ola,NAV Sentrum`,
      `IP-R-0006,${path('IP-R-0006')},aktiv,1,0,a b c d e f g h i,,2027-02-20,1,to_planer,per,Sentrum legekontor`,
      `${path('IP-R-0007')},${path('IP-R-0007')},,1,0,,,,0,,,`,
      '',
    ]);
  });

  it('CSV with --excel: a BOM, semicolons, and the headers in bokmål', async () => {
    const r = await run(['report', PLANS, '--excel', '--lang', 'nb']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\uFEFFplan;sti;status;feil;advarsler;punkter oppfylt;punkter ikke oppfylt;neste evaluering;forfalte evalueringer;trenger oppmerksomhet;koordinator;virksomhet\r\n')).toBe(true);
    expect(r.stdout).toContain(`IP-R-0002;${path('IP-R-0002')};aktiv;2;0;a b c d f g h;e i;2027-03-10;1;overgang;ola;NAV Sentrum\r\n`);
  });

  it('Markdown: a table per section', async () => {
    const r = await run(['report', PLANS, '--format', 'markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Caseload report as of 2026-11-22\n/);
    expect(r.stdout).toContain('| e) measures, their scope and who is responsible | 3 / 4 | IP-R-0002 |\n');
    expect(r.stdout).toContain('| 2 | 2 | 4 |\n');
    expect(r.stdout).toContain('| 2027-01-31 | IP-R-0001 | Decision expires (T1) |\n');
    expect(r.stdout).toContain('| NAV Sentrum | ola | 2 | 1 | 2 |\n');
  });

  it('HTML: one page, a strict policy, no script, every chart with its table', async () => {
    const r = await run(['report', PLANS, '--format', 'html']);
    expect(r.code).toBe(0);
    const html = r.stdout;
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain("default-src 'none'; style-src 'sha256-");
    expect(html).not.toMatch(/<script|<link|<img|src=|href=|style="/i);
    for (const chart of ['status', 'points', 'evaluations', 'months', 'coordinators']) expect(html).toContain(`<section class="chart" id="chart-${chart}" data-chart="${chart}">`);
    expect(html.match(/<svg /g)).toHaveLength(5);
    expect(html).toContain('<g class="bar" data-label="aktiv (active)" data-value="4">');
    expect(html).toContain('<th scope="row">2026-12</th><td class="n" data-value="2">2</td>');
  });
});

describe('ip report: writing a file with -o', () => {
  it('-o report.html writes HTML atomically, refuses to replace it, and replaces it with --force', async () => {
    const dir = tempDir(readFixtures());
    const first = await run(['report', 'plans', '-o', 'report.html'], { cwd: dir });
    expect(first).toEqual({ code: 0, stdout: '', stderr: 'ip: wrote report.html (7 plans).\n' });
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toContain('Koordinatorsen');

    const again = await run(['report', 'plans', '-o', 'report.html'], { cwd: dir });
    expect(again).toEqual({ code: 2, stdout: '', stderr: 'ip: Not writing: report.html already exists.\nChoose another name with -o, or use --force to replace the file.\n' });
    writeFileSync(join(dir, 'report.html'), 'old');
    expect((await run(['report', 'plans', '-o', 'report.html', '--force', '--names'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('Ola Koordinatorsen');
  });

  it('-o with another extension writes text, or the format asked for', async () => {
    const dir = tempDir(readFixtures());
    expect((await run(['report', 'plans', '-o', 'report.txt'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toMatch(/^Caseload report as of 2026-11-22: 7 plans\n/);
    expect((await run(['report', 'plans', '-o', 'r.json', '--format', 'json'], { cwd: dir })).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).plans.total).toBe(7);
  });

  it('never writes over a plan, not even with --force', async () => {
    const dir = tempDir(readFixtures());
    const before = readFileSync(join(dir, 'plans/IP-R-0001.md'), 'utf8');
    const r = await run(['report', 'plans', '-o', 'plans/IP-R-0001.md', '--force'], { cwd: dir });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ip: Not writing: plans/IP-R-0001.md is one of the plans (never replaced, not even with --force).\nWrite the report to another file with -o, for example -o report.html.\n',
    });
    expect(readFileSync(join(dir, 'plans/IP-R-0001.md'), 'utf8')).toBe(before);
  });

  it('a folder, or a folder that does not exist: exit 2, nothing written', async () => {
    const dir = tempDir(readFixtures());
    expect(await run(['report', 'plans', '-o', 'plans'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: 'ip: Not writing: plans is a folder.\nGive a file name with -o, for example -o report.html.\n' });
    const r = await run(['report', 'plans', '-o', 'nowhere/report.html'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ip: Cannot write nowhere\/report\.html: the folder does not exist \(ENOENT\)\.\n/);
    expect(existsSync(join(dir, 'nowhere'))).toBe(false);
  });
});

describe('ip report: usage', () => {
  it('--excel with another format is a usage error', async () => {
    expect(await run(['report', PLANS, '--excel', '--format', 'json'])).toEqual({ code: 2, stdout: '', stderr: 'ip: --excel is for CSV, but --format is json.\nUse --format csv --excel, or just --excel.\n' });
  });

  it('no plans: exit 2, or 0 with --allow-empty and a report of nothing', async () => {
    const dir = tempDir({ 'README.md': '# Notes\n' });
    expect((await run(['report', '.'], { cwd: dir })).code).toBe(2);
    const empty = await run(['report', '.', '--allow-empty', '--format', 'json'], { cwd: dir });
    expect(empty.code).toBe(0);
    expect(JSON.parse(empty.stdout)).toMatchObject({ plans: { total: 0, aktiv: 0 }, attention: [], coordinators: [] });
  });
});

describe('CSV cells that a spreadsheet would run', () => {
  it.each(['=HYPERLINK("x")', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('%j is escaped with an apostrophe', (cell) => {
    expect(safeCell(cell).startsWith("'")).toBe(true);
  });

  it('a plan file named like a formula is written as text', async () => {
    const dir = tempDir({ '=cmd.md': readFixtures()['plans/IP-R-0003.md']!, '-x.md': readFixtures()['plans/IP-R-0005.md']! });
    const r = await run(['report', '.', '--format', 'csv'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n')).toContain("IP-R-0005,'-x.md,avsluttet,0,0,,,,0,,ola,NAV Sentrum");
    expect(r.stdout.split('\r\n')).toContain(`IP-R-0003,'=cmd.md,aktiv,0,0,a b c d e f g h i,,2027-01-05,0,samtykke barnekoordinator,kristin,Helsestasjon`);
  });

  it('formatCsv over a report built in code escapes an id too', () => {
    const entry = reportEntry({ path: 'p.md', data: { id: '=1+1', status: 'utkast' }, status: 'utkast', today: TODAY });
    const csv = formatCsv(buildReport([{ path: 'p.md', diagnostics: [], kept: entry }], { today: TODAY, names: false }), { lang: 'en', paint: (_s, t) => t, excel: false });
    expect(csv.split('\r\n')[1]).toBe("'=1+1,p.md,utkast,0,0,,,,0,,,");
  });
});

describe('ip report through the built binary', () => {
  it('gives the same JSON as in-process', async () => {
    const bin = runBin(['report', PLANS, '--format', 'json'], { cwd: ROOT });
    expect(bin.code).toBe(0);
    expect(JSON.parse(bin.stdout)).toEqual(await jsonReport());
  });

  it('exact exit codes: nothing found (2), a bad format (2), a path that does not exist (2)', () => {
    const dir = tempDir({ 'README.md': '# Notes\n' });
    expect(runBin(['report', '.'], { cwd: dir }).code).toBe(2);
    expect(runBin(['report', '.', '--allow-empty'], { cwd: dir }).code).toBe(0);
    expect(runBin(['report', PLANS, '--format', 'pdf']).code).toBe(2);
    expect(runBin(['report', 'missing']).code).toBe(2);
  });

  it('the fixtures are where the harness says', () => {
    expect(existsSync(join(REPORT_FIXTURES, 'IP-R-0001.md'))).toBe(true);
  });
});
