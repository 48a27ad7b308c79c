import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../src/plan/check.js';
import { fieldView, planView } from '../src/plan/view.js';
import { example, mutated, parsePlan, ROOT, TODAY } from './helpers.js';

describe('the lenient view of a plan', () => {
  it('is the plan itself where every key is known and every value of its type (each example)', () => {
    for (const name of readdirSync(join(ROOT, 'examples'))) {
      const { data } = parsePlan(example(name));
      const copy = structuredClone(data);
      expect(planView(data), name).toBe(data);
      expect(data, name).toEqual(copy);
    }
  });

  it('leaves out a value of the wrong type, null, and an enum value outside the enum', () => {
    const data = {
      ip: 1,
      id: 42,
      status: 'aktiv',
      koordinator: null,
      barnekoordinator: 'ja',
      person: { navn: 'Testperson Fiktiv', fødselsnummer: 17850250006, tolk: 'ar' },
      deltakere: [{ id: 'kari', navn: 'Kari', rolle: 'Tjenestemottaker', kontakt: { telefon: 40000000, epost: 'kari@example.no' } }],
      avsluttet: { dato: '2027-01-01', årsak: 'annen' },
    };
    expect(planView(data)).toEqual({
      ip: 1,
      status: 'aktiv',
      person: { navn: 'Testperson Fiktiv' },
      deltakere: [{ id: 'kari', navn: 'Kari', kontakt: { epost: 'kari@example.no' } }],
      avsluttet: { dato: '2027-01-01' },
    });
  });

  it('keeps every list index: an item of the wrong type is undefined in its slot', () => {
    const data = {
      ip: 1,
      tiltak: ['T0', { id: 'T1', omfang: 2 }, null, { id: 'T3', mål: ['M1', 7, 'M2'] }],
      ressurser: ['En ressurs', 3, ''],
      planperiode: [],
    };
    const view = planView(data);
    expect(view.tiltak).toEqual([undefined, { id: 'T1' }, undefined, { id: 'T3', mål: ['M1', undefined, 'M2'] }]);
    expect(view.tiltak).toHaveLength(4);
    expect(view.ressurser).toEqual(['En ressurs', undefined, '']);
    expect(view.planperiode).toBeUndefined();
  });

  it('reads a reference as one id or a list of ids, and nothing else', () => {
    const consent = (gitt_av: unknown) => planView({ ip: 1, samtykke: { utarbeidelse: { dato: '2026-08-20', gitt_av, form: 'skriftlig' } } }).samtykke?.utarbeidelse?.gitt_av;
    expect(consent('kari')).toBe('kari');
    expect(consent(['kari', 'ola'])).toEqual(['kari', 'ola']);
    expect(consent(['kari', 5])).toEqual(['kari', undefined]);
    expect(consent(5)).toBeUndefined();
    expect(consent({ id: 'kari' })).toBeUndefined();
  });

  it('leaves out keys the schema does not know, at any depth, and keeps empty text', () => {
    const data = { ip: 1, maal: [], id: '', person: { navn: 'X', fodselsnummer: '17850250006' }, mål: [{ id: 'M1', tekst: '', frist: '2027-01-01', extra: true }] };
    expect(planView(data)).toEqual({ ip: 1, id: '', person: { navn: 'X' }, mål: [{ id: 'M1', tekst: '', frist: '2027-01-01' }] });
  });

  it('never changes the data it reads', () => {
    const data = { ip: 1, id: 5, tiltak: [{ id: 'T1', x: 1 }, 'T2'], person: { navn: 'X', y: 2 } };
    const copy = structuredClone(data);
    planView(data);
    expect(data).toEqual(copy);
  });

  it('reads one field on its own', () => {
    expect(fieldView({ status: 'aktiv' }, 'status')).toBe('aktiv');
    expect(fieldView({ status: 'Aktiv' }, 'status')).toBeUndefined();
    expect(fieldView({ person: { navn: 'X', z: 1 } }, 'person')).toEqual({ navn: 'X' });
  });

  it('lets the rules name an item by its index in the list as written, past an item of the wrong type', () => {
    const text = mutated('bolig-og-arbeid.md', (d) => {
      d.tiltak[1].fra = '2027-05-01';
      d.tiltak[1].til = '2027-04-01';
      d.tiltak.unshift('Et tiltak skrevet som tekst');
    });
    const found = checkText(text, { explicit: true, today: TODAY }).diagnostics.map((d) => `${d.code} ${d.path.join('.')}`);
    expect(found).toContain('wrong-type tiltak.0');
    expect(found).toContain('measure-date-order tiltak.2.til');
  });
});
