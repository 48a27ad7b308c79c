import { ageOn } from '../plan/dates.js';
import { parseIdNumber, idNumberMatchesBirthDate } from '../plan/fodselsnummer.js';
import type { ConsentBy, ConsentForm, PlanLang } from './answers.js';
import { participantId } from './ids.js';
import type { Contact, Interpreter, ParticipantInput, ParticipantRole, Representative } from './parse.js';
import { InputProblem } from '../input/problem.js';

/**
 * Complete answers into the plan's front matter, as plain data in the
 * format's own keys. Pure: the template module turns it into text.
 */

export interface Resolved {
  planLang: PlanLang;
  person: string;
  birthDate?: string;
  fodselsnummer?: string;
  interpreter?: Interpreter;
  personContribution: string;
  consentDate: string;
  consentBy: ConsentBy;
  consentByName: string[];
  consentByContribution: string[];
  consentForm: ConsentForm;
  participants: ParticipantInput[];
  coordinator?: string;
  goals: string[];
  resources: string[];
  needs: string[];
  from: string;
  to: string;
  evaluation: string;
}

export interface Deltaker {
  id: string;
  navn: string;
  rolle: 'tjenestemottaker' | ParticipantRole;
  virksomhet?: string;
  kontakt?: Contact;
  bidrag?: string;
}

export interface PlanDraft {
  id: string;
  språk: PlanLang;
  person: { navn: string; fødselsdato?: string; fødselsnummer?: string; tolk?: Interpreter };
  deltakere: Deltaker[];
  koordinator?: string;
  mål: Array<{ id: string; tekst: string }>;
  ressurser: string[];
  behov: string[];
  planperiode: { fra: string; til: string };
  evalueringer: Array<{ id: string; dato: string; type: 'evaluering' }>;
  samtykke: { utarbeidelse: { dato: string; gitt_av: string | string[]; form: ConsentForm; grunnlag: string } };
}

const GROUND: Record<ConsentBy, string> = { self: 'egen', foresatt: 'foreldreansvar', verge: 'verge', framtidsfullmektig: 'framtidsfullmakt' };

const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** The person's birth date from what was said: the date itself, else the one a fødselsnummer tells. */
export function knownBirthDate(a: { birthDate?: string | null | undefined; fodselsnummer?: string | null | undefined }): string | undefined {
  if (a.birthDate) return a.birthDate;
  if (!a.fodselsnummer) return undefined;
  const parsed = parseIdNumber(a.fodselsnummer);
  return parsed.valid ? parsed.birthDate : undefined;
}

/**
 * A foresatt consents for a child. For a person who is 18 or more on the
 * consent date that is an error; at 16–17 a warning (health matters: the age
 * of consent is 16). `undefined` when the age is unknown or it is fine.
 */
export function guardianAgeIssue(consentBy: ConsentBy | undefined, birth: string | undefined, consentDate: string | undefined): 'adult' | 'youth' | undefined {
  if (consentBy !== 'foresatt' || !birth || !consentDate) return undefined;
  const age = ageOn(birth, consentDate);
  return age >= 18 ? 'adult' : age >= 16 ? 'youth' : undefined;
}

/** Checks across answers that no single answer shows; each names the flag to fix. */
export function crossCheck(r: Resolved): void {
  if (r.fodselsnummer && r.birthDate) {
    const parsed = parseIdNumber(r.fodselsnummer);
    if (parsed.valid && !idNumberMatchesBirthDate(parsed, r.birthDate)) throw new InputProblem('fnr-birth-date', { field: '--fodselsnummer' });
  }
  if (r.to <= r.from) throw new InputProblem('period-order', { field: '--to' });
  if (r.evaluation < r.from || r.evaluation > r.to) throw new InputProblem('evaluation-outside', { field: '--evaluation' });
  if (r.consentDate > r.from) throw new InputProblem('consent-after-start', { field: '--consent-date' });
  if (guardianAgeIssue(r.consentBy, knownBirthDate(r), r.consentDate) === 'adult') throw new InputProblem('consent-guardian-adult', { field: '--consent-by' });
}

