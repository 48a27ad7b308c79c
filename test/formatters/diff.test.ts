import { describe, expect, it } from 'vitest';
import { diffPlans, type Change, type PlanSide } from '../../src/diff/index.js';
import { formatDiffJson } from '../../src/output/diff/json.js';
import { formatDiffMarkdown } from '../../src/output/diff/markdown.js';
import type { Sides } from '../../src/output/diff/sides.js';
import { formatDiffText } from '../../src/output/diff/text.js';
import type { DocLang } from '../../src/output/diff/vocab.js';
import type { Lang } from '../../src/output/lang.js';
import type { Paint } from '../../src/output/style.js';
import { AFTER, BEFORE, FILE_SIDES, FNR_NEW, GIT_SIDES, HOSTILE, HOSTILE_AFTER, HOSTILE_BEFORE, HOSTILE_GIT_SIDES, HOSTILE_ID, HOSTILE_KEY, HOSTILE_SIDES, TYPICAL } from './fixtures/diff.js';
import { expectClean, expectNoFakeLines, FNR } from './hostile.js';

/**
 * The diff formatters, each called alone on the shared fixtures: text for
 * the terminal (nb, en), the JSON contract, and the Markdown change log in
 * the plan's own language (nb, nn, en).
 */

const plain: Paint = (_style, text) => text;
const text = (changes: Change[], lang: Lang, sides: Sides = GIT_SIDES, before: PlanSide = BEFORE, after: PlanSide = AFTER) => formatDiffText(changes, before, after, { lang, paint: plain, sides });
const markdown = (changes: Change[], lang: DocLang, before: PlanSide = BEFORE, after: PlanSide = AFTER) => formatDiffMarkdown(changes, before, after, { lang, date: '2027-01-20' });

describe('the fixture', () => {
  it('is what the core finds between the two revisions', () => {
    expect(diffPlans(BEFORE, AFTER)).toEqual(TYPICAL);
  });

  it('has every op, on lists by id and by natural key', () => {
    const ops = (head: string) => new Set(TYPICAL.filter((c) => c.path[0] === head).map((c) => c.op));
    expect(ops('tiltak')).toEqual(new Set(['added', 'removed', 'changed']));
    expect(ops('samarbeid')).toEqual(new Set(['added', 'changed']));
    expect(ops('brødtekst')).toEqual(new Set(['added', 'removed', 'changed']));
    expect(TYPICAL.some((c) => c.path[0] === 'overganger' && c.path[1] === '2027-05-17')).toBe(true);
    expect(TYPICAL.some((c) => c.path[0] === 'evalueringer' && c.path[1] === '2027-08-15')).toBe(true);
  });
});

