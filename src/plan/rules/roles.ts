import { items, obj, participants, refs, text } from '../access.js';
import type { PlanData } from '../types.js';
import { ALWAYS_ERROR, ALWAYS_WARNING, type Hit, type Rule } from './types.js';

/** Roles that may speak for the person: the person, or someone who represents them. */
export const REPRESENTATIVE_ROLES = new Set(['tjenestemottaker', 'foresatt', 'verge', 'framtidsfullmektig']);

export const personRole: Rule = {
  code: 'person-role',
  point: 'b',
  severity: { utkast: 'warning', aktiv: 'error', avsluttet: 'warning' },
  summary: 'Exactly one participant has the role tjenestemottaker (the person takes part in their own plan)',
  check(plan: PlanData) {
    const list = items(plan.deltakere);
    if (list.length === 0) return [];
    const people = list.filter(([p]) => p.rolle === 'tjenestemottaker');
    if (people.length === 1) return [];
    if (people.length === 0) return [{ path: ['deltakere'], params: { count: 0 } }];
    return people.slice(1).map(([, i]) => ({ path: ['deltakere', i, 'rolle'], params: { count: people.length } }));
  },
};

export const personNameMismatch: Rule = {
  code: 'person-name-mismatch',
  point: 'b',
  severity: ALWAYS_WARNING,
  summary: 'The tjenestemottaker participant has another name than person.navn',
  check(plan: PlanData) {
    const name = text(obj(plan.person)?.navn);
    const people = items(plan.deltakere).filter(([p]) => p.rolle === 'tjenestemottaker');
    if (!name || people.length !== 1) return [];
    const [p, i] = people[0]!;
    const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
    // The same text needs no normalising (nearly every plan).
    return typeof p.navn === 'string' && p.navn !== name && norm(p.navn) !== norm(name) ? [{ path: ['deltakere', i, 'navn'] }] : [];
  },
};

export const coordinatorRole: Rule = {
  code: 'coordinator-role',
  point: 'c',
  severity: ALWAYS_ERROR,
  summary: 'The coordinator (and any ny_koordinator) is a participant with the role tjenesteyter',
  check(plan: PlanData) {
    const people = participants(plan);
    const hits: Hit[] = [];
    const coordinator = text(plan.koordinator);
    const p = coordinator ? people.get(coordinator) : undefined;
    if (p && p.rolle !== 'tjenesteyter') hits.push({ path: ['koordinator'] });
    for (const [o, i] of items(plan.overganger)) {
      const next = text(o.ny_koordinator);
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
  check(plan: PlanData) {
    const coordinator = text(plan.koordinator);
    const p = coordinator ? participants(plan).get(coordinator) : undefined;
    if (!p || p.rolle !== 'tjenesteyter') return [];
    return text(p.kontakt?.telefon) || text(p.kontakt?.epost) ? [] : [{ path: ['deltakere', p.index] }];
  },
};

export const approvalByPerson: Rule = {
  code: 'approval-by-person',
  severity: ALWAYS_WARNING,
  summary: 'godkjent.av is the person or someone who represents them (foresatt, verge, framtidsfullmektig)',
  check(plan: PlanData) {
    const people = participants(plan);
    const godkjent = obj(plan.godkjent);
    return refs(godkjent?.av)
      .filter(([id]) => {
        const role = people.get(id)?.rolle;
        return role !== undefined && !REPRESENTATIVE_ROLES.has(role);
      })
      .map(() => ({ path: ['godkjent', 'av'] }));
  },
};
