import { describe, expect, it } from 'vitest';
import { DUE_KINDS } from '../../src/due/types.js';
import { formatIcs } from '../../src/output/due/ics.js';
import { formatJson } from '../../src/output/due/json.js';
import { formatMarkdown } from '../../src/output/due/markdown.js';
import type { DueReport } from '../../src/output/due/report.js';
import { formatText } from '../../src/output/due/text.js';
import type { Lang } from '../../src/output/lang.js';
import type { Paint } from '../../src/output/style.js';
import { HOSTILE, HOSTILE_NAME, HOSTILE_SERVICE, NAMES, NO_CASELOAD, NO_PLANS, NOTHING_DUE, NOW, TODAY, TYPICAL } from './fixtures/due.js';
import { expectClean, expectNoFakeLines } from './hostile.js';

/**
 * The due formatters, each called alone on the shared fixtures: the text
 * list, JSON (the contract in DESIGN.md), the Markdown checklist and the
 * iCalendar file. Names show only where the command allows them (a
 * terminal, or --names), and never in a calendar.
 */

const plain: Paint = (_style, text) => text;
const text = (r: DueReport, lang: Lang, names = false) => formatText(r, { lang, names, paint: plain });
const json = (r: DueReport, lang: Lang, names = false) => formatJson(r, { lang, names });
const markdown = (r: DueReport, lang: Lang, names = false) => formatMarkdown(r, { lang, names });
/** The command passes `names` to every formatter; the calendar ignores it. */
const ics = (r: DueReport, lang: Lang, names = false) => formatIcs(r, { lang, now: NOW, names } as Parameters<typeof formatIcs>[1]);
const FORMATTERS = { text, json, markdown, ics } as const;

it('the typical fixture has an item of every kind, overdue and not', () => {
  expect(new Set(TYPICAL.items.map((i) => i.kind))).toEqual(new Set(DUE_KINDS));
  expect(TYPICAL.items.some((i) => i.overdue) && TYPICAL.items.some((i) => !i.overdue)).toBe(true);
});

