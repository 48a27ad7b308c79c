import type { Code } from './diagnostics/code.js';

/**
 * The regulation the format encodes, named once. Its paragraph numbers could
 * not be verified, so messages cite it by name and point letter only.
 */
export const REGULATION = {
  nb: 'forskrift om individuell plan ved ytelse av velferdstjenester',
  en: 'the regulation on individual plans in welfare services (forskrift om individuell plan ved ytelse av velferdstjenester)',
} as const;

export type LegalPoint = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i';

export const LEGAL_POINTS: readonly LegalPoint[] = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];

/** What each point requires, in the words of the regulation (short form). */
export const POINT_SUMMARY: Record<LegalPoint, { nb: string; en: string }> = {
  a: { nb: 'mål, ressurser og behov', en: 'goals, resources and needs' },
  b: { nb: 'hvem som deltar i planarbeidet', en: 'who takes part in the planning' },
  c: { nb: 'hvem som er koordinator', en: 'who is the coordinator' },
  d: { nb: 'hva deltakerne skal bidra med', en: 'what each participant contributes' },
  e: { nb: 'tiltak, omfang og ansvar', en: 'measures, their scope and who is responsible' },
  f: { nb: 'hvordan tiltakene gjennomføres', en: 'how the measures are carried out' },
  g: { nb: 'planperiode og tidspunkter for evaluering og revisjon', en: 'plan period and times for evaluation and revision' },
  h: { nb: 'samtykke', en: 'consent' },
  i: { nb: 'samarbeid med andre tjenesteytere og etater', en: 'cooperation with other providers and agencies' },
};

/**
 * Where a rule comes from. `forskrift`: the regulation's content list, points
 * a–i, says the plan shall contain it. `veileder`: the national guidance on
 * rehabilitation, habilitation, individual plan and coordinator recommends
 * it, or another law the guidance describes requires it (the patient and
 * user rights act on consent, the health and care services act on the
 * coordinator). `praksis`: this tool's own good practice: the file format,
 * ids, references and the order of dates.
 */
export type Basis = 'forskrift' | 'veileder' | 'praksis';

/**
 * Every code's basis, with why. `field` means the basis depends on the field
 * the finding is about: see findingBasis. This table is the one place the
 * reasoning is recorded; the rule tables in docs/ and the messages read it.
 */
