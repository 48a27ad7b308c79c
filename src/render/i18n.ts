import { ENUM_LABELS, type EnumLabels, type Labels, type PlanLang } from '../plan/vocabulary.js';

/**
 * The words on the rendered page, in the three languages a plan's headings
 * can take. A plan written in another language (se, ar, so …) gets bokmål
 * headings; its own text is marked with its own `lang` (see page.ts). The
 * words for enum values are the vocabulary's (src/plan/vocabulary.ts).
 */

export type PageLang = PlanLang;

export function pageLang(språk: unknown): PageLang {
  if (typeof språk !== 'string') return 'nb';
  const tag = språk.toLowerCase().split(/[-_]/)[0];
  if (tag === 'nn') return 'nn';
  if (tag === 'en') return 'en';
  return 'nb';
}

export interface PageText extends EnumLabels {
  title: (name: string) => string;
  titleNoName: string;
  documentTitle: (name: string, id: string | undefined) => string;
  facts: string;
  planId: string;
  status: string;
  period: string;
  born: string;
  interpreter: string;
  owner: string;
  archive: string;
  nextEvaluation: string;
  noNextEvaluation: string;
  closed: string;

  goals: string;
  goalDeadline: string;
  lifeArea: string;
  resources: string;
  needs: string;
  subGoals: string;
  /** Above the assessments of a goal or sub-goal, one per evaluation held, in date order. */
  course: string;

  participants: string;
  participantWho: string;
  participantContribution: string;
  contact: string;
  phone: string;
  email: string;

  measures: string;
  measure: string;
  scope: string;
  responsible: string;
  how: string;
  when: string;
  wholePeriod: string;
  forGoals: (count: number) => string;
  subPlan: string;
  subPlanResponsible: string;
  from: string;
  until: string;
  /** The decision (vedtak) that grants a measure, in a line of its own. */
  decision: string;
  decisionDated: string;
  decisionValidUntil: string;
  /** For a decision whose last day has passed. */
  decisionWasValidUntil: string;

  coordinator: string;
  coordinatorIntro: string;
  childCoordinator: string;
  noContact: string;

  evaluations: string;
  evaluationDate: string;
  evaluationKind: string;
  evaluationConcerns: string;
  evaluationState: string;
  wholePlan: string;
  held: (date: string) => string;
  next: string;
  notHeld: string;
  /** An evaluation of a closed plan that was never held: it will not be. */
  notHeldClosed: string;
  planned: string;

  log: string;
  logIntro: string;
  /** The heading of one evaluation in the log: its kind and the day it was held. */
  logEntry: (kind: string, date: string) => string;
  /** Said of an evaluation in the log that has a record but no date it was held. */
  logNotHeld: string;
  logPlanned: string;
  tookPart: string;
  decisions: string;
  /** Assessments in the log of what is not a goal or sub-goal (the others stand under their goal). */
  assessed: string;

  consent: string;
  consentPrepare: string;
  consentShare: string;
  consentGivenBy: string;
  consentDate: string;
  consentForm: string;
  consentBasis: string;
  consentSharedWith: string;
  consentWithdrawn: string;
  consentNotGiven: string;
  accepted: string;
  acceptedBy: (name: string, date: string) => string;
  notAccepted: string;

  cooperation: string;
  cooperationPart: string;
  cooperationPurpose: string;
  cooperationKind: string;
  cooperationNone: string;

  transitions: string;
  transitionFromTo: (from: string, to: string) => string;
  newCoordinator: string;

  body: string;
  /** In place of the plan's Markdown text when it passes the limits on a body (src/plan/body-limits.ts). */
  bodyOmitted: string;

  notAgreed: string;
  and: string;
  /** Quotation marks of the page's language, around a goal (the person's own words) or a reference. */
  quote: (words: string) => string;
  unknownParticipant: string;
  unknownItem: string;

  bannerErrors: string;
  bannerErrorsIntro: (regulation: string) => string;
  bannerDraft: string;
  bannerDraftIntro: string;
  bannerPoint: (letter: string, summary: string) => string;
  bannerOther: string;
  bannerUnreadable: string;

  footer: (date: string) => string;
  printPage: string;
  printOf: string;

  /** Languages an interpreter may work in that Intl has no name for, by lower-case tag. */
  languageNames: Record<string, string>;
}

