import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSections } from '../src/diff/body.js';
import { diffPlans, type PlanSide } from '../src/diff/index.js';
import { wordDiff } from '../src/diff/words.js';
import { checkText } from '../src/plan/check.js';
import { FIXTURES } from './fixtures/diff/harness.js';

/** The pure core: two plans in, changes out. */

function plan(data: Record<string, unknown>, body?: string): PlanSide {
  return { data: { ip: 1, ...data }, ...(body !== undefined ? { body } : {}) };
}

function fixture(name: string): { data: Record<string, unknown>; body: string } {
  const checked = checkText(readFileSync(join(FIXTURES, name), 'utf8'), { explicit: true, today: '2027-01-20' });
  if (!checked.data) throw new Error(`${name} does not parse`);
  return { data: checked.data, body: checked.body ?? '' };
}

const BASE = fixture('base.md');
/** A plan with sub-goals, decisions on measures and a held evaluation with assessments. */
const HELD = fixture('held-evaluation/new.md');

describe('splitSections', () => {
  it('splits by ATX and setext headings, not inside code fences', () => {
    const body = [
      'Før første overskrift.',
      '',
      '# Tittel #',
      '## Om meg ##',
      'Tekst.',
      '',
      'Kontakt',
      '=======',
      'Ring meg.',
      '',
      '```md',
      '# ikke en overskrift',
      '```',
      '~~~',
      '## heller ikke',
      '~~~',
      'Mer',
      '---',
      '- punkt',
      '---',
      '#hashtag er tekst',
    ].join('\n');
    expect(splitSections(body)).toEqual([
      { text: 'Før første overskrift.' },
      { heading: 'Tittel', text: '' },
      { heading: 'Om meg', text: 'Tekst.' },
      { heading: 'Kontakt', text: 'Ring meg.\n\n```md\n# ikke en overskrift\n```\n~~~\n## heller ikke\n~~~' },
      { heading: 'Mer', text: '- punkt\n---\n#hashtag er tekst' },
    ]);
  });

  it('ignores trailing spaces, CRLF and blank lines at the ends of a section', () => {
    expect(splitSections('## A\r\n\r\nTekst.  \r\n\r\n')).toEqual([{ heading: 'A', text: 'Tekst.' }]);
  });
});

describe('wordDiff', () => {
  it('treats æ, ø and å as letters inside words', () => {
    expect(wordDiff('en blå bil på Økern', 'en grå bil på Ås')).toEqual([
      { op: 'same', text: 'en ' },
      { op: 'removed', text: 'blå' },
      { op: 'added', text: 'grå' },
      { op: 'same', text: ' bil på ' },
      { op: 'removed', text: 'Økern' },
      { op: 'added', text: 'Ås' },
    ]);
  });
});

