import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonths, birthday, dayNumber, daysBetween } from '../src/due/calendar.js';
import { endOfWindow, formatDuration, parseDuration } from '../src/due/duration.js';
import { planPoints } from '../src/due/points.js';
import { dueEntry } from '../src/due/entry.js';
import { selectDue } from '../src/due/select.js';
import { escapeText, foldLine, uidPart } from '../src/output/due/ical.js';
import { eventUid } from '../src/output/due/ics.js';
import type { PlanData } from '../src/plan/types.js';

/** A small plan, with whatever the case needs on top. */
function plan(extra: PlanData = {}): PlanData {
  return {
    ip: 1,
    id: 'IP-T-1',
    status: 'aktiv',
    person: { navn: 'Testperson Fiktiv' },
    deltakere: [
      { id: 'p', navn: 'Testperson Fiktiv', rolle: 'tjenestemottaker' },
      { id: 'k', navn: 'Kåre Koordinator', rolle: 'tjenesteyter', kontakt: { epost: 'kare.k@example.no' } },
      { id: 'f', navn: 'Forelder Fiktiv', rolle: 'foresatt' },
    ],
    koordinator: 'k',
    ...extra,
  };
}

describe('--within durations', () => {
  it.each([
    ['30d', 'P30D', '2027-01-10', '2027-02-09'],
    ['14d', 'P14D', '2027-01-10', '2027-01-24'],
    ['14', 'P14D', '2027-01-10', '2027-01-24'],
    ['6w', 'P6W', '2027-01-10', '2027-02-21'],
    ['3m', 'P3M', '2027-01-10', '2027-04-10'],
    ['1y', 'P1Y', '2027-01-10', '2028-01-10'],
    ['0d', 'P0D', '2027-01-10', '2027-01-10'],
    ['P3M', 'P3M', '2027-01-10', '2027-04-10'],
    ['p3m', 'P3M', '2027-01-10', '2027-04-10'],
    ['P1Y2M10D', 'P1Y2M10D', '2027-01-10', '2028-03-20'],
    ['P2W', 'P2W', '2027-01-10', '2027-01-24'],
    // Month ends clamp, as ISO 8601 and Temporal do.
    ['1m', 'P1M', '2027-01-31', '2027-02-28'],
    ['1m', 'P1M', '2028-01-31', '2028-02-29'],
    ['P1Y', 'P1Y', '2028-02-29', '2029-02-28'],
    ['P1M1D', 'P1M1D', '2027-01-31', '2027-03-01'],
    ['3M', 'P3M', '2027-11-30', '2028-02-29'],
  ])('%s from %s', (text, iso, today, until) => {
    const d = parseDuration(text);
    expect(d).toBeDefined();
    expect(formatDuration(d!)).toBe(iso);
    expect(endOfWindow(today, d!)).toBe(until);
  });

  it.each(['', 'soon', '-3d', '3x', 'P', 'PT12H', 'P1DT2H', '3 months', '1.5m', 'P-1D', '30dd'])('refuses %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});

describe('calendar arithmetic', () => {
  it('counts days across daylight-saving changes and leap days', () => {
    // Europe/Oslo changes clock on 2027-03-28 and 2027-10-31: plain dates do not care.
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
    expect(daysBetween('2027-10-30', '2027-11-01')).toBe(2);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2027-02-28', '2027-03-01')).toBe(1);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-03-27', 1)).toBe('2027-03-28');
    expect(addMonths('2027-12-31', 2)).toBe('2028-02-29');
    expect(addDays('9999-12-30', 5)).toBe('9999-12-31');
  });

  it('counts days as the calendar does, for any date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const date = d.toISOString().slice(0, 10);
        expect(dayNumber(date)).toBe(Math.floor(d.getTime() / 86_400_000));
        expect(addDays(date, 1) > date || date === '9999-12-31').toBe(true);
      }),
    );
  });

  it('finds birthdays, a 29 February birthday falling on 1 March in other years', () => {
    expect(birthday('2011-03-20', 16)).toBe('2027-03-20');
    expect(birthday('2012-02-29', 16)).toBe('2028-02-29');
    expect(birthday('2012-02-29', 18)).toBe('2030-03-01');
  });
});