const nb: PageText = {
  title: (name) => `Individuell plan for ${name}`,
  titleNoName: 'Individuell plan',
  documentTitle: (name, id) => `Individuell plan for ${name}${id ? ` (${id})` : ''}`,
  facts: 'Om planen',
  planId: 'Plan-id',
  status: 'Status',
  period: 'Planperiode',
  born: 'Født',
  interpreter: 'Tolk',
  owner: 'Kommune',
  archive: 'Arkiv',
  nextEvaluation: 'Neste evaluering',
  noNextEvaluation: 'Ingen avtalt',
  closed: 'Avsluttet',

  goals: 'Mine mål',
  goalDeadline: 'Innen',
  lifeArea: 'Område',
  resources: 'Mine ressurser',
  needs: 'Dette trenger jeg hjelp til',
  subGoals: 'Delmål',
  course: 'Slik har det gått',

  participants: 'Hvem som deltar, og hva de bidrar med',
  participantWho: 'Hvem',
  participantContribution: 'Bidrar med',
  contact: 'Kontakt',
  phone: 'Telefon',
  email: 'E-post',

  measures: 'Tiltak',
  measure: 'Tiltak',
  scope: 'Omfang',
  responsible: 'Ansvarlig',
  how: 'Slik gjøres det',
  when: 'Når',
  wholePeriod: 'Hele planperioden',
  forGoals: () => 'For mål',
  subPlan: 'Delplan',
  subPlanResponsible: 'Ansvarlig for delplanen',
  from: 'fra',
  until: 'til',
  decision: 'Vedtak',
  decisionDated: 'datert',
  decisionValidUntil: 'gjelder til',
  decisionWasValidUntil: 'gjaldt til',

  coordinator: 'Koordinator',
  coordinatorIntro: 'Koordinatoren har ansvaret for å følge opp planen og er den du tar kontakt med.',
  childCoordinator: 'Er også barnekoordinator for familien.',
  noContact: 'Kontaktinformasjon mangler.',

  evaluations: 'Evaluering og revisjon',
  evaluationDate: 'Dato',
  evaluationKind: 'Hva',
  evaluationConcerns: 'Gjelder',
  evaluationState: 'Status',
  wholePlan: 'Hele planen',
  held: (date) => `Holdt ${date}`,
  next: 'Neste',
  notHeld: 'Ikke holdt ennå',
  notHeldClosed: 'Ikke holdt',
  planned: 'Planlagt',

  log: 'Evalueringer som er holdt',
  logIntro: 'Her står det hvem som var med, og hva som ble bestemt, på hver evaluering.',
  logEntry: (kind, date) => `${kind} ${date}`,
  logNotHeld: 'Det står ikke når den ble holdt.',
  logPlanned: 'Planlagt til',
  tookPart: 'Disse var med',
  decisions: 'Dette ble bestemt',
  assessed: 'Vurdert',

  consent: 'Samtykke og godkjenning',
  consentPrepare: 'Samtykke til å lage planen',
  consentShare: 'Samtykke til å dele taushetsbelagte opplysninger',
  consentGivenBy: 'Gitt av',
  consentDate: 'Dato',
  consentForm: 'Form',
  consentBasis: 'Grunnlag',
  consentSharedWith: 'Kan deles med',
  consentWithdrawn: 'Trukket',
  consentNotGiven: 'Ikke gitt.',
  accepted: 'Godkjent',
  acceptedBy: (name, date) => `Planen er godkjent av ${name} ${date}.`,
  notAccepted: 'Planen er ikke godkjent ennå.',

  cooperation: 'Samarbeid med andre',
  cooperationPart: 'Hvem',
  cooperationPurpose: 'Hvorfor',
  cooperationKind: 'Behov',
  cooperationNone: 'Det er ikke behov for samarbeid med andre tjenester eller etater.',

  transitions: 'Overganger',
  transitionFromTo: (from, to) => `Fra ${from} til ${to}`,
  newCoordinator: 'Ny koordinator',

  body: 'Mer om planen',
  bodyOmitted: 'Teksten i planen er for stor eller for sammensatt til å vises her. Den står i Markdown-filen for planen.',

  notAgreed: 'Ikke avtalt ennå.',
  and: 'og',
  quote: (words) => `«${words}»`,
  unknownParticipant: 'ukjent deltaker',
  unknownItem: 'finnes ikke i planen',

  bannerErrors: 'Planen er ikke komplett',
  bannerErrorsIntro: (regulation) => `Dette mangler eller må rettes før planen oppfyller ${regulation}:`,
  bannerDraft: 'Utkast',
  bannerDraftIntro: 'Dette er et utkast. Dette må på plass før planen kan bli aktiv:',
  bannerPoint: (letter, summary) => `Bokstav ${letter}: ${summary}`,
  bannerOther: 'Annet',
  bannerUnreadable: 'Planen kunne ikke leses helt. Det som kunne leses, vises under.',

  footer: (date) => `Laget med ip render ${date}. Kilden er Markdown-filen for planen; denne siden er en kopi.`,
  printPage: 'Side',
  printOf: 'av',

  ...ENUM_LABELS.nb,
  languageNames: { nsl: 'norsk tegnspråk', 'sgn-no': 'norsk tegnspråk' },
};