describe('text', () => {
  it('the typical list in bokmål, plan ids only', () => {
    expect(text(TYPICAL, 'nb')).toMatchInlineSnapshot(`
      "Frister per 2027-03-15: forfalte, og kommende innen 30 dager (til og med 2027-04-14)

      FORFALT  2027-02-15  IP-2026-0042      Evaluering                           E2, gjelder M1, T1                             for 28 dager siden
      FORFALT  2027-03-01  IP-2026-0043      Tiltaket slutter                     T2                                             for 14 dager siden
      FORFALT  2027-03-14  IP-2026-0042      Frist for mål                        M2                                             i går
               2027-03-15  IP-2026-0043      Vedtaket går ut                      T2                                             i dag
               2027-03-15  IP-2026-0051      Samtykket bør bekreftes av personen  gitt av foresatt: utarbeidelse, taushetsplikt  i dag
               2027-03-16  IP-2026-0043      Revisjon                             E3, hele planen                                i morgen
               2027-03-18  IP-2026-0042      Frist for delmål                     M1a                                            om 3 dager
               2027-03-20  IP-2026-0051      Barnekoordinatoren avsluttes                                                        om 5 dager
               2027-03-25  IP-2026-0051      Overgang                             O1                                             om 10 dager
               2027-04-01  plans/uten-id.md  Evaluering                           hele planen                                    om 17 dager
               2027-04-14  IP-2026-0042      Planperioden slutter                                                                om 30 dager

      3 forfalt, 8 kommende, i 4 av 5 åpne planer.
      "
    `);
  });

  it('the typical list in English, plan ids only', () => {
    expect(text(TYPICAL, 'en')).toMatchInlineSnapshot(`
      "Due as of 2027-03-15: overdue, and upcoming within 30 days (up to and including 2027-04-14)

      OVERDUE  2027-02-15  IP-2026-0042      Evaluation                                 E2, concerns M1, T1                                        28 days ago
      OVERDUE  2027-03-01  IP-2026-0043      Measure ends                               T2                                                         14 days ago
      OVERDUE  2027-03-14  IP-2026-0042      Goal deadline                              M2                                                         yesterday
               2027-03-15  IP-2026-0043      Decision expires                           T2                                                         today
               2027-03-15  IP-2026-0051      Consent should be confirmed by the person  given by a parent (foresatt): utarbeidelse, taushetsplikt  today
               2027-03-16  IP-2026-0043      Revision                                   E3, the whole plan                                         tomorrow
               2027-03-18  IP-2026-0042      Sub-goal deadline                          M1a                                                        in 3 days
               2027-03-20  IP-2026-0051      Child coordinator ends                                                                                in 5 days
               2027-03-25  IP-2026-0051      Transition                                 O1                                                         in 10 days
               2027-04-01  plans/uten-id.md  Evaluation                                 the whole plan                                             in 17 days
               2027-04-14  IP-2026-0042      Plan period ends                                                                                      in 30 days

      3 overdue, 8 upcoming, in 4 of 5 open plans.
      "
    `);
  });

  it('with names (a terminal, or --names): the person, the coordinator, the services of a transition', () => {
    expect(text(TYPICAL, 'nb', true)).toMatchInlineSnapshot(`
      "Frister per 2027-03-15: forfalte, og kommende innen 30 dager (til og med 2027-04-14)

      FORFALT  2027-02-15  IP-2026-0042 Kari Nordmann  Evaluering                           E2, gjelder M1, T1                             for 28 dager siden · koordinator: Ola Hansen
      FORFALT  2027-03-01  IP-2026-0043 Emil Berg      Tiltaket slutter                     T2                                             for 14 dager siden
      FORFALT  2027-03-14  IP-2026-0042 Kari Nordmann  Frist for mål                        M2                                             i går · koordinator: Ola Hansen
               2027-03-15  IP-2026-0043 Emil Berg      Vedtaket går ut                      T2                                             i dag
               2027-03-15  IP-2026-0051 Nora Lie       Samtykket bør bekreftes av personen  gitt av foresatt: utarbeidelse, taushetsplikt  i dag · koordinator: siri.lunde@example.no
               2027-03-16  IP-2026-0043 Emil Berg      Revisjon                             E3, hele planen                                i morgen
               2027-03-18  IP-2026-0042 Kari Nordmann  Frist for delmål                     M1a                                            om 3 dager · koordinator: Ola Hansen
               2027-03-20  IP-2026-0051 Nora Lie       Barnekoordinatoren avsluttes                                                        om 5 dager · koordinator: siri.lunde@example.no
               2027-03-25  IP-2026-0051 Nora Lie       Overgang                             O1, Barnevernstjenesten → NAV Sentrum          om 10 dager · koordinator: siri.lunde@example.no
               2027-04-01  plans/uten-id.md            Evaluering                           hele planen                                    om 17 dager
               2027-04-14  IP-2026-0042 Kari Nordmann  Planperioden slutter                                                                om 30 dager · koordinator: Ola Hansen

      3 forfalt, 8 kommende, i 4 av 5 åpne planer.
      "
    `);
  });

  it('nothing due, no open plans, no plans for the coordinator', () => {
    expect(text(NOTHING_DUE, 'en')).toBe(
      'Due as of 2027-03-15: overdue, and upcoming within 30 days (up to and including 2027-04-14)\n\nNothing overdue, and nothing upcoming up to and including 2027-04-14 (3 open plans read).\n',
    );
    expect(text(NO_PLANS, 'nb').split('\n')[2]).toBe('Fant ingen åpne planer (utkast eller aktiv) her. En plan er en Markdown-fil med «ip: 1» i front matter.');
    expect(text(NO_CASELOAD, 'en').split('\n')[2]).toBe("No open plan has this coordinator. --coordinator takes the coordinator's whole name or e-mail address, as written in the plan.");
  });

  it('colour comes only from the painter: the header, the overdue mark, when', () => {
    const tag: Paint = (style, t) => `<${style}>${t}</${style}>`;
    const lines = formatText(TYPICAL, { lang: 'en', names: false, paint: tag }).split('\n');
    expect(lines[0]).toBe('<bold>Due as of 2027-03-15: overdue, and upcoming within 30 days (up to and including 2027-04-14)</bold>');
    expect(lines[2]).toMatch(/^<red>OVERDUE<\/red> {2}2027-02-15 .* <red>28 days ago<\/red>$/);
    expect(lines[5]).toMatch(/^ {9}2027-03-15 .* <dim>today<\/dim>$/);
  });
});

