import { latestAssessments, participants, refIds, type Participant } from '../plan/access.js';
import { birthDate } from '../plan/birth.js';
import { asDate } from '../plan/dates.js';
import { parseIdNumber } from '../plan/fodselsnummer.js';
import { REGULATION } from '../plan/legal.js';
import type { Rolle, Vurderingsstatus } from '../plan/generated/plan-types.js';
import { nonEmpty, type DelmålView, type MålView, type PlanView, type SamtykkeView } from '../plan/view.js';
import { ENUM_LABELS, type EnumLabels } from '../plan/vocabulary.js';
import { pageLang } from '../render/i18n.js';
import { fhirId, shortHash } from './ids.js';

/**
 * One plan as FHIR R4 resources: Patient, CarePlan, CareTeam, a Goal per goal
 * and sub-goal, a Consent per consent, and the participants as Practitioner
 * (with their Organization) or RelatedPerson. References are relative
 * (`Goal/<id>`); a bundle rewrites them to its own addresses (bundle.ts).
 * Every value comes from the plan and nothing from the clock, so the same
 * plan gives the same resources. docs/reference/export.md has the mapping, field by field.
 */

export type Resource = { resourceType: string; id: string } & Record<string, unknown>;

export interface ExportOptions {
  /** The fødselsnummer leaves only when asked for. */
  includeIdentifiers: boolean;
  /** The plan's path: names a plan without an id. */
  path: string;
}

/** The Norwegian identifier systems (Direktoratet for e-helse's OIDs). */
const ID_SYSTEMS = {
  fødselsnummer: 'urn:oid:2.16.578.1.12.4.1.4.1',
  'd-nummer': 'urn:oid:2.16.578.1.12.4.1.4.2',
  'h-nummer': 'urn:oid:2.16.578.1.12.4.1.4.3',
} as const;

const CONSENT_SCOPE = 'http://terminology.hl7.org/CodeSystem/consentscope';
const GOAL_ACHIEVEMENT = 'http://terminology.hl7.org/CodeSystem/goal-achievement';
const PARTICIPATION = 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType';
/** The core extension that ties a goal to the milestones (sub-goals) on the way to it. */
const GOAL_RELATIONSHIP = 'http://hl7.org/fhir/StructureDefinition/goal-relationship';

/** Who can be someone's RelatedPerson (the rest who take part work in a service). */
const RELATED: ReadonlySet<Rolle> = new Set(['pårørende', 'foresatt', 'verge', 'framtidsfullmektig']);

const ACHIEVEMENT: Record<Vurderingsstatus, string | undefined> = { nådd: 'achieved', delvis: 'improving', ikke_nådd: 'not-achieved', endret: undefined };

const ref = (type: string, id: string) => ({ reference: `${type}/${id}` });

/** The base every resource id of a plan starts with: its id, else its path. */
export function planBase(plan: PlanView, path: string): string {
  const id = nonEmpty(plan.id);
  return id !== undefined ? fhirId(id) : fhirId('plan', shortHash(path));
}

function patient(plan: PlanView, base: string, options: ExportOptions): Resource {
  const resource: Resource = { resourceType: 'Patient', id: `${base}-patient` };
  const fnr = nonEmpty(plan.person?.fødselsnummer);
  if (options.includeIdentifiers && fnr !== undefined) {
    const parsed = parseIdNumber(fnr);
    if (parsed.valid) {
      // A synthetic test number is never given a real identity number's system.
      const kind = parsed.kinds.find((k): k is keyof typeof ID_SYSTEMS => k in ID_SYSTEMS);
      resource.identifier = [kind !== undefined && !parsed.kinds.includes('syntetisk') ? { system: ID_SYSTEMS[kind], value: fnr } : { type: { text: 'syntetisk testnummer' }, value: fnr }];
    }
  }
  const navn = nonEmpty(plan.person?.navn);
  if (navn !== undefined) resource.name = [{ text: navn }];
  const born = birthDate(plan);
  if (born !== undefined) resource.birthDate = born;
  return resource;
}

