import { obj, participants, refs, type Obj } from '../access.js';
import { birthDate } from '../birth.js';
import { ageOn, asDate } from '../dates.js';
import type { PlanData } from '../types.js';
import { REPRESENTATIVE_ROLES } from './roles.js';
import { ALWAYS_ERROR, type Hit, type Rule } from './types.js';

const CONSENTS = ['utarbeidelse', 'taushetsplikt'] as const;

function consents(plan: PlanData): Array<{ kind: (typeof CONSENTS)[number]; consent: Obj }> {
  const samtykke = obj(plan.samtykke);
  const out: Array<{ kind: (typeof CONSENTS)[number]; consent: Obj }> = [];
  if (!samtykke) return out;
  for (const kind of CONSENTS) {
    const consent = obj(samtykke[kind]);
    if (consent) out.push({ kind, consent });
  }
  return out;
}

export const consentGiver: Rule = {
  code: 'consent-giver',
  point: 'h',
  severity: ALWAYS_ERROR,
  summary: 'Consent is given by the person, a foresatt, verge or framtidsfullmektig (or a tjenesteyter under grunnlag: omsorgsovertakelse)',
  check(plan: PlanData) {
    const people = participants(plan);
    const hits: Hit[] = [];
    for (const { kind, consent } of consents(plan)) {
      for (const [id, index] of refs(consent.gitt_av)) {
        const role = people.get(id)?.rolle;
        if (role === undefined || REPRESENTATIVE_ROLES.has(role)) continue;
        // After a care order, the child welfare service holds the care and may consent.
        if (role === 'tjenesteyter' && consent.grunnlag === 'omsorgsovertakelse') continue;
        hits.push({ path: index === undefined ? ['samtykke', kind, 'gitt_av'] : ['samtykke', kind, 'gitt_av', index] });
      }
    }
    return hits;
  },
};

/** Consents given by a `foresatt`, with the person's age on the consent date where both are known. */
function guardianConsents(plan: PlanData): Array<{ kind: string; age: number }> {
  const people = participants(plan);
  const out: Array<{ kind: string; age: number }> = [];
  // Most consents are not a guardian's: that is asked first, the birth date only then.
  for (const { kind, consent } of consents(plan)) {
    const givenBy = consent.gitt_av;
    const byGuardian = typeof givenBy === 'string' ? people.get(givenBy)?.rolle === 'foresatt' : refs(givenBy).some(([id]) => people.get(id)?.rolle === 'foresatt');
    if (!byGuardian) continue;
    const date = asDate(consent.dato);
    const birth = date && birthDate(plan);
    if (date && birth) out.push({ kind, age: ageOn(birth, date) });
  }
  return out;
}

export const consentGuardianAdult: Rule = {
  code: 'consent-guardian-adult',
  point: 'h',
  severity: ALWAYS_ERROR,
  summary: 'A foresatt consented for a person who was 18 or older on the consent date',
  check(plan: PlanData) {
    return guardianConsents(plan)
      .filter(({ age }) => age >= 18)
      .map(({ kind }) => ({ path: ['samtykke', kind, 'gitt_av'] }));
  },
};

export const consentGuardianYouth: Rule = {
  code: 'consent-guardian-16',
  point: 'h',
  severity: { utkast: 'warning', aktiv: 'warning', avsluttet: 'off' },
  summary: 'A foresatt consented for a person aged 16 or 17 (the age of consent in health matters is 16; NAV and child welfare differ)',
  check(plan: PlanData) {
    return guardianConsents(plan)
      .filter(({ age }) => age >= 16 && age < 18)
      .map(({ kind }) => ({ path: ['samtykke', kind, 'gitt_av'] }));
  },
};

export const consentWithdrawn: Rule = {
  code: 'consent-withdrawn',
  point: 'h',
  severity: { utkast: 'warning', aktiv: 'error', avsluttet: 'off' },
  summary: 'Consent has been withdrawn (trukket) on a plan that is not closed',
  check(plan: PlanData) {
    return consents(plan)
      .filter(({ consent }) => consent.trukket !== undefined)
      .map(({ kind }) => ({ path: ['samtykke', kind, 'trukket'] }));
  },
};

export const consentAfterStart: Rule = {
  code: 'consent-after-start',
  point: 'h',
  severity: { utkast: 'warning', aktiv: 'warning', avsluttet: 'off' },
  summary: 'Consent to prepare the plan is dated after the plan period starts',
  check(plan: PlanData) {
    const start = asDate(obj(plan.planperiode)?.fra);
    const given = asDate(obj(obj(plan.samtykke)?.utarbeidelse)?.dato);
    return start && given && given > start ? [{ path: ['samtykke', 'utarbeidelse', 'dato'] }] : [];
  },
};

// Kept here so the consent rules read as one group.
export const CONSENT_RULES: Rule[] = [consentGiver, consentGuardianAdult, consentGuardianYouth, consentWithdrawn, consentAfterStart];
