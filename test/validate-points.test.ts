import { describe, expect, it } from 'vitest';
import { mutated, run, tempDir, TODAY, validateText } from './helpers.js';

/**
 * For every point a–i of the regulation: an `aktiv` plan without it fails,
 * and the message names the point.
 */
const CASES: Array<{ point: string; what: string; mutate: (d: any) => void; field: string }> = [
  { point: 'a', what: 'no goals', mutate: (d) => delete d.mål, field: 'mål' },
  { point: 'a', what: 'no resources', mutate: (d) => delete d.ressurser, field: 'ressurser' },
  { point: 'a', what: 'an empty list of needs', mutate: (d) => (d.behov = []), field: 'behov' },
  { point: 'b', what: 'no participants', mutate: (d) => delete d.deltakere, field: 'deltakere' },
  { point: 'b', what: 'no service provider among the participants', mutate: (d) => (d.deltakere = d.deltakere.filter((p: any) => p.rolle !== 'tjenesteyter')), field: 'deltakere' },
  { point: 'c', what: 'no coordinator', mutate: (d) => delete d.koordinator, field: 'koordinator' },
  { point: 'd', what: 'no participant with a contribution', mutate: (d) => d.deltakere.forEach((p: any) => delete p.bidrag), field: 'deltakere' },
  { point: 'e', what: 'no measures', mutate: (d) => delete d.tiltak, field: 'tiltak' },
  { point: 'e', what: 'a measure without scope', mutate: (d) => delete d.tiltak[0].omfang, field: 'tiltak[0].omfang' },
  { point: 'e', what: 'a measure without anyone responsible', mutate: (d) => delete d.tiltak[1].ansvarlig, field: 'tiltak[1].ansvarlig' },
  { point: 'f', what: 'a measure without how it is carried out', mutate: (d) => delete d.tiltak[0].gjennomføring, field: 'tiltak[0].gjennomføring' },
  { point: 'g', what: 'no plan period', mutate: (d) => delete d.planperiode, field: 'planperiode' },
  { point: 'g', what: 'no evaluation points', mutate: (d) => (d.evalueringer = []), field: 'evalueringer' },
  { point: 'h', what: 'no consent to prepare the plan', mutate: (d) => delete d.samtykke.utarbeidelse, field: 'samtykke.utarbeidelse' },
  { point: 'i', what: 'no samarbeid key', mutate: (d) => delete d.samarbeid, field: 'samarbeid' },
];