describe('text', () => {
  it('the typical change in bokmål: key changes first, then each part of the plan, names for participant ids', () => {
    expect(text(TYPICAL, 'nb')).toMatchInlineSnapshot(`
      "plans/IP-2026-0042.md: HEAD~1 → arbeidskopien

      Viktigste endringer
        ~ koordinator: Ola Hansen (ola) → Siri Lunde (siri)
        ~ status: utkast → aktiv
        + Planen er godkjent: dato: 2026-09-01; av: Kari Nordmann (kari)
        ! Samtykket til å dele taushetsbelagte opplysninger er trukket (2027-01-15).

      Personen
        ~ person.fødselsnummer (endret; verdien vises ikke)

      Deltakere
        + deltaker siri (Siri Lunde)
            rolle: tjenesteyter
            virksomhet: Boligkontoret
            kontakt: telefon: +47 400 00 001
            bidrag: Følger opp boligsøknaden.

      Mål
        ~ mål M1 «Jeg vil bo i egen leilighet med to rom innen sommeren 2027.»
            ~ tekst: Jeg vil bo i egen leilighet {+med to rom +}innen sommeren 2027.

      Ressurser
        + Søsteren min støtter meg.

      Behov
        - Hjelp til å komme i arbeid.

      Tiltak
        ~ tiltak T1 «Bistand til boligsøknad»
            ~ ansvarlig: Ola Hansen (ola) → Siri Lunde (siri)
            ~ omfang: 1 time per uke → 2 timer per uke
        + tiltak T3 «Oppfølging hos fastlege»
            mål: M2
            ansvarlig: Ola Hansen (ola)
            omfang: 1 time per måned
            gjennomføring: Kari har fast time første mandag i måneden.
        - tiltak T2 «Arbeidstrening i kantine»

      Samarbeid
        ~ samarbeid med Boligkontoret
            ~ formål: Søknad om kommunal bolig → Søknad om kommunal bolig og bostøtte
        + samarbeid med Skolen
            formål: Tilrettelegging av opplæring
            type: ønskelig

      Overganger
        ~ overgang 2027-05-17 (Barnevernstjenesten → NAV Sentrum)
            ~ til_tjeneste: NAV → NAV Sentrum

      Evalueringer
        ~ evaluering E1 (2026-12-01, evaluering)
            + utført: 2026-12-03
        + evaluering 2027-08-15 (revisjon)

      Tekst
        ~ avsnitt «Om meg»
            Jeg bor [-hos-]{+i+} [-mamma-]{+egen hybel+}, [-men-]{+og+} vil [-flytte-]{+ha leilighet+}.
        + avsnitt «Fritid»
            Jeg spiller fotball på tirsdager.
        - avsnitt «Mine ønsker»

      21 endringer.
      "
    `);
  });

  it('the typical change in English', () => {
    expect(text(TYPICAL, 'en')).toMatchInlineSnapshot(`
      "plans/IP-2026-0042.md: HEAD~1 → working copy

      Key changes
        ~ koordinator: Ola Hansen (ola) → Siri Lunde (siri)
        ~ status: utkast → aktiv
        + The plan has been accepted: dato: 2026-09-01; av: Kari Nordmann (kari)
        ! Consent to share confidential information has been withdrawn (2027-01-15).

      The person
        ~ person.fødselsnummer (changed; value not shown)

      Participants
        + participant siri (Siri Lunde)
            rolle: tjenesteyter
            virksomhet: Boligkontoret
            kontakt: telefon: +47 400 00 001
            bidrag: Følger opp boligsøknaden.

      Goals
        ~ goal M1 "Jeg vil bo i egen leilighet med to rom innen sommeren 2027."
            ~ tekst: Jeg vil bo i egen leilighet {+med to rom +}innen sommeren 2027.

      Resources
        + Søsteren min støtter meg.

      Needs
        - Hjelp til å komme i arbeid.

      Measures
        ~ measure T1 "Bistand til boligsøknad"
            ~ ansvarlig: Ola Hansen (ola) → Siri Lunde (siri)
            ~ omfang: 1 time per uke → 2 timer per uke
        + measure T3 "Oppfølging hos fastlege"
            mål: M2
            ansvarlig: Ola Hansen (ola)
            omfang: 1 time per måned
            gjennomføring: Kari har fast time første mandag i måneden.
        - measure T2 "Arbeidstrening i kantine"

      Cooperation
        ~ cooperation with Boligkontoret
            ~ formål: Søknad om kommunal bolig → Søknad om kommunal bolig og bostøtte
        + cooperation with Skolen
            formål: Tilrettelegging av opplæring
            type: ønskelig

      Transitions
        ~ transition 2027-05-17 (Barnevernstjenesten → NAV Sentrum)
            ~ til_tjeneste: NAV → NAV Sentrum

      Evaluations
        ~ evaluation E1 (2026-12-01, evaluering)
            + utført: 2026-12-03
        + evaluation 2027-08-15 (revisjon)

      Text
        ~ section "Om meg"
            Jeg bor [-hos-]{+i+} [-mamma-]{+egen hybel+}, [-men-]{+og+} vil [-flytte-]{+ha leilighet+}.
        + section "Fritid"
            Jeg spiller fotball på tirsdager.
        - section "Mine ønsker"

      21 changes.
      "
    `);
  });

  it('two files are named old → new', () => {
    expect(text([], 'en', FILE_SIDES)).toBe('gammel/IP-2026-0042.md → plans/IP-2026-0042.md\n\nNo changes.\n');
    expect(text([], 'nb')).toBe('plans/IP-2026-0042.md: HEAD~1 → arbeidskopien\n\nIngen endringer.\n');
  });

  it('colour comes only from the painter', () => {
    const tag: Paint = (style, t) => `<${style}>${t}</${style}>`;
    const lines = formatDiffText(TYPICAL.slice(0, 2), BEFORE, AFTER, { lang: 'en', paint: tag, sides: GIT_SIDES }).split('\n');
    expect(lines).toEqual([
      '<bold>plans/IP-2026-0042.md: HEAD~1 → working copy</bold>',
      '',
      '<cyan>Key changes</cyan>',
      '  <yellow>~</yellow> koordinator: <red>Ola Hansen (ola)</red> → <green>Siri Lunde (siri)</green>',
      '  <yellow>~</yellow> status: <red>utkast</red> → <green>aktiv</green>',
      '',
      '2 changes.',
      '',
    ]);
  });
});

