import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CASELOAD, ROOT, TODAY, parseIcs, run, runBin, unescapeText } from './fixtures/due/harness.js';

/** Everything in the fixtures and examples that must never reach output where names are hidden. */
const PEOPLE = ['Kari Nordvik', 'Sander Bakken', 'Eva Bakken', 'Nina Berg', 'Lars Holm', 'Ola Hansen', 'Siri Lunde', 'Emil Strand', 'Ragnhild', 'Kristin Moe', 'Sindre Hauge', 'Amira', 'Jonas'];
/** Never in any output, names shown or not. */
const SECRETS = ['20831150050', '17850250006', '04901660080', '2011-03-20', '1990-06-01', '2016-10-04', '1978-07-22', '2002-05-17'];

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});
function tempCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ip-due-'));
  temps.push(dir);
  cpSync(join(ROOT, CASELOAD), dir, { recursive: true });
  return dir;
}

type Item = { path: string; plan: string | null; date: string; kind: string; overdue: boolean; concerns: string[]; coordinator?: string; key: string; name?: string };

async function json(args: string[], options: Parameters<typeof run>[1] = {}) {
  const r = await run(['due', ...args, '--format', 'json'], options);
  return { ...r, report: JSON.parse(r.stdout) as { version: number; today: string; until: string; items: Item[]; incomplete: string[] } };
}

describe('ip due on the caseload fixtures', () => {
  it('lists overdue first, then the window, in the brief’s JSON shape', async () => {
    const { code, report, stderr } = await json([CASELOAD, '--today', TODAY]);
    expect(code).toBe(0);
    expect(report.version).toBe(1);
    expect(report.today).toBe(TODAY);
    expect(report.until).toBe('2027-04-14');
    expect(report.items.map((i) => [i.date, i.plan, i.kind, i.overdue, i.concerns])).toEqual([
      ['2027-03-01', 'IP-2027-0004', 'evaluering', true, []],
      ['2027-03-14', 'IP-2027-0001', 'evaluering', true, ['M1']],
      ['2027-03-15', 'IP-2027-0001', 'planperiode', false, []],
      ['2027-03-16', 'IP-2027-0001', 'tiltak', false, ['T2']],
      ['2027-03-20', 'IP-2027-0002', 'samtykke', false, []],
      ['2027-03-28', 'IP-2027-0001', 'frist', false, ['M1']],
      ['2027-03-29', 'IP-2027-0001', 'overgang', false, []],
      ['2027-04-14', 'IP-2027-0001', 'revisjon', false, []],
    ]);
    for (const item of report.items) {
      expect(Object.keys(item)).toEqual(expect.arrayContaining(['path', 'plan', 'date', 'kind', 'overdue', 'concerns']));
      expect(item.path).toMatch(/^test\/fixtures\/due\/caseload\/.+\.md$/);
    }
    // Plans that failed validation still gave their dates; stderr names them, by path only.
    expect(report.incomplete).toEqual([`${CASELOAD}/broken-4.md`, `${CASELOAD}/yaml-broken-5.md`]);
    expect(stderr).toBe(
      `ip due: 2 plans have dates that could not be read, so some points may be missing from the list:\n  ${CASELOAD}/broken-4.md\n  ${CASELOAD}/yaml-broken-5.md\nRun "ip validate" on the files to see what needs fixing.\n`,
    );
  });

  it.each([
    // The window's last day is in; the day after is out.
    ['30d', '2027-04-14', 8],
    ['31d', '2027-04-15', 9],
    ['P1M', '2027-04-15', 9],
    // Only overdue and today.
    ['0d', '2027-03-15', 3],
  ])('--within %s ends on %s', async (within, until, count) => {
    const { code, report } = await json([CASELOAD, '--today', TODAY, '--within', within]);
    expect(code).toBe(0);
    expect(report.until).toBe(until);
    expect(report.items).toHaveLength(count);
  });

  it('takes today from IP_TODAY', async () => {
    const { report } = await json([CASELOAD], { env: { IP_TODAY: '2027-03-16' } });
    expect(report.today).toBe('2027-03-16');
    expect(report.items.find((i) => i.kind === 'planperiode')?.overdue).toBe(true);
  });

  it.each([
    ['Ola Hansen', ['IP-2027-0001', 'IP-2027-0004']],
    ['ola.hansen@example.no', ['IP-2027-0001', 'IP-2027-0004']],
    ['siri.lunde@example.no', ['IP-2027-0002']],
    ['SIRI LUNDE', ['IP-2027-0002']],
    ['Ola', []],
  ])('--coordinator %j keeps that caseload', async (who, plans) => {
    const { code, report } = await json([CASELOAD, '--today', TODAY, '--coordinator', who]);
    expect(code).toBe(0);
    expect([...new Set(report.items.map((i) => i.plan))].sort()).toEqual(plans);
  });

  it('under --coordinator, names only the incomplete plans that may be theirs', async () => {
    const { report, stderr } = await json([CASELOAD, '--today', TODAY, '--coordinator', 'siri.lunde@example.no']);
    expect(report.incomplete).toEqual([`${CASELOAD}/yaml-broken-5.md`]);
    expect(stderr).toContain('1 plan has dates that could not be read');
    expect(stderr).not.toContain('broken-4.md');
  });
});