describe('an aktiv plan missing a point of the regulation', () => {
  it.each(CASES)('point $point: $what → exit 1, names the point', async ({ point, mutate, field }) => {
    const { code, diagnostics } = await validateText(mutated('bolig-og-arbeid.md', mutate));
    expect(code).toBe(1);
    const hit = diagnostics.find((d) => d.point === point && d.severity === 'error' && d.field === field);
    expect(hit, JSON.stringify(diagnostics)).toBeDefined();
    expect(hit!.message).toContain(`The regulation requires this, point ${point} of the regulation`);
    expect(hit!.basis).toBe('forskrift');
  });

  it('names the point in bokmål too', async () => {
    const dir = tempDir({ 'plan.md': mutated('bolig-og-arbeid.md', (d) => delete d.tiltak[0].omfang) });
    const result = await run(['validate', '.', '--today', TODAY], { cwd: dir, env: { IP_LANG: 'nb' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('plan.md:');
    expect(result.stdout).toContain('Feltet «tiltak T1: omfang» mangler. Forskriften krever dette, bokstav e: tiltak, omfang og ansvar. [point-missing]');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('Forskriften: forskrift om individuell plan ved ytelse av velferdstjenester.');
    expect(result.stdout).toContain('Slik retter du:');
  });

  it.each([
    { field: 'koordinator', nb: 'Skriv id-en til deltakeren som er koordinator, for eksempel «koordinator: ola».', en: 'Write the id of the participant who is the coordinator, such as "koordinator: ola".' },
    { field: 'samarbeid', nb: 'Skriv «samarbeid: []» hvis det ikke trengs samarbeid med andre.', en: 'Write "samarbeid: []" if no cooperation with others is needed.' },
  ])('says what to write for a missing $field, in both languages', async ({ field, nb, en }) => {
    const dir = tempDir({ 'plan.md': mutated('bolig-og-arbeid.md', (d) => delete d[field]) });
    for (const [lang, hint] of [['nb', nb], ['en', en]] as const) {
      const result = await run(['validate', '.', '--today', TODAY], { cwd: dir, env: { IP_LANG: lang } });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(hint);
    }
  });

  it('a goal for every measure and a contribution from every participant are good practice: warnings, not errors', async () => {
    const { code, diagnostics } = await validateText(
      mutated('bolig-og-arbeid.md', (d) => {
        delete d.tiltak[0].mål;
        delete d.deltakere[1].bidrag;
      }),
    );
    expect(code).toBe(0);
    const found = diagnostics.filter((d) => d.code === 'point-missing').map((d) => [d.field, d.severity, d.point, d.basis]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['tiltak[0].mål', 'warning', 'e', 'praksis'],
        ['deltakere[1].bidrag', 'warning', 'd', 'praksis'],
      ]),
    );
    for (const d of diagnostics.filter((d) => d.code === 'point-missing')) {
      expect(d.message).toContain('This is good practice in the tool, not a requirement of the regulation');
      expect(d.message).not.toContain('The regulation requires');
      expect(d.hint).toContain('recommended for an active plan, but not required');
    }
  });

  it('an empty list of goals for a measure is good practice too', async () => {
    const { code, diagnostics } = await validateText(mutated('bolig-og-arbeid.md', (d) => (d.tiltak[0].mål = [])));
    expect(code).toBe(0);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'point-missing', field: 'tiltak[0].mål', severity: 'warning', basis: 'praksis' }));
  });

  it('says in bokmål that a practice rule is not the regulation', async () => {
    const dir = tempDir({ 'plan.md': mutated('bolig-og-arbeid.md', (d) => delete d.tiltak[0].mål) });
    const result = await run(['validate', '.', '--today', TODAY], { cwd: dir, env: { IP_LANG: 'nb' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Feltet «tiltak T1: mål» mangler. Dette er god praksis i verktøyet, ikke et krav i forskriften (feltet gjelder bokstav e: tiltak, omfang og ansvar).');
    expect(result.stdout).not.toContain('Forskriften krever');
  });

  it('an empty samarbeid list means "none needed" and passes', async () => {
    const { code, diagnostics } = await validateText(mutated('bolig-og-arbeid.md', (d) => (d.samarbeid = [])));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('status levels', () => {
  it('a draft missing the a–i minimum gets warnings, not errors', async () => {
    const { code, diagnostics } = await validateText(
      mutated('bolig-og-arbeid.md', (d) => {
        d.status = 'utkast';
        delete d.tiltak;
        delete d.planperiode;
      }),
    );
    expect(code).toBe(0);
    const missing = diagnostics.filter((d) => d.code === 'point-missing');
    expect(missing.map((d) => [d.field, d.severity, d.point])).toEqual(
      expect.arrayContaining([
        ['tiltak', 'warning', 'e'],
        ['planperiode', 'warning', 'g'],
      ]),
    );
    expect(missing[0]!.hint).toContain('needed before the plan can be active');
  });

  it('even a draft needs consent to prepare it', async () => {
    const { code, diagnostics } = await validateText(
      mutated('utkast-forste-mote.md', (d) => {
        delete d.samtykke;
      }),
    );
    expect(code).toBe(1);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'required', field: 'samtykke', severity: 'error', point: 'h' }));
  });

  it('a draft needs the person’s name', async () => {
    const { code, diagnostics } = await validateText(mutated('utkast-forste-mote.md', (d) => delete d.person.navn));
    expect(code).toBe(1);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'required', field: 'person.navn', severity: 'error' }));
  });

  it('a closed plan needs avsluttet, and not the a–i minimum', async () => {
    const closedWithout = await validateText(mutated('utkast-forste-mote.md', (d) => (d.status = 'avsluttet')));
    expect(closedWithout.code).toBe(1);
    expect(closedWithout.diagnostics).toContainEqual(expect.objectContaining({ code: 'required', field: 'avsluttet' }));
    const closed = await validateText(
      mutated('utkast-forste-mote.md', (d) => {
        d.status = 'avsluttet';
        d.avsluttet = { dato: '2026-11-20', årsak: 'flyttet' };
      }),
    );
    expect(closed.diagnostics).toEqual([]);
    expect(closed.code).toBe(0);
  });

  it('an aktiv plan needs an id', async () => {
    const { code, diagnostics } = await validateText(mutated('bolig-og-arbeid.md', (d) => delete d.id));
    expect(code).toBe(1);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'point-missing', field: 'id', severity: 'error', basis: 'praksis' }));
  });
});

describe('point b and point d on the same list', () => {
  it('no provider and no contribution are two findings; a participant without bidrag is only the practice warning', async () => {
    for (const status of ['aktiv', 'utkast']) {
      const { diagnostics } = await validateText(
        mutated('bolig-og-arbeid.md', (d) => {
          d.status = status;
          d.deltakere = d.deltakere.filter((p: any) => p.rolle !== 'tjenesteyter');
          d.deltakere.forEach((p: any) => delete p.bidrag);
          delete d.koordinator;
          d.tiltak.forEach((t: any) => delete t.ansvarlig);
          delete d.samtykke.taushetsplikt;
        }),
      );
      const level = status === 'aktiv' ? 'error' : 'warning';
      const found = diagnostics.filter((d) => d.code === 'point-missing' && (d.field === 'deltakere' || d.field?.endsWith('.bidrag'))).map((d) => [d.field, d.point, d.severity, d.basis]);
      expect(found).toEqual(
        expect.arrayContaining([
          ['deltakere', 'b', level, 'forskrift'],
          ['deltakere', 'd', level, 'forskrift'],
          ['deltakere[0].bidrag', 'd', 'warning', 'praksis'],
        ]),
      );
      expect(found.filter((f) => f[0] === 'deltakere[0].bidrag')).toHaveLength(1);
    }
  });
});