describe('points in a plan', () => {
  it('reads every kind, with keys that do not carry the date', () => {
    const points = planPoints(
      plan({
        planperiode: { fra: '2027-01-01', til: '2027-12-31' },
        evalueringer: [
          { id: 'E1', dato: '2027-02-01', type: 'evaluering', gjelder: ['M1', 'T1'] },
          { dato: '2027-03-01', type: 'revisjon' },
          { id: 'E3', dato: '2027-01-05', type: 'evaluering', utført: '2027-01-06' },
        ],
        mål: [{ id: 'M1', tekst: 'Et mål', frist: '2027-06-30' }, { id: 'M2', tekst: 'Uten frist' }],
        tiltak: [{ id: 'T1', til: '2027-05-01' }, { id: 'T2' }],
        overganger: [{ id: 'O1', dato: '2027-08-01', fra_tjeneste: 'A', til_tjeneste: 'B' }, { dato: '2027-09-01' }],
      }),
    );
    const byKey = Object.fromEntries(points.map((p) => [p.key, { kind: p.kind, date: p.date, concerns: p.concerns }]));
    expect(byKey).toEqual({
      'evaluering/E1': { kind: 'evaluering', date: '2027-02-01', concerns: ['M1', 'T1'] },
      'evaluering/#2': { kind: 'revisjon', date: '2027-03-01', concerns: [] },
      planperiode: { kind: 'planperiode', date: '2027-12-31', concerns: [] },
      'tiltak/T1': { kind: 'tiltak', date: '2027-05-01', concerns: ['T1'] },
      'overgang/O1': { kind: 'overgang', date: '2027-08-01', concerns: [] },
      'overgang/#2': { kind: 'overgang', date: '2027-09-01', concerns: [] },
      'frist/M1': { kind: 'frist', date: '2027-06-30', concerns: ['M1'] },
    });
  });

  it('skips held evaluations and dates that cannot be read, and never throws on odd shapes', () => {
    const points = planPoints(
      plan({
        planperiode: 'hele året',
        evalueringer: [{ dato: '2027-02-30' }, { dato: 20270201 }, 'E9', null, { dato: '2027-04-01', utført: 'ja' }],
        tiltak: { T1: {} },
        mål: [{ frist: '2027-13-01' }],
        samtykke: { utarbeidelse: 'ja' },
      }),
    );
    expect(points).toEqual([]);
  });

  it('treats a measure end, transition or goal deadline as followed up once an evaluation was held on or after it', () => {
    const points = planPoints(
      plan({
        evalueringer: [{ id: 'E1', dato: '2027-03-01', utført: '2027-03-02' }],
        tiltak: [{ id: 'T1', til: '2027-03-02' }, { id: 'T2', til: '2027-03-03' }],
        overganger: [{ id: 'O1', dato: '2027-02-01' }],
        mål: [{ id: 'M1', frist: '2027-04-01' }],
        planperiode: { fra: '2026-01-01', til: '2027-01-01' },
      }),
    );
    // The plan period is never followed up by an evaluation: it must be revised or closed.
    expect(points.map((p) => p.key).sort()).toEqual(['frist/M1', 'planperiode', 'tiltak/T2']);
  });

  describe('decisions and sub-goals', () => {
    it('gives a point where a decision ends before its measure, or the measure has no end', () => {
      const points = planPoints(
        plan({
          tiltak: [
            { id: 'T1', vedtak: { referanse: '2026/1', dato: '2026-08-30', til: '2027-08-31' } },
            { id: 'T2', til: '2027-12-31', vedtak: { til: '2027-06-30' } },
            // The measure ends with its decision, or before it: its own point says so.
            { id: 'T3', til: '2027-06-30', vedtak: { til: '2027-06-30' } },
            { id: 'T4', til: '2027-05-01', vedtak: { til: '2027-06-30' } },
            { vedtak: { til: '2027-07-01' } },
            { id: 'T6', vedtak: { referanse: '2026/6', dato: '2026-08-30' } },
          ],
        }),
      ).filter((p) => p.kind === 'vedtak');
      expect(points).toEqual([
        { kind: 'vedtak', date: '2027-08-31', key: 'vedtak/T1', concerns: ['T1'], ref: 'T1' },
        { kind: 'vedtak', date: '2027-06-30', key: 'vedtak/T2', concerns: ['T2'], ref: 'T2' },
        { kind: 'vedtak', date: '2027-07-01', key: 'vedtak/#5', concerns: [] },
      ]);
    });

    it('gives each sub-goal deadline as kind frist, concerning the sub-goal', () => {
      const points = planPoints(
        plan({
          mål: [
            { id: 'M1', tekst: 'Et mål', frist: '2027-06-30', delmål: [{ id: 'M1a', tekst: 'Første steg', frist: '2027-02-15' }, { id: 'M1b', tekst: 'Uten frist' }, { tekst: 'Uten id', frist: '2027-03-01' }] },
            { tekst: 'Mål uten id', delmål: [{ tekst: 'Delmål uten id', frist: '2027-04-01' }] },
          ],
        }),
      ).filter((p) => p.kind === 'frist');
      expect(points).toEqual([
        { kind: 'frist', date: '2027-06-30', key: 'frist/M1', concerns: ['M1'], ref: 'M1' },
        { kind: 'frist', date: '2027-02-15', key: 'frist/M1a', concerns: ['M1a'], ref: 'M1a', subGoal: true },
        { kind: 'frist', date: '2027-03-01', key: 'frist/M1/#3', concerns: [], subGoal: true },
        { kind: 'frist', date: '2027-04-01', key: 'frist/#2/#1', concerns: [], subGoal: true },
      ]);
    });

    it('treats a sub-goal deadline as followed up once an evaluation was held on or after it, but never a decision that ends: it needs a new one', () => {
      const points = planPoints(
        plan({
          evalueringer: [{ id: 'E1', dato: '2027-03-01', utført: '2027-03-02' }],
          tiltak: [{ id: 'T1', vedtak: { til: '2027-03-02' } }, { id: 'T2', vedtak: { til: '2027-03-03' } }],
          mål: [{ id: 'M1', delmål: [{ id: 'M1a', frist: '2027-03-01' }, { id: 'M1b', frist: '2027-04-01' }] }],
        }),
      );
      expect(points.map((p) => p.key).sort()).toEqual(['frist/M1b', 'vedtak/T1', 'vedtak/T2']);
    });

    it('gives no deadline for a goal or sub-goal whose latest assessment is nådd, and gives it again when a later one says otherwise', () => {
      const goals = [{ id: 'M1', frist: '2027-06-30', delmål: [{ id: 'M1a', frist: '2027-05-01' }, { id: 'M1b', frist: '2027-05-15' }] }];
      const reached = planPoints(
        plan({
          evalueringer: [{ id: 'E1', dato: '2027-01-10', utført: '2027-01-10', vurderinger: [{ gjelder: 'M1a', status: 'nådd' }, { gjelder: 'M1b', status: 'delvis' }] }],
          mål: goals,
        }),
      );
      expect(reached.filter((p) => p.kind === 'frist').map((p) => p.key)).toEqual(['frist/M1', 'frist/M1b']);
      const later = planPoints(
        plan({
          evalueringer: [
            { id: 'E1', dato: '2027-01-10', utført: '2027-01-10', vurderinger: [{ gjelder: 'M1a', status: 'nådd' }] },
            { id: 'E2', dato: '2027-02-10', utført: '2027-02-10', vurderinger: [{ gjelder: 'M1a', status: 'endret' }] },
          ],
          mål: goals,
        }),
      );
      expect(later.filter((p) => p.kind === 'frist').map((p) => p.key)).toEqual(['frist/M1', 'frist/M1a', 'frist/M1b']);
    });

    it('skips decision and sub-goal dates of odd shapes, and names the plan as one whose dates could not all be read', () => {
      const odd = plan({ tiltak: [{ id: 'T1', vedtak: { til: '2027-02-30' } }, { id: 'T2', vedtak: '2027-01-01' }], mål: [{ id: 'M1', delmål: [{ id: 'M1a', frist: 20270101 }, null] }] });
      expect(planPoints(odd)).toEqual([]);
      expect(dueEntry({ path: 'p.md', data: odd }).failed).toBe(true);
      expect(dueEntry({ path: 'p.md', data: plan({ mål: [{ id: 'M1', delmål: { id: 'M1a' } }] }) }).failed).toBe(true);
      expect(dueEntry({ path: 'p.md', data: plan({ mål: [{ id: 'M1', delmål: [{ id: 'M1a', frist: '2027-01-01' }] }], tiltak: [{ id: 'T1', vedtak: { til: '2027-01-01' } }] }) }).failed).toBe(false);
    });

    it('has their words in both languages', async () => {
      const { kindLabel } = await import('../src/output/due/messages.js');
      expect(kindLabel({ kind: 'vedtak' }, 'nb')).toBe('Vedtaket går ut');
      expect(kindLabel({ kind: 'vedtak' }, 'en')).toBe('Decision expires');
      expect(kindLabel({ kind: 'frist', subGoal: true }, 'nb')).toBe('Frist for delmål');
      expect(kindLabel({ kind: 'frist', subGoal: true }, 'en')).toBe('Sub-goal deadline');
      expect(kindLabel({ kind: 'frist' }, 'nb')).toBe('Frist for mål');
    });
  });

  describe('the child coordinator at 18', () => {
    it.each([
      ['the plan runs past the 18th birthday', { barnekoordinator: true, planperiode: { fra: '2026-09-01', til: '2030-08-31' } }, ['2029-03-20']],
      ['the plan has no end', { barnekoordinator: true, planperiode: { fra: '2026-09-01' } }, ['2029-03-20']],
      ['the plan ends before the birthday', { barnekoordinator: true, planperiode: { fra: '2026-09-01', til: '2028-08-31' } }, []],
      ['the plan ends on the birthday', { barnekoordinator: true, planperiode: { fra: '2026-09-01', til: '2029-03-20' } }, []],
      ['no child coordinator', { barnekoordinator: false, planperiode: { fra: '2026-09-01', til: '2030-08-31' } }, []],
    ])('%s', (_name, fields, expected) => {
      const points = planPoints(plan({ person: { navn: 'Testperson Fiktiv', fødselsdato: '2011-03-20' }, ...fields })).filter((p) => p.kind === 'barnekoordinator');
      expect(points.map((p) => p.date)).toEqual(expected);
      expect(points.map((p) => p.key)).toEqual(expected.map(() => 'barnekoordinator'));
    });

    it('has its words in both languages, and the kind in JSON', async () => {
      const { kindLabel } = await import('../src/output/due/messages.js');
      expect(kindLabel({ kind: 'barnekoordinator' }, 'nb')).toBe('Barnekoordinatoren avsluttes');
      expect(kindLabel({ kind: 'barnekoordinator' }, 'en')).toBe('Child coordinator ends');
    });
  });

  describe('consent to renew at 16 and 18', () => {
    const consent = (gittAv: unknown, dato: string, extra: PlanData = {}) => ({ utarbeidelse: { dato, gitt_av: gittAv, form: 'skriftlig' }, ...extra });
    it.each([
      ['a foresatt consented at 10: both birthdays', { fødselsdato: '2011-03-20' }, consent('f', '2021-05-01'), [['samtykke/1', '2027-03-20'], ['samtykke/2', '2029-03-20']]],
      ['a foresatt consented at 17: only the 18th', { fødselsdato: '2011-03-20' }, consent(['f'], '2028-05-01'), [['samtykke/2', '2029-03-20']]],
      ['one of two signers is a foresatt', { fødselsdato: '2011-03-20' }, consent(['p', 'f'], '2021-05-01'), [['samtykke/1', '2027-03-20'], ['samtykke/2', '2029-03-20']]],
      ['the person consented', { fødselsdato: '2011-03-20' }, consent('p', '2021-05-01'), []],
      ['no birth date known', {}, consent('f', '2021-05-01'), []],
      ['birth date from a synthetic fødselsnummer', { fødselsnummer: '20831150050' }, consent('f', '2021-05-01'), [['samtykke/1', '2027-03-20'], ['samtykke/2', '2029-03-20']]],
      ['born on a leap day', { fødselsdato: '2012-02-29' }, consent('f', '2020-01-01'), [['samtykke/1', '2028-02-29'], ['samtykke/2', '2030-03-01']]],
      ['consent withdrawn', { fødselsdato: '2011-03-20' }, { utarbeidelse: { dato: '2021-05-01', gitt_av: 'f', trukket: '2022-01-01' } }, []],
    ])('%s', (_name, person, samtykke, expected) => {
      const points = planPoints(plan({ person: { navn: 'Testperson Fiktiv', ...person }, samtykke })).filter((p) => p.kind === 'samtykke');
      expect(points.map((p) => [p.key, p.date])).toEqual(expected);
      // At 16 the person should confirm a foresatt's consent; at 18 it must be obtained from them again.
      expect(points.map((p) => p.renewal)).toEqual(points.map((p) => (p.key === 'samtykke/1' ? 'confirm' : 'obtain')));
    });

    it('names every consent a foresatt gave that is due at the same birthday', () => {
      const points = planPoints(
        plan({
          person: { navn: 'X', fødselsdato: '2011-03-20' },
          samtykke: {
            utarbeidelse: { dato: '2021-05-01', gitt_av: 'f' },
            taushetsplikt: { dato: '2027-06-01', gitt_av: 'f' },
          },
        }),
      ).filter((p) => p.kind === 'samtykke');
      expect(points.map((p) => [p.date, p.consents])).toEqual([
        ['2027-03-20', ['utarbeidelse']],
        ['2029-03-20', ['utarbeidelse', 'taushetsplikt']],
      ]);
    });
  });
});