describe('diffPlans', () => {
  it('never lets a fødselsnummer out, at any depth, whole or changed', () => {
    const person = { navn: 'Kari Nordmann', fødselsnummer: '17850250006' };
    expect(diffPlans(plan({}), plan({ person }))).toEqual([{ op: 'added', path: ['person'], after: { navn: 'Kari Nordmann' } }]);
    expect(diffPlans(plan({ person }), plan({}))).toEqual([{ op: 'removed', path: ['person'], before: { navn: 'Kari Nordmann' } }]);
    expect(diffPlans(plan({ person }), plan({ person: { ...person, fødselsnummer: '17850250197' } }))).toEqual([{ op: 'changed', path: ['person', 'fødselsnummer'] }]);
    // Decomposed å in the key is the same key.
    const decomposed = { navn: 'Kari', ['fødselsnummer'.normalize('NFD')]: '17850250006' };
    expect(JSON.stringify(diffPlans(plan({}), plan({ notat: [decomposed] })))).not.toContain('17850250006');
  });

  it('matches ids after Unicode normalisation', () => {
    const before = plan({ deltakere: [{ id: 'bjørn', navn: 'Bjørn' }] });
    const after = plan({ deltakere: [{ id: 'bjørn'.normalize('NFD'), navn: 'Bjørn' }] });
    expect(diffPlans(before, after)).toEqual([]);
  });

  it('a renamed id is one item removed and one added', () => {
    const before = plan({ mål: [{ id: 'M1', tekst: 'Bo selv.' }] });
    const after = plan({ mål: [{ id: 'M9', tekst: 'Bo selv.' }] });
    expect(diffPlans(before, after)).toEqual([
      { op: 'added', path: ['mål', 'M9'], after: { id: 'M9', tekst: 'Bo selv.' } },
      { op: 'removed', path: ['mål', 'M1'], before: { id: 'M1', tekst: 'Bo selv.' } },
    ]);
  });

  it('keeps items without a key apart by content, and names them by position', () => {
    const before = plan({ tiltak: [{ tekst: 'A' }, { tekst: 'B' }] });
    const after = plan({ tiltak: [{ tekst: 'B' }, { tekst: 'C' }] });
    expect(diffPlans(before, after)).toEqual([
      { op: 'added', path: ['tiltak', '#2'], after: { tekst: 'C' } },
      { op: 'removed', path: ['tiltak', '#1'], before: { tekst: 'A' } },
    ]);
  });

  it('pairs items that share a key (duplicate ids) in order, after equal ones cancel', () => {
    const before = plan({ mål: [{ id: 'M1', tekst: 'A' }, { id: 'M1', tekst: 'B' }] });
    const after = plan({ mål: [{ id: 'M1', tekst: 'B' }, { id: 'M1', tekst: 'C' }] });
    expect(diffPlans(before, after)).toEqual([{ op: 'changed', path: ['mål', 'M1#2', 'tekst'], before: 'A', after: 'C' }]);
  });

  it('tells an empty list from a missing key (samarbeid: [] means none needed)', () => {
    expect(diffPlans(plan({}), plan({ samarbeid: [] }))).toEqual([{ op: 'added', path: ['samarbeid'], after: [] }]);
    expect(diffPlans(plan({ samarbeid: [] }), plan({ samarbeid: [{ part: 'NAV' }] }))).toEqual([{ op: 'added', path: ['samarbeid', 'NAV'], after: { part: 'NAV' } }]);
  });

  it('compares a value of the wrong shape as a whole', () => {
    expect(diffPlans(plan({ mål: 'bo selv' }), plan({ mål: [{ id: 'M1' }] }))).toEqual([{ op: 'changed', path: ['mål'], before: 'bo selv', after: [{ id: 'M1' }] }]);
  });

  it('matches sub-goals by id inside their goal', () => {
    const goal = (delmål: unknown[]) => plan({ mål: [{ id: 'M1', tekst: 'Bo selv.', delmål }] });
    const m1a = { id: 'M1a', tekst: 'Søke bolig.', frist: '2026-12-15' };
    expect(diffPlans(goal([m1a, { id: 'M1b', tekst: 'B' }]), goal([{ id: 'M1b', tekst: 'B' }, { ...m1a, frist: '2027-01-15' }]))).toEqual([
      { op: 'changed', path: ['mål', 'M1', 'delmål', 'M1a', 'frist'], before: '2026-12-15', after: '2027-01-15' },
    ]);
    // Sub-goals written for the first time are added one by one, and one without an id is named by its place.
    expect(diffPlans(plan({ mål: [{ id: 'M1', tekst: 'Bo selv.' }] }), goal([m1a, { tekst: 'C' }]))).toEqual([
      { op: 'added', path: ['mål', 'M1', 'delmål', 'M1a'], after: m1a },
      { op: 'added', path: ['mål', 'M1', 'delmål', '#2'], after: { tekst: 'C' } },
    ]);
  });

  it('names a decision’s fields on a measure', () => {
    const measure = (vedtak?: unknown) => plan({ tiltak: [{ id: 'T1', tekst: 'Støttekontakt', ...(vedtak ? { vedtak } : {}) }] });
    expect(diffPlans(measure({ referanse: '2026/1', til: '2027-03-01' }), measure({ referanse: '2026/1', til: '2027-06-30', dato: '2026-08-30' }))).toEqual([
      { op: 'changed', path: ['tiltak', 'T1', 'vedtak', 'til'], before: '2027-03-01', after: '2027-06-30' },
      { op: 'added', path: ['tiltak', 'T1', 'vedtak', 'dato'], after: '2026-08-30' },
    ]);
  });

  it('matches assessments by the goal they assess, and compares who took part and the decisions as sets', () => {
    const e1 = (extra: Record<string, unknown>) => plan({ evalueringer: [{ id: 'E1', dato: '2026-12-01', type: 'evaluering', ...extra }] });
    const held = {
      utført: '2026-12-03',
      deltok: ['kari', 'ola'],
      vurderinger: [
        { gjelder: 'M1a', status: 'nådd' },
        { gjelder: 'M2', status: 'delvis', merknad: 'Godt i gang.' },
      ],
      beslutninger: ['Ola ringer boligkontoret.'],
    };
    // An evaluation recorded as held: each assessment, participant and decision on its own.
    expect(diffPlans(e1({}), e1(held))).toEqual([
      { op: 'added', path: ['evalueringer', 'E1', 'utført'], after: '2026-12-03' },
      { op: 'added', path: ['evalueringer', 'E1', 'deltok'], after: 'kari' },
      { op: 'added', path: ['evalueringer', 'E1', 'deltok'], after: 'ola' },
      { op: 'added', path: ['evalueringer', 'E1', 'vurderinger', 'M1a'], after: { gjelder: 'M1a', status: 'nådd' } },
      { op: 'added', path: ['evalueringer', 'E1', 'vurderinger', 'M2'], after: { gjelder: 'M2', status: 'delvis', merknad: 'Godt i gang.' } },
      { op: 'added', path: ['evalueringer', 'E1', 'beslutninger'], after: 'Ola ringer boligkontoret.' },
    ]);
    const later = {
      ...held,
      deltok: ['ola', 'siri'],
      vurderinger: [{ gjelder: 'M2', status: 'nådd', merknad: 'Godt i gang.' }, held.vurderinger[0]],
      beslutninger: ['Ola ringer boligkontoret.', 'Siri følger opp.'],
    };
    expect(diffPlans(e1(held), e1(later))).toEqual([
      { op: 'added', path: ['evalueringer', 'E1', 'deltok'], after: 'siri' },
      { op: 'removed', path: ['evalueringer', 'E1', 'deltok'], before: 'kari' },
      { op: 'changed', path: ['evalueringer', 'E1', 'vurderinger', 'M2', 'status'], before: 'delvis', after: 'nådd' },
      { op: 'added', path: ['evalueringer', 'E1', 'beslutninger'], after: 'Siri følger opp.' },
    ]);
    // Who took part, in another order, is the same people; `gjelder` stays a reference list, compared whole.
    expect(diffPlans(e1({ ...held, gjelder: ['M1'] }), e1({ ...held, deltok: ['ola', 'kari'], gjelder: ['M1', 'M2'] }))).toEqual([
      { op: 'changed', path: ['evalueringer', 'E1', 'gjelder'], before: ['M1'], after: ['M1', 'M2'] },
    ]);
    // An empty list written for the first time is said, as at the top level.
    expect(diffPlans(e1({}), e1({ beslutninger: [] }))).toEqual([{ op: 'added', path: ['evalueringer', 'E1', 'beslutninger'], after: [] }]);
  });

  it('compares the body by heading; text before the first heading has the path ["brødtekst"]', () => {
    const changes = diffPlans(plan({}, 'Intro.\n\n## A\nEn.\n## B\nTo.\n'), plan({}, '## B\nTo!\n## A\nEn.\n'));
    expect(changes).toEqual([
      { op: 'changed', path: ['brødtekst', 'B'], before: 'To.', after: 'To!' },
      { op: 'removed', path: ['brødtekst'], before: 'Intro.' },
    ]);
  });
});