const nn: PageText = {
  ...nb,
  titleNoName: 'Individuell plan',
  born: 'Fødd',
  noNextEvaluation: 'Ingen avtalt',
  closed: 'Avslutta',
  goals: 'Måla mine',
  goalDeadline: 'Innan',
  resources: 'Ressursane mine',
  needs: 'Dette treng eg hjelp til',
  course: 'Slik har det gått',
  participants: 'Kven som deltek, og kva dei bidreg med',
  participantWho: 'Kven',
  participantContribution: 'Bidreg med',
  responsible: 'Ansvarleg',
  how: 'Slik blir det gjort',
  wholePeriod: 'Heile planperioden',
  subPlanResponsible: 'Ansvarleg for delplanen',
  decisionValidUntil: 'gjeld til',
  decisionWasValidUntil: 'galdt til',
  coordinatorIntro: 'Koordinatoren har ansvaret for å følgje opp planen og er den du tek kontakt med.',
  childCoordinator: 'Er også barnekoordinator for familien.',
  noContact: 'Kontaktinformasjon manglar.',
  evaluationKind: 'Kva',
  evaluationConcerns: 'Gjeld',
  wholePlan: 'Heile planen',
  held: (date) => `Halde ${date}`,
  notHeld: 'Ikkje halde enno',
  notHeldClosed: 'Ikkje halde',
  log: 'Evalueringar som er haldne',
  logIntro: 'Her står det kven som var med, og kva som vart bestemt, på kvar evaluering.',
  logNotHeld: 'Det står ikkje når ho vart halden.',
  logPlanned: 'Planlagd til',
  tookPart: 'Desse var med',
  decisions: 'Dette vart bestemt',
  consentPrepare: 'Samtykke til å lage planen',
  consentShare: 'Samtykke til å dele opplysningar underlagde teieplikt',
  consentGivenBy: 'Gitt av',
  consentSharedWith: 'Kan delast med',
  consentWithdrawn: 'Trekt',
  consentNotGiven: 'Ikkje gitt.',
  notAccepted: 'Planen er ikkje godkjend enno.',
  accepted: 'Godkjend',
  acceptedBy: (name, date) => `Planen er godkjend av ${name} ${date}.`,
  cooperationPart: 'Kven',
  cooperationPurpose: 'Kvifor',
  cooperationNone: 'Det er ikkje behov for samarbeid med andre tenester eller etatar.',
  transitions: 'Overgangar',
  transitionFromTo: (from, to) => `Frå ${from} til ${to}`,
  body: 'Meir om planen',
  bodyOmitted: 'Teksten i planen er for stor eller for samansett til å visast her. Han står i Markdown-fila for planen.',
  notAgreed: 'Ikkje avtalt enno.',
  unknownParticipant: 'ukjend deltakar',
  unknownItem: 'finst ikkje i planen',
  bannerErrors: 'Planen er ikkje komplett',
  bannerErrorsIntro: (regulation) => `Dette manglar eller må rettast før planen oppfyller ${regulation}:`,
  bannerDraft: 'Utkast',
  bannerDraftIntro: 'Dette er eit utkast. Dette må vere på plass før planen kan bli aktiv:',
  bannerOther: 'Anna',
  bannerUnreadable: 'Planen kunne ikkje lesast heilt. Det som kunne lesast, er vist under.',
  footer: (date) => `Laga med ip render ${date}. Kjelda er Markdown-fila for planen; denne sida er ein kopi.`,
  ...ENUM_LABELS.nn,
  languageNames: { nsl: 'norsk teiknspråk', 'sgn-no': 'norsk teiknspråk' },
};

