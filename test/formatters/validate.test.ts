import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/output/lang.js';
import type { Paint } from '../../src/output/style.js';
import { escapeData, escapeProperty, formatGithub } from '../../src/output/validate/github.js';
import { formatJson, formatJsonChunks } from '../../src/output/validate/json.js';
import { formatText } from '../../src/output/validate/text.js';
import { summarize } from '../../src/validate/report.js';
import { CLEAN, EMPTY, HOSTILE, HOSTILE_KEY, HOSTILE_PATH, HOSTILE_RELATED, MANY_SKIPPED, TYPICAL } from './fixtures/validate.js';
import { expectClean, expectNoFakeLines, FNR, LONG } from './hostile.js';

/**
 * The validate formatters, each called alone on the shared fixtures: text,
 * JSON (the contract in DESIGN.md) and GitHub workflow annotations.
 */

const plain: Paint = (_style, text) => text;
const opts = (lang: Lang, verbose = false) => ({ lang, paint: plain, verbose });
const FORMATTERS = { text: formatText, json: formatJson, github: formatGithub } as const;

describe('text', () => {
  it('the typical run in bokmål: file:line:column, the message, how to fix it, related files, skipped files, the summary', () => {
    expect(formatText(TYPICAL, opts('nb'))).toMatchInlineSnapshot(`
      "plans/IP-2026-0042.md:1:1: feil: En annen åpen plan i denne kjøringen har samme fødselsnummer. En person skal bare ha én individuell plan. Veilederen anbefaler dette; det er ikke et krav i forskriften. [duplicate-person]
        Slik retter du: Slå sammen planene, eller avslutt den ene (status: avsluttet). Filene står under «se også».
        Se også: plans/IP-2026-0043.md
      plans/IP-2026-0042.md:27:14: advarsel: Koordinatoren («koordinator») har ingen kontaktopplysninger. [coordinator-contact]
        Slik retter du: Legg til kontakt.telefon eller kontakt.epost, så personen kan nå koordinatoren.
      plans/IP-2026-0042.md:38:11: merknad: M1 er vurdert som nådd, men tiltaket som viser til det i «tiltak[0].mål[0]» pågår fortsatt. [reached-goal-running-measure]
        Slik retter du: Trengs tiltaket for å holde på det som er nådd? Hvis ikke, sett en sluttdato («til») på tiltaket.
      plans/IP-2026-0042.md:41:5: feil: Feltet «tiltak[0].gjennomføring» mangler. Forskriften krever dette, bokstav f: hvordan tiltakene gjennomføres. [point-missing]
        Slik retter du: En aktiv plan må ha dette: fyll det inn sammen med personen, eller sett «status: utkast» til det er på plass.
      plans/IP-2026-0042.md:52:16: feil: «tiltak[1].ansvarlig» viser til en deltaker som ikke finnes i planen. [unknown-reference]
        Slik retter du: Skriv id-en til en av deltakerne (linjen «id:» under deltakeren i «deltakere»). Er det en ny deltaker, legg den til i «deltakere» med navn, rolle og en id, og skriv den id-en her.

      plans/IP-2026-0043.md:1:1: feil: En annen åpen plan i denne kjøringen har samme fødselsnummer. En person skal bare ha én individuell plan. Veilederen anbefaler dette; det er ikke et krav i forskriften. [duplicate-person]
        Slik retter du: Slå sammen planene, eller avslutt den ene (status: avsluttet). Filene står under «se også».
        Se også: plans/IP-2026-0042.md
      plans/IP-2026-0043.md:9:3: advarsel: Ukjent felt «person.fodselsnummer». Mente du «fødselsnummer»? [unknown-key]
        Slik retter du: Gi feltet navnet «fødselsnummer».
      plans/IP-2026-0043.md:33:5: advarsel: Målet i «mål[1]» har ingen tiltak. Veilederen anbefaler dette; det er ikke et krav i forskriften. [goal-without-measure]
        Slik retter du: Målene styrer tiltakene: legg til et tiltak som viser til målet eller et av delmålene i tiltak[].mål, eller vurder målet på nytt.

      plans/utkast/ny-plan.md:1:1: advarsel: Filen starter med et byte-order mark (BOM). [bom]
        Slik retter du: Lagre filen som UTF-8 uten BOM. Planen er lest likevel.
      plans/utkast/ny-plan.md:2:1: advarsel: Feltet «samarbeid» mangler. Forskriften krever dette, bokstav i: samarbeid med andre tjenesteytere og etater. [point-missing]
        Slik retter du: Skriv «samarbeid: []» hvis det ikke trengs samarbeid med andre. Dette trengs før planen kan være aktiv. Fyll det inn sammen med personen.

      Hoppet over (ikke planer):
        README.md: ingen front matter
        notater/møtereferat.md: front matter uten «ip: 1» og uten felt som bare en plan har

      4 planer sjekket (2 andre filer hoppet over): 4 feil, 5 advarsler.
      Planer med feil: 2. Planer med bare advarsler: 1.
      Oftest: duplicate-person (2), point-missing (2), bom (1), coordinator-contact (1), goal-without-measure (1).
      Forskriften: forskrift om individuell plan ved ytelse av velferdstjenester.
      "
    `);
  });

  it('the typical run in English', () => {
    expect(formatText(TYPICAL, opts('en'))).toMatchInlineSnapshot(`
      "plans/IP-2026-0042.md:1:1: error: Another open plan in this run has the same national identity number. A person has only one individual plan. The national guidance recommends this; the regulation does not require it. [duplicate-person]
        How to fix: Merge the plans, or close one of them (status: avsluttet). The files are listed under "see also".
        See also: plans/IP-2026-0043.md
      plans/IP-2026-0042.md:27:14: warning: The coordinator ("koordinator") has no contact details. [coordinator-contact]
        How to fix: Add kontakt.telefon or kontakt.epost so the person can reach the coordinator.
      plans/IP-2026-0042.md:38:11: note: M1 is assessed as reached, but the measure that names it in "tiltak[0].mål[0]" is still running. [reached-goal-running-measure]
        How to fix: Is the measure needed to keep what was reached? If not, give the measure an end date ("til").
      plans/IP-2026-0042.md:41:5: error: The field "tiltak[0].gjennomføring" is missing. The regulation requires this, point f: how the measures are carried out. [point-missing]
        How to fix: An active plan must have this: fill it in together with the person, or set "status: utkast" until it is in place.
      plans/IP-2026-0042.md:52:16: error: "tiltak[1].ansvarlig" refers to a participant that is not in the plan. [unknown-reference]
        How to fix: Write the id of one of the participants (the line "id:" under the participant in "deltakere"). If it is a new participant, add them to "deltakere" with a name, a role and an id, and write that id here.

      plans/IP-2026-0043.md:1:1: error: Another open plan in this run has the same national identity number. A person has only one individual plan. The national guidance recommends this; the regulation does not require it. [duplicate-person]
        How to fix: Merge the plans, or close one of them (status: avsluttet). The files are listed under "see also".
        See also: plans/IP-2026-0042.md
      plans/IP-2026-0043.md:9:3: warning: Unknown field "person.fodselsnummer". Did you mean "fødselsnummer"? [unknown-key]
        How to fix: Rename the field to "fødselsnummer".
      plans/IP-2026-0043.md:33:5: warning: The goal in "mål[1]" has no measure. The national guidance recommends this; the regulation does not require it. [goal-without-measure]
        How to fix: Goals steer measures: add a measure that names the goal or one of its sub-goals in tiltak[].mål, or reconsider the goal.

      plans/utkast/ny-plan.md:1:1: warning: The file starts with a byte-order mark (BOM). [bom]
        How to fix: Save the file as UTF-8 without a BOM. The plan was read anyway.
      plans/utkast/ny-plan.md:2:1: warning: The field "samarbeid" is missing. The regulation requires this, point i: cooperation with other providers and agencies. [point-missing]
        How to fix: Write "samarbeid: []" if no cooperation with others is needed. This is needed before the plan can be active. Fill it in together with the person.

      Skipped (not plans):
        README.md: no front matter
        notater/møtereferat.md: front matter without "ip: 1" and without any field only a plan has

      Checked 4 plans (2 other files skipped): 4 errors, 5 warnings.
      Plans with errors: 2. Plans with warnings only: 1.
      Most frequent: duplicate-person (2), point-missing (2), bom (1), coordinator-contact (1), goal-without-measure (1).
      The regulation: forskrift om individuell plan ved ytelse av velferdstjenester (the regulation on individual plans in welfare services).
      "
    `);
  });

  it('an empty run and a clean run are one summary line', () => {
    expect(formatText(EMPTY, opts('nb'))).toBe('0 planer sjekket: 0 feil, 0 advarsler.\n');
    expect(formatText(EMPTY, opts('en'))).toBe('Checked 0 plans: 0 errors, 0 warnings.\n');
    expect(formatText(CLEAN, opts('en'))).toBe('Checked 2 plans: 0 errors, 0 warnings.\n');
  });

  it('many skipped files are counted, and listed only with --verbose', () => {
    expect(formatText(MANY_SKIPPED, opts('en'))).toBe(
      ['12 files that are not plans were skipped; --verbose shows which and why.', '', 'Checked 1 plan (12 other files skipped): 0 errors, 0 warnings.', ''].join('\n'),
    );
    const verbose = formatText(MANY_SKIPPED, opts('en', true)).split('\n');
    expect(verbose.slice(0, 3)).toEqual(['Skipped (not plans):', '  notater/notat-1.md: front matter without "ip: 1" and without any field only a plan has', '  notater/notat-2.md: front matter without "ip: 1" and without any field only a plan has']);
    expect(verbose.filter((l) => l.startsWith('  notater/'))).toHaveLength(12);
  });

  it('a hint already given in a file is not repeated there; in the next file it is given again', () => {
    const missing = (line: number) => ({ severity: 'error' as const, code: 'point-missing', path: ['tiltak', line, 'omfang'], line, column: 5, point: 'e' as const, params: { kind: 'field', active: 1 } });
    const report = summarize(
      [
        { path: 'a.md', valid: false, diagnostics: [missing(10), missing(20)] },
        { path: 'b.md', valid: false, diagnostics: [missing(30)] },
      ],
      [],
    );
    const out = formatText(report, { lang: 'en', paint: (_s, t) => t, verbose: false });
    const hint = '  How to fix: An active plan must have this: fill it in together with the person, or set "status: utkast" until it is in place.';
    expect(out.split('\n').filter((l) => l === hint)).toHaveLength(2);
    expect(out.split('\n').slice(0, 5)).toEqual([expect.stringMatching(/^a\.md:10:5: error: /), hint, expect.stringMatching(/^a\.md:20:5: error: /), '', expect.stringMatching(/^b\.md:30:5: error: /)]);
  });

  it('colour comes only from the painter: severity labels, the location, the code, the summary', () => {
    const tag: Paint = (style, text) => `<${style}>${text}</${style}>`;
    const out = formatText(TYPICAL, { lang: 'en', paint: tag, verbose: false });
    expect(out.split('\n').slice(0, 5)).toEqual([
      '<bold>plans/IP-2026-0042.md:1:1</bold>: <red>error</red>: Another open plan in this run has the same national identity number. A person has only one individual plan. The national guidance recommends this; the regulation does not require it. <dim>[duplicate-person]</dim>',
      '  How to fix: Merge the plans, or close one of them (status: avsluttet). The files are listed under "see also".',
      '  See also: plans/IP-2026-0043.md',
      '<bold>plans/IP-2026-0042.md:27:14</bold>: <yellow>warning</yellow>: The coordinator ("koordinator") has no contact details. <dim>[coordinator-contact]</dim>',
      '  How to fix: Add kontakt.telefon or kontakt.epost so the person can reach the coordinator.',
    ]);
    expect(out).toContain('<dim>  notater/møtereferat.md: front matter without "ip: 1" and without any field only a plan has</dim>');
    expect(out.trimEnd().split('\n').slice(-4)).toEqual([
      '<red>Checked 4 plans (2 other files skipped): 4 errors, 5 warnings.</red>',
      'Plans with errors: 2. Plans with warnings only: 1.',
      'Most frequent: duplicate-person (2), point-missing (2), bom (1), coordinator-contact (1), goal-without-measure (1).',
      '<dim>The regulation: forskrift om individuell plan ved ytelse av velferdstjenester (the regulation on individual plans in welfare services).</dim>',
    ]);
    expect(formatText(CLEAN, { lang: 'en', paint: tag, verbose: false })).toBe('<green>Checked 2 plans: 0 errors, 0 warnings.</green>\n');
  });
});