/** The contract: DESIGN.md, "JSON shapes that scripts may rely on". */
function expectDiffShape(out: Record<string, unknown>): void {
  expect(Object.keys(out).sort()).toEqual(['changes', 'version']);
  expect(out.version).toBe(1);
  for (const c of out.changes as Record<string, unknown>[]) {
    expect(['added', 'removed', 'changed']).toContain(c.op);
    expect(Array.isArray(c.path) && (c.path as unknown[]).length > 0 && (c.path as unknown[]).every((s) => typeof s === 'string')).toBe(true);
    for (const key of Object.keys(c)) expect(['op', 'path', 'before', 'after']).toContain(key);
    if (c.op === 'added') expect('before' in c).toBe(false);
    if (c.op === 'removed') expect('after' in c).toBe(false);
  }
}

describe('json', () => {
  it('has the contract’s shape on every fixture', () => {
    for (const changes of [[], TYPICAL, HOSTILE]) expectDiffShape(JSON.parse(formatDiffJson(changes)));
  });

  it('is the change list, exactly: items named by id or natural key, values whole, a changed fødselsnummer without values', () => {
    expect(JSON.parse(formatDiffJson(TYPICAL))).toEqual({ version: 1, changes: TYPICAL });
    expect(JSON.parse(formatDiffJson(TYPICAL)).changes[4]).toEqual({ op: 'changed', path: ['person', 'fødselsnummer'] });
  });

  it('no changes', () => {
    expect(formatDiffJson([])).toBe('{\n  "version": 1,\n  "changes": []\n}\n');
  });
});

