import { participants, refs } from '../access.js';
import { birthDate } from '../birth.js';
import { ageOn, asDate } from '../dates.js';
import type { PlanView, SamtykkeView } from '../view.js';
import { REPRESENTATIVE_ROLES } from './roles.js';
import { ALWAYS_ERROR, type Hit, type Rule } from './types.js';

type ConsentKind = 'utarbeidelse' | 'taushetsplikt';

function consents(plan: PlanView): Array<{ kind: ConsentKind; consent: SamtykkeView }> {
  const out: Array<{ kind: ConsentKind; consent: SamtykkeView }> = [];
  const samtykke = plan.samtykke;
  if (!samtykke) return out;
  if (samtykke.utarbeidelse) out.push({ kind: 'utarbeidelse', consent: samtykke.utarbeidelse });
  if (samtykke.taushetsplikt) out.push({ kind: 'taushetsplikt', consent: samtykke.taushetsplikt });
  return out;
}

export const consentGiver: Rule = {
  code: 'consent-giver',
  point: 'h',
  severity: ALWAYS_ERROR,
  summary:
    'Consent is given by the person, a foresatt, verge or framtidsfullmektig (or a tjenesteyter under grunnlag: omsorgsovertakelse, or a pårørende under grunnlag: mangler_samtykkekompetanse)',
  check(plan) {
    const people = participants(plan);
    const hits: Hit[] = [];
    for (const { kind, consent } of consents(plan)) {
      for (const [id, index] of refs(consent.gitt_av)) {
        const role = people.get(id)?.rolle;
        if (role === undefined || REPRESENTATIVE_ROLES.has(role)) continue;
        // After a care order, the child welfare service holds the care and may consent.
        if (role === 'tjenesteyter' && consent.grunnlag === 'omsorgsovertakelse') continue;
        // An adult who lacks the capacity to consent: the closest relative may decide for them in health care
        // (patient and user rights act ch. 4), as a verge or framtidsfullmektig may under their mandate.
        if (role === 'pårørende' && consent.grunnlag === 'mangler_samtykkekompetanse') continue;
        hits.push({ path: index === undefined ? ['samtykke', kind, 'gitt_av'] : ['samtykke', kind, 'gitt_av', index] });
      }
    }
    return hits;
  },
};

/** Consents given by a `foresatt`, with the person's age on the consent date where both are known. */
function guardianConsents(plan: PlanView): Array<{ kind: ConsentKind; age: number }> {
  const people = participants(plan);
  const out: Array<{ kind: ConsentKind; age: number }> = [];
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
  check(plan) {
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
  check(plan) {
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
  check(plan) {
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
  check(plan) {
    const start = asDate(plan.planperiode?.fra);
    const given = asDate(plan.samtykke?.utarbeidelse?.dato);
    return start && given && given > start ? [{ path: ['samtykke', 'utarbeidelse', 'dato'] }] : [];
  },
};

/**
 * `samtykke.taushetsplikt.deltakere` lists who may be *given* confidential
 * information. A participant responsible for a measure needs it to do the
 * work, so where that list is written, each one it leaves out is named. The
 * person themselves needs no consent to hear about their own plan.
 */
export const consentShareResponsible: Rule = {
  code: 'consent-share-responsible',
  point: 'h',
  severity: { utkast: 'warning', aktiv: 'warning', avsluttet: 'off' },
  summary: 'A participant responsible for a measure (tiltak[].ansvarlig) is not among those the consent to share lets be given confidential information (samtykke.taushetsplikt.deltakere)',
  check(plan) {
    const consent = plan.samtykke?.taushetsplikt;
    if (!consent || consent.deltakere === undefined || consent.trukket !== undefined) return [];
    const given = new Set(refs(consent.deltakere).map(([id]) => id));
    const people = participants(plan);
    const hits: Hit[] = [];
    const tiltak = plan.tiltak ?? [];
    for (let i = 0; i < tiltak.length; i++) {
      const id = tiltak[i]?.ansvarlig;
      if (typeof id !== 'string' || given.has(id)) continue;
      const role = people.get(id)?.rolle;
      // An unknown id is unknown-reference's finding; the person needs no consent.
      if (role === undefined || role === 'tjenestemottaker') continue;
      hits.push({ path: ['tiltak', i, 'ansvarlig'] });
    }
    return hits;
  },
};

// Kept here so the consent rules read as one group.
export const CONSENT_RULES: Rule[] = [consentGiver, consentGuardianAdult, consentGuardianYouth, consentWithdrawn, consentAfterStart, consentShareResponsible];