interface People {
  /** The plan's participants by id. */
  byId: Map<string, Participant>;
  /** The reference for a participant id, where the plan has that participant. */
  of: (id: string | undefined) => { reference: string } | undefined;
  resources: Resource[];
  organizations: Map<string, string>;
}

function telecom(p: Participant): Array<{ system: string; value: string }> | undefined {
  const out: Array<{ system: string; value: string }> = [];
  const phone = nonEmpty(p.kontakt?.telefon);
  const email = nonEmpty(p.kontakt?.epost);
  if (phone !== undefined) out.push({ system: 'phone', value: phone });
  if (email !== undefined) out.push({ system: 'email', value: email });
  return out.length > 0 ? out : undefined;
}

/** The participants as resources: the person is the Patient; family and representatives RelatedPerson; the rest Practitioner. */
function people(plan: PlanView, base: string, patientId: string): People {
  const byId = participants(plan);
  const resources: Resource[] = [];
  const organizations = new Map<string, string>();
  const refs = new Map<string, { reference: string }>();
  for (const p of byId.values()) {
    if (p.rolle === 'tjenestemottaker') {
      refs.set(p.id, ref('Patient', patientId));
      continue;
    }
    const type = p.rolle !== undefined && RELATED.has(p.rolle) ? 'RelatedPerson' : 'Practitioner';
    const resource: Resource = { resourceType: type, id: fhirId(base, 'p', p.id) };
    if (type === 'RelatedPerson') resource.patient = ref('Patient', patientId);
    if (p.navn !== undefined) resource.name = [{ text: p.navn }];
    const contact = telecom(p);
    if (contact) resource.telecom = contact;
    resources.push(resource);
    refs.set(p.id, ref(type, resource.id));
    const org = nonEmpty(p.item.virksomhet);
    if (org !== undefined && !organizations.has(org)) organizations.set(org, fhirId(base, 'org', shortHash(org)));
  }
  for (const [name, id] of organizations) resources.push({ resourceType: 'Organization', id, name });
  return { byId, of: (id) => (id === undefined ? undefined : refs.get(id)), resources, organizations };
}

function careTeam(plan: PlanView, base: string, patientId: string, who: People, labels: EnumLabels): Resource {
  const coordinator = nonEmpty(plan.koordinator);
  const all = [...who.byId.values()];
  const members = all.flatMap((p) => {
    const member = who.of(p.id);
    if (!member) return [];
    const role: Array<{ text: string }> = p.rolle !== undefined ? [{ text: labels.roles[p.rolle] }] : [];
    if (p.id === coordinator) role.push({ text: plan.barnekoordinator === true ? 'barnekoordinator' : 'koordinator' });
    const entry: Record<string, unknown> = { member };
    if (role.length > 0) entry.role = role;
    const org = nonEmpty(p.item.virksomhet);
    if (org !== undefined) entry.onBehalfOf = ref('Organization', who.organizations.get(org)!);
    return [entry];
  });
  const team: Resource = { resourceType: 'CareTeam', id: `${base}-team`, status: plan.status === 'avsluttet' ? 'inactive' : 'active', subject: ref('Patient', patientId) };
  if (members.length > 0) team.participant = members;
  // What each participant contributes (point d) has no field of its own on a CareTeam: a note each.
  const contributions = all.flatMap((p) => {
    const what = nonEmpty(p.item.bidrag);
    return what === undefined ? [] : [{ text: `${p.navn ?? p.id}: ${what}` }];
  });
  if (contributions.length > 0) team.note = contributions;
  const kommune = nonEmpty(plan.eier?.kommune);
  if (kommune !== undefined) team.name = `${kommune}: ${nonEmpty(plan.eier?.enhet) ?? 'individuell plan'}`;
  return team;
}