describe('markdown', () => {
  it('the typical change log in bokmål', () => {
    expect(markdown(TYPICAL, 'nb')).toMatchInlineSnapshot(`
      "## Endringslogg

      ### 2027-01-20

      **Viktigste endringer**

      - Koordinator endret fra «Ola Hansen (ola)» til «Siri Lunde (siri)».
      - Status endret fra «utkast» til «aktiv».
      - Planen er godkjent (dato: 2026-09-01; av: Kari Nordmann (kari)).
      - **Samtykket til å dele taushetsbelagte opplysninger er trukket (2027-01-15).**

      **Personen**

      - Person › fødselsnummer endret.

      **Deltakere**

      - Deltaker siri (Siri Lunde) lagt til:
        - Rolle: tjenesteyter
        - Virksomhet: Boligkontoret
        - Kontakt: telefon: +47 400 00 001
        - Bidrag: Følger opp boligsøknaden.

      **Mål**

      - Mål M1 «Jeg vil bo i egen leilighet med to rom innen sommeren 2027.»: tekst endret: Jeg vil bo i egen leilighet **med to rom** innen sommeren 2027.

      **Ressurser**

      - Ressurs lagt til: «Søsteren min støtter meg.»

      **Behov**

      - Behov fjernet: «Hjelp til å komme i arbeid.»

      **Tiltak**

      - Tiltak T1 «Bistand til boligsøknad»:
        - Ansvarlig endret fra «Ola Hansen (ola)» til «Siri Lunde (siri)».
        - Omfang endret fra «1 time per uke» til «2 timer per uke».
      - Tiltak T3 «Oppfølging hos fastlege» lagt til:
        - Mål: M2
        - Ansvarlig: Ola Hansen (ola)
        - Omfang: 1 time per måned
        - Gjennomføring: Kari har fast time første mandag i måneden.
      - Tiltak T2 «Arbeidstrening i kantine» fjernet.

      **Samarbeid**

      - Samarbeid med Boligkontoret: formål endret fra «Søknad om kommunal bolig» til «Søknad om kommunal bolig og bostøtte».
      - Samarbeid med Skolen lagt til:
        - Formål: Tilrettelegging av opplæring
        - Type: ønskelig

      **Overganger**

      - Overgang 2027-05-17 (Barnevernstjenesten → NAV Sentrum): til tjeneste endret fra «NAV» til «NAV Sentrum».

      **Evalueringer**

      - Evaluering E1 (2026-12-01, evaluering): utført lagt til: «2026-12-03».
      - Evaluering 2027-08-15 (revisjon) lagt til.

      **Tekst**

      - Avsnitt «Om meg» endret:

        > Jeg bor ~~hos~~**i** ~~mamma~~**egen hybel**, ~~men~~**og** vil ~~flytte~~**ha leilighet**.

      - Avsnitt «Fritid» lagt til:

        > Jeg spiller fotball på tirsdager.

      - Avsnitt «Mine ønsker» fjernet.
      "
    `);
  });

  it('the typical change log in English', () => {
    expect(markdown(TYPICAL, 'en')).toMatchInlineSnapshot(`
      "## Change log

      ### 2027-01-20

      **Key changes**

      - Coordinator changed from "Ola Hansen (ola)" to "Siri Lunde (siri)".
      - Status changed from "utkast" to "aktiv".
      - The plan has been accepted (date: 2026-09-01; by: Kari Nordmann (kari)).
      - **Consent to share confidential information has been withdrawn (2027-01-15).**

      **The person**

      - Person › national identity number changed.

      **Participants**

      - Participant siri (Siri Lunde) added:
        - Role: tjenesteyter
        - Organisation: Boligkontoret
        - Contact: phone: +47 400 00 001
        - Contribution: Følger opp boligsøknaden.

      **Goals**

      - Goal M1 "Jeg vil bo i egen leilighet med to rom innen sommeren 2027.": text changed: Jeg vil bo i egen leilighet **med to rom** innen sommeren 2027.

      **Resources**

      - Resource added: "Søsteren min støtter meg."

      **Needs**

      - Need removed: "Hjelp til å komme i arbeid."

      **Measures**

      - Measure T1 "Bistand til boligsøknad":
        - Responsible changed from "Ola Hansen (ola)" to "Siri Lunde (siri)".
        - Scope changed from "1 time per uke" to "2 timer per uke".
      - Measure T3 "Oppfølging hos fastlege" added:
        - Goals: M2
        - Responsible: Ola Hansen (ola)
        - Scope: 1 time per måned
        - How it is carried out: Kari har fast time første mandag i måneden.
      - Measure T2 "Arbeidstrening i kantine" removed.

      **Cooperation**

      - Cooperation with Boligkontoret: purpose changed from "Søknad om kommunal bolig" to "Søknad om kommunal bolig og bostøtte".
      - Cooperation with Skolen added:
        - Purpose: Tilrettelegging av opplæring
        - Type: ønskelig

      **Transitions**

      - Transition 2027-05-17 (Barnevernstjenesten → NAV Sentrum): to service changed from "NAV" to "NAV Sentrum".

      **Evaluations**

      - Evaluation E1 (2026-12-01, evaluering): held added: "2026-12-03".
      - Evaluation 2027-08-15 (revisjon) added.

      **Text**

      - Section "Om meg" changed:

        > Jeg bor ~~hos~~**i** ~~mamma~~**egen hybel**, ~~men~~**og** vil ~~flytte~~**ha leilighet**.

      - Section "Fritid" added:

        > Jeg spiller fotball på tirsdager.

      - Section "Mine ønsker" removed.
      "
    `);
  });

  it('in nynorsk, the key changes', () => {
    expect(markdown(TYPICAL.slice(0, 4), 'nn')).toMatchInlineSnapshot(`
      "## Endringslogg

      ### 2027-01-20

      **Dei viktigaste endringane**

      - Koordinator endra frå «Ola Hansen (ola)» til «Siri Lunde (siri)».
      - Status endra frå «utkast» til «aktiv».
      - Planen er godkjend (dato: 2026-09-01; av: Kari Nordmann (kari)).
      - **Samtykket til å dele teiepliktige opplysningar er trekt tilbake (2027-01-15).**
      "
    `);
  });

  it('no changes', () => {
    expect(markdown([], 'nb')).toBe('## Endringslogg\n\n### 2027-01-20\n\nIngen endringer.\n');
  });
});