/**
 * The participant --coordinator names: by id, by the whole name, or by a
 * first name when only one participant has it; `ambiguous` when a first name
 * fits several (the person must then say which).
 */
function coordinatorMatch(deltakere: readonly Deltaker[], given: string): Deltaker | 'ambiguous' | undefined {
  const wanted = norm(given);
  const exact = deltakere.find((d) => d.id === given) ?? deltakere.find((d) => norm(d.navn) === wanted);
  if (exact) return exact;
  const byFirstName = deltakere.filter((d) => norm(d.navn).startsWith(`${wanted} `));
  if (byFirstName.length > 1) return 'ambiguous';
  return byFirstName[0];
}

export function buildPlan(r: Resolved, planId: string): PlanDraft {
  const taken = new Set<string>();
  const personId = participantId(r.person, taken);
  const deltakere: Deltaker[] = [{ id: personId, navn: r.person, rolle: 'tjenestemottaker', bidrag: r.personContribution }];

  // Representatives who consented join the planning; a --participant of the same name adds details.
  const others = [...r.participants];
  const consentIds: string[] = [];
  if (r.consentBy !== 'self') {
    const role: Representative = r.consentBy;
    r.consentByName.forEach((name, i) => {
      const sameIndex = others.findIndex((p) => norm(p.navn) === norm(name));
      const same = sameIndex >= 0 ? others.splice(sameIndex, 1)[0] : undefined;
      if (same && same.rolle !== role) throw new InputProblem('consent-by-role-mismatch', { field: '--participant', role });
      const id = participantId(name, taken);
      consentIds.push(id);
      const bidrag = same?.bidrag ?? r.consentByContribution[i];
      deltakere.push({
        id,
        navn: name,
        rolle: role,
        ...(same?.virksomhet ? { virksomhet: same.virksomhet } : {}),
        ...(same?.kontakt ? { kontakt: same.kontakt } : {}),
        ...(bidrag ? { bidrag } : {}),
      });
    });
  }
  for (const p of others) {
    if (norm(p.navn) === norm(r.person)) throw new InputProblem('participant-is-person', { field: '--participant' });
    // One person given twice would become two participants with one name, and a reference that can go to either.
    if (deltakere.some((d) => norm(d.navn) === norm(p.navn))) throw new InputProblem('participant-twice', { field: '--participant' });
    deltakere.push({ id: participantId(p.navn, taken), ...p });
  }

  let koordinator: string | undefined;
  if (r.coordinator) {
    const match = coordinatorMatch(deltakere, r.coordinator);
    if (match === 'ambiguous') throw new InputProblem('coordinator-ambiguous', { field: '--coordinator' });
    if (!match) throw new InputProblem('coordinator-unknown', { field: '--coordinator' });
    if (match.rolle !== 'tjenesteyter') throw new InputProblem('coordinator-not-provider', { field: '--coordinator' });
    koordinator = match.id;
  }

  const person: PlanDraft['person'] = { navn: r.person };
  if (r.birthDate) person.fødselsdato = r.birthDate;
  if (r.fodselsnummer) person.fødselsnummer = r.fodselsnummer;
  if (r.interpreter) person.tolk = r.interpreter;

  const givenBy = r.consentBy === 'self' ? personId : consentIds.length === 1 ? consentIds[0]! : consentIds;
  return {
    id: planId,
    språk: r.planLang,
    person,
    deltakere,
    ...(koordinator ? { koordinator } : {}),
    mål: r.goals.map((tekst, i) => ({ id: `M${i + 1}`, tekst })),
    ressurser: r.resources,
    behov: r.needs,
    planperiode: { fra: r.from, til: r.to },
    evalueringer: [{ id: 'E1', dato: r.evaluation, type: 'evaluering' }],
    samtykke: { utarbeidelse: { dato: r.consentDate, gitt_av: givenBy, form: r.consentForm, grunnlag: GROUND[r.consentBy] } },
  };
}