/** The contract: DESIGN.md, "JSON shapes that scripts may rely on" and "Contract additions". */
function expectDueShape(out: Record<string, unknown>, report: DueReport): void {
  expect(out.version).toBe(1);
  expect(out.today).toBe(report.today);
  expect(Array.isArray(out.items)).toBe(true);
  const kinds: readonly string[] = ['evaluering', 'revisjon', 'planperiode', 'tiltak', 'overgang', 'frist', 'samtykke', 'vedtak', 'barnekoordinator'];
  for (const item of out.items as Record<string, unknown>[]) {
    expect(typeof item.path).toBe('string');
    // A plan without an id has null (the key is always there).
    expect(item.plan === null || typeof item.plan === 'string').toBe(true);
    expect(item.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(kinds).toContain(item.kind);
    expect(typeof item.overdue).toBe('boolean');
    expect(Array.isArray(item.concerns) && (item.concerns as unknown[]).every((c) => typeof c === 'string')).toBe(true);
    if ('coordinator' in item) expect(typeof item.coordinator).toBe('string');
  }
  expect((out.items as unknown[]).length).toBe(report.items.length);
}

describe('json', () => {
  it('has the contract’s shape on every fixture, with and without names', () => {
    for (const report of [TYPICAL, NOTHING_DUE, NO_PLANS, NO_CASELOAD, HOSTILE]) {
      for (const names of [false, true]) expectDueShape(JSON.parse(json(report, 'en', names)), report);
    }
  });

  it('the typical list, exactly', () => {
    expect(JSON.parse(json(TYPICAL, 'en'))).toMatchInlineSnapshot(`
      {
        "incomplete": [
          "plans/ødelagt.md",
        ],
        "items": [
          {
            "concerns": [
              "M1",
              "T1",
            ],
            "date": "2027-02-15",
            "days": -28,
            "key": "evaluering/E2",
            "kind": "evaluering",
            "overdue": true,
            "path": "plans/IP-2026-0042.md",
            "plan": "IP-2026-0042",
          },
          {
            "concerns": [
              "T2",
            ],
            "date": "2027-03-01",
            "days": -14,
            "key": "tiltak/T2",
            "kind": "tiltak",
            "overdue": true,
            "path": "plans/IP-2026-0043.md",
            "plan": "IP-2026-0043",
          },
          {
            "concerns": [
              "M2",
            ],
            "date": "2027-03-14",
            "days": -1,
            "key": "frist/M2",
            "kind": "frist",
            "overdue": true,
            "path": "plans/IP-2026-0042.md",
            "plan": "IP-2026-0042",
          },
          {
            "concerns": [
              "T2",
            ],
            "date": "2027-03-15",
            "days": 0,
            "key": "vedtak/T2",
            "kind": "vedtak",
            "overdue": false,
            "path": "plans/IP-2026-0043.md",
            "plan": "IP-2026-0043",
          },
          {
            "concerns": [],
            "consents": [
              "utarbeidelse",
              "taushetsplikt",
            ],
            "date": "2027-03-15",
            "days": 0,
            "key": "samtykke/1",
            "kind": "samtykke",
            "overdue": false,
            "path": "plans/IP-2026-0051.md",
            "plan": "IP-2026-0051",
          },
          {
            "concerns": [],
            "date": "2027-03-16",
            "days": 1,
            "key": "evaluering/E3",
            "kind": "revisjon",
            "overdue": false,
            "path": "plans/IP-2026-0043.md",
            "plan": "IP-2026-0043",
          },
          {
            "concerns": [
              "M1a",
            ],
            "date": "2027-03-18",
            "days": 3,
            "key": "frist/M1a",
            "kind": "frist",
            "overdue": false,
            "path": "plans/IP-2026-0042.md",
            "plan": "IP-2026-0042",
          },
          {
            "concerns": [],
            "date": "2027-03-20",
            "days": 5,
            "key": "barnekoordinator",
            "kind": "barnekoordinator",
            "overdue": false,
            "path": "plans/IP-2026-0051.md",
            "plan": "IP-2026-0051",
          },
          {
            "concerns": [],
            "date": "2027-03-25",
            "days": 10,
            "key": "overgang/O1",
            "kind": "overgang",
            "overdue": false,
            "path": "plans/IP-2026-0051.md",
            "plan": "IP-2026-0051",
          },
          {
            "concerns": [],
            "date": "2027-04-01",
            "days": 17,
            "key": "evaluering/#2",
            "kind": "evaluering",
            "overdue": false,
            "path": "plans/uten-id.md",
            "plan": null,
          },
          {
            "concerns": [],
            "date": "2027-04-14",
            "days": 30,
            "key": "planperiode",
            "kind": "planperiode",
            "overdue": false,
            "path": "plans/IP-2026-0042.md",
            "plan": "IP-2026-0042",
          },
        ],
        "plans": 5,
        "today": "2027-03-15",
        "until": "2027-04-14",
        "version": 1,
        "within": "P30D",
      }
    `);
  });

  it('is the same in both languages', () => {
    expect(json(TYPICAL, 'nb')).toBe(json(TYPICAL, 'en'));
  });

  it('with names: the person’s name, and the coordinator’s name or else e-mail', () => {
    const items = JSON.parse(json(TYPICAL, 'en', true)).items as Record<string, unknown>[];
    expect(items.map((i) => [i.plan, i.name, i.coordinator])).toEqual([
      ['IP-2026-0042', 'Kari Nordmann', 'Ola Hansen'],
      ['IP-2026-0043', 'Emil Berg', undefined],
      ['IP-2026-0042', 'Kari Nordmann', 'Ola Hansen'],
      ['IP-2026-0043', 'Emil Berg', undefined],
      ['IP-2026-0051', 'Nora Lie', 'siri.lunde@example.no'],
      ['IP-2026-0043', 'Emil Berg', undefined],
      ['IP-2026-0042', 'Kari Nordmann', 'Ola Hansen'],
      ['IP-2026-0051', 'Nora Lie', 'siri.lunde@example.no'],
      ['IP-2026-0051', 'Nora Lie', 'siri.lunde@example.no'],
      [null, undefined, undefined],
      ['IP-2026-0042', 'Kari Nordmann', 'Ola Hansen'],
    ]);
  });

  it('an empty list', () => {
    expect(JSON.parse(json(NOTHING_DUE, 'en'))).toEqual({ version: 1, today: TODAY, until: '2027-04-14', within: 'P30D', items: [], incomplete: [], plans: 3 });
  });
});

describe('markdown', () => {
  it('the typical checklist in bokmål, plan ids only', () => {
    expect(markdown(TYPICAL, 'nb')).toMatchInlineSnapshot(`
      "# Frister per 2027-03-15

      ## Forfalt

      - [ ] **2027-02-15** · IP-2026-0042 · Evaluering (E2, gjelder M1, T1) — for 28 dager siden
      - [ ] **2027-03-01** · IP-2026-0043 · Tiltaket slutter (T2) — for 14 dager siden
      - [ ] **2027-03-14** · IP-2026-0042 · Frist for mål (M2) — i går

      ## Innen 30 dager (til og med 2027-04-14)

      - [ ] **2027-03-15** · IP-2026-0043 · Vedtaket går ut (T2) — i dag
      - [ ] **2027-03-15** · IP-2026-0051 · Samtykket bør bekreftes av personen (gitt av foresatt: utarbeidelse, taushetsplikt) — i dag
      - [ ] **2027-03-16** · IP-2026-0043 · Revisjon (E3, hele planen) — i morgen
      - [ ] **2027-03-18** · IP-2026-0042 · Frist for delmål (M1a) — om 3 dager
      - [ ] **2027-03-20** · IP-2026-0051 · Barnekoordinatoren avsluttes — om 5 dager
      - [ ] **2027-03-25** · IP-2026-0051 · Overgang (O1) — om 10 dager
      - [ ] **2027-04-01** · plans/uten-id.md · Evaluering (hele planen) — om 17 dager
      - [ ] **2027-04-14** · IP-2026-0042 · Planperioden slutter — om 30 dager
      "
    `);
  });

  it('the typical checklist in English, plan ids only', () => {
    expect(markdown(TYPICAL, 'en')).toMatchInlineSnapshot(`
      "# Due as of 2027-03-15

      ## Overdue

      - [ ] **2027-02-15** · IP-2026-0042 · Evaluation (E2, concerns M1, T1) — 28 days ago
      - [ ] **2027-03-01** · IP-2026-0043 · Measure ends (T2) — 14 days ago
      - [ ] **2027-03-14** · IP-2026-0042 · Goal deadline (M2) — yesterday

      ## Within 30 days (up to and including 2027-04-14)

      - [ ] **2027-03-15** · IP-2026-0043 · Decision expires (T2) — today
      - [ ] **2027-03-15** · IP-2026-0051 · Consent should be confirmed by the person (given by a parent \\(foresatt\\): utarbeidelse, taushetsplikt) — today
      - [ ] **2027-03-16** · IP-2026-0043 · Revision (E3, the whole plan) — tomorrow
      - [ ] **2027-03-18** · IP-2026-0042 · Sub-goal deadline (M1a) — in 3 days
      - [ ] **2027-03-20** · IP-2026-0051 · Child coordinator ends — in 5 days
      - [ ] **2027-03-25** · IP-2026-0051 · Transition (O1) — in 10 days
      - [ ] **2027-04-01** · plans/uten-id.md · Evaluation (the whole plan) — in 17 days
      - [ ] **2027-04-14** · IP-2026-0042 · Plan period ends — in 30 days
      "
    `);
  });

  it('with names', () => {
    expect(markdown(TYPICAL, 'en', true)).toMatchInlineSnapshot(`
      "# Due as of 2027-03-15

      ## Overdue

      - [ ] **2027-02-15** · IP-2026-0042 Kari Nordmann · Evaluation (E2, concerns M1, T1) — 28 days ago · coordinator: Ola Hansen
      - [ ] **2027-03-01** · IP-2026-0043 Emil Berg · Measure ends (T2) — 14 days ago
      - [ ] **2027-03-14** · IP-2026-0042 Kari Nordmann · Goal deadline (M2) — yesterday · coordinator: Ola Hansen

      ## Within 30 days (up to and including 2027-04-14)

      - [ ] **2027-03-15** · IP-2026-0043 Emil Berg · Decision expires (T2) — today
      - [ ] **2027-03-15** · IP-2026-0051 Nora Lie · Consent should be confirmed by the person (given by a parent \\(foresatt\\): utarbeidelse, taushetsplikt) — today · coordinator: siri.lunde@example.no
      - [ ] **2027-03-16** · IP-2026-0043 Emil Berg · Revision (E3, the whole plan) — tomorrow
      - [ ] **2027-03-18** · IP-2026-0042 Kari Nordmann · Sub-goal deadline (M1a) — in 3 days · coordinator: Ola Hansen
      - [ ] **2027-03-20** · IP-2026-0051 Nora Lie · Child coordinator ends — in 5 days · coordinator: siri.lunde@example.no
      - [ ] **2027-03-25** · IP-2026-0051 Nora Lie · Transition (O1): Barnevernstjenesten → NAV Sentrum — in 10 days · coordinator: siri.lunde@example.no
      - [ ] **2027-04-01** · plans/uten-id.md · Evaluation (the whole plan) — in 17 days
      - [ ] **2027-04-14** · IP-2026-0042 Kari Nordmann · Plan period ends — in 30 days · coordinator: Ola Hansen
      "
    `);
  });

  it('nothing due: both sections say so', () => {
    expect(markdown(NOTHING_DUE, 'nb')).toBe(['# Frister per 2027-03-15', '', '## Forfalt', '', 'Ingen.', '', '## Innen 30 dager (til og med 2027-04-14)', '', 'Ingen.', ''].join('\n'));
  });
});

/** Physical lines of an iCalendar stream, checked as RFC 5545 §3.1 asks, then unfolded into content lines. */
function icsLines(out: string): string[] {
  expect(out.endsWith('\r\n')).toBe(true);
  const physical = out.slice(0, -2).split('\r\n');
  for (const line of physical) {
    // No bare CR or LF: every line ends in CRLF.
    expect(line).not.toMatch(/[\r\n]/);
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    // Folding never splits a character: a split four-octet letter leaves a lone surrogate, which UTF-8 cannot encode.
    expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
  }
  expect(physical[0]!.startsWith(' ')).toBe(false);
  const content: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ')) content[content.length - 1] += line.slice(1);
    else content.push(line);
  }
  return content;
}