/** The contract: DESIGN.md, "JSON shapes that scripts may rely on" and "Contract additions". */
function expectValidateShape(json: unknown): void {
  const out = json as Record<string, unknown>;
  expect(out.version).toBe(1);
  expect(Array.isArray(out.files)).toBe(true);
  for (const file of out.files as Record<string, unknown>[]) {
    expect(typeof file.path).toBe('string');
    expect(typeof file.valid).toBe('boolean');
    expect(Array.isArray(file.diagnostics)).toBe(true);
    for (const d of file.diagnostics as Record<string, unknown>[]) {
      expect(['error', 'warning']).toContain(d.severity);
      for (const key of ['code', 'message'] as const) expect(typeof d[key]).toBe('string');
      for (const key of ['line', 'column'] as const) expect(Number.isInteger(d[key]) && (d[key] as number) >= 1).toBe(true);
      if ('point' in d) expect(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']).toContain(d.point);
      if ('related' in d) expect((d.related as unknown[]).every((r) => typeof r === 'string')).toBe(true);
      if ('basis' in d) expect(['forskrift', 'veileder', 'praksis']).toContain(d.basis);
      if ('item' in d) expect(['string', 'number']).toContain(typeof d.item);
      // Added fields of this implementation: the field path and how to fix it.
      if ('field' in d) expect(typeof d.field).toBe('string');
      if ('hint' in d) expect(typeof d.hint).toBe('string');
    }
    expect(file.valid).toBe(!(file.diagnostics as { severity: string }[]).some((d) => d.severity === 'error'));
  }
  const summary = out.summary as Record<string, unknown>;
  for (const key of ['files', 'skipped', 'errors', 'warnings'] as const) expect(Number.isInteger(summary[key])).toBe(true);
  expect(Array.isArray(summary.skipped_files)).toBe(true);
  for (const s of summary.skipped_files as Record<string, unknown>[]) {
    expect(Object.keys(s).sort()).toEqual(['path', 'reason']);
    expect(typeof s.path).toBe('string');
    expect(typeof s.reason).toBe('string');
  }
  expect((summary.skipped_files as unknown[]).length).toBe(summary.skipped);
}

describe('json', () => {
  it('written in pieces, it is the same text byte for byte, across piece boundaries and with hostile text', () => {
    // 2,001 files: two full pieces of 1,000 and one of a single file; 1,000 exactly: one piece and nothing after it.
    const many = (n: number) => summarize(Array.from({ length: n }, (_, i) => ({ ...HOSTILE.files[i % HOSTILE.files.length]!, path: `plans/${i}/${HOSTILE_PATH}` })), HOSTILE.skipped);
    for (const report of [EMPTY, CLEAN, TYPICAL, MANY_SKIPPED, HOSTILE, many(1000), many(2001)]) {
      for (const lang of ['nb', 'en'] as const) {
        for (const names of [false, true]) {
          const pieces = [...formatJsonChunks(report, { lang, names })];
          expect(pieces.join('')).toBe(formatJson(report, { lang, names }));
          expect(pieces.length).toBe(report.files.length === 0 ? 1 : Math.ceil(report.files.length / 1000) + 2);
        }
      }
    }
  });

  it('has the contract’s shape on every fixture', () => {
    for (const report of [EMPTY, CLEAN, TYPICAL, MANY_SKIPPED, HOSTILE]) {
      for (const lang of ['nb', 'en'] as const) expectValidateShape(JSON.parse(formatJson(report, { lang })));
    }
  });

  it('the typical run, exactly', () => {
    expect(JSON.parse(formatJson(TYPICAL, { lang: 'en' }))).toMatchInlineSnapshot(`
      {
        "files": [
          {
            "diagnostics": [
              {
                "basis": "veileder",
                "code": "duplicate-person",
                "column": 1,
                "hint": "Merge the plans, or close one of them (status: avsluttet). The files are listed under "see also".",
                "line": 1,
                "message": "Another open plan in this run has the same national identity number. A person has only one individual plan. The national guidance recommends this; the regulation does not require it.",
                "related": [
                  "plans/IP-2026-0043.md",
                ],
                "severity": "error",
              },
              {
                "basis": "praksis",
                "code": "coordinator-contact",
                "column": 14,
                "field": "koordinator",
                "hint": "Add kontakt.telefon or kontakt.epost so the person can reach the coordinator.",
                "line": 27,
                "message": "The coordinator ("koordinator") has no contact details.",
                "severity": "warning",
              },
              {
                "basis": "forskrift",
                "code": "point-missing",
                "column": 5,
                "field": "tiltak[0].gjennomføring",
                "hint": "An active plan must have this: fill it in together with the person, or set "status: utkast" until it is in place.",
                "line": 41,
                "message": "The field "tiltak[0].gjennomføring" is missing. The regulation requires this, point f of the regulation on individual plans in welfare services (forskrift om individuell plan ved ytelse av velferdstjenester): how the measures are carried out.",
                "point": "f",
                "severity": "error",
              },
              {
                "basis": "praksis",
                "code": "unknown-reference",
                "column": 16,
                "field": "tiltak[1].ansvarlig",
                "hint": "Write the id of one of the participants (the line "id:" under the participant in "deltakere"). If it is a new participant, add them to "deltakere" with a name, a role and an id, and write that id here.",
                "line": 52,
                "message": ""tiltak[1].ansvarlig" refers to a participant that is not in the plan.",
                "severity": "error",
              },
            ],
            "path": "plans/IP-2026-0042.md",
            "valid": false,
          },
          {
            "diagnostics": [
              {
                "basis": "veileder",
                "code": "duplicate-person",
                "column": 1,
                "hint": "Merge the plans, or close one of them (status: avsluttet). The files are listed under "see also".",
                "line": 1,
                "message": "Another open plan in this run has the same national identity number. A person has only one individual plan. The national guidance recommends this; the regulation does not require it.",
                "related": [
                  "plans/IP-2026-0042.md",
                ],
                "severity": "error",
              },
              {
                "basis": "praksis",
                "code": "unknown-key",
                "column": 3,
                "field": "person.fodselsnummer",
                "hint": "Rename the field to "fødselsnummer".",
                "line": 9,
                "message": "Unknown field "person.fodselsnummer". Did you mean "fødselsnummer"?",
                "severity": "warning",
              },
              {
                "basis": "veileder",
                "code": "goal-without-measure",
                "column": 5,
                "field": "mål[1]",
                "hint": "Goals steer measures: add a measure that names the goal or one of its sub-goals in tiltak[].mål, or reconsider the goal.",
                "line": 33,
                "message": "The goal in "mål[1]" has no measure. The national guidance recommends this; the regulation does not require it.",
                "severity": "warning",
              },
            ],
            "path": "plans/IP-2026-0043.md",
            "valid": false,
          },
          {
            "diagnostics": [],
            "path": "plans/IP-2026-0044.md",
            "valid": true,
          },
          {
            "diagnostics": [
              {
                "basis": "praksis",
                "code": "bom",
                "column": 1,
                "hint": "Save the file as UTF-8 without a BOM. The plan was read anyway.",
                "line": 1,
                "message": "The file starts with a byte-order mark (BOM).",
                "severity": "warning",
              },
              {
                "basis": "forskrift",
                "code": "point-missing",
                "column": 1,
                "field": "samarbeid",
                "hint": "Write "samarbeid: []" if no cooperation with others is needed. This is needed before the plan can be active. Fill it in together with the person.",
                "line": 2,
                "message": "The field "samarbeid" is missing. The regulation requires this, point i of the regulation on individual plans in welfare services (forskrift om individuell plan ved ytelse av velferdstjenester): cooperation with other providers and agencies.",
                "point": "i",
                "severity": "warning",
              },
            ],
            "path": "plans/utkast/ny-plan.md",
            "valid": true,
          },
        ],
        "summary": {
          "errors": 4,
          "files": 4,
          "skipped": 2,
          "skipped_files": [
            {
              "path": "README.md",
              "reason": "no-front-matter",
            },
            {
              "path": "notater/møtereferat.md",
              "reason": "no-plan-keys",
            },
          ],
          "warnings": 5,
        },
        "version": 1,
      }
    `);
  });

  it('messages and hints follow the language; everything else is the same in both', () => {
    const nb = JSON.parse(formatJson(TYPICAL, { lang: 'nb' }));
    const en = JSON.parse(formatJson(TYPICAL, { lang: 'en' }));
    expect(nb.files[0].diagnostics[1].message).toBe('Koordinatoren («koordinator») har ingen kontaktopplysninger.');
    const strip = (j: { files: { diagnostics: Record<string, unknown>[] }[] }) => ({ ...j, files: j.files.map((f) => ({ ...f, diagnostics: f.diagnostics.map(({ message: _m, hint: _h, ...rest }) => rest) })) });
    expect(strip(nb)).toEqual(strip(en));
  });

  it('an empty run', () => {
    expect(JSON.parse(formatJson(EMPTY, { lang: 'en' }))).toEqual({ version: 1, files: [], summary: { files: 0, skipped: 0, errors: 0, warnings: 0, skipped_files: [] } });
  });
});

describe('github', () => {
  it('the typical run in bokmål: one annotation per finding, then skipped files and the summary as plain lines', () => {
    expect(formatGithub(TYPICAL, opts('nb'))).toMatchInlineSnapshot(`
      "::error file=plans/IP-2026-0042.md,line=1,col=1,title=ip duplicate-person::En annen åpen plan i denne kjøringen har samme fødselsnummer. En person skal bare ha én individuell plan. Veilederen anbefaler dette; det er ikke et krav i forskriften. Slå sammen planene, eller avslutt den ene (status: avsluttet). Filene står under «se også». (se også: plans/IP-2026-0043.md)
      ::warning file=plans/IP-2026-0042.md,line=27,col=14,title=ip coordinator-contact::Koordinatoren («koordinator») har ingen kontaktopplysninger. Legg til kontakt.telefon eller kontakt.epost, så personen kan nå koordinatoren.
      ::error file=plans/IP-2026-0042.md,line=41,col=5,title=ip point-missing::Feltet «tiltak[0].gjennomføring» mangler. Forskriften krever dette, bokstav f i forskrift om individuell plan ved ytelse av velferdstjenester: hvordan tiltakene gjennomføres. En aktiv plan må ha dette: fyll det inn sammen med personen, eller sett «status: utkast» til det er på plass.
      ::error file=plans/IP-2026-0042.md,line=52,col=16,title=ip unknown-reference::«tiltak[1].ansvarlig» viser til en deltaker som ikke finnes i planen. Skriv id-en til en av deltakerne (linjen «id:» under deltakeren i «deltakere»). Er det en ny deltaker, legg den til i «deltakere» med navn, rolle og en id, og skriv den id-en her.
      ::error file=plans/IP-2026-0043.md,line=1,col=1,title=ip duplicate-person::En annen åpen plan i denne kjøringen har samme fødselsnummer. En person skal bare ha én individuell plan. Veilederen anbefaler dette; det er ikke et krav i forskriften. Slå sammen planene, eller avslutt den ene (status: avsluttet). Filene står under «se også». (se også: plans/IP-2026-0042.md)
      ::warning file=plans/IP-2026-0043.md,line=9,col=3,title=ip unknown-key::Ukjent felt «person.fodselsnummer». Mente du «fødselsnummer»? Gi feltet navnet «fødselsnummer».
      ::warning file=plans/IP-2026-0043.md,line=33,col=5,title=ip goal-without-measure::Målet i «mål[1]» har ingen tiltak. Veilederen anbefaler dette; det er ikke et krav i forskriften. Målene styrer tiltakene: legg til et tiltak som viser til målet eller et av delmålene i tiltak[].mål, eller vurder målet på nytt.
      ::warning file=plans/utkast/ny-plan.md,line=1,col=1,title=ip bom::Filen starter med et byte-order mark (BOM). Lagre filen som UTF-8 uten BOM. Planen er lest likevel.
      ::warning file=plans/utkast/ny-plan.md,line=2,col=1,title=ip point-missing::Feltet «samarbeid» mangler. Forskriften krever dette, bokstav i i forskrift om individuell plan ved ytelse av velferdstjenester: samarbeid med andre tjenesteytere og etater. Skriv «samarbeid: []» hvis det ikke trengs samarbeid med andre. Dette trengs før planen kan være aktiv. Fyll det inn sammen med personen.
      Hoppet over (ikke planer):
        README.md: ingen front matter
        notater/møtereferat.md: front matter uten «ip: 1» og uten felt som bare en plan har
      4 planer sjekket (2 andre filer hoppet over): 4 feil, 5 advarsler.
      "
    `);
  });

  it('the typical run in English', () => {
    expect(formatGithub(TYPICAL, opts('en'))).toMatchInlineSnapshot(`
      "::error file=plans/IP-2026-0042.md,line=1,col=1,title=ip duplicate-person::Another open plan in this run has the same national identity number. A person has only one individual plan. The national guidance recommends this; the regulation does not require it. Merge the plans, or close one of them (status: avsluttet). The files are listed under "see also". (see also: plans/IP-2026-0043.md)
      ::warning file=plans/IP-2026-0042.md,line=27,col=14,title=ip coordinator-contact::The coordinator ("koordinator") has no contact details. Add kontakt.telefon or kontakt.epost so the person can reach the coordinator.
      ::error file=plans/IP-2026-0042.md,line=41,col=5,title=ip point-missing::The field "tiltak[0].gjennomføring" is missing. The regulation requires this, point f of the regulation on individual plans in welfare services (forskrift om individuell plan ved ytelse av velferdstjenester): how the measures are carried out. An active plan must have this: fill it in together with the person, or set "status: utkast" until it is in place.
      ::error file=plans/IP-2026-0042.md,line=52,col=16,title=ip unknown-reference::"tiltak[1].ansvarlig" refers to a participant that is not in the plan. Write the id of one of the participants (the line "id:" under the participant in "deltakere"). If it is a new participant, add them to "deltakere" with a name, a role and an id, and write that id here.
      ::error file=plans/IP-2026-0043.md,line=1,col=1,title=ip duplicate-person::Another open plan in this run has the same national identity number. A person has only one individual plan. The national guidance recommends this; the regulation does not require it. Merge the plans, or close one of them (status: avsluttet). The files are listed under "see also". (see also: plans/IP-2026-0042.md)
      ::warning file=plans/IP-2026-0043.md,line=9,col=3,title=ip unknown-key::Unknown field "person.fodselsnummer". Did you mean "fødselsnummer"? Rename the field to "fødselsnummer".
      ::warning file=plans/IP-2026-0043.md,line=33,col=5,title=ip goal-without-measure::The goal in "mål[1]" has no measure. The national guidance recommends this; the regulation does not require it. Goals steer measures: add a measure that names the goal or one of its sub-goals in tiltak[].mål, or reconsider the goal.
      ::warning file=plans/utkast/ny-plan.md,line=1,col=1,title=ip bom::The file starts with a byte-order mark (BOM). Save the file as UTF-8 without a BOM. The plan was read anyway.
      ::warning file=plans/utkast/ny-plan.md,line=2,col=1,title=ip point-missing::The field "samarbeid" is missing. The regulation requires this, point i of the regulation on individual plans in welfare services (forskrift om individuell plan ved ytelse av velferdstjenester): cooperation with other providers and agencies. Write "samarbeid: []" if no cooperation with others is needed. This is needed before the plan can be active. Fill it in together with the person.
      Skipped (not plans):
        README.md: no front matter
        notater/møtereferat.md: front matter without "ip: 1" and without any field only a plan has
      Checked 4 plans (2 other files skipped): 4 errors, 5 warnings.
      "
    `);
  });

  it('an empty run is the summary alone', () => {
    expect(formatGithub(EMPTY, opts('en'))).toBe('Checked 0 plans: 0 errors, 0 warnings.\n');
  });

  it('escapes as GitHub reads it: %, CR and LF in data; also : and , in properties', () => {
    // Paths and messages reach the escaping already cleaned of CR and LF; the escaping holds on its own all the same.
    expect(escapeData('100% a\r\nb\rc\nd: e, f')).toBe('100%25 a%0D%0Ab%0Dc%0Ad: e, f');
    expect(escapeProperty('100% a\r\nb::c,d')).toBe('100%25 a%0D%0Ab%3A%3Ac%2Cd');
  });
});

/** GitHub's escaping of a workflow command's data and of its property values, undone. */
const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));

