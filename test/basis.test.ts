import { describe, expect, it } from 'vitest';
import { CODES } from '../src/plan/diagnostics/code.js';
import { ACROSS_CODES, READER_CODES, SCHEMA_CODES } from '../src/plan/codes.js';
import { BASIS, findingBasis } from '../src/plan/legal.js';
import { PLAN_RULES } from '../src/plan/rules/index.js';
import { renderDiagnostic } from '../src/plan/diagnostics/messages.js';

const ALL_CODES = [...READER_CODES, ...SCHEMA_CODES, ...PLAN_RULES, ...ACROSS_CODES].map((c) => c.code);

describe('the basis of every rule', () => {
  it('is recorded, with why, for every code and for nothing else', () => {
    for (const code of ALL_CODES) {
      expect(BASIS[code], code).toBeDefined();
      expect(BASIS[code].why.length, code).toBeGreaterThan(10);
    }
    expect(Object.keys(BASIS).sort()).toEqual([...ALL_CODES].sort());
  });

  it('the list of codes the catalogue and the basis are typed by is exactly the codes the reader, the schema, the rules and the checks across plans give', () => {
    expect([...CODES].sort()).toEqual([...ALL_CODES].sort());
  });

  it('is forskrift only for a rule with a point a–i', () => {
    for (const rule of PLAN_RULES) if (BASIS[rule.code].basis === 'forskrift') expect(rule.point, rule.code).toBeDefined();
  });

  it('depends on the field for the minimum of the points', () => {
    expect(findingBasis({ code: 'point-missing', path: ['tiltak', 0, 'omfang'], point: 'e' })).toBe('forskrift');
    expect(findingBasis({ code: 'point-missing', path: ['tiltak', 0, 'mål'], point: 'e' })).toBe('praksis');
    expect(findingBasis({ code: 'too-few', path: ['tiltak', 0, 'mål'], point: 'e' })).toBe('praksis');
    expect(findingBasis({ code: 'point-missing', path: ['deltakere', 1, 'bidrag'], point: 'd' })).toBe('praksis');
    expect(findingBasis({ code: 'point-missing', path: ['deltakere'], point: 'd' })).toBe('forskrift');
    expect(findingBasis({ code: 'point-missing', path: ['id'] })).toBe('praksis');
    expect(findingBasis({ code: 'required', path: ['samtykke', 'utarbeidelse'], point: 'h' })).toBe('forskrift');
    expect(findingBasis({ code: 'required', path: ['person', 'navn'] })).toBe('praksis');
    expect(findingBasis({ code: 'consent-giver', path: ['samtykke', 'utarbeidelse', 'gitt_av'], point: 'h' })).toBe('veileder');
    expect(findingBasis({ code: 'no-such-code', path: [] })).toBeUndefined();
  });

  it('says "the regulation requires" only for forskrift, in both languages alike', () => {
    const cases = [
      { d: { code: 'point-missing', path: ['tiltak', 0, 'omfang'], point: 'e' as const, params: { kind: 'field', active: 1 } }, nb: 'Forskriften krever dette, bokstav e', en: 'The regulation requires this, point e' },
      { d: { code: 'point-missing', path: ['tiltak', 0, 'mål'], point: 'e' as const, params: { kind: 'field', active: 0, recommended: 1 } }, nb: 'Dette er god praksis i verktøyet, ikke et krav i forskriften', en: 'This is good practice in the tool, not a requirement of the regulation' },
      { d: { code: 'consent-giver', path: ['samtykke', 'utarbeidelse', 'gitt_av'], point: 'h' as const }, nb: 'Veilederen anbefaler dette; det er ikke et krav i forskriften', en: 'The national guidance recommends this; the regulation does not require it' },
    ];
    for (const { d, nb, en } of cases) {
      const m = { nb: renderDiagnostic(d, 'nb').message, en: renderDiagnostic(d, 'en').message };
      expect(m.nb).toContain(nb);
      expect(m.en).toContain(en);
      const law = findingBasis(d) === 'forskrift';
      expect(m.nb.includes('Forskriften krever')).toBe(law);
      expect(m.en.includes('The regulation requires')).toBe(law);
    }
  });

  it('adds nothing to a format rule that concerns no point', () => {
    expect(renderDiagnostic({ code: 'duplicate-id', path: ['mål', 1, 'id'], params: { scope: 'mål/tiltak' } }, 'en').message).toBe('The id in "mål[1].id" is already used in mål/tiltak.');
  });
});