describe('privacy', () => {
  it('no fødselsnummer in any output, though both sides hold one and it changed', () => {
    const outputs = [text(TYPICAL, 'nb'), text(TYPICAL, 'en'), markdown(TYPICAL, 'nb'), markdown(TYPICAL, 'nn'), markdown(TYPICAL, 'en'), formatDiffJson(TYPICAL)];
    for (const out of outputs) for (const secret of [FNR, FNR_NEW, FNR.slice(0, 6)]) expect(out).not.toContain(secret);
  });
});

describe('hostile text', () => {
  const cases: Array<[string, () => string]> = [
    ['text (nb)', () => text(HOSTILE, 'nb', HOSTILE_SIDES, HOSTILE_BEFORE, HOSTILE_AFTER)],
    ['text (en)', () => text(HOSTILE, 'en', HOSTILE_GIT_SIDES, HOSTILE_BEFORE, HOSTILE_AFTER)],
    ['markdown (nb)', () => markdown(HOSTILE, 'nb', HOSTILE_BEFORE, HOSTILE_AFTER)],
    ['markdown (nn)', () => markdown(HOSTILE, 'nn', HOSTILE_BEFORE, HOSTILE_AFTER)],
    ['markdown (en)', () => markdown(HOSTILE, 'en', HOSTILE_BEFORE, HOSTILE_AFTER)],
    ['json', () => formatDiffJson(HOSTILE)],
  ];
  for (const [name, format] of cases) {
    it(`${name}: no control or bidi character, no line started by a value, no fødselsnummer`, () => {
      const out = format();
      expectClean(out);
      expectNoFakeLines(out);
      if (name !== 'json') for (const secret of [FNR, FNR_NEW, FNR.slice(0, 6)]) expect(out).not.toContain(secret);
    });
  }

  it('text: a key or an id with a line break in it stays on its line', () => {
    const lines = text(HOSTILE, 'en', HOSTILE_SIDES, HOSTILE_BEFORE, HOSTILE_AFTER).split('\n');
    const measure = lines.filter((l) => l.includes('measure T1'));
    expect(measure.length).toBeGreaterThan(0);
    for (const l of measure) expect(l).toContain('FALSKLINJE4');
    // The key is cut short, and its value follows on the same line.
    expect(lines.some((l) => l.startsWith('      ~ omfang[31m[2J[H]0;eid]8;;https://example…: [-1-]{+2+} [-time-]{+timer+} per uke'))).toBe(true);
    expect(lines).toContain('  + person.(number): x');
  });

  it('text: the body keeps its own lines, each indented under its section', () => {
    const lines = text(HOSTILE, 'en', HOSTILE_SIDES, HOSTILE_BEFORE, HOSTILE_AFTER).split('\n');
    const at = lines.findIndex((l) => l.startsWith('  + section "Ny'));
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 4).every((l) => l.startsWith('      '))).toBe(true);
  });

  it('JSON keeps keys and values whole, escaping what would reach a terminal', () => {
    const raw = formatDiffJson(HOSTILE);
    expect(JSON.parse(raw).changes).toEqual(HOSTILE);
    expect(raw).not.toContain(HOSTILE_ID);
    expect(raw).not.toContain(HOSTILE_KEY);
    expect(raw).toContain('\\u202e');
  });
});
