import { participants, refs } from '../access.js';
import { birthDate } from '../birth.js';
import { ageOn, asDate } from '../dates.js';
import type { Rolle } from '../generated/plan-types.js';
import { nonEmpty } from '../view.js';
import { ALWAYS_ERROR, ALWAYS_WARNING, type Hit, type Rule } from './types.js';

/** Roles that may speak for the person: the person, or someone who represents them. */
export const REPRESENTATIVE_ROLES: ReadonlySet<Rolle> = new Set<Rolle>(['tjenestemottaker', 'foresatt', 'verge', 'framtidsfullmektig']);

export const personRole: Rule = {
  code: 'person-role',
  point: 'b',
  severity: { utkast: 'warning', aktiv: 'error', avsluttet: 'warning' },
  summary: 'Exactly one participant has the role tjenestemottaker (the person takes part in their own plan)',
  check(plan) {
    const list = plan.deltakere ?? [];
    let participantCount = 0;
    const people: number[] = [];
    for (let i = 0; i < list.length; i++) {
      const p = list[i];
      if (p === undefined) continue;
      participantCount++;
      if (p.rolle === 'tjenestemottaker') people.push(i);
    }
    if (participantCount === 0) return [];
    if (people.length === 1) return [];
    if (people.length === 0) return [{ path: ['deltakere'], params: { count: 0 } }];
    return people.slice(1).map((i) => ({ path: ['deltakere', i, 'rolle'], params: { count: people.length } }));
  },
};

export const personNameMismatch: Rule = {
  code: 'person-name-mismatch',
  point: 'b',
  severity: ALWAYS_WARNING,
  summary: 'The tjenestemottaker participant has another name than person.navn',
  check(plan) {
    const name = nonEmpty(plan.person?.navn);
    if (!name) return [];
    const list = plan.deltakere ?? [];
    let found: number | undefined;
    for (let i = 0; i < list.length; i++) {
      if (list[i]?.rolle !== 'tjenestemottaker') continue;
      // Only where exactly one participant is the person.
      if (found !== undefined) return [];
      found = i;
    }
    if (found === undefined) return [];
    const navn = list[found]!.navn;
    const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
    // The same text needs no normalising (nearly every plan).
    return navn !== undefined && navn !== name && norm(navn) !== norm(name) ? [{ path: ['deltakere', found, 'navn'] }] : [];
  },
};

export const coordinatorRole: Rule = {
  code: 'coordinator-role',
  point: 'c',
  severity: ALWAYS_ERROR,
  summary: 'The coordinator (and any ny_koordinator) is a participant with the role tjenesteyter',
  check(plan) {
    const people = participants(plan);
    const hits: Hit[] = [];
    const coordinator = nonEmpty(plan.koordinator);
    const p = coordinator ? people.get(coordinator) : undefined;
    if (p && p.rolle !== 'tjenesteyter') hits.push({ path: ['koordinator'] });
    const overganger = plan.overganger ?? [];
    for (let i = 0; i < overganger.length; i++) {
      const next = nonEmpty(overganger[i]?.ny_koordinator);
      const q = next ? people.get(next) : undefined;
      if (q && q.rolle !== 'tjenesteyter') hits.push({ path: ['overganger', i, 'ny_koordinator'] });
    }
    return hits;
  },
};

export const coordinatorContact: Rule = {
  code: 'coordinator-contact',
  point: 'c',
  severity: { utkast: 'off', aktiv: 'warning', avsluttet: 'off' },
  summary: 'The coordinator has contact details (kontakt.telefon or kontakt.epost), so the person can reach them',
  check(plan) {
    const coordinator = nonEmpty(plan.koordinator);
    const p = coordinator ? participants(plan).get(coordinator) : undefined;
    if (!p || p.rolle !== 'tjenesteyter') return [];
    return nonEmpty(p.kontakt?.telefon) || nonEmpty(p.kontakt?.epost) ? [] : [{ path: ['deltakere', p.index] }];
  },
};

/**
 * The child coordinator (barnekoordinator) is for families with a child
 * under 18: set for a person who is 18 or older when the plan period starts,
 * it no longer applies. `ip due` marks the 18th birthday when the plan runs past it.
 */
export const childCoordinatorAdult: Rule = {
  code: 'child-coordinator-adult',
  severity: { utkast: 'warning', aktiv: 'warning', avsluttet: 'off' },
  summary: 'barnekoordinator: true for a person who is 18 or older on planperiode.fra (a child coordinator is for children)',
  check(plan) {
    if (plan.barnekoordinator !== true) return [];
    const start = asDate(plan.planperiode?.fra);
    const birth = start && birthDate(plan);
    return start && birth && ageOn(birth, start) >= 18 ? [{ path: ['barnekoordinator'] }] : [];
  },
};

export const approvalByPerson: Rule = {
  code: 'approval-by-person',
  severity: ALWAYS_WARNING,
  summary: 'godkjent.av is the person or someone who represents them (foresatt, verge, framtidsfullmektig)',
  check(plan) {
    const people = participants(plan);
    return refs(plan.godkjent?.av)
      .filter(([id]) => {
        const role = people.get(id)?.rolle;
        return role !== undefined && !REPRESENTATIVE_ROLES.has(role);
      })
      .map(() => ({ path: ['godkjent', 'av'] }));
  },
};

/**
 * An active plan is one the person has accepted: the template and the page
 * both say so. Without `godkjent` the plan may be in force without the
 * person having seen this version.
 */
export const activeNotApproved: Rule = {
  code: 'active-not-approved',
  severity: { utkast: 'off', aktiv: 'warning', avsluttet: 'off' },
  summary: 'An active plan has no godkjent: nothing records that the person accepted it',
  check(plan) {
    return plan.godkjent === undefined ? [{ path: ['status'] }] : [];
  },
};

/** A name as people compare them: trimmed, inner spaces as one, case folded. */
function sameName(name: string): string {
  return name.trim().replace(/\s+/gu, ' ').toLocaleLowerCase('nb');
}

/** Two participants with one name are usually one person entered twice, or a reference waiting to go wrong. */
export const duplicateParticipantName: Rule = {
  code: 'duplicate-participant-name',
  point: 'b',
  severity: ALWAYS_WARNING,
  summary: 'Two participants have the same name (after trimming and case folding)',
  check(plan) {
    const seen = new Set<string>();
    const hits: Hit[] = [];
    const list = plan.deltakere ?? [];
    for (let i = 0; i < list.length; i++) {
      const navn = list[i]?.navn;
      if (navn === undefined || navn.trim() === '') continue;
      const key = sameName(navn);
      if (seen.has(key)) hits.push({ path: ['deltakere', i, 'navn'] });
      seen.add(key);
    }
    return hits;
  },
};
