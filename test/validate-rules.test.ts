import { describe, expect, it } from 'vitest';
import { PLAN_RULES } from '../src/plan/rules/index.js';
import { example, mutated, parsePlan, run, tempDir, TODAY, validateText, writePlan } from './helpers.js';

type Case = { name: string; plan: string; mutate: (d: any) => void; code: string; severity: 'error' | 'warning'; field?: string; point?: string; today?: string };

const ADULT = 'bolig-og-arbeid.md';
const CHILD = 'barn-med-iop.md';
const DRAFT = 'utkast-forste-mote.md';

/** One or more cases per rule, each asserting code, severity, field and point. */
const CASES: Case[] = [
  { name: 'koordinator names no participant', plan: ADULT, mutate: (d) => (d.koordinator = 'nobody'), code: 'unknown-reference', severity: 'error', field: 'koordinator', point: 'c' },
  { name: 'tiltak[].ansvarlig names no participant', plan: ADULT, mutate: (d) => (d.tiltak[0].ansvarlig = 'x'), code: 'unknown-reference', severity: 'error', field: 'tiltak[0].ansvarlig', point: 'e' },
  { name: 'tiltak[].mål names no goal', plan: ADULT, mutate: (d) => (d.tiltak[2].mål = ['M1', 'M9']), code: 'unknown-reference', severity: 'error', field: 'tiltak[2].mål[1]', point: 'e' },
  { name: 'delplan.ansvarlig names no participant', plan: ADULT, mutate: (d) => (d.tiltak[1].delplan.ansvarlig = 'x'), code: 'unknown-reference', severity: 'error', field: 'tiltak[1].delplan.ansvarlig', point: 'e' },
  { name: 'overganger[].ny_koordinator names no participant', plan: 'ettervern-til-nav.md', mutate: (d) => (d.overganger[0].ny_koordinator = 'x'), code: 'unknown-reference', severity: 'error', field: 'overganger[0].ny_koordinator', point: 'c' },
  { name: 'samtykke gitt_av (a list) names no participant', plan: CHILD, mutate: (d) => (d.samtykke.utarbeidelse.gitt_av = ['hanne', 'x']), code: 'unknown-reference', severity: 'error', field: 'samtykke.utarbeidelse.gitt_av[1]', point: 'h' },
  { name: 'taushetsplikt.deltakere names no participant', plan: ADULT, mutate: (d) => d.samtykke.taushetsplikt.deltakere.push('x'), code: 'unknown-reference', severity: 'error', field: 'samtykke.taushetsplikt.deltakere[3]', point: 'h' },
  { name: 'godkjent.av names no participant', plan: ADULT, mutate: (d) => (d.godkjent.av = 'x'), code: 'unknown-reference', severity: 'error', field: 'godkjent.av' },
  { name: 'gjelder names no goal or measure', plan: ADULT, mutate: (d) => (d.evalueringer[0].gjelder = ['T9']), code: 'unknown-reference', severity: 'error', field: 'evalueringer[0].gjelder[0]', point: 'g' },
  { name: 'a reference must resolve in a draft too', plan: DRAFT, mutate: (d) => (d.koordinator = 'x'), code: 'unknown-reference', severity: 'error', field: 'koordinator' },
  { name: 'two participants share an id', plan: ADULT, mutate: (d) => (d.deltakere[2].id = 'ola'), code: 'duplicate-id', severity: 'error', field: 'deltakere[2].id' },
  { name: 'a goal and a measure share an id', plan: ADULT, mutate: (d) => (d.tiltak[0].id = 'M2'), code: 'duplicate-id', severity: 'error', field: 'tiltak[0].id' },
  { name: 'no tjenestemottaker', plan: ADULT, mutate: (d) => (d.deltakere[0].rolle = 'pårørende'), code: 'person-role', severity: 'error', field: 'deltakere', point: 'b' },
  { name: 'two tjenestemottakere', plan: ADULT, mutate: (d) => (d.deltakere[4].rolle = 'tjenestemottaker'), code: 'person-role', severity: 'error', field: 'deltakere[4].rolle', point: 'b' },
  { name: 'no tjenestemottaker in a draft is a warning', plan: DRAFT, mutate: (d) => (d.deltakere[0].rolle = 'bidragsyter'), code: 'person-role', severity: 'warning', point: 'b' },
  { name: 'the person participant has another name', plan: ADULT, mutate: (d) => (d.deltakere[0].navn = 'Jonas F.'), code: 'person-name-mismatch', severity: 'warning', field: 'deltakere[0].navn' },
  { name: 'the coordinator is not a tjenesteyter', plan: ADULT, mutate: (d) => (d.koordinator = 'mari'), code: 'coordinator-role', severity: 'error', field: 'koordinator', point: 'c' },
  { name: 'the new coordinator at a transition is not a tjenesteyter', plan: 'ettervern-til-nav.md', mutate: (d) => (d.overganger[0].ny_koordinator = 'nora'), code: 'coordinator-role', severity: 'error', field: 'overganger[0].ny_koordinator' },
  { name: 'the coordinator has no contact details', plan: ADULT, mutate: (d) => delete d.deltakere[1].kontakt, code: 'coordinator-contact', severity: 'warning', field: 'deltakere[1]', point: 'c' },
  { name: 'the plan is accepted by a provider', plan: ADULT, mutate: (d) => (d.godkjent.av = 'ola'), code: 'approval-by-person', severity: 'warning', field: 'godkjent.av' },
  { name: 'consent given by a provider', plan: ADULT, mutate: (d) => (d.samtykke.utarbeidelse.gitt_av = 'siri'), code: 'consent-giver', severity: 'error', field: 'samtykke.utarbeidelse.gitt_av', point: 'h' },
  { name: 'consent given by a relative who is not a representative', plan: ADULT, mutate: (d) => (d.samtykke.taushetsplikt.gitt_av = 'mari'), code: 'consent-giver', severity: 'error', field: 'samtykke.taushetsplikt.gitt_av' },
  {
    name: 'a foresatt consenting for an adult',
    plan: ADULT,
    mutate: (d) => {
      d.deltakere[4].rolle = 'foresatt';
      d.samtykke.utarbeidelse.gitt_av = 'mari';
    },
    code: 'consent-guardian-adult',
    severity: 'error',
    field: 'samtykke.utarbeidelse.gitt_av',
    point: 'h',
  },
  {
    name: 'a foresatt consenting for a 16-year-old',
    plan: CHILD,
    mutate: (d) => {
      d.person.fødselsdato = '2010-08-09';
      d.person.fødselsnummer = '09881060032';
    },
    code: 'consent-guardian-16',
    severity: 'warning',
    field: 'samtykke.utarbeidelse.gitt_av',
    point: 'h',
  },
  { name: 'consent withdrawn on an active plan', plan: ADULT, mutate: (d) => (d.samtykke.taushetsplikt.trukket = '2026-11-01'), code: 'consent-withdrawn', severity: 'error', field: 'samtykke.taushetsplikt.trukket', point: 'h' },
  {
    name: 'a participant responsible for a measure is not given information under the consent to share',
    plan: ADULT,
    mutate: (d) => (d.samtykke.taushetsplikt.deltakere = ['ola', 'siri']),
    code: 'consent-share-responsible',
    severity: 'warning',
    field: 'tiltak[2].ansvarlig',
    point: 'h',
  },
  { name: 'a child coordinator for an adult', plan: ADULT, mutate: (d) => (d.barnekoordinator = true), code: 'child-coordinator-adult', severity: 'warning', field: 'barnekoordinator' },
  { name: 'consent dated after the period starts', plan: ADULT, mutate: (d) => (d.samtykke.utarbeidelse.dato = '2026-09-02'), code: 'consent-after-start', severity: 'warning', point: 'h' },
  { name: 'the plan period ends before it starts', plan: ADULT, mutate: (d) => (d.planperiode = { fra: '2027-09-01', til: '2026-09-01' }), code: 'period-order', severity: 'error', field: 'planperiode.til', point: 'g' },
  { name: 'a measure ends before it starts', plan: ADULT, mutate: (d) => (d.tiltak[0].til = '2026-08-01'), code: 'measure-date-order', severity: 'error', field: 'tiltak[0].til' },
  { name: 'a measure outside the period', plan: ADULT, mutate: (d) => (d.tiltak[0].til = '2027-12-01'), code: 'measure-outside-period', severity: 'warning', field: 'tiltak[0].til', point: 'g' },
  { name: 'an evaluation outside the period', plan: ADULT, mutate: (d) => (d.evalueringer[2].dato = '2027-09-15'), code: 'evaluation-outside-period', severity: 'warning', field: 'evalueringer[2].dato', point: 'g' },
  { name: 'no evaluation ahead of today', plan: ADULT, mutate: () => undefined, today: '2027-08-20', code: 'no-upcoming-evaluation', severity: 'warning', field: 'evalueringer', point: 'g' },
  { name: 'an evaluation held in the future', plan: ADULT, mutate: (d) => (d.evalueringer[1].utført = '2027-02-15'), code: 'date-in-future', severity: 'warning', field: 'evalueringer[1].utført' },
  { name: 'fødselsnummer with wrong check digits', plan: ADULT, mutate: (d) => (d.person.fødselsnummer = '12839112377'), code: 'fodselsnummer-invalid', severity: 'error', field: 'person.fødselsnummer' },
  { name: 'fødselsnummer of ten digits', plan: ADULT, mutate: (d) => (d.person.fødselsnummer = '1283911237'), code: 'fodselsnummer-invalid', severity: 'error', field: 'person.fødselsnummer' },
  { name: 'fødselsnummer that disagrees with fødselsdato', plan: ADULT, mutate: (d) => (d.person.fødselsdato = '1991-03-13'), code: 'fodselsnummer-birth-date', severity: 'error', field: 'person.fødselsdato' },
  { name: 'a goal without a measure', plan: ADULT, mutate: (d) => d.mål.push({ id: 'M3', tekst: 'Jeg vil lære å svømme.' }), code: 'goal-without-measure', severity: 'warning', field: 'mål[2]', point: 'a' },
  { name: 'an assessment names no goal or sub-goal', plan: ADULT, mutate: (d) => (d.evalueringer[0].vurderinger[0].gjelder = 'M9'), code: 'unknown-reference', severity: 'error', field: 'evalueringer[0].vurderinger[0].gjelder', point: 'g' },
  { name: 'an assessment names a measure', plan: ADULT, mutate: (d) => (d.evalueringer[0].vurderinger[0].gjelder = 'T1'), code: 'unknown-reference', severity: 'error', field: 'evalueringer[0].vurderinger[0].gjelder', point: 'g' },
  { name: 'deltok names no participant', plan: ADULT, mutate: (d) => (d.evalueringer[0].deltok = ['jonas', 'x']), code: 'unknown-reference', severity: 'error', field: 'evalueringer[0].deltok[1]', point: 'b' },
  { name: 'a sub-goal shares an id with its goal', plan: ADULT, mutate: (d) => (d.mål[0].delmål[0].id = 'M1'), code: 'duplicate-id', severity: 'error', field: 'mål[0].delmål[0].id' },
  { name: 'a measure shares an id with a sub-goal', plan: ADULT, mutate: (d) => (d.tiltak[2].id = 'M1b'), code: 'duplicate-id', severity: 'error', field: 'tiltak[2].id' },
  { name: 'one evaluation assesses a goal twice', plan: ADULT, mutate: (d) => d.evalueringer[0].vurderinger.push({ gjelder: 'M1', status: 'nådd' }), code: 'duplicate-id', severity: 'error', field: 'evalueringer[0].vurderinger[2].gjelder' },
  { name: 'assessments on an evaluation not yet held', plan: ADULT, mutate: (d) => delete d.evalueringer[0].utført, code: 'assessment-not-held', severity: 'error', field: 'evalueringer[0].vurderinger', point: 'g' },
  { name: 'a held evaluation does not assess a goal it names', plan: ADULT, mutate: (d) => d.evalueringer[0].vurderinger.pop(), code: 'assessment-missing', severity: 'warning', field: 'evalueringer[0].gjelder[0]', point: 'g' },
  { name: 'a decision that ends before it was made', plan: ADULT, mutate: (d) => (d.tiltak[1].vedtak.dato = '2027-09-20'), code: 'decision-date-order', severity: 'error', field: 'tiltak[1].vedtak.til', point: 'e' },
  { name: 'the decision ends before the measure', plan: ADULT, mutate: (d) => (d.tiltak[1].vedtak.til = '2027-06-30'), code: 'decision-ends-early', severity: 'warning', field: 'tiltak[1].vedtak.til', point: 'e' },
  { name: 'an active plan nobody accepted', plan: ADULT, mutate: (d) => delete d.godkjent, code: 'active-not-approved', severity: 'warning', field: 'status' },
  { name: 'two participants with one name, written differently', plan: ADULT, mutate: (d) => (d.deltakere[3].navn = '  ola  HANSEN '), code: 'duplicate-participant-name', severity: 'warning', field: 'deltakere[3].navn', point: 'b' },
  { name: 'an unknown key with a near miss', plan: ADULT, mutate: (d) => (d.koordinater = 'ola'), code: 'unknown-key', severity: 'warning', field: 'koordinater' },
];