/** A TEXT value as a calendar reads it (RFC 5545 §3.3.11). */
const unescapeText = (s: string) => s.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

describe('ics', () => {
  it('the typical calendar in bokmål: one all-day event per point, plan ids only', () => {
    expect(icsLines(ics(TYPICAL, 'nb'))).toMatchInlineSnapshot(`
      [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//ip-plan//ip due//NB",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Individuelle planer: frister",
        "BEGIN:VEVENT",
        "UID:IP-2026-0042/evaluering/E2@ip-due.invalid",
        "DTSTAMP:20270315T071500Z",
        "DTSTART;VALUE=DATE:20270215",
        "DTEND;VALUE=DATE:20270216",
        "SUMMARY:IP-2026-0042: Evaluering E2 (forfalt)",
        "DESCRIPTION:Plan IP-2026-0042.\\nEvaluering: E2\\, gjelder M1\\, T1.\\nFra ip due\\, 2027-03-15.",
        "CATEGORIES:Evaluering",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:IP-2026-0043/tiltak/T2@ip-due.invalid",
        "DTSTAMP:20270315T071500Z",
        "DTSTART;VALUE=DATE:20270301",
        "DTEND;VALUE=DATE:20270302",
        "SUMMARY:IP-2026-0043: Tiltaket slutter T2 (forfalt)",
        "DESCRIPTION:Plan IP-2026-0043.\\nTiltaket slutter: T2.\\nFra ip due\\, 2027-03-15.",
        "CATEGORIES:Tiltaket slutter",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:IP-2026-0042/frist/M2@ip-due.invalid",
        "DTSTAMP:20270315T071500Z",
        "DTSTART;VALUE=DATE:20270314",
        "DTEND;VALUE=DATE:20270315",
        "SUMMARY:IP-2026-0042: Frist for mål M2 (forfalt)",
        "DESCRIPTION:Plan IP-2026-0042.\\nFrist for mål: M2.\\nFra ip due\\, 2027-03-15.",
        "CATEGORIES:Frist for mål",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:IP-2026-0043/vedtak/T2@ip-due.invalid",
        "DTSTAMP:20270315T071500Z",
        "DTSTART;VALUE=DATE:20270315",
        "DTEND;VALUE=DATE:20270316",
        "SUMMARY:IP-2026-0043: Vedtaket går ut T2",
        "DESCRIPTION:Plan IP-2026-0043.\\nVedtaket går ut: T2.\\nFra ip due\\, 2027-03-15.",
        "CATEGORIES:Vedtaket går ut",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:IP-2026-0051/samtykke/1@ip-due.invalid",
        "DTSTAMP:20270315T071500Z",
        "DTSTART;VALUE=DATE:20270315",
        "DTEND;VALUE=DATE:20270316",
        "SUMMARY:IP-2026-0051: Samtykket bør bekreftes av personen",
        "DESCRIPTION:Plan IP-2026-0051.\\nSamtykket bør bekreftes av personen: gitt av foresatt: utarbeidelse\\, taushetsplikt.\\nFra ip due\\, 2027-03-15.",
        "CATEGORIES:Samtykke fra personen",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:IP-2026-0043/evaluering/E3@ip-due.invalid",
        "DTSTAMP:20270315T071500Z",
        "DTSTART;VALUE=DATE:20270316",
        "DTEND;VALUE=DATE:20270317",
        "SUMMARY:IP-2026-0043: Revisjon E3",
        "DESCRIPTION:Plan IP-2026-0043.\\nRevisjon: E3\\, hele planen.\\nFra ip due\\, 2027-03-15.",
        "CATEGORIES:Revisjon",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:IP-2026-0042/frist/M1a@ip-due.invalid",
        "DTSTAMP:20270315T071500Z",
        "DTSTART;VALUE=DATE:20270318",
        "DTEND;VALUE=DATE:20270319",
        "SUMMARY:IP-2026-0042: Frist for delmål M1a",
        "DESCRIPTION:Plan IP-2026-0042.\\nFrist for delmål: M1a.\\nFra ip due\\, 2027-03-15.",
        "CATEGORIES:Frist for mål",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:IP-2026-0051/barnekoordinator@ip-due.invalid",
        "DTSTAMP:20270315T071500Z",
        "DTSTART;VALUE=DATE:20270320",
        "DTEND;VALUE=DATE:20270321",
        "SUMMARY:IP-2026-0051: Barnekoordinatoren avsluttes",
        "DESCRIPTION:Plan IP-2026-0051.\\nBarnekoordinatoren avsluttes.\\nFra ip due\\, 2027-03-15.",
        "CATEGORIES:Barnekoordinatoren avsluttes",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:IP-2026-0051/overgang/O1@ip-due.invalid",
        "DTSTAMP:20270315T071500Z",
        "DTSTART;VALUE=DATE:20270325",
        "DTEND;VALUE=DATE:20270326",
        "SUMMARY:IP-2026-0051: Overgang O1",
        "DESCRIPTION:Plan IP-2026-0051.\\nOvergang: O1.\\nFra ip due\\, 2027-03-15.",
        "CATEGORIES:Overgang",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:path-9e49473db9e28ab6/evaluering/#2@ip-due.invalid",
        "DTSTAMP:20270315T071500Z",
        "DTSTART;VALUE=DATE:20270401",
        "DTEND;VALUE=DATE:20270402",
        "SUMMARY:plan uten id: Evaluering",
        "DESCRIPTION:Planen har ingen id.\\nEvaluering: hele planen.\\nFra ip due\\, 2027-03-15.",
        "CATEGORIES:Evaluering",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:IP-2026-0042/planperiode@ip-due.invalid",
        "DTSTAMP:20270315T071500Z",
        "DTSTART;VALUE=DATE:20270414",
        "DTEND;VALUE=DATE:20270415",
        "SUMMARY:IP-2026-0042: Planperioden slutter",
        "DESCRIPTION:Plan IP-2026-0042.\\nPlanperioden slutter.\\nFra ip due\\, 2027-03-15.",
        "CATEGORIES:Planperioden slutter",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "END:VCALENDAR",
      ]
    `);
  });

  it('the typical calendar in English', () => {
    const lines = icsLines(ics(TYPICAL, 'en'));
    expect(lines.filter((l) => l.startsWith('SUMMARY:') || l.startsWith('DESCRIPTION:') || l.startsWith('X-WR-CALNAME:'))).toMatchInlineSnapshot(`
      [
        "X-WR-CALNAME:Individual plans: due dates",
        "SUMMARY:IP-2026-0042: Evaluation E2 (overdue)",
        "DESCRIPTION:Plan IP-2026-0042.\\nEvaluation: E2\\, concerns M1\\, T1.\\nFrom ip due\\, 2027-03-15.",
        "SUMMARY:IP-2026-0043: Measure ends T2 (overdue)",
        "DESCRIPTION:Plan IP-2026-0043.\\nMeasure ends: T2.\\nFrom ip due\\, 2027-03-15.",
        "SUMMARY:IP-2026-0042: Goal deadline M2 (overdue)",
        "DESCRIPTION:Plan IP-2026-0042.\\nGoal deadline: M2.\\nFrom ip due\\, 2027-03-15.",
        "SUMMARY:IP-2026-0043: Decision expires T2",
        "DESCRIPTION:Plan IP-2026-0043.\\nDecision expires: T2.\\nFrom ip due\\, 2027-03-15.",
        "SUMMARY:IP-2026-0051: Consent should be confirmed by the person",
        "DESCRIPTION:Plan IP-2026-0051.\\nConsent should be confirmed by the person: given by a parent (foresatt): utarbeidelse\\, taushetsplikt.\\nFrom ip due\\, 2027-03-15.",
        "SUMMARY:IP-2026-0043: Revision E3",
        "DESCRIPTION:Plan IP-2026-0043.\\nRevision: E3\\, the whole plan.\\nFrom ip due\\, 2027-03-15.",
        "SUMMARY:IP-2026-0042: Sub-goal deadline M1a",
        "DESCRIPTION:Plan IP-2026-0042.\\nSub-goal deadline: M1a.\\nFrom ip due\\, 2027-03-15.",
        "SUMMARY:IP-2026-0051: Child coordinator ends",
        "DESCRIPTION:Plan IP-2026-0051.\\nChild coordinator ends.\\nFrom ip due\\, 2027-03-15.",
        "SUMMARY:IP-2026-0051: Transition O1",
        "DESCRIPTION:Plan IP-2026-0051.\\nTransition: O1.\\nFrom ip due\\, 2027-03-15.",
        "SUMMARY:plan without id: Evaluation",
        "DESCRIPTION:The plan has no id.\\nEvaluation: the whole plan.\\nFrom ip due\\, 2027-03-15.",
        "SUMMARY:IP-2026-0042: Plan period ends",
        "DESCRIPTION:Plan IP-2026-0042.\\nPlan period ends.\\nFrom ip due\\, 2027-03-15.",
      ]
    `);
  });

  it('is a well-formed calendar: balanced blocks, one event per item, unique UIDs, the required properties', () => {
    for (const report of [TYPICAL, HOSTILE, NOTHING_DUE]) {
      const lines = icsLines(ics(report, 'nb'));
      expect(lines[0]).toBe('BEGIN:VCALENDAR');
      expect(lines[lines.length - 1]).toBe('END:VCALENDAR');
      expect(lines).toContain('VERSION:2.0');
      expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
      const begins = lines.filter((l) => l === 'BEGIN:VEVENT').length;
      expect(begins).toBe(report.items.length);
      expect(lines.filter((l) => l === 'END:VEVENT').length).toBe(begins);
      const uids = lines.filter((l) => l.startsWith('UID:'));
      expect(uids).toHaveLength(begins);
      expect(new Set(uids).size).toBe(begins);
      expect(lines.filter((l) => l === 'DTSTAMP:20270315T071500Z')).toHaveLength(begins);
      // Every content line is a property: a name, then parameters or a value.
      for (const l of lines) expect(l).toMatch(/^[A-Z][A-Z0-9-]*[;:]/);
    }
  });

  it('the calendar is the same with or without names: it never carries one', () => {
    expect(ics(TYPICAL, 'nb', true)).toBe(ics(TYPICAL, 'nb', false));
    expect(ics(HOSTILE, 'en', true)).toBe(ics(HOSTILE, 'en', false));
  });
});