/** A goal's or sub-goal's id, or undefined where it has none (the check reports it). */
const goalId = (base: string, item: MålView | DelmålView | undefined) => {
  const id = nonEmpty(item?.id);
  return id === undefined ? undefined : fhirId(base, 'goal', id);
};

function goals(plan: PlanView, base: string, patientId: string): Resource[] {
  const assessed = latestAssessments(plan);
  const closed = plan.status === 'avsluttet';
  const one = (item: MålView | DelmålView, id: string, milestones: string[]): Resource => {
    const status = assessed.get(nonEmpty(item.id) ?? '')?.status;
    const lifecycle = closed || status === 'nådd' ? 'completed' : plan.status === 'utkast' ? 'proposed' : 'active';
    const goal: Resource = {
      resourceType: 'Goal',
      id,
      lifecycleStatus: lifecycle,
      description: { text: nonEmpty(item.tekst) ?? nonEmpty(item.id) ?? id },
      subject: ref('Patient', patientId),
      // Goals are written in the person's own words.
      expressedBy: ref('Patient', patientId),
    };
    const achievement = status !== undefined ? ACHIEVEMENT[status] : undefined;
    if (achievement !== undefined) goal.achievementStatus = { coding: [{ system: GOAL_ACHIEVEMENT, code: achievement }] };
    const area = 'livsområde' in item ? nonEmpty(item.livsområde) : undefined;
    if (area !== undefined) goal.category = [{ text: area }];
    const due = asDate(item.frist);
    if (due !== undefined) goal.target = [{ dueDate: due }];
    if (milestones.length > 0) {
      goal.extension = milestones.map((target) => ({
        url: GOAL_RELATIONSHIP,
        extension: [
          { url: 'type', valueCode: 'milestone' },
          { url: 'target', valueReference: ref('Goal', target) },
        ],
      }));
    }
    return goal;
  };
  const out: Resource[] = [];
  for (const goal of plan.mål ?? []) {
    const id = goalId(base, goal);
    if (goal === undefined || id === undefined) continue;
    const subs = (goal.delmål ?? []).flatMap((sub) => {
      const subId = goalId(base, sub);
      return sub !== undefined && subId !== undefined ? [{ sub, subId }] : [];
    });
    out.push(one(goal, id, subs.map((s) => s.subId)));
    for (const { sub, subId } of subs) out.push(one(sub, subId, []));
  }
  return out;
}

/** Goal ids by the plan's goal and sub-goal ids. */
function goalRefs(plan: PlanView, base: string): Map<string, { reference: string }> {
  const map = new Map<string, { reference: string }>();
  for (const goal of plan.mål ?? []) {
    for (const item of [goal, ...(goal?.delmål ?? [])]) {
      const id = nonEmpty(item?.id);
      const resource = goalId(base, item);
      if (id !== undefined && resource !== undefined) map.set(id, ref('Goal', resource));
    }
  }
  return map;
}