describe('rules beyond the schema', () => {
  it.each(CASES)('$name → $code ($severity)', async ({ plan, mutate, code, severity, field, point, today }) => {
    const { code: exit, diagnostics } = await validateText(mutated(plan, mutate), today ? ['--today', today] : []);
    const hit = diagnostics.find((d) => d.code === code);
    expect(hit, JSON.stringify(diagnostics, null, 1)).toBeDefined();
    expect(hit!.severity).toBe(severity);
    if (field) expect(hit!.field).toBe(field);
    if (point) expect(hit!.point).toBe(point);
    expect(exit).toBe(diagnostics.some((d) => d.severity === 'error') ? 1 : 0);
  });

  it('every rule has at least one case above (notes, which JSON leaves out, are tested below)', () => {
    const covered = new Set(CASES.map((c) => c.code));
    const reported = PLAN_RULES.filter((r) => r.severity.aktiv !== 'info');
    expect(reported.map((r) => r.code).filter((c) => !covered.has(c))).toEqual([]);
  });

  it('JSON names the item a finding is about: goals, sub-goals, measures, evaluations by id; participants and items without an id by number from 1', async () => {
    const { diagnostics } = await validateText(
      mutated(ADULT, (d) => {
        d.tiltak[1].ansvarlig = 'x';
        delete d.deltakere[2].bidrag;
        d.mål[0].delmål[1].frist = '2027-13-01';
        d.evalueringer[2].dato = '2027-09-15';
        delete d.evalueringer[2].id;
        d.samarbeid[1].type = 'kanskje';
      }),
    );
    const items = Object.fromEntries(diagnostics.map((d) => [d.field, (d as { item?: unknown }).item]));
    expect(items).toEqual({
      'tiltak[1].ansvarlig': 'T2',
      'deltakere[2].bidrag': 3,
      'mål[0].delmål[1].frist': 'M1b',
      'evalueringer[2].dato': 3,
      'samarbeid[1].type': 2,
    });
  });

  it('an id echoed as the item never shows a run of digits', async () => {
    const { diagnostics } = await validateText(mutated(ADULT, (d) => {
        d.tiltak[0].id = '12839112376';
        delete d.tiltak[0].omfang;
      }),
    );
    const items = diagnostics.map((d) => (d as { item?: unknown }).item).filter((i) => i !== undefined);
    expect(items.length).toBeGreaterThan(0);
    expect(JSON.stringify(items)).not.toMatch(/\d{6}/);
  });

  it('a decision that has already ended while the measure goes on says so', async () => {
    const { diagnostics } = await validateText(mutated(ADULT, (d) => (d.tiltak[1].vedtak.til = '2026-10-30')));
    const hit = diagnostics.find((d) => d.code === 'decision-ends-early')!;
    expect(hit.message).toMatch(/^The decision for tiltak T2 has ended \(vedtak\.til\), but the measure goes on: the service no longer has a decision\./);
    const nb = await validateText(mutated(ADULT, (d) => (d.tiltak[1].vedtak.til = '2026-10-30')), ['--lang', 'nb']);
    expect(nb.diagnostics.find((d) => d.code === 'decision-ends-early')!.message).toMatch(/^Vedtaket for tiltak T2 har gått ut \(vedtak\.til\), men tiltaket varer lenger/);
  });

  it('an error the tool makes is called a rule of the tool, not good practice', async () => {
    const { diagnostics } = await validateText(mutated(ADULT, (d) => delete d.evalueringer[0].utført));
    const hit = diagnostics.find((d) => d.code === 'assessment-not-held')!;
    expect(hit.severity).toBe('error');
    expect(hit.message).toContain('This is a rule of the tool, not a requirement of the regulation');
    expect(hit.message).not.toContain('good practice');
  });

  it('a role misspelt for tjenesteyter is one finding, on that participant, with the role to write', async () => {
    // The only service providers: ola (the coordinator), written with a capital, and two turned into contributors.
    const onlyProvider = (role: string) => (d: any) => {
      d.deltakere[1].rolle = role;
      d.deltakere[2].rolle = 'bidragsyter';
      d.deltakere[3].rolle = 'bidragsyter';
    };
    for (const role of ['Tjenesteyter', 'tjenesteytar']) {
      const { code, diagnostics } = await validateText(mutated(ADULT, onlyProvider(role)));
      expect(code).toBe(1);
      expect(diagnostics.map((d) => [d.code, d.field])).toEqual([['invalid-value', 'deltakere[1].rolle']]);
      expect(diagnostics[0]!.hint).toBe('Write "rolle: tjenesteyter".');
    }
    // A role misspelt for another role leaves point b's finding and the coordinator's: no participant is meant as a provider.
    const other = await validateText(mutated(ADULT, onlyProvider('pårørnde')));
    expect(other.diagnostics.map((d) => [d.code, d.field])).toEqual([
      ['point-missing', 'deltakere'],
      ['invalid-value', 'deltakere[1].rolle'],
      ['coordinator-role', 'koordinator'],
    ]);
    // Every other participant's role is allowed, and is never named as a value not allowed.
    expect(other.diagnostics.filter((d) => d.code === 'invalid-value')).toHaveLength(1);
  });

  it('a draft needs no acceptance yet', async () => {
    const { diagnostics } = await validateText(mutated(DRAFT, (d) => delete d.godkjent));
    expect(diagnostics.map((d) => d.code)).not.toContain('active-not-approved');
  });

  it('a date after today names what it claims was done, in both languages', async () => {
    const text = mutated(ADULT, (d) => {
      d.godkjent.dato = '2027-01-01';
      d.evalueringer[1].utført = '2027-02-15';
    });
    const en = await validateText(text);
    const found = en.diagnostics.filter((d) => d.code === 'date-in-future');
    expect(found.map((d) => [d.field, d.message, d.hint])).toEqual([
      [
        'evalueringer[1].utført',
        'The evaluation is recorded as held ("evaluering E2: utført"), but its date is after today.',
        'Check the date. A planned evaluation gets "utført" only once it has been held.',
      ],
      ['godkjent.dato', 'The plan is recorded as accepted ("godkjent.dato"), but its date is after today.', 'Check the date against the original: this cannot have happened yet.'],
    ]);
    const nb = await validateText(text, ['--lang', 'nb']);
    expect(nb.diagnostics.filter((d) => d.code === 'date-in-future').map((d) => d.message)).toEqual([
      'Evalueringen er registrert som holdt («evaluering E2: utført»), men datoen er etter i dag.',
      'Planen er registrert som godkjent («godkjent.dato»), men datoen er etter i dag.',
    ]);
  });

  it('årsak and dato written beside status belong under avsluttet', async () => {
    const { diagnostics } = await validateText(
      mutated(ADULT, (d) => {
        d.status = 'avsluttet';
        d.årsak = 'samtykke_trukket';
        d.dato = '2026-11-01';
      }),
    );
    const unknown = diagnostics.filter((d) => d.code === 'unknown-key');
    expect(unknown.map((d) => [d.field, d.message])).toEqual([
      ['årsak', 'Unknown field "årsak". Did you mean "avsluttet.årsak"?'],
      ['dato', 'Unknown field "dato". Did you mean "avsluttet.dato"?'],
    ]);
    expect(unknown[0]!.hint).toBe('Move the field under "avsluttet", like this: "avsluttet: {dato: YYYY-MM-DD, årsak: samtykke_trukket}" (årsak: mål_nådd, samtykke_trukket, ikke_behov, flyttet, død or annet).');
  });

  it('withdrawn consent: the hint shows the whole closing form', async () => {
    const { diagnostics } = await validateText(mutated(ADULT, (d) => (d.samtykke.taushetsplikt.trukket = '2026-11-01')));
    const hit = diagnostics.find((d) => d.code === 'consent-withdrawn');
    expect(hit!.hint).toContain('"status: avsluttet" and "avsluttet: {dato: YYYY-MM-DD, årsak: samtykke_trukket}"');
  });

  it('a tiltak may name a sub-goal, and a goal served only through its sub-goal has a measure', async () => {
    const { code, diagnostics } = await validateText(mutated(ADULT, (d) => (d.tiltak[0].mål = ['M1b'])));
    expect(diagnostics.map((d) => d.code)).toEqual([]);
    expect(code).toBe(0);
  });

  it('says which goal a held evaluation left unassessed, by id, and what to write', async () => {
    const text = mutated(ADULT, (d) => d.evalueringer[0].vurderinger.pop());
    const en = await validateText(text);
    expect(en.diagnostics.map((d) => d.message)).toEqual([
      'Evaluation E1 was held and concerns M1, but has no assessment of M1. This is good practice in the tool, not a requirement of the regulation (the field belongs to point g: plan period and times for evaluation and revision).',
    ]);
    expect(en.diagnostics[0]!.basis).toBe('praksis');
    const nb = await validateText(text, ['--lang', 'nb']);
    expect(nb.diagnostics[0]!.message).toBe('Evaluering E1 er holdt og gjelder M1, men har ingen vurdering av M1. Dette er god praksis i verktøyet, ikke et krav i forskriften (feltet gjelder bokstav g: planperiode og tidspunkter for evaluering og revisjon).');
  });

  it('a measure still running for a goal assessed as reached is a note in text output, and nowhere else', async () => {
    const text = mutated(ADULT, (d) => (d.tiltak[0].mål = ['M1', 'M1a']));
    const dir = tempDir({ 'plan.md': text });
    const shown = await run(['validate', 'plan.md', '--today', TODAY], { cwd: dir });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('plan.md:');
    expect(shown.stdout).toContain(': note: M1a is assessed as reached, but the measure that names it in "tiltak T1: mål no. 2" is still running. [reached-goal-running-measure]');
    expect(shown.stdout).toContain('Checked 1 plan: 0 errors, 0 warnings.');
    const json = await validateText(text);
    expect(json.diagnostics).toEqual([]);
    expect(json.report.summary).toMatchObject({ errors: 0, warnings: 0 });
    const github = await run(['validate', 'plan.md', '--format', 'github', '--today', TODAY], { cwd: dir });
    expect(github.stdout).not.toContain('reached-goal-running-measure');
    // Once the measure has ended, there is nothing to note.
    const ended = await run(['validate', 'plan.md', '--today', '2027-03-02'], { cwd: dir });
    expect(ended.stdout).not.toContain('reached-goal-running-measure');
  });

  it('the consent to share names who may be given information: the person, and a consent without a list, are not reported', async () => {
    for (const mutate of [
      (d: any) => (d.tiltak[2].ansvarlig = 'jonas'),
      (d: any) => delete d.samtykke.taushetsplikt.deltakere,
      (d: any) => {
        delete d.samtykke.taushetsplikt;
        d.samtykke.utarbeidelse.gitt_av = 'jonas';
      },
    ]) {
      const { diagnostics } = await validateText(mutated(ADULT, (d) => ((d.samtykke.taushetsplikt ??= {}), (d.samtykke.taushetsplikt.deltakere = ['ola', 'siri']), mutate(d))));
      expect(diagnostics.filter((d) => d.code === 'consent-share-responsible')).toEqual([]);
    }
  });

  it('says in both languages that the list is who may be given the information, as good practice', async () => {
    const { diagnostics } = await validateText(mutated(ADULT, (d) => (d.samtykke.taushetsplikt.deltakere = ['ola', 'siri'])));
    const hit = diagnostics.find((d) => d.code === 'consent-share-responsible')!;
    expect(hit.basis).toBe('praksis');
    expect(hit.message).toBe(
      'The participant responsible in "tiltak T3: ansvarlig" is not among those the consent to share confidential information covers (samtykke.taushetsplikt.deltakere). This is good practice in the tool, not a requirement of the regulation (the field belongs to point h: consent).',
    );
    expect(hit.hint).toContain('are those who may be given the information');
    const nb = await validateText(mutated(ADULT, (d) => (d.samtykke.taushetsplikt.deltakere = ['ola', 'siri'])), ['--lang', 'nb']);
    const nbHit = nb.diagnostics.find((d) => d.code === 'consent-share-responsible')!;
    expect(nbHit.message).toBe(
      'Deltakeren som er ansvarlig i «tiltak T3: ansvarlig», er ikke blant dem samtykket til å dele taushetsbelagte opplysninger gjelder (samtykke.taushetsplikt.deltakere). Dette er god praksis i verktøyet, ikke et krav i forskriften (feltet gjelder bokstav h: samtykke).',
    );
    expect(nbHit.hint).toContain('er de som kan få opplysningene');
  });

  it('a child coordinator for a child is fine; the warning says so in both languages, as the guidance', async () => {
    const child = await validateText(mutated(CHILD, (d) => (d.barnekoordinator = true)));
    expect(child.diagnostics.filter((d) => d.code === 'child-coordinator-adult')).toEqual([]);
    const adult = await validateText(mutated(ADULT, (d) => (d.barnekoordinator = true)));
    const hit = adult.diagnostics.find((d) => d.code === 'child-coordinator-adult')!;
    expect(hit.basis).toBe('veileder');
    expect(hit.message).toBe('"barnekoordinator" is set, but the person is 18 or older when the plan period starts. The national guidance recommends this; the regulation does not require it.');
    const nb = await validateText(mutated(ADULT, (d) => (d.barnekoordinator = true)), ['--lang', 'nb']);
    expect(nb.diagnostics.find((d) => d.code === 'child-coordinator-adult')!.message).toBe(
      '«barnekoordinator» er satt, men personen er 18 år eller eldre når planperioden starter. Veilederen anbefaler dette; det er ikke et krav i forskriften.',
    );
  });

  it('the child welfare service may consent under a care order', async () => {
    const { diagnostics } = await validateText(
      mutated(CHILD, (d) => {
        d.samtykke.utarbeidelse = { dato: '2026-08-10', gitt_av: 'kristin', form: 'skriftlig', grunnlag: 'omsorgsovertakelse' };
      }),
    );
    expect(diagnostics.filter((d) => d.code === 'consent-giver')).toEqual([]);
  });

  it('the closest relative may consent for an adult who lacks the capacity to consent, and only under that grunnlag', async () => {
    const byRelative = (grunnlag: string) =>
      mutated(ADULT, (d) => {
        d.samtykke.utarbeidelse = { dato: '2026-08-20', gitt_av: 'mari', form: 'skriftlig', grunnlag };
      });
    const lacking = await validateText(byRelative('mangler_samtykkekompetanse'));
    expect(lacking.diagnostics.filter((d) => d.code === 'consent-giver' || d.code === 'invalid-value')).toEqual([]);
    const own = await validateText(byRelative('egen'));
    expect(own.diagnostics.filter((d) => d.code === 'consent-giver').map((d) => [d.field, d.hint])).toEqual([
      [
        'samtykke.utarbeidelse.gitt_av',
        'Consent is given by the person, a foresatt, verge or framtidsfullmektig, by child welfare with grunnlag: omsorgsovertakelse, or, for an adult who lacks the capacity to consent, by the closest relative (pårørende) with grunnlag: mangler_samtykkekompetanse.',
      ],
    ]);
  });

  it('ASCII spellings of Norwegian keys get "did you mean"', async () => {
    const { diagnostics } = await validateText(
      mutated(DRAFT, (d) => {
        d.maal = d.mål;
        delete d.mål;
        d.spraak = d.språk;
        delete d.språk;
        d.person.fodselsnummer = '03898910120';
      }),
    );
    const suggestions = diagnostics.filter((d) => d.code === 'unknown-key').map((d) => d.message);
    expect(suggestions).toEqual(expect.arrayContaining(['Unknown field "spraak". Did you mean "språk"?', 'Unknown field "person.fodselsnummer". Did you mean "fødselsnummer"?']));
    // mål, which a plan needs, is reported missing once, with the rename as its hint.
    expect(diagnostics.filter((d) => d.field === 'mål').map((d) => [d.code, d.hint])).toEqual([['point-missing', 'The field is written "maal": rename it to "mål".']]);
  });

  it('a decomposed å in a key is the same key', async () => {
    const text = example(DRAFT).replace('språk:', 'spr\u0061\u030ak:');
    expect(text).not.toContain('språk:');
    const { code, diagnostics } = await validateText(text);
    expect(diagnostics.filter((d) => d.code === 'unknown-key')).toEqual([]);
    expect(code).toBe(0);
  });

  it('the same key composed and decomposed is a duplicate', async () => {
    const text = example(DRAFT).replace('språk: en', 'språk: en\nspr\u0061\u030ak: nb');
    const { code, diagnostics } = await validateText(text);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'duplicate-key', severity: 'error' }));
    expect(code).toBe(1);
  });

  it('--today and IP_TODAY fix today; a bad one is a usage error', async () => {
    const dir = tempDir({ 'p.md': example(ADULT) });
    const late = await run(['validate', 'p.md'], { cwd: dir, env: { IP_TODAY: '2027-08-20' } });
    expect(late.stdout).toContain('[no-upcoming-evaluation]');
    const early = await run(['validate', 'p.md', '--today', '2026-12-01'], { cwd: dir, env: { IP_TODAY: '2027-08-20' } });
    expect(early.stdout).not.toContain('[no-upcoming-evaluation]');
    const bad = await run(['validate', 'p.md', '--today', '2026-02-30'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('ip: --today must be a date written YYYY-MM-DD or DD.MM.YYYY.\nFor example: --today 2027-01-14\n');
  });
});