const READING = 'Reading the file: the format is the tool’s own, no law says how a plan is stored.';
export const BASIS: Readonly<Record<Code, { basis: Basis | 'field'; why: string }>> = {
  // Reading the file.
  bom: { basis: 'praksis', why: READING },
  encoding: { basis: 'praksis', why: READING },
  'encoding-utf16': { basis: 'praksis', why: READING },
  'nul-byte': { basis: 'praksis', why: READING },
  'too-large': { basis: 'praksis', why: READING },
  'read-error': { basis: 'praksis', why: READING },
  'executable-front-matter': { basis: 'praksis', why: READING },
  'unclosed-front-matter': { basis: 'praksis', why: READING },
  'empty-front-matter': { basis: 'praksis', why: READING },
  'front-matter-not-first': { basis: 'praksis', why: READING },
  'no-front-matter': { basis: 'praksis', why: READING },
  'not-a-plan': { basis: 'praksis', why: READING },
  'missing-ip-key': { basis: 'praksis', why: READING },
  'broken-ip-key': { basis: 'praksis', why: READING },
  'not-a-mapping': { basis: 'praksis', why: READING },
  'yaml-syntax': { basis: 'praksis', why: READING },
  'yaml-warning': { basis: 'praksis', why: READING },
  'yaml-too-complex': { basis: 'praksis', why: READING },
  'too-deep': { basis: 'praksis', why: READING },
  'alias-limit': { basis: 'praksis', why: READING },
  'duplicate-key': { basis: 'praksis', why: READING },
  'pasted-character': { basis: 'praksis', why: READING },
  'unsupported-version': { basis: 'praksis', why: READING },
  'body-too-complex': { basis: 'praksis', why: 'A limit of the tool: a body past it could stall or exhaust the renderer; no law sets one.' },
  // The schema.
  required: { basis: 'field', why: 'A field of a point a–i (samtykke.utarbeidelse, the text of a measure, the plan period’s dates) is the regulation’s; ip, status, person.navn, ids, avsluttet are the format’s.' },
  'point-missing': {
    basis: 'field',
    why: 'The minimum of each point a–i is the regulation’s, except what the tool adds: an id, a goal for every measure (the list asks for measures, not that each names a goal) and a contribution from every single participant (point d asks what the participants contribute, not a line from each: at least one contribution is the regulation’s minimum).',
  },
  'too-few': { basis: 'field', why: 'As point-missing: a list a point a–i needs (goals, measures, evaluation times) is the regulation’s, tiltak[].mål is practice.' },
  'wrong-type': { basis: 'praksis', why: 'Types and forms of values are the format’s: the regulation says what a plan contains, not how it is written.' },
  'invalid-value': { basis: 'praksis', why: 'The lists of allowed values are the format’s.' },
  'invalid-format': { basis: 'praksis', why: 'Date, id, language tag and e-mail forms are the format’s.' },
  'empty-text': { basis: 'praksis', why: 'An empty text says nothing; the rule is the format’s.' },
  'unknown-key': { basis: 'praksis', why: 'Keys are the format’s.' },
  // Rules.
  'unknown-reference': { basis: 'praksis', why: 'Ids and references are how the format ties a plan together; no law names them.' },
  'duplicate-id': { basis: 'praksis', why: 'Ids are the format’s.' },
  'person-role': {
    basis: 'veileder',
    why: 'The person’s right to take part (brukermedvirkning) is in the welfare laws and the guidance; point b only asks who takes part, not that the person is listed once as tjenestemottaker.',
  },
  'person-name-mismatch': { basis: 'praksis', why: 'Consistency of the tool’s own fields.' },
  'duplicate-participant-name': { basis: 'praksis', why: 'Two participants with one name are usually one person entered twice; the tool’s check of its own list.' },
  'active-not-approved': {
    basis: 'veileder',
    why: 'The guidance has the person take part in and accept the plan; the regulation’s list does not mention approval. The template and the page say an active plan is one the person has accepted.',
  },
  'coordinator-role': {
    basis: 'veileder',
    why: 'Point c asks who is responsible for coordination and progress; that this is someone from the services comes from the coordinator provisions of the sector laws, as the guidance describes.',
  },
  'coordinator-contact': { basis: 'praksis', why: 'So the person can reach the coordinator; no rule asks for contact details.' },
  'approval-by-person': { basis: 'veileder', why: 'The guidance has the person (or whoever represents them) take part in and accept the plan; the regulation’s list does not mention approval.' },
  'consent-giver': {
    basis: 'veileder',
    why: 'Who may consent for someone else comes from the patient and user rights act ch. 4, the children act and the guardianship rules, as the guidance describes; point h only asks that the plan contain the consent.',
  },
  'consent-guardian-adult': { basis: 'veileder', why: 'Age of majority (18): the guardianship act and the patient and user rights act ch. 4, not the regulation.' },
  'consent-guardian-16': { basis: 'veileder', why: 'The age of consent in health matters (16) is the patient and user rights act ch. 4, not the regulation.' },
  'consent-withdrawn': { basis: 'forskrift', why: 'Point h: the plan contains the consent to prepare it; a withdrawn consent leaves an active plan without one.' },
  'consent-after-start': { basis: 'veileder', why: 'No plan is prepared without consent (the welfare laws, as the guidance says); the date comparison is how the tool sees it.' },
  'consent-share-responsible': {
    basis: 'praksis',
    why: 'Point h asks only that any consent to share be recorded; that a participant responsible for a measure is among those who may be given information is what the work needs, not a rule.',
  },
  'period-order': { basis: 'praksis', why: 'Point g asks for the period; that it ends after it starts is the tool’s check of its dates.' },
  'measure-date-order': { basis: 'praksis', why: 'The order of a measure’s own dates: the tool’s check.' },
  'measure-outside-period': { basis: 'praksis', why: 'Measures inside the period: the tool’s check of its dates.' },
  'evaluation-outside-period': { basis: 'praksis', why: 'Evaluations inside the period: the tool’s check of its dates.' },
  'no-upcoming-evaluation': { basis: 'veileder', why: 'Point g asks for times of evaluation; that an active plan always has one ahead is the guidance’s advice to follow the plan up.' },
  'date-in-future': { basis: 'praksis', why: 'Something done cannot be dated after today: the tool’s check.' },
  'fodselsnummer-invalid': { basis: 'praksis', why: 'The number’s form; the regulation does not ask for it.' },
  'fodselsnummer-birth-date': { basis: 'praksis', why: 'Consistency of the tool’s own fields.' },
  'goal-without-measure': { basis: 'veileder', why: 'Goals steer measures, as the guidance says; the regulation lists goals and measures without tying them.' },
  'child-coordinator-adult': {
    basis: 'veileder',
    why: 'The child coordinator (barnekoordinator) of the health and care services act is for families with a child under 18, as the guidance describes; the regulation does not mention it.',
  },
  'assessment-not-held': { basis: 'praksis', why: 'An assessment records what a held evaluation found; on one not yet held it records nothing. The tool’s check of its own fields.' },
  'assessment-missing': {
    basis: 'praksis',
    why: 'Point g asks for times of evaluation, not what an evaluation records; that a held evaluation says where each goal it named stands is this tool’s practice, so the plan shows its course.',
  },
  'decision-date-order': { basis: 'praksis', why: 'The order of a decision’s own dates: the tool’s check.' },
  'decision-ends-early': { basis: 'praksis', why: 'A service granted by a decision lapses when the decision ends; comparing the dates is the tool’s check, no rule asks for it.' },
  'reached-goal-running-measure': { basis: 'praksis', why: 'A note for the coordinator, not a fault: a measure may be needed to keep what was reached.' },
  // Across the plans in a run.
  'duplicate-person': { basis: 'veileder', why: 'One person, one plan: the laws give a right to an individual plan, and the guidance says it is the one plan that gathers the others.' },
  'possible-duplicate-person': { basis: 'veileder', why: 'As duplicate-person.' },
  'duplicate-plan-id': { basis: 'praksis', why: 'Ids are the format’s.' },
};

/**
 * Fields the tool asks for on top of what the regulation's points say: found
 * by a field-dependent code (`required`, `point-missing`, `too-few`), they are
 * practice however the field's point reads. `deltakere[n].bidrag` is a
 * contribution from every single participant (at least one contribution is
 * the regulation's; see the schema's aktivMinimum).
 */
function practiceField(path: readonly (string | number)[]): boolean {
  const last = path[path.length - 1];
  if (last === 'id' || last === 'form' || last === 'grunnlag') return true;
  if (path.length >= 3 && path[0] === 'tiltak' && typeof path[1] === 'number' && path[2] === 'mål') return true;
  return path.length === 3 && path[0] === 'deltakere' && typeof path[1] === 'number' && path[2] === 'bidrag';
}

/** The basis of one finding, from its code and where it is: the one function that decides it. */
export function findingBasis(finding: { code: Code; path: readonly (string | number)[]; point?: LegalPoint | undefined }): Basis | undefined {
  const entry = BASIS[finding.code];
  if (!entry) return undefined;
  if (entry.basis !== 'field') return entry.basis;
  if (practiceField(finding.path)) return 'praksis';
  return finding.point ? 'forskrift' : 'praksis';
}