const en: PageText = {
  title: (name) => `Individual plan for ${name}`,
  titleNoName: 'Individual plan',
  documentTitle: (name, id) => `Individual plan for ${name}${id ? ` (${id})` : ''}`,
  facts: 'About the plan',
  planId: 'Plan id',
  status: 'Status',
  period: 'Plan period',
  born: 'Born',
  interpreter: 'Interpreter',
  owner: 'Municipality',
  archive: 'Archive',
  nextEvaluation: 'Next evaluation',
  noNextEvaluation: 'None agreed',
  closed: 'Closed',

  goals: 'My goals',
  goalDeadline: 'By',
  lifeArea: 'Area',
  resources: 'My strengths and resources',
  needs: 'What I need help with',
  subGoals: 'Smaller goals on the way',
  course: 'How it has gone',

  participants: 'Who takes part, and what they contribute',
  participantWho: 'Who',
  participantContribution: 'Contributes',
  contact: 'Contact',
  phone: 'Phone',
  email: 'Email',

  measures: 'Measures',
  measure: 'Measure',
  scope: 'Scope',
  responsible: 'Responsible',
  how: 'How it is done',
  when: 'When',
  wholePeriod: 'Throughout the plan period',
  forGoals: (count) => (count === 1 ? 'For the goal' : 'For the goals'),
  subPlan: 'Sub-plan',
  subPlanResponsible: 'Responsible for the sub-plan',
  from: 'from',
  until: 'until',
  decision: 'Decision',
  decisionDated: 'dated',
  decisionValidUntil: 'valid until',
  decisionWasValidUntil: 'was valid until',

  coordinator: 'Coordinator',
  coordinatorIntro: 'The coordinator is responsible for following up the plan and is the person to contact.',
  childCoordinator: "Is also the family's child coordinator (barnekoordinator).",
  noContact: 'Contact details are missing.',

  evaluations: 'Evaluation and revision',
  evaluationDate: 'Date',
  evaluationKind: 'What',
  evaluationConcerns: 'Concerns',
  evaluationState: 'Status',
  wholePlan: 'The whole plan',
  held: (date) => `Held ${date}`,
  next: 'Next',
  notHeld: 'Not held yet',
  notHeldClosed: 'Not held',
  planned: 'Planned',

  log: 'Evaluations held',
  logIntro: 'Who took part in each evaluation, and what was decided.',
  logEntry: (kind, date) => `${kind} on ${date}`,
  logNotHeld: 'It does not say when it was held.',
  logPlanned: 'Planned for',
  tookPart: 'Who took part',
  decisions: 'What was decided',
  assessed: 'Assessed',

  consent: 'Consent and acceptance',
  consentPrepare: 'Consent to prepare the plan',
  consentShare: 'Consent to share confidential information',
  consentGivenBy: 'Given by',
  consentDate: 'Date',
  consentForm: 'Form',
  consentBasis: 'Basis',
  consentSharedWith: 'May be shared with',
  consentWithdrawn: 'Withdrawn',
  consentNotGiven: 'Not given.',
  accepted: 'Accepted',
  acceptedBy: (name, date) => `The plan was accepted by ${name} on ${date}.`,
  notAccepted: 'The plan has not been accepted yet.',

  cooperation: 'Cooperation with others',
  cooperationPart: 'Who',
  cooperationPurpose: 'Why',
  cooperationKind: 'Need',
  cooperationNone: 'No cooperation with other services or agencies is needed.',

  transitions: 'Transitions',
  transitionFromTo: (from, to) => `From ${from} to ${to}`,
  newCoordinator: 'New coordinator',

  body: 'More about the plan',
  bodyOmitted: "The plan's text is too large or too complex to show here. It is in the plan's Markdown file.",

  notAgreed: 'Not agreed yet.',
  and: 'and',
  quote: (words) => `“${words}”`,
  unknownParticipant: 'unknown participant',
  unknownItem: 'not in the plan',

  bannerErrors: 'The plan is not complete',
  bannerErrorsIntro: (regulation) => `This is missing or must be corrected before the plan meets ${regulation}:`,
  bannerDraft: 'Draft',
  bannerDraftIntro: 'This is a draft. This must be in place before the plan can become active:',
  bannerPoint: (letter, summary) => `Point ${letter}: ${summary}`,
  bannerOther: 'Other',
  bannerUnreadable: 'The plan could not be read in full. What could be read is shown below.',

  footer: (date) => `Made with ip render on ${date}. The source is the plan's Markdown file; this page is a copy.`,
  printPage: 'Page',
  printOf: 'of',

  ...ENUM_LABELS.en,
  languageNames: { nsl: 'Norwegian Sign Language', 'sgn-no': 'Norwegian Sign Language' },
};

export const PAGE_TEXT: Record<PageLang, PageText> = { nb, nn, en };

/** The words for an enum value, where the plan has one (the view leaves out a value outside the enum). */
export function label<K extends string>(table: Labels<K>, value: K | undefined): string | undefined {
  return value === undefined ? undefined : table[value];
}

/**
 * A language by name ("tigrinja", "norsk tegnspråk") for a BCP 47 tag: from
 * the page's own table, else from Intl where this Node knows the language,
 * else the tag as written (Intl would give back a rewritten code, such as
 * "nsl" for "sgn-NO", which reads as nothing).
 */
export function languageName(tag: string, lang: PageLang): string {
  const names = PAGE_TEXT[lang].languageNames;
  const key = tag.toLowerCase();
  if (Object.hasOwn(names, key)) return names[key]!;
  try {
    return new Intl.DisplayNames([lang], { type: 'language', fallback: 'none' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