describe('across the plans in a run', () => {
  const adult = parsePlan(example(ADULT));
  const copy = (change: (d: any) => void) => {
    const data = structuredClone(adult.data);
    change(data);
    return writePlan(data, adult.body);
  };

  it('two open plans for the same fødselsnummer are an error naming the other file', async () => {
    const dir = tempDir({ 'a.md': example(ADULT), 'b.md': copy((d) => (d.id = 'IP-2026-9001')) });
    const result = await run(['validate', '.', '--format', 'json', '--today', TODAY], { cwd: dir });
    const report = JSON.parse(result.stdout);
    expect(report.files[0].diagnostics).toContainEqual(expect.objectContaining({ code: 'duplicate-person', severity: 'error', related: ['b.md'] }));
    expect(report.files[1].diagnostics).toContainEqual(expect.objectContaining({ code: 'duplicate-person', severity: 'error', related: ['a.md'] }));
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain('12839112376');
  });

  it('a closed plan kept for the record does not count', async () => {
    const dir = tempDir({
      'a.md': example(ADULT),
      'old.md': copy((d) => {
        d.id = 'IP-2025-0001';
        d.status = 'avsluttet';
        d.avsluttet = { dato: '2026-08-31', årsak: 'annet' };
      }),
    });
    const result = await run(['validate', '.', '--today', TODAY], { cwd: dir });
    expect(result.code).toBe(0);
  });

  it('same name and birth date without the same number is a warning', async () => {
    const dir = tempDir({
      'a.md': example(ADULT),
      'b.md': copy((d) => {
        d.id = 'IP-2026-9002';
        delete d.person.fødselsnummer;
      }),
    });
    const report = JSON.parse((await run(['validate', '.', '--format', 'json', '--today', TODAY], { cwd: dir })).stdout);
    expect(report.files[1].diagnostics).toContainEqual(expect.objectContaining({ code: 'possible-duplicate-person', severity: 'warning', related: ['a.md'] }));
  });

  it('many copies of one plan name at most ten others each, and count the rest', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 14; i++) files[`p${String(i).padStart(2, '0')}.md`] = copy((d) => (d.id = `IP-C-${i}`));
    const report = JSON.parse((await run(['validate', '.', '--format', 'json', '--today', TODAY], { cwd: tempDir(files) })).stdout);
    const d = report.files[0].diagnostics.find((x: any) => x.code === 'duplicate-person');
    expect(d.related).toHaveLength(10);
    expect(d.message).toContain('(and 3 more files)');
    // The last plan of the group names the first ten, and counts the three after them.
    const last = report.files[13].diagnostics.find((x: any) => x.code === 'duplicate-person');
    expect(last.related).toEqual(Array.from({ length: 10 }, (_, i) => `p${String(i).padStart(2, '0')}.md`));
    expect(last.message).toContain('(and 3 more files)');
  });

  it('two plans with the same id are an error', async () => {
    const dir = tempDir({ 'a.md': example(ADULT), 'b.md': example(CHILD).replace('IP-2026-0213', 'IP-2026-0042') });
    const report = JSON.parse((await run(['validate', '.', '--format', 'json', '--today', TODAY], { cwd: dir })).stdout);
    expect(report.files[1].diagnostics).toContainEqual(expect.objectContaining({ code: 'duplicate-plan-id', severity: 'error', related: ['a.md'], line: 3, column: 5 }));
  });
});