describe('selecting what is due', () => {
  const plans = [
    {
      path: 'a.md',
      data: plan({
        planperiode: { fra: '2026-09-01', til: '2027-03-15' },
        evalueringer: [
          { id: 'E1', dato: '2027-03-14' },
          { id: 'E2', dato: '2027-03-15' },
          { id: 'E3', dato: '2027-04-14' },
          { id: 'E4', dato: '2027-04-15' },
          { id: 'E0', dato: '2020-01-01' },
        ],
      }),
    },
    { path: 'closed.md', data: plan({ id: 'IP-T-2', status: 'avsluttet', evalueringer: [{ dato: '2027-01-01' }] }) },
    { path: 'unread.md' },
  ].map(dueEntry);
  const query = { today: '2027-03-15', until: '2027-04-14' };

  it('keeps every overdue point and the upcoming ones up to and including the last day, sorted by date', () => {
    const items = selectDue(plans, query);
    expect(items.map((i) => [i.key, i.overdue, i.days])).toEqual([
      ['evaluering/E0', true, -2630],
      ['evaluering/E1', true, -1],
      // Due today: not overdue. On the same day, kinds come in the brief's order.
      ['evaluering/E2', false, 0],
      ['planperiode', false, 0],
      ['evaluering/E3', false, 30],
    ]);
  });

  it('selects the same from entries that kept only the points up to the last day', () => {
    const trimmed = [{ path: 'a.md', data: plan({ planperiode: { fra: '2026-09-01', til: '2027-03-15' }, evalueringer: [{ id: 'E1', dato: '2027-03-14' }, { id: 'E3', dato: '2027-04-14' }, { id: 'E4', dato: '2027-04-15' }] }), until: query.until }].map(dueEntry);
    expect(trimmed[0]!.points.map((p) => p.key).sort()).toEqual(['evaluering/E1', 'evaluering/E3', 'planperiode']);
    expect(selectDue(trimmed, query).map((i) => i.key)).toEqual(['evaluering/E1', 'planperiode', 'evaluering/E3']);
  });

  it('leaves closed plans and unreadable plans out', () => {
    const items = selectDue(plans, query);
    expect(new Set(items.map((i) => i.path))).toEqual(new Set(['a.md']));
  });

  it.each([
    ['Kåre Koordinator', 1],
    ['  kåre   KOORDINATOR ', 1],
    // A decomposed å (a + combining ring) is the same name.
    ['Ka\u030Are Koordinator', 1],
    ['KARE.K@EXAMPLE.NO', 1],
    ['Kåre', 0],
    ['k', 0],
    ['example.no', 0],
  ])('--coordinator %j matches %i plan', (wanted, count) => {
    const items = selectDue(plans, { ...query, coordinator: wanted });
    expect(new Set(items.map((i) => i.path)).size).toBe(count);
  });
});