function carePlan(plan: PlanView, base: string, patientId: string, who: People, labels: EnumLabels): Resource {
  const status = plan.status === 'utkast' ? 'draft' : plan.status === 'aktiv' ? 'active' : plan.avsluttet?.årsak === 'samtykke_trukket' ? 'revoked' : 'completed';
  const activityStatus = plan.status === 'utkast' ? 'not-started' : plan.status === 'aktiv' ? 'in-progress' : status === 'revoked' ? 'cancelled' : 'completed';
  const goalsById = goalRefs(plan, base);
  const resource: Resource = {
    resourceType: 'CarePlan',
    id: base,
    status,
    intent: 'plan',
    title: 'Individuell plan',
    subject: ref('Patient', patientId),
    careTeam: [ref('CareTeam', `${base}-team`)],
  };
  const identifiers: Array<Record<string, unknown>> = [];
  const planId = nonEmpty(plan.id);
  if (planId !== undefined) identifiers.push({ value: planId });
  const archive = nonEmpty(plan.arkiv?.referanse);
  if (archive !== undefined) identifiers.push({ type: { text: nonEmpty(plan.arkiv?.system) ?? 'arkiv' }, value: archive });
  if (identifiers.length > 0) resource.identifier = identifiers;
  const from = asDate(plan.planperiode?.fra);
  const to = asDate(plan.planperiode?.til);
  if (from !== undefined || to !== undefined) resource.period = { ...(from ? { start: from } : {}), ...(to ? { end: to } : {}) };
  const approved = asDate(plan.godkjent?.dato);
  if (approved !== undefined) resource.created = approved;
  const author = who.of(nonEmpty(plan.koordinator));
  if (author) resource.author = author;
  if (goalsById.size > 0) resource.goal = [...goalsById.values()];

  const activities = (plan.tiltak ?? []).flatMap((measure) => {
    if (measure === undefined) return [];
    const detail: Record<string, unknown> = { status: activityStatus, description: nonEmpty(measure.tekst) ?? nonEmpty(measure.id) ?? '' };
    const performer = who.of(nonEmpty(measure.ansvarlig));
    if (performer) detail.performer = [performer];
    const served = refIds(measure.mål).flatMap((id) => goalsById.get(id) ?? []);
    if (served.length > 0) detail.goal = served;
    const start = asDate(measure.fra);
    const end = asDate(measure.til);
    if (start !== undefined || end !== undefined) detail.scheduledPeriod = { ...(start ? { start } : {}), ...(end ? { end } : {}) };
    // How often, how it is done, the decision that grants it and a sub-plan have no field of their own in R4: notes.
    const notes: string[] = [];
    const scope = nonEmpty(measure.omfang);
    if (scope !== undefined) notes.push(`Omfang: ${scope}`);
    const how = nonEmpty(measure.gjennomføring);
    if (how !== undefined) notes.push(`Gjennomføring: ${how}`);
    const decision = measure.vedtak;
    if (decision !== undefined) {
      const parts = [nonEmpty(decision.referanse), asDate(decision.dato) && `vedtatt ${asDate(decision.dato)}`, asDate(decision.til) && `til ${asDate(decision.til)}`].filter(Boolean);
      notes.push(`Vedtak${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`);
    }
    const sub = measure.delplan;
    if (sub !== undefined && sub.type !== undefined) {
      const reference = nonEmpty(sub.referanse);
      notes.push(`Delplan: ${labels.subPlanKinds[sub.type]}${reference ? ` (${reference})` : ''}`);
    }
    const activity: Record<string, unknown> = { detail };
    if (notes.length > 0) activity.progress = notes.map((text) => ({ text }));
    return [activity];
  });
  if (activities.length > 0) resource.activity = activities;

  // Evaluation points and transitions have no place of their own on an R4 CarePlan: dated notes.
  const notes: Array<{ time?: string; text: string }> = [];
  for (const point of plan.evalueringer ?? []) {
    const date = asDate(point?.utført) ?? asDate(point?.dato);
    if (point === undefined || date === undefined) continue;
    const kind = point.type !== undefined ? labels.evaluationKinds[point.type] : 'Evaluering';
    notes.push({ time: date, text: `${kind}${nonEmpty(point.id) ? ` ${nonEmpty(point.id)}` : ''}: ${asDate(point.utført) ? 'holdt' : 'planlagt'}` });
  }
  for (const move of plan.overganger ?? []) {
    const date = asDate(move?.dato);
    if (move === undefined || date === undefined) continue;
    // Words, not arrows or dashes: text of Latin-1 letters only stays one byte a character in V8, and a caseload's export is many megabytes.
    notes.push({ time: date, text: `Overgang fra ${nonEmpty(move.fra_tjeneste) ?? '?'} til ${nonEmpty(move.til_tjeneste) ?? '?'}` });
  }
  // Resources and needs (point a) and cooperation with others (point i) have no fields of their own either.
  for (const text of plan.ressurser ?? []) if (nonEmpty(text) !== undefined) notes.push({ text: `Ressurs: ${text}` });
  for (const text of plan.behov ?? []) if (nonEmpty(text) !== undefined) notes.push({ text: `Behov: ${text}` });
  for (const with_ of plan.samarbeid ?? []) {
    const part = nonEmpty(with_?.part);
    if (with_ === undefined || part === undefined) continue;
    const purpose = nonEmpty(with_.formål);
    const kind = with_.type !== undefined ? labels.cooperationKinds[with_.type].toLocaleLowerCase('nb') : undefined;
    notes.push({ text: `Samarbeid med ${part}${purpose ? `: ${purpose}` : ''}${kind ? ` (${kind})` : ''}` });
  }
  if (notes.length > 0) resource.note = notes;
  return resource;
}