describe('hints that say exactly what to write, built from what was written', () => {
  const ADULT_PLAN = 'bolig-og-arbeid.md';
  async function only(mutate: (d: any) => void, code: string, args: string[] = []) {
    const { diagnostics } = await validateText(mutated(ADULT_PLAN, mutate), args);
    const found = diagnostics.filter((d) => d.code === code);
    expect(found.length, JSON.stringify(diagnostics, null, 1)).toBe(1);
    return found[0]!;
  }

  it.each([
    ['a different case', 'Aktiv', 'aktiv', (d: any, v: string) => (d.status = v), 'status'],
    ['an ASCII spelling', 'paaroerende', 'pårørende', (d: any, v: string) => (d.deltakere[4].rolle = v), 'rolle'],
    ['a nynorsk form', 'tjenesteytar', 'tjenesteyter', (d: any, v: string) => (d.deltakere[1].rolle = v), 'rolle'],
  ])('an enum value in %s: did you mean, and the line to write', async (_what, written, meant, set, key) => {
    const hit = await only((d) => set(d, written), 'invalid-value');
    expect(hit.message).toMatch(new RegExp(`has a value that is not allowed\\. Did you mean "${meant}"\\?$`));
    expect(hit.hint).toBe(`Write "${key}: ${meant}".`);
    expect(hit.message + hit.hint).not.toContain(written);
  });

  it('a value that is no near miss lists what is allowed', async () => {
    const hit = await only((d) => (d.samarbeid[0].type = 'kanskje'), 'invalid-value');
    expect(hit.hint).toBe('Use one of: nødvendig, ønskelig.');
  });

  it('a participant named by name instead of id: which participant, by number and role, never the name', async () => {
    const hit = await only((d) => (d.koordinator = 'Ola Hansen'), 'unknown-reference');
    expect(hit.hint).toBe('Write the id of participant no. 2 (tjenesteyter), not the name: the id is on the line "id:" under the participant in "deltakere".');
    expect(hit.message + hit.hint).not.toContain('Ola');
    const wrongCase = await only((d) => (d.tiltak[0].ansvarlig = 'Siri'), 'unknown-reference');
    expect(wrongCase.hint).toContain('participant no. 3 (tjenesteyter)');
  });

  it('a goal id with a space or in another case: the goal id', async () => {
    const hit = await only((d) => (d.tiltak[1].mål = ['m 2']), 'unknown-reference');
    expect(hit.hint).toBe('Did you mean "M2"? Write the id exactly as the plan has it.');
    const nb = await validateText(mutated(ADULT_PLAN, (d) => (d.evalueringer[0].gjelder = ['M1', 'm1a'])), ['--lang', 'nb']);
    expect(nb.diagnostics.find((d) => d.code === 'unknown-reference')!.hint).toBe('Mente du «M1a»? Skriv id-en nøyaktig slik den står i planen.');
  });

  it('one id where a list belongs: the list to write, with the id for goals and never for participants', async () => {
    const goal = await only((d) => (d.tiltak[1].mål = 'M2'), 'wrong-type');
    expect(goal.hint).toBe('Write it as a list, in square brackets: "mål: [M2]".');
    const people = await only((d) => (d.evalueringer[0].deltok = 'jonas'), 'wrong-type');
    expect(people.hint).toBe('Write it as a list, in square brackets: "deltok: [id]".');
  });

  it('a sentence with ": " in it, read as a field: put it in quotes', async () => {
    const hit = await only((d) => (d.evalueringer[0].beslutninger[0] = { 'Siri ringer boligkontoret': 'før 15. desember.' }), 'wrong-type');
    expect(hit.hint).toBe('The text has a colon and a space (": ") in it, so it reads as a field. Put the whole text in quotes, for example - "Forslag fra Jonas: flytte i mars."');
    expect(hit.message + hit.hint).not.toContain('Siri ringer');
  });

  it('a number where a participant id belongs: write the id, never "quote it"', async () => {
    const hit = await only((d) => (d.koordinator = 12839112376), 'wrong-type');
    expect(hit.hint).toBe('An id from the plan belongs here: the id of a participant (the line "id:" under the participant in "deltakere"), or of a goal, sub-goal or measure. A national identity number or another number does not belong here.');
  });

  it('a measure named where a goal belongs: says it is a measure', async () => {
    const hit = await only((d) => (d.evalueringer[0].vurderinger[0].gjelder = 'T1'), 'unknown-reference');
    expect(hit.message).toMatch(/^"evaluering E1, vurdering T1: gjelder" names the measure T1, but a goal or sub-goal belongs here\./);
    expect(hit.hint).toBe('Write the id of the goal or sub-goal the measure helps the person towards.');
  });

  it('a name where an id belongs is one finding, not also a wrong form', async () => {
    const { diagnostics } = await validateText(mutated(ADULT_PLAN, (d) => (d.koordinator = 'Kari Nordmann')));
    expect(diagnostics.map((d) => d.code)).toEqual(['unknown-reference']);
    expect(diagnostics[0]!.hint).toContain('If it is a new participant, add them to "deltakere" with a name, a role and an id');
  });

  it('a date in the right form but not in the calendar, and one written with slashes', async () => {
    const impossible = await only((d) => (d.tiltak[0].til = '2027-02-31'), 'invalid-format');
    expect(impossible.hint).toBe('The date has the right form, but there is no such day in the calendar: check the day and the month (February has 28 or 29 days).');
    const slashed = await only((d) => (d.tiltak[0].til = '2027/03/01'), 'invalid-format');
    expect(slashed.hint).toBe('Write "til: 2027-03-01".');
  });

  it('a misspelt key: one finding, the missing field, whose hint is the rename', async () => {
    const { code, diagnostics } = await validateText(
      mutated(ADULT_PLAN, (d) => {
        d.tiltak[0].omfan = d.tiltak[0].omfang;
        delete d.tiltak[0].omfang;
      }),
    );
    expect(code).toBe(1);
    expect(diagnostics.map((d) => [d.code, d.field])).toEqual([['point-missing', 'tiltak[0].omfang']]);
    expect(diagnostics[0]!.hint).toBe('The field is written "omfan": rename it to "omfang".');
  });

  it('a name in gitt_av is one finding: which participant, not "an id or a list of ids"', async () => {
    const { diagnostics } = await validateText(mutated(ADULT_PLAN, (d) => (d.samtykke.utarbeidelse.gitt_av = 'Jonas Fjellvang')));
    expect(diagnostics.map((d) => d.code)).toEqual(['unknown-reference']);
    expect(diagnostics[0]!.hint).toContain('participant no. 1 (tjenestemottaker)');
  });

  it('": " inside { } is one located error that says to quote the text', async () => {
    const text = example(ADULT_PLAN).replace('tekst: Jeg har sett på minst tre leiligheter.', 'tekst: Visning: minst tre leiligheter.');
    const { diagnostics } = await validateText(text);
    expect(diagnostics.map((d) => d.code)).toEqual(['yaml-syntax']);
    expect(diagnostics[0]!.message).toMatch(/^Inside brackets, a text has ": " \(a colon and a space\) in it/);
    expect(diagnostics[0]!.hint).toMatch(/^Put a text with a colon in quotes/);
  });

  it('a plan period that ends before it starts is one finding, not one per date outside it', async () => {
    const { diagnostics } = await validateText(mutated(ADULT_PLAN, (d) => (d.planperiode = { fra: '2027-08-31', til: '2026-09-01' })));
    expect(diagnostics.map((d) => d.code)).toEqual(['period-order']);
  });

  it('ja or nei where true or false belongs: the boolean', async () => {
    const yes = await only((d) => (d.barnekoordinator = 'ja'), 'wrong-type');
    expect(yes.hint).toBe('Write true (yes): "barnekoordinator: true".');
    const nb = await validateText(mutated(ADULT_PLAN, (d) => (d.barnekoordinator = 'nei')), ['--lang', 'nb']);
    expect(nb.diagnostics.find((d) => d.code === 'wrong-type')!.hint).toBe('Skriv false (nei): «barnekoordinator: false».');
  });

  it('a date written 1.2.2027 or 01.02.2027: the same date as YYYY-MM-DD, but never the birth date', async () => {
    const short = await only((d) => (d.tiltak[0].til = '1.3.2027'), 'invalid-format');
    expect(short.hint).toBe('Write "til: 2027-03-01".');
    const long = await only((d) => (d.planperiode.til = '31.08.2027'), 'invalid-format');
    expect(long.hint).toBe('Write "til: 2027-08-31".');
    const birth = await only((d) => (d.person.fødselsdato = '12.03.1991'), 'invalid-format');
    expect(birth.hint).toBe('Write the date as YYYY-MM-DD, for example 2027-01-14.');
    expect(birth.message + birth.hint).not.toContain('1991');
  });
});