describe('iCalendar pieces', () => {
  it('escapes TEXT values', () => {
    expect(escapeText('a,b;c\\d\ne\r\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
  });

  it.each([
    ['two-octet letters', `DESCRIPTION:${'æ'.repeat(100)}`],
    ['ASCII', `DESCRIPTION:${'x'.repeat(200)}`],
    ['mixed, with a four-octet character at the edge', `SUMMARY:${'a'.repeat(66)}😀${'b'.repeat(80)}`],
  ])('folds at 75 octets without splitting a character (%s)', (_name, line) => {
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(75);
    // Only the last part may be short: folding uses the room it has.
    for (const p of parts.slice(0, -1)) expect(Buffer.byteLength(p)).toBeGreaterThanOrEqual(72);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });

  it('leaves a short line alone', () => {
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
    expect(foldLine(`X:${'y'.repeat(73)}`)).toBe(`X:${'y'.repeat(73)}`);
  });

  it('builds UIDs from plan id and key, not the date', () => {
    const base = { kind: 'evaluering' as const, key: 'evaluering/E1', concerns: [], path: 'x.md', plan: 'IP-2026-0042', overdue: false, days: 3 };
    expect(eventUid({ ...base, date: '2027-01-01' })).toBe(eventUid({ ...base, date: '2027-02-01' }));
    expect(eventUid({ ...base, date: '2027-01-01' })).toBe('IP-2026-0042/evaluering/E1@ip-due.invalid');
    expect(uidPart('bjørn a,b')).toBe('bjørn%20a%2Cb');
    // A plan without an id is named by a hash of its path: the path (maybe a name) never shows.
    const { plan: _omit, ...noId } = base;
    const uid = eventUid({ ...noId, path: 'Kari Nordmann.md', date: '2027-01-01' });
    expect(uid).toMatch(/^path-[0-9a-f]{16}\/evaluering\/E1@ip-due\.invalid$/);
    expect(uid).not.toContain('Kari');
  });
});