describe('--fail-on-overdue', () => {
  it.each([
    [[CASELOAD, '--today', TODAY], 1],
    // Nothing overdue on this day.
    [[CASELOAD, '--today', '2027-02-01'], 0],
    // The overdue points belong to another coordinator.
    [[CASELOAD, '--today', TODAY, '--coordinator', 'Siri Lunde'], 0],
    [['examples', '--today', '2027-01-10'], 1],
    [['examples', '--today', '2026-11-20'], 0],
  ])('%j exits %i', async (args, expected) => {
    const { code } = await run(['due', ...args, '--fail-on-overdue']);
    expect(code).toBe(expected);
    // Without the flag, overdue points do not change the exit code.
    expect((await run(['due', ...args])).code).toBe(0);
  });
});

describe('usage errors exit 2', () => {
  it.each([
    [['--today', '2027-02-30'], '--today must be a date written YYYY-MM-DD or DD.MM.YYYY.'],
    [['--today', 'tomorrow'], '--today must be a date written YYYY-MM-DD or DD.MM.YYYY.'],
    [['--within', 'soon'], '--within must be a duration, for example 30d, 6w, 3m, 1y or P3M.'],
    [['--within', 'PT12H'], '--within must be a duration, for example 30d, 6w, 3m, 1y or P3M.'],
    [['--within', '-3d'], '--within must be a duration'],
    [['--coordinator', ' '], '--coordinator cannot be empty.'],
    [['no-such-folder'], 'Nothing matches "no-such-folder".'],
    [['plans/*.md'], 'Nothing matches "plans/*.md".'],
    [['--format', 'xml'], "argument 'xml' is invalid"],
  ])('%j', async (args, message) => {
    const r = await run(['due', CASELOAD, ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('says so in bokmål too', async () => {
    const r = await run(['due', CASELOAD, '--within', 'snart'], { env: { IP_LANG: 'nb' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'ip: --within må være en varighet, for eksempel 30d, 6w, 3m, 1y eller P3M.\nBruk dager (d), uker (w), måneder (m) eller år (y), eller en ISO 8601-varighet uten klokkeslett (P1Y2M10D).\n',
    );
  });

  it('refuses a bad IP_TODAY', async () => {
    const r = await run(['due', CASELOAD], { env: { IP_TODAY: '1/3/2027' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('IP_TODAY must be a date written YYYY-MM-DD or DD.MM.YYYY.');
  });
});

describe('today in Europe/Oslo, across midnight and daylight-saving changes', () => {
  it.each([
    // Spring forward 2027-03-28: 22:59Z is 23:59 CET on the 27th; 23:00Z is 00:00 CET on the 28th.
    ['2027-03-27T22:59:00Z', '2027-03-27'],
    ['2027-03-27T23:00:00Z', '2027-03-28'],
    ['2027-03-28T21:59:00Z', '2027-03-28'],
    ['2027-03-28T22:00:00Z', '2027-03-29'],
    // Fall back 2027-10-31: 21:59Z is 23:59 CEST on the 30th; 22:00Z is 00:00 CEST on the 31st.
    ['2027-10-30T21:59:00Z', '2027-10-30'],
    ['2027-10-30T22:00:00Z', '2027-10-31'],
    ['2027-10-31T22:59:00Z', '2027-10-31'],
    ['2027-10-31T23:00:00Z', '2027-11-01'],
  ])('at %s it is %s', async (instant, today) => {
    const { report } = await json([CASELOAD], { now: new Date(instant) });
    expect(report.today).toBe(today);
  });

  it('counts a point just after the spring change as whole days', async () => {
    const { report } = await json([CASELOAD, '--today', '2027-03-27'], {});
    const text = await run(['due', CASELOAD, '--today', '2027-03-27']);
    expect(report.items.find((i) => i.kind === 'frist')?.date).toBe('2027-03-28');
    expect(text.stdout).toMatch(/2027-03-28 +IP-2027-0001 +Goal deadline +M1 +tomorrow/);
    expect(text.stdout).toMatch(/2027-03-29 +IP-2027-0001 +Transition +O1 +in 2 days/);
  });
});

describe('names: only on a terminal, or with --names', () => {
  const cases: Array<[string, { tty: boolean; env?: Record<string, string> }, string[], boolean]> = [
    ['piped', { tty: false }, [], false],
    ['piped with --names', { tty: false }, ['--names'], true],
    ['terminal', { tty: true }, [], true],
    ['terminal with --no-names', { tty: true }, ['--no-names'], false],
    ['terminal in CI', { tty: true, env: { CI: 'true' } }, [], false],
  ];
  for (const format of ['text', 'json', 'markdown']) {
    it.each(cases)(`${format}, %s`, async (_name, options, flags, shown) => {
      const r = await run(['due', CASELOAD, '--today', TODAY, '--format', format, ...flags], options);
      expect(r.code).toBe(0);
      if (shown) {
        expect(r.stdout).toContain('Kari Nordvik');
        expect(r.stdout).toContain('Ola Hansen');
      } else {
        for (const person of PEOPLE) expect(r.stdout).not.toContain(person);
        expect(r.stdout).toContain('IP-2027-0001');
      }
      for (const secret of SECRETS) expect(r.stdout + r.stderr).not.toContain(secret);
    });
  }

  it('never puts names, paths, goal text, fødselsnummer or birth dates in a calendar, even with --names on a terminal', async () => {
    const r = await run(['due', CASELOAD, 'examples', '--today', TODAY, '--within', '10y', '--format', 'ics', '--names'], { tty: true });
    expect(r.code).toBe(0);
    for (const person of PEOPLE) expect(r.stdout).not.toContain(person);
    for (const secret of SECRETS) expect(r.stdout).not.toContain(secret);
    expect(r.stdout).not.toContain('.md');
    expect(r.stdout).not.toContain('leilighet');
    expect(r.stdout).not.toContain('Barnevernstjenesten');
  });

  it('shows the coordinator in JSON only where names may be shown', async () => {
    const hidden = await json([CASELOAD, '--today', TODAY]);
    expect(hidden.report.items.some((i) => 'coordinator' in i || 'name' in i)).toBe(false);
    const shown = await json([CASELOAD, '--today', TODAY, '--names']);
    expect(shown.report.items[0]).toMatchObject({ plan: 'IP-2027-0004', coordinator: 'Ola Hansen', name: 'Nina Berg' });
  });
});

describe('text and markdown', () => {
  it('marks overdue points and counts them (text, English)', async () => {
    const r = await run(['due', 'examples', '--today', '2027-01-10']);
    expect(r.stdout).toBe(
      [
        'Due as of 2027-01-10: overdue, and upcoming within 30 days (up to and including 2027-02-09)',
        '',
        'OVERDUE  2026-12-10  IP-2026-0318  Measure ends  T1                   31 days ago',
        'OVERDUE  2026-12-15  IP-2026-0318  Evaluation    E1, the whole plan   26 days ago',
        '         2027-01-20  IP-2026-0213  Evaluation    E1, concerns T1, T2  in 10 days',
        '',
        '2 overdue, 1 upcoming, in 2 of 5 open plans.',
        '',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
  });

  it('speaks bokmål by default', async () => {
    const r = await run(['due', 'examples', '--today', '2027-01-10'], { env: { IP_LANG: '' } });
    expect(r.stdout).toContain('FORFALT  2026-12-10  IP-2026-0318  Tiltaket slutter  T1');
    expect(r.stdout).toContain('2 forfalt, 1 kommende, i 2 av 5 åpne planer.');
  });

  it('says when nothing is due', async () => {
    const r = await run(['due', 'examples', '--today', '2026-11-20', '--within', '1d']);
    expect(r.stdout).toContain('Nothing overdue, and nothing upcoming up to and including 2026-11-21 (5 open plans read).');
  });

  it('says when there are no plans, or none with that coordinator', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ip-due-'));
    temps.push(dir);
    writeFileSync(join(dir, 'notes.md'), '# Not a plan\n');
    const none = await run(['due', dir, '--today', TODAY]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('ip: Found no plans in');
    const empty = await run(['due', dir, '--today', TODAY, '--allow-empty']);
    expect(empty.code).toBe(0);
    expect(empty.stdout).toContain('Found no open plans (utkast or aktiv) here. A plan is a Markdown file with "ip: 1" in its front matter.');
    const nobody = await run(['due', CASELOAD, '--today', TODAY, '--coordinator', 'Nobody Here', '--fail-on-overdue']);
    expect(nobody.code).toBe(0);
    expect(nobody.stdout).toContain("No open plan has this coordinator. --coordinator takes the coordinator's whole name or e-mail address, as written in the plan.");
  });

  it('writes an agenda checklist in Markdown', async () => {
    const r = await run(['due', 'examples', '--today', '2027-01-10', '--format', 'markdown']);
    expect(r.stdout).toBe(
      [
        '# Due as of 2027-01-10',
        '',
        '## Overdue',
        '',
        '- [ ] **2026-12-10** · IP-2026-0318 · Measure ends (T1) — 31 days ago',
        '- [ ] **2026-12-15** · IP-2026-0318 · Evaluation (E1, the whole plan) — 26 days ago',
        '',
        '## Within 30 days (up to and including 2027-02-09)',
        '',
        '- [ ] **2027-01-20** · IP-2026-0213 · Evaluation (E1, concerns T1, T2) — in 10 days',
        '',
      ].join('\n'),
    );
  });

  it('colours only on a terminal, and never under NO_COLOR', async () => {
    const tty = await run(['due', 'examples', '--today', '2027-01-10'], { tty: true });
    expect(tty.stdout).toContain('\u001b[');
    const noColor = await run(['due', 'examples', '--today', '2027-01-10'], { tty: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toContain('\u001b[');
  });
});

describe('the calendar (ics)', () => {
  const now = new Date('2027-03-15T06:30:00Z');

  it('parses back as RFC 5545: one all-day event per point, stable UIDs', async () => {
    const r = await run(['due', CASELOAD, '--today', TODAY, '--format', 'ics'], { now });
    expect(r.code).toBe(0);
    const json = (await run(['due', CASELOAD, '--today', TODAY, '--format', 'json'])).stdout;
    const items = (JSON.parse(json) as { items: Item[] }).items;
    const cal = parseIcs(r.stdout);
    expect(cal.props.get('VERSION')).toBe('2.0');
    expect(cal.props.get('PRODID')).toBeTruthy();
    expect(cal.events).toHaveLength(items.length);
    const uids = cal.events.map((e) => e.get('UID')!.value);
    expect(new Set(uids).size).toBe(uids.length);
    cal.events.forEach((event, i) => {
      const item = items[i]!;
      expect(event.get('DTSTART')).toEqual({ params: 'VALUE=DATE', value: item.date.replace(/-/g, '') });
      expect(event.get('DTEND')?.params).toBe('VALUE=DATE');
      expect(event.get('DTSTAMP')?.value).toBe('20270315T063000Z');
      expect(event.get('UID')?.value).toBe(`${item.plan}/${item.key}@ip-due.invalid`);
      expect(event.get('UID')?.value).not.toContain(item.date);
      expect(event.get('UID')?.value).not.toContain(item.date.replace(/-/g, ''));
      const summary = unescapeText(event.get('SUMMARY')!.value);
      expect(summary.startsWith(`${item.plan}: `)).toBe(true);
      expect(summary.endsWith(' (overdue)')).toBe(item.overdue);
    });
    const first = cal.events[0]!;
    expect(unescapeText(first.get('SUMMARY')!.value)).toBe('IP-2027-0004: Evaluation E1 (overdue)');
    expect(unescapeText(first.get('DESCRIPTION')!.value)).toBe('Plan IP-2027-0004.\nEvaluation: E1, the whole plan.\nFrom ip due, 2027-03-15.');
    // An all-day event on the last day of a month ends on the first of the next.
    const ics = await run(['due', 'examples', '--today', '2027-08-30', '--within', '1d', '--format', 'ics'], { now });
    const end = parseIcs(ics.stdout).events.find((e) => e.get('DTSTART')!.value === '20270831');
    expect(end?.get('DTEND')?.value).toBe('20270901');
  });

  it('keeps the same UIDs after a date moved, so a re-import updates the events', async () => {
    const dir = tempCopy();
    const args = ['due', '.', '--today', TODAY, '--within', '1y', '--format', 'ics'];
    const before = parseIcs((await run(args, { cwd: dir, now })).stdout);
    const file = join(dir, 'ola-1.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('dato: 2027-04-14', 'dato: 2027-05-02').replace('til: 2027-03-15}', 'til: 2027-06-30}'));
    const after = parseIcs((await run(args, { cwd: dir, now })).stdout);
    const byUid = (cal: ReturnType<typeof parseIcs>) => new Map(cal.events.map((e) => [e.get('UID')!.value, e.get('DTSTART')!.value]));
    const a = byUid(before);
    const b = byUid(after);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    expect(a.get('IP-2027-0001/evaluering/E2@ip-due.invalid')).toBe('20270414');
    expect(b.get('IP-2027-0001/evaluering/E2@ip-due.invalid')).toBe('20270502');
    expect(a.get('IP-2027-0001/planperiode@ip-due.invalid')).toBe('20270315');
    expect(b.get('IP-2027-0001/planperiode@ip-due.invalid')).toBe('20270630');
  });

  it('folds long lines and uses CRLF throughout', async () => {
    const r = await run(['due', 'examples', '--today', '2027-01-10', '--within', '10y', '--format', 'ics', '--lang', 'nb'], { now });
    expect(r.stdout.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(r.stdout).toContain('\r\n ');
    expect(() => parseIcs(r.stdout)).not.toThrow();
    const events = parseIcs(r.stdout).events;
    // The consent points of the child's plan: no age, no name, just what to do: at 16 the person should confirm, at 18 it is obtained again.
    const consent = events.filter((e) => e.get('UID')!.value.startsWith('IP-2026-0213/samtykke/'));
    expect(consent.map((e) => unescapeText(e.get('SUMMARY')!.value))).toEqual([
      'IP-2026-0213: Samtykket bør bekreftes av personen',
      'IP-2026-0213: Samtykket må innhentes på nytt fra personen',
    ]);
    expect(unescapeText(consent[1]!.get('DESCRIPTION')!.value)).toContain('med mindre verge eller framtidsfullmektig dekker det');
  });

  it('is an empty but valid calendar when nothing is due', async () => {
    const r = await run(['due', 'examples', '--today', '2026-11-20', '--within', '1d', '--format', 'ics'], { now });
    const cal = parseIcs(r.stdout);
    expect(cal.events).toHaveLength(0);
    expect(cal.props.get('VERSION')).toBe('2.0');
  });
});

describe('the built binary', () => {
  it('lists the examples as a new user would, piped: ids, no names', () => {
    const r = runBin(['due', 'examples', '--today', '2027-01-10']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(2, 5).map((l) => l.slice(0, 36))).toEqual([
      'OVERDUE  2026-12-10  IP-2026-0318  M',
      'OVERDUE  2026-12-15  IP-2026-0318  E',
      '         2027-01-20  IP-2026-0213  E',
    ]);
    for (const person of PEOPLE) expect(r.stdout).not.toContain(person);
  });

  it('exits 1 with --fail-on-overdue only when something is overdue, whatever the machine’s time zone', () => {
    expect(runBin(['due', 'examples', '--today', '2027-01-10', '--fail-on-overdue'], { env: { TZ: 'Pacific/Kiritimati' } }).code).toBe(1);
    expect(runBin(['due', 'examples', '--today', '2026-11-20', '--fail-on-overdue'], { env: { TZ: 'Pacific/Pago_Pago' } }).code).toBe(0);
  });

  it('takes IP_TODAY and counts days the same in any time zone', () => {
    const a = runBin(['due', CASELOAD, '--format', 'json'], { env: { IP_TODAY: '2027-03-27', TZ: 'America/Los_Angeles' } });
    const b = runBin(['due', CASELOAD, '--format', 'json'], { env: { IP_TODAY: '2027-03-27', TZ: 'Pacific/Auckland' } });
    expect(a.stdout).toBe(b.stdout);
    const items = (JSON.parse(a.stdout) as { items: Array<Item & { days: number }> }).items;
    expect(items.find((i) => i.kind === 'overgang')?.days).toBe(2);
  });

  it('writes a calendar that parses back', () => {
    const r = runBin(['due', 'examples', '--today', '2027-01-10', '--within', '1y', '--format', 'ics']);
    expect(r.code).toBe(0);
    expect(parseIcs(r.stdout).events.length).toBeGreaterThan(10);
  });

  it('exits 2 for a path that matches nothing, and 2 for a bad --within', () => {
    const missing = runBin(['due', 'nowhere']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Nothing matches "nowhere".');
    expect(runBin(['due', 'examples', '--within', 'P1Y2M10DT1H']).code).toBe(2);
  });
});

describe('plans sharing an id', () => {
  it('still give every calendar event its own UID', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ip-due-'));
    temps.push(dir);
    cpSync(join(ROOT, CASELOAD, 'ola-1.md'), join(dir, 'a.md'));
    cpSync(join(ROOT, CASELOAD, 'ola-1.md'), join(dir, 'b.md'));
    const r = await run(['due', '.', '--today', TODAY, '--format', 'ics'], { cwd: dir });
    const uids = parseIcs(r.stdout).events.map((e) => e.get('UID')!.value);
    expect(uids).toHaveLength(12);
    expect(new Set(uids).size).toBe(12);
    expect(uids.filter((u) => u.startsWith('IP-2027-0001/'))).toHaveLength(6);
  });
});

describe('decisions and sub-goals (a plan in its life: test/fixtures/life)', () => {
  const LIFE = 'test/fixtures/life/evaluert.md';

  it('lists a decision’s end as kind vedtak and a sub-goal’s deadline as kind frist, each concerning its item', async () => {
    const { code, report } = await json([LIFE, '--today', '2026-11-22', '--within', '1y']);
    expect(code).toBe(0);
    expect(report.items.map((i) => [i.date, i.kind, i.concerns, i.key])).toEqual([
      // M1a's deadline is gone: its latest assessment is nådd.
      ['2027-02-10', 'evaluering', [], 'evaluering/E2'],
      // T1's decision ends before the measure does; T2's ends with it, so only the measure's end shows.
      ['2027-02-28', 'vedtak', ['T1'], 'vedtak/T1'],
      ['2027-03-31', 'frist', ['M1b'], 'frist/M1b'],
      ['2027-06-30', 'frist', ['M1'], 'frist/M1'],
      ['2027-08-15', 'revisjon', [], 'evaluering/E3'],
      ['2027-08-31', 'planperiode', [], 'planperiode'],
      ['2027-08-31', 'tiltak', ['T2'], 'tiltak/T2'],
    ]);
  });

  it('names them in text, Markdown and the calendar, in English and bokmål', async () => {
    const args = ['due', LIFE, '--today', '2027-03-01'];
    expect((await run(args)).stdout).toBe(
      [
        'Due as of 2027-03-01: overdue, and upcoming within 30 days (up to and including 2027-03-31)',
        '',
        'OVERDUE  2027-02-10  IP-2026-0777  Evaluation         E2, the whole plan  19 days ago',
        'OVERDUE  2027-02-28  IP-2026-0777  Decision expires   T1                  yesterday',
        '         2027-03-31  IP-2026-0777  Sub-goal deadline  M1b                 in 30 days',
        '',
        '2 overdue, 1 upcoming, in 1 of 1 open plan.',
        '',
      ].join('\n'),
    );
    const nb = (await run([...args, '--lang', 'nb'])).stdout;
    expect(nb).toContain('         2027-03-31  IP-2026-0777  Frist for delmål  M1b');
    expect(nb).toContain('FORFALT  2027-02-28  IP-2026-0777  Vedtaket går ut   T1');
    const md = (await run([...args, '--format', 'markdown'])).stdout;
    expect(md).toContain('- [ ] **2027-02-28** · IP-2026-0777 · Decision expires (T1) — yesterday');
    expect(md).toContain('- [ ] **2027-03-31** · IP-2026-0777 · Sub-goal deadline (M1b) — in 30 days');
    const cal = parseIcs((await run([...args, '--format', 'ics', '--lang', 'nb'], { now: new Date('2027-03-01T06:00:00Z') })).stdout);
    const vedtak = cal.events.find((e) => e.get('UID')!.value === 'IP-2026-0777/vedtak/T1@ip-due.invalid')!;
    expect(unescapeText(vedtak.get('SUMMARY')!.value)).toBe('IP-2026-0777: Vedtaket går ut T1 (forfalt)');
    expect(unescapeText(vedtak.get('CATEGORIES')!.value)).toBe('Vedtaket går ut');
    const sub = cal.events.find((e) => e.get('UID')!.value === 'IP-2026-0777/frist/M1b@ip-due.invalid')!;
    expect(unescapeText(sub.get('SUMMARY')!.value)).toBe('IP-2026-0777: Frist for delmål M1b');
    // The decision's case number is not shown anywhere: ids only.
    for (const format of ['text', 'json', 'markdown', 'ics']) expect((await run([...args, '--format', format, '--names'])).stdout).not.toContain('2026/4411');
  });
});