describe('participants in messages: by number and role, by id only on a terminal or with --names', () => {
  const text = () => mutated('bolig-og-arbeid.md', (d) => {
    delete d.deltakere[2].bidrag;
    d.koordinator = 'Ola Hansen';
  });

  it('piped: by number and role, and the hint says which participant without the id', async () => {
    const dir = tempDir({ 'p.md': text() });
    const piped = await run(['validate', 'p.md', '--today', TODAY], { cwd: dir });
    expect(piped.stdout).toContain('"deltaker no. 3 (tjenesteyter): bidrag"');
    expect(piped.stdout).toContain('Write the id of participant no. 2 (tjenesteyter), not the name');
    expect(piped.stdout).not.toMatch(/\bsiri\b|"ola"/);
  });

  it('on a terminal, or with --names: by id, and the hint gives the id to write', async () => {
    const dir = tempDir({ 'p.md': text() });
    const tty = await run(['validate', 'p.md', '--today', TODAY], { cwd: dir, tty: true, env: { NO_COLOR: '1' } });
    expect(tty.stdout).toContain('"deltaker siri (tjenesteyter): bidrag"');
    expect(tty.stdout).toContain('Write the id, not the name: "ola".');
    const named = await run(['validate', 'p.md', '--today', TODAY, '--names', '--format', 'json'], { cwd: dir });
    expect(named.stdout).toContain('Write the id, not the name: \\"ola\\".');
    const hidden = await run(['validate', 'p.md', '--today', TODAY, '--no-names'], { cwd: dir, tty: true, env: { NO_COLOR: '1' } });
    expect(hidden.stdout).toContain('"deltaker no. 3 (tjenesteyter): bidrag"');
  });
});