describe('hostile text', () => {
  for (const [name, format] of Object.entries(FORMATTERS)) {
    for (const lang of ['nb', 'en'] as const) {
      it(`${name} (${lang}): no control or bidi character, no line started by a value, no fødselsnummer`, () => {
        const out = format(HOSTILE, opts(lang, true));
        expectClean(out);
        expectNoFakeLines(out);
        expect(out).not.toContain(FNR);
        expect(out).not.toContain(FNR.slice(0, 6));
      });
    }
  }

  it('text: a hostile path is shown with "?" for what it cannot show, and nothing is lost from the rest of the line', () => {
    const out = formatText(HOSTILE, opts('en'));
    const first = out.split('\n')[0]!;
    expect(first.startsWith('plans/IP-2026-0666?[31m?[2J?[H')).toBe(true);
    expect(first).toContain('.md:9:3: warning: Unknown field "person.ukjent[31m[2J[H]0;eid]8;;https');
  });

  it('text and JSON: an echoed key is cut short, and a run of digits in it is replaced by a word', () => {
    const text = formatText(HOSTILE, opts('en'));
    expect(text).toContain('Unknown field "person.(number)".');
    expect(text).toContain(`Unknown field "${LONG.slice(0, 40)}…".`);
    const json = JSON.parse(formatJson(HOSTILE, { lang: 'nb' }));
    expect(json.files[0].diagnostics[1]).toMatchObject({ message: 'Ukjent felt «person.(tall)».', field: 'person.(tall)' });
  });

  it('JSON keeps paths whole, escaping what would reach a terminal', () => {
    const raw = formatJson(HOSTILE, { lang: 'en' });
    const json = JSON.parse(raw);
    expect(json.files[0].path).toBe(HOSTILE_PATH);
    expect(json.files[0].diagnostics[3].related).toEqual([HOSTILE_RELATED, HOSTILE_PATH]);
    expect(raw).toContain('\\u202e');
    expect(raw).toContain('\\u009b');
  });

  it('github: every annotation is one line, its properties split cleanly, and its data is escaped', () => {
    const out = formatGithub(HOSTILE, opts('en', true));
    const lines = out.split('\n');
    const annotations = lines.filter((l) => l.startsWith('::'));
    expect(annotations).toHaveLength(HOSTILE.files[0]!.diagnostics.length);
    for (const line of annotations) {
      const m = /^::(error|warning) ([^:]*)::(.*)$/.exec(line);
      expect(m).not.toBeNull();
      const props = m![2]!.split(',');
      expect(props.map((p) => p.slice(0, p.indexOf('=')))).toEqual(['file', 'line', 'col', 'title']);
      // The file is the path as text output shows it, whole once GitHub has unescaped it.
      expect(unescapeProperty(props[0]!.slice('file='.length))).toBe(HOSTILE_PATH.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '?'));
      // No bare %, CR or LF in the data: every % starts one of the three escapes.
      expect(m![3]!.replace(/%(25|0D|0A)/g, '')).not.toContain('%');
      expect(m![3]).not.toMatch(/[\r\n]/);
    }
    // The 100% in the path is escaped, and its %25 is not taken for an escape.
    expect(annotations[0]).toContain('100%2525 %250A%3A%3Awarning%3A%3Aa%3Ab%2Cc');
  });

  it('the hostile key is never shown with its escape sequences, in any format', () => {
    for (const format of Object.values(FORMATTERS)) expect(format(HOSTILE, opts('en'))).not.toContain(HOSTILE_KEY);
  });
});