function consent(plan: PlanView, base: string, patientId: string, who: People, labels: EnumLabels, kind: 'utarbeidelse' | 'taushetsplikt', given: SamtykkeView): Resource {
  const scope = kind === 'utarbeidelse' ? 'treatment' : 'patient-privacy';
  const resource: Resource = {
    resourceType: 'Consent',
    id: `${base}-consent-${kind}`,
    status: asDate(given.trukket) !== undefined ? 'inactive' : plan.status === 'utkast' ? 'proposed' : 'active',
    scope: { coding: [{ system: CONSENT_SCOPE, code: scope }] },
    category: [
      { coding: [{ system: 'http://loinc.org', code: '59284-0' }], text: kind === 'utarbeidelse' ? 'Samtykke til å utarbeide individuell plan' : 'Samtykke til å dele taushetsbelagte opplysninger' },
      ...(given.form !== undefined ? [{ text: `Form: ${labels.consentForms[given.form]}` }] : []),
      ...(given.grunnlag !== undefined ? [{ text: `Grunnlag: ${labels.consentBases[given.grunnlag]}` }] : []),
    ],
    patient: ref('Patient', patientId),
    policyRule: { text: REGULATION.nb },
  };
  const date = asDate(given.dato);
  if (date !== undefined) resource.dateTime = date;
  const performers = refIds(given.gitt_av).flatMap((id) => who.of(id) ?? []);
  if (performers.length > 0) resource.performer = performers;
  const provision: Record<string, unknown> = {};
  const withdrawn = asDate(given.trukket);
  if (date !== undefined || withdrawn !== undefined) provision.period = { ...(date ? { start: date } : {}), ...(withdrawn ? { end: withdrawn } : {}) };
  if (kind === 'taushetsplikt' && 'deltakere' in given) {
    const actors = refIds(given.deltakere).flatMap((id) => who.of(id) ?? []);
    if (actors.length > 0) provision.actor = actors.map((reference) => ({ role: { coding: [{ system: PARTICIPATION, code: 'IRCP' }] }, reference }));
  }
  if (Object.keys(provision).length > 0) resource.provision = provision;
  return resource;
}

/** The plan as FHIR resources, in a fixed order: Patient, CarePlan, CareTeam, Goals, Consents, then the people and organisations. */
export function planResources(plan: PlanView, options: ExportOptions): Resource[] {
  const base = planBase(plan, options.path);
  const labels = ENUM_LABELS[pageLang(plan.språk)];
  const person = patient(plan, base, options);
  const who = people(plan, base, person.id);
  const out: Resource[] = [person, carePlan(plan, base, person.id, who, labels), careTeam(plan, base, person.id, who, labels), ...goals(plan, base, person.id)];
  const consents = plan.samtykke;
  if (consents?.utarbeidelse !== undefined) out.push(consent(plan, base, person.id, who, labels, 'utarbeidelse', consents.utarbeidelse));
  if (consents?.taushetsplikt !== undefined) out.push(consent(plan, base, person.id, who, labels, 'taushetsplikt', consents.taushetsplikt));
  out.push(...who.resources);
  return out;
}