/** Shuffle a list with a seed (fast-check gives the seed, so failures replay). */
function shuffle<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Reorder every list and every object's keys, deeply. */
function reorder(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return shuffle(value, seed).map((v, i) => reorder(v, seed + i + 1));
  if (value !== null && typeof value === 'object') {
    const entries = shuffle(Object.entries(value as Record<string, unknown>), seed + 7);
    return Object.fromEntries(entries.map(([k, v], i) => [k, reorder(v, seed + 31 * (i + 1))]));
  }
  return value;
}

describe('properties', () => {
  it('reordering lists, keys and body sections is never a change', () => {
    const sections = BASE.body.split(/(?=^## )/m);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const head = sections[0]!;
        const body = head + shuffle(sections.slice(1).map((s) => (s.endsWith('\n') ? s : `${s}\n`)), seed).join('');
        const after = { data: reorder(BASE.data, seed) as Record<string, unknown>, body };
        expect(diffPlans(BASE, after)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('reordering sub-goals, assessments, who took part and decisions is never a change', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        expect(diffPlans(HELD, { data: reorder(HELD.data, seed) as Record<string, unknown>, body: HELD.body })).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('one changed field of one measure is exactly one change, at its path by id', () => {
    const measures = BASE.data.tiltak as Array<Record<string, unknown>>;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: measures.length - 1 }), fc.constantFrom('omfang', 'gjennomføring', 'tekst'), fc.string({ minLength: 1 }), fc.integer({ min: 1, max: 1000 }), (i, field, text, seed) => {
        const target = measures[i]!;
        fc.pre(text !== target[field]);
        const tiltak = measures.map((t, k) => (k === i ? { ...t, [field]: text } : t));
        const after = { data: reorder({ ...BASE.data, tiltak }, seed) as Record<string, unknown>, body: BASE.body };
        expect(diffPlans(BASE, after)).toEqual([{ op: 'changed', path: ['tiltak', target.id as string, field], before: target[field], after: text }]);
      }),
      { numRuns: 200 },
    );
  });
});