describe('names', () => {
  for (const [name, format] of Object.entries(FORMATTERS)) {
    for (const lang of ['nb', 'en'] as const) {
      it(`${name} (${lang}) without --names shows no name, e-mail address or service`, () => {
        for (const report of [TYPICAL, HOSTILE]) {
          const out = format(report, lang, false);
          for (const n of [...NAMES, HOSTILE_NAME, HOSTILE_SERVICE, 'Halvard', 'halvard.brekke']) expect(out).not.toContain(n);
        }
      });
    }
  }

  it('with --names, text and Markdown show them (and the calendar still does not)', () => {
    for (const format of [text, markdown]) {
      const out = format(TYPICAL, 'en', true);
      for (const n of ['Kari Nordmann', 'Ola Hansen', 'Emil Berg', 'Nora Lie', 'siri.lunde@example.no', 'Barnevernstjenesten', 'NAV Sentrum']) expect(out).toContain(n);
    }
  });
});

describe('hostile text', () => {
  for (const [name, format] of Object.entries(FORMATTERS)) {
    for (const lang of ['nb', 'en'] as const) {
      for (const names of [false, true]) {
        it(`${name} (${lang}${names ? ', names' : ''}): no control or bidi character, no line started by a value`, () => {
          const out = format(HOSTILE, lang, names);
          expectClean(out, { cr: name === 'ics' });
          expectNoFakeLines(out);
          if (name === 'ics') expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        });
      }
    }
  }

  it('text: a hostile name and coordinator are shown cleaned and cut short, on the plan’s own line', () => {
    const lines = text(HOSTILE, 'en', true).split('\n');
    expect(lines[2]).toContain(`${HOSTILE_NAME}[31m[2J[H]0;eid`);
    expect(lines[2]).toContain('· coordinator: Halvard Brekke[31m[2J[H]0;eid');
    expect(lines[2]!.endsWith('…')).toBe(true);
    expect(lines[3]).toContain(`${HOSTILE_SERVICE}[31m`);
  });

  it('JSON keeps values whole, escaping what would reach a terminal', () => {
    const raw = json(HOSTILE, 'en', true);
    const out = JSON.parse(raw);
    expect(out.items[0]).toMatchObject({ path: HOSTILE.items[0]!.path, plan: HOSTILE.items[0]!.plan, name: HOSTILE.items[0]!.name, concerns: HOSTILE.items[0]!.concerns, key: HOSTILE.items[0]!.key });
    expect(out.incomplete).toEqual(HOSTILE.incomplete);
    expect(raw).toContain('\\u202e');
  });

  it('ics: summaries and descriptions hold the ids without their control characters, and UIDs encode them', () => {
    const lines = icsLines(ics(HOSTILE, 'en'));
    const summary = unescapeText(lines.find((l) => l.startsWith('SUMMARY:'))!.slice('SUMMARY:'.length));
    // Escape sequences lose their ESC and BEL (what is left is printable), and ids are cut short.
    expect(summary.startsWith('IP-2026-0666[31m[2J[H]0;eid]8;;https://example.invalid/\\lenk…: Evaluation E1[31m[2J[H]0;eid]8;;')).toBe(true);
    expect(summary.endsWith('… (overdue)')).toBe(true);
    for (const uid of lines.filter((l) => l.startsWith('UID:'))) expect(uid).toMatch(/^UID:[\p{L}\p{N}_.#/%~-]+@ip-due\.invalid$/u);
  });
});

describe('consent at 16 and 18, in every format and both languages', () => {
  it('says the person should confirm at 16, and that consent must be obtained again at 18 unless a verge or framtidsfullmektig covers it', async () => {
    const { kindLabel, detail } = await import('../../src/output/due/messages.js');
    const at = (renewal: 'confirm' | 'obtain') => ({ kind: 'samtykke' as const, renewal });
    expect(kindLabel(at('confirm'), 'nb')).toBe('Samtykket bør bekreftes av personen');
    expect(kindLabel(at('confirm'), 'en')).toBe('Consent should be confirmed by the person');
    expect(kindLabel(at('obtain'), 'nb')).toBe('Samtykket må innhentes på nytt fra personen');
    expect(kindLabel(at('obtain'), 'en')).toBe('Consent must be obtained from the person again');
    const item = { path: 'p.md', kind: 'samtykke' as const, renewal: 'obtain' as const, date: '2029-03-20', key: 'samtykke/2', concerns: [], consents: ['utarbeidelse' as const], overdue: false, days: 1 };
    expect(detail(item, 'nb')).toBe('gitt av foresatt: utarbeidelse, med mindre verge eller framtidsfullmektig dekker det');
    expect(detail(item, 'en')).toBe('given by a parent (foresatt): utarbeidelse, unless a verge or framtidsfullmektig covers it');
    expect(detail({ ...item, renewal: 'confirm' }, 'en')).toBe('given by a parent (foresatt): utarbeidelse');
  });
});
