import type { LegalPoint } from '../plan/legal.js';
import type { EnumLabels, Labels, PlanLang } from '../plan/vocabulary.js';
import { PAGE_ENUMS } from './words.js';

/**
 * The words on the rendered page, in the three languages a plan's headings
 * can take. A plan written in another language (se, ar, so …) gets bokmål
 * headings; its own text is marked with its own `lang` (see page.ts). The
 * words for enum values are the page's own (words.ts), typed by the
 * vocabulary's enums.
 *
 * One voice: the page speaks for the person, in the first person («Mine
 * mål», «Dette trenger jeg hjelp til»). On an English page a Norwegian word
 * stands between ⟨ and ⟩ and is marked `lang="nb"` (page.ts).
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
  /** The window's and the printout's title: whose plan, and a draft marked as one (a browser prints the title in its own page header). */
  documentTitle: (name: string | undefined, draft: boolean) => string;
  /** On every printed page of a draft. */
  draftMark: string;
  planId: string;
  period: string;
  born: string;
  interpreter: string;
  owner: string;
  archive: string;
  nextEvaluation: string;
  noNextEvaluation: string;
  /** An evaluation past its date and not held: said in words, not by colour alone. */
  overdue: string;
  overdueSince: (date: string) => string;
  /** The coordinator's phone in the box at the top. */
  phoneShort: string;

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
  participantRole: string;
  participantContribution: string;
  contact: string;
  phone: string;
  email: string;

  measures: string;
  measure: string;
  measureGoals: string;
  scope: string;
  responsible: string;
  how: string;
  when: string;
  wholePeriod: string;
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
  evaluationsIntro: string;
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

  /** The plan's own text, right after the goals. */
  body: string;
  /** In place of the plan's Markdown text when it passes the limits on a body (src/plan/body-limits.ts). */
  bodyOmitted: string;

  notAgreed: string;
  and: string;
  /** Quotation marks of the page's language, around a goal (the person's own words) or a reference. */
  quote: (words: string) => string;
  unknownParticipant: string;
  /** In place of a reference to a goal or measure the plan does not have (the id itself is for staff: ip validate names it). */
  unknownItem: string;
  /** A goal or measure that has no text yet. */
  noText: string;

  bannerErrors: string;
  bannerErrorsIntro: string;
  bannerDraft: string;
  bannerDraftIntro: string;
  /** What is agreed at the next meeting, by the regulation's point it fills in. */
  draftPoints: Record<LegalPoint, string>;
  bannerUnreadable: string;
  /** A problem, named by what it is about: «Tiltaket «Arbeidstrening»: hvor ofte og hvor mye mangler.» */
  problem: (item: string, field: string, what: string) => string;
  /** The same without a field, or without an item. */
  problemOf: (subject: string, what: string) => string;
  itemGoal: string;
  itemSubGoal: string;
  itemMeasure: string;
  itemParticipant: string;
  itemEvaluation: string;
  itemTransition: string;
  itemCooperation: string;
  /** An item without text or name, by its number in its list (1-based). */
  nth: (noun: string, n: number) => string;
  missing: string;
  wrong: string;
  unknownReference: string;
  /** The plan's fields as the banner names them, in the reader's words; a field not here is named by its key. */
  fieldWords: Readonly<Record<string, string>>;

  footer: (date: string) => string;
  printPage: string;
  printOf: string;

  /** Languages an interpreter may work in that Intl has no name for, by lower-case tag. */
  languageNames: Record<string, string>;
}

const nb: PageText = {
  title: (name) => `Individuell plan for ${name}`,
  titleNoName: 'Individuell plan',
  documentTitle: (name, draft) => `${draft ? 'UTKAST – ' : ''}Individuell plan${name ? ` for ${name}` : ''}`,
  draftMark: 'UTKAST',
  planId: 'Plan-id',
  period: 'Planen gjelder',
  born: 'Født',
  interpreter: 'Tolk',
  owner: 'Kommune',
  archive: 'Arkiv',
  nextEvaluation: 'Neste møte om planen',
  noNextEvaluation: 'Ikke avtalt ennå',
  overdue: 'Forsinket',
  overdueSince: (date) => `skulle vært holdt ${date}`,
  phoneShort: 'telefon',

  goals: 'Mine mål',
  goalDeadline: 'Innen',
  lifeArea: 'Område',
  resources: 'Dette er jeg god til, og dette har jeg rundt meg',
  needs: 'Dette trenger jeg hjelp til',
  subGoals: 'Steg på veien',
  course: 'Slik har det gått',

  participants: 'Hvem som er med, og hva de gjør',
  participantWho: 'Hvem',
  participantRole: 'Rolle',
  participantContribution: 'Gjør dette',
  contact: 'Kontakt',
  phone: 'Telefon',
  email: 'E-post',

  measures: 'Dette skal gjøres',
  measure: 'Hva',
  measureGoals: 'Hjelper meg mot',
  scope: 'Hvor ofte / hvor mye',
  responsible: 'Hvem har ansvaret',
  how: 'Slik gjøres det',
  when: 'Når',
  wholePeriod: 'Hele tiden planen gjelder',
  subPlan: 'Egen plan',
  subPlanResponsible: 'Ansvarlig for den',
  from: 'fra',
  until: 'til',
  decision: 'Vedtak',
  decisionDated: 'datert',
  decisionValidUntil: 'gjelder til',
  decisionWasValidUntil: 'gjaldt til',

  coordinator: 'Koordinator',
  coordinatorIntro: 'Koordinatoren følger opp planen min og er den jeg tar kontakt med.',
  childCoordinator: 'Er også barnekoordinator for familien.',
  noContact: 'Kontaktinformasjon mangler.',

  evaluations: 'Møter der vi ser på planen',
  evaluationsIntro: 'På en evaluering ser vi på hvordan det går. På en revisjon går vi gjennom hele planen og gjør den ny.',
  evaluationDate: 'Dato',
  evaluationKind: 'Hva',
  evaluationConcerns: 'Om',
  evaluationState: 'Status',
  wholePlan: 'Hele planen',
  held: (date) => `Holdt ${date}`,
  next: 'Neste',
  notHeld: 'Forsinket: ikke holdt',
  notHeldClosed: 'Ikke holdt',
  planned: 'Avtalt',

  log: 'Møtene vi har hatt',
  logIntro: 'Hvem som var med, og hva vi bestemte, på hvert møte.',
  logEntry: (kind, date) => `${kind} ${date}`,
  logNotHeld: 'Det står ikke når møtet ble holdt.',
  logPlanned: 'Avtalt til',
  tookPart: 'Disse var med',
  decisions: 'Dette bestemte vi',
  assessed: 'Slik gikk det',

  consent: 'Samtykke og godkjenning',
  consentPrepare: 'Samtykke til å lage planen',
  consentShare: 'Hvem som kan snakke sammen om meg',
  consentGivenBy: 'Gitt av',
  consentDate: 'Dato',
  consentForm: 'Hvordan',
  consentBasis: 'Hvem sa ja',
  consentSharedWith: 'Disse kan dele opplysninger om meg med hverandre',
  consentWithdrawn: 'Trukket tilbake',
  consentNotGiven: 'Ikke gitt.',
  accepted: 'Godkjent',
  acceptedBy: (name, date) => `Planen er godkjent av ${name} ${date}.`,
  notAccepted: 'Planen er ikke godkjent ennå.',

  cooperation: 'Andre som er med å hjelpe',
  cooperationPart: 'Hvem',
  cooperationPurpose: 'Hvorfor',
  cooperationKind: 'Hvor viktig',
  cooperationNone: 'Det trengs ikke samarbeid med andre tjenester eller etater.',

  transitions: 'Store endringer som kommer',
  transitionFromTo: (from, to) => `Fra ${from} til ${to}`,
  newCoordinator: 'Ny koordinator',

  body: 'Med egne ord',
  bodyOmitted: 'Teksten i planen er for stor eller for sammensatt til å vises her. Den står i Markdown-filen for planen.',

  notAgreed: 'Ikke avtalt ennå.',
  and: 'og',
  quote: (words) => `«${words}»`,
  unknownParticipant: 'ukjent deltaker',
  unknownItem: 'noe som ikke står i planen',
  noText: 'uten tekst',

  bannerErrors: 'Planen er ikke ferdig',
  bannerErrorsIntro: 'Dette mangler eller må rettes. Koordinatoren kan rette det:',
  bannerDraft: 'Utkast',
  bannerDraftIntro: 'Dette er et utkast. Dette avtaler vi på neste møte:',
  draftPoints: {
    a: 'målene mine, hva jeg er god til, og hva jeg trenger hjelp til',
    b: 'hvem som er med i arbeidet med planen',
    c: 'hvem som blir koordinatoren min',
    d: 'hva hver enkelt skal gjøre',
    e: 'hva som skal gjøres, hvor ofte og hvor mye, og hvem som har ansvaret',
    f: 'hvordan det skal gjøres',
    g: 'hvor lenge planen skal gjelde, og når vi ser på den sammen',
    h: 'samtykke: at jeg sier ja til planen, og hvem som kan snakke sammen om meg',
    i: 'hvem andre vi skal samarbeide med',
  },
  bannerUnreadable: 'Planen kunne ikke leses helt. Det som kunne leses, vises under.',
  problem: (item, field, what) => `${item}: ${field} ${what}.`,
  problemOf: (subject, what) => `${subject} ${what}.`,
  itemGoal: 'Målet',
  itemSubGoal: 'Steget',
  itemMeasure: 'Tiltaket',
  itemParticipant: 'Deltakeren',
  itemEvaluation: 'Møtet',
  itemTransition: 'Endringen',
  itemCooperation: 'Samarbeidet med',
  nth: (noun, n) => `${noun} nr. ${n}`,
  missing: 'mangler',
  wrong: 'må rettes',
  unknownReference: 'viser til noen eller noe som ikke står i planen',
  fieldWords: {
    mål: 'målene',
    tekst: 'teksten',
    ressurser: 'hva jeg er god til',
    behov: 'hva jeg trenger hjelp til',
    deltakere: 'hvem som er med',
    bidrag: 'hva de gjør',
    rolle: 'rollen',
    navn: 'navnet',
    koordinator: 'koordinatoren',
    tiltak: 'hva som skal gjøres',
    omfang: 'hvor ofte og hvor mye',
    ansvarlig: 'hvem som har ansvaret',
    gjennomføring: 'hvordan det gjøres',
    planperiode: 'hvor lenge planen gjelder',
    evalueringer: 'når vi ser på planen',
    samtykke: 'samtykket',
    utarbeidelse: 'samtykket til å lage planen',
    taushetsplikt: 'hvem som kan snakke sammen om meg',
    samarbeid: 'samarbeid med andre',
    godkjent: 'godkjenningen',
    dato: 'datoen',
    fra: 'fra-datoen',
    til: 'til-datoen',
    frist: 'fristen',
    kontakt: 'kontaktinformasjonen',
    telefon: 'telefonnummeret',
    epost: 'e-postadressen',
    vedtak: 'vedtaket',
    person: 'opplysningene om meg',
    fødselsdato: 'fødselsdatoen',
    fødselsnummer: 'fødselsnummeret',
  },

  footer: (date) => `Laget med ip render ${date}. Kilden er Markdown-filen for planen; denne siden er en kopi.`,
  printPage: 'Side',
  printOf: 'av',

  ...PAGE_ENUMS.nb,
  languageNames: { nsl: 'norsk tegnspråk', 'sgn-no': 'norsk tegnspråk' },
};

const nn: PageText = {
  title: (name) => `Individuell plan for ${name}`,
  titleNoName: 'Individuell plan',
  documentTitle: (name, draft) => `${draft ? 'UTKAST – ' : ''}Individuell plan${name ? ` for ${name}` : ''}`,
  draftMark: 'UTKAST',
  planId: 'Plan-id',
  period: 'Planen gjeld',
  born: 'Fødd',
  interpreter: 'Tolk',
  owner: 'Kommune',
  archive: 'Arkiv',
  nextEvaluation: 'Neste møte om planen',
  noNextEvaluation: 'Ikkje avtalt enno',
  overdue: 'Forseinka',
  overdueSince: (date) => `skulle vore halde ${date}`,
  phoneShort: 'telefon',

  goals: 'Måla mine',
  goalDeadline: 'Innan',
  lifeArea: 'Område',
  resources: 'Dette er eg god til, og dette har eg rundt meg',
  needs: 'Dette treng eg hjelp til',
  subGoals: 'Steg på vegen',
  course: 'Slik har det gått',

  participants: 'Kven som er med, og kva dei gjer',
  participantWho: 'Kven',
  participantRole: 'Rolle',
  participantContribution: 'Gjer dette',
  contact: 'Kontakt',
  phone: 'Telefon',
  email: 'E-post',

  measures: 'Dette skal gjerast',
  measure: 'Kva',
  measureGoals: 'Hjelper meg mot',
  scope: 'Kor ofte / kor mykje',
  responsible: 'Kven har ansvaret',
  how: 'Slik blir det gjort',
  when: 'Når',
  wholePeriod: 'Heile tida planen gjeld',
  subPlan: 'Eigen plan',
  subPlanResponsible: 'Ansvarleg for han',
  from: 'frå',
  until: 'til',
  decision: 'Vedtak',
  decisionDated: 'datert',
  decisionValidUntil: 'gjeld til',
  decisionWasValidUntil: 'galdt til',

  coordinator: 'Koordinator',
  coordinatorIntro: 'Koordinatoren følgjer opp planen min og er den eg tek kontakt med.',
  childCoordinator: 'Er også barnekoordinator for familien.',
  noContact: 'Kontaktinformasjon manglar.',

  evaluations: 'Møte der vi ser på planen',
  evaluationsIntro: 'På ei evaluering ser vi på korleis det går. På ein revisjon går vi gjennom heile planen og gjer han ny.',
  evaluationDate: 'Dato',
  evaluationKind: 'Kva',
  evaluationConcerns: 'Om',
  evaluationState: 'Status',
  wholePlan: 'Heile planen',
  held: (date) => `Halde ${date}`,
  next: 'Neste',
  notHeld: 'Forseinka: ikkje halde',
  notHeldClosed: 'Ikkje halde',
  planned: 'Avtalt',

  log: 'Møta vi har hatt',
  logIntro: 'Kven som var med, og kva vi bestemte, på kvart møte.',
  logEntry: (kind, date) => `${kind} ${date}`,
  logNotHeld: 'Det står ikkje når møtet vart halde.',
  logPlanned: 'Avtalt til',
  tookPart: 'Desse var med',
  decisions: 'Dette bestemte vi',
  assessed: 'Slik gjekk det',

  consent: 'Samtykke og godkjenning',
  consentPrepare: 'Samtykke til å lage planen',
  consentShare: 'Kven som kan snakke saman om meg',
  consentGivenBy: 'Gitt av',
  consentDate: 'Dato',
  consentForm: 'Korleis',
  consentBasis: 'Kven sa ja',
  consentSharedWith: 'Desse kan dele opplysningar om meg med kvarandre',
  consentWithdrawn: 'Trekt tilbake',
  consentNotGiven: 'Ikkje gitt.',
  accepted: 'Godkjend',
  acceptedBy: (name, date) => `Planen er godkjend av ${name} ${date}.`,
  notAccepted: 'Planen er ikkje godkjend enno.',

  cooperation: 'Andre som er med og hjelper',
  cooperationPart: 'Kven',
  cooperationPurpose: 'Kvifor',
  cooperationKind: 'Kor viktig',
  cooperationNone: 'Det trengst ikkje samarbeid med andre tenester eller etatar.',

  transitions: 'Store endringar som kjem',
  transitionFromTo: (from, to) => `Frå ${from} til ${to}`,
  newCoordinator: 'Ny koordinator',

  body: 'Med eigne ord',
  bodyOmitted: 'Teksten i planen er for stor eller for samansett til å visast her. Han står i Markdown-fila for planen.',

  notAgreed: 'Ikkje avtalt enno.',
  and: 'og',
  quote: (words) => `«${words}»`,
  unknownParticipant: 'ukjend deltakar',
  unknownItem: 'noko som ikkje står i planen',
  noText: 'utan tekst',

  bannerErrors: 'Planen er ikkje ferdig',
  bannerErrorsIntro: 'Dette manglar eller må rettast. Koordinatoren kan rette det:',
  bannerDraft: 'Utkast',
  bannerDraftIntro: 'Dette er eit utkast. Dette avtaler vi på neste møte:',
  draftPoints: {
    a: 'måla mine, kva eg er god til, og kva eg treng hjelp til',
    b: 'kven som er med i arbeidet med planen',
    c: 'kven som blir koordinatoren min',
    d: 'kva kvar enkelt skal gjere',
    e: 'kva som skal gjerast, kor ofte og kor mykje, og kven som har ansvaret',
    f: 'korleis det skal gjerast',
    g: 'kor lenge planen skal gjelde, og når vi ser på han saman',
    h: 'samtykke: at eg seier ja til planen, og kven som kan snakke saman om meg',
    i: 'kven andre vi skal samarbeide med',
  },
  bannerUnreadable: 'Planen kunne ikkje lesast heilt. Det som kunne lesast, er vist under.',
  problem: (item, field, what) => `${item}: ${field} ${what}.`,
  problemOf: (subject, what) => `${subject} ${what}.`,
  itemGoal: 'Målet',
  itemSubGoal: 'Steget',
  itemMeasure: 'Tiltaket',
  itemParticipant: 'Deltakaren',
  itemEvaluation: 'Møtet',
  itemTransition: 'Endringa',
  itemCooperation: 'Samarbeidet med',
  nth: (noun, n) => `${noun} nr. ${n}`,
  missing: 'manglar',
  wrong: 'må rettast',
  unknownReference: 'viser til nokon eller noko som ikkje står i planen',
  fieldWords: {
    mål: 'måla',
    tekst: 'teksten',
    ressurser: 'kva eg er god til',
    behov: 'kva eg treng hjelp til',
    deltakere: 'kven som er med',
    bidrag: 'kva dei gjer',
    rolle: 'rolla',
    navn: 'namnet',
    koordinator: 'koordinatoren',
    tiltak: 'kva som skal gjerast',
    omfang: 'kor ofte og kor mykje',
    ansvarlig: 'kven som har ansvaret',
    gjennomføring: 'korleis det blir gjort',
    planperiode: 'kor lenge planen gjeld',
    evalueringer: 'når vi ser på planen',
    samtykke: 'samtykket',
    utarbeidelse: 'samtykket til å lage planen',
    taushetsplikt: 'kven som kan snakke saman om meg',
    samarbeid: 'samarbeid med andre',
    godkjent: 'godkjenninga',
    dato: 'datoen',
    fra: 'frå-datoen',
    til: 'til-datoen',
    frist: 'fristen',
    kontakt: 'kontaktinformasjonen',
    telefon: 'telefonnummeret',
    epost: 'e-postadressa',
    vedtak: 'vedtaket',
    person: 'opplysningane om meg',
    fødselsdato: 'fødselsdatoen',
    fødselsnummer: 'fødselsnummeret',
  },

  footer: (date) => `Laga med ip render ${date}. Kjelda er Markdown-fila for planen; denne sida er ein kopi.`,
  printPage: 'Side',
  printOf: 'av',

  ...PAGE_ENUMS.nn,
  languageNames: { nsl: 'norsk teiknspråk', 'sgn-no': 'norsk teiknspråk' },
};

const en: PageText = {
  title: (name) => `Individual plan for ${name}`,
  titleNoName: 'Individual plan',
  documentTitle: (name, draft) => `${draft ? 'DRAFT – ' : ''}Individual plan${name ? ` for ${name}` : ''}`,
  draftMark: 'DRAFT',
  planId: 'Plan id',
  period: 'The plan runs',
  born: 'Born',
  interpreter: 'Interpreter',
  owner: 'Municipality',
  archive: 'Archive',
  nextEvaluation: 'Next meeting about the plan',
  noNextEvaluation: 'Not agreed yet',
  overdue: 'Overdue',
  overdueSince: (date) => `should have been held on ${date}`,
  phoneShort: 'phone',

  goals: 'My goals',
  goalDeadline: 'By',
  lifeArea: 'Area',
  resources: 'What I am good at, and who I have around me',
  needs: 'What I need help with',
  subGoals: 'Steps on the way',
  course: 'How it has gone',

  participants: 'Who takes part, and what they do',
  participantWho: 'Who',
  participantRole: 'Role',
  participantContribution: 'Does this',
  contact: 'Contact',
  phone: 'Phone',
  email: 'Email',

  measures: 'What will be done',
  measure: 'What',
  measureGoals: 'Helps me towards',
  scope: 'How often / how much',
  responsible: 'Who is responsible',
  how: 'How it is done',
  when: 'When',
  wholePeriod: 'As long as the plan runs',
  subPlan: 'A plan of its own',
  subPlanResponsible: 'Responsible for it',
  from: 'from',
  until: 'until',
  decision: 'Decision (⟨vedtak⟩)',
  decisionDated: 'dated',
  decisionValidUntil: 'valid until',
  decisionWasValidUntil: 'was valid until',

  coordinator: 'Coordinator',
  coordinatorIntro: 'The coordinator follows up my plan and is the person I contact.',
  childCoordinator: 'Is also the family’s child coordinator (⟨barnekoordinator⟩).',
  noContact: 'Contact details are missing.',

  evaluations: 'Meetings where we look at the plan',
  evaluationsIntro: 'At an evaluation we look at how things are going. At a revision we go through the whole plan and make it new.',
  evaluationDate: 'Date',
  evaluationKind: 'What',
  evaluationConcerns: 'About',
  evaluationState: 'Status',
  wholePlan: 'The whole plan',
  held: (date) => `Held on ${date}`,
  next: 'Next',
  notHeld: 'Overdue: not held',
  notHeldClosed: 'Not held',
  planned: 'Agreed',

  log: 'The meetings we have had',
  logIntro: 'Who took part, and what we decided, at each meeting.',
  logEntry: (kind, date) => `${kind} on ${date}`,
  logNotHeld: 'It does not say when the meeting was held.',
  logPlanned: 'Agreed for',
  tookPart: 'Who took part',
  decisions: 'What we decided',
  assessed: 'How it went',

  consent: 'Consent and acceptance',
  consentPrepare: 'Consent to make the plan',
  consentShare: 'Who may talk together about me',
  consentGivenBy: 'Given by',
  consentDate: 'Date',
  consentForm: 'How',
  consentBasis: 'Who said yes',
  consentSharedWith: 'These may share information about me with each other',
  consentWithdrawn: 'Withdrawn',
  consentNotGiven: 'Not given.',
  accepted: 'Accepted',
  acceptedBy: (name, date) => `The plan was accepted by ${name} on ${date}.`,
  notAccepted: 'The plan has not been accepted yet.',

  cooperation: 'Others who help',
  cooperationPart: 'Who',
  cooperationPurpose: 'Why',
  cooperationKind: 'How important',
  cooperationNone: 'No cooperation with other services or agencies is needed.',

  transitions: 'Big changes ahead',
  transitionFromTo: (from, to) => `From ${from} to ${to}`,
  newCoordinator: 'New coordinator',

  body: 'In my own words',
  bodyOmitted: "The plan's text is too large or too complex to show here. It is in the plan's Markdown file.",

  notAgreed: 'Not agreed yet.',
  and: 'and',
  quote: (words) => `“${words}”`,
  unknownParticipant: 'unknown participant',
  unknownItem: 'something not in the plan',
  noText: 'without text',

  bannerErrors: 'The plan is not finished',
  bannerErrorsIntro: 'This is missing or must be corrected. The coordinator can correct it:',
  bannerDraft: 'Draft',
  bannerDraftIntro: 'This is a draft. This is what we agree on at the next meeting:',
  draftPoints: {
    a: 'my goals, what I am good at, and what I need help with',
    b: 'who takes part in the work on the plan',
    c: 'who will be my coordinator',
    d: 'what each person will do',
    e: 'what will be done, how often and how much, and who is responsible',
    f: 'how it will be done',
    g: 'how long the plan will run, and when we look at it together',
    h: 'consent: that I say yes to the plan, and who may talk together about me',
    i: 'who else we will work with',
  },
  bannerUnreadable: 'The plan could not be read in full. What could be read is shown below.',
  problem: (item, field, what) => `${item}: ${field} ${what}.`,
  problemOf: (subject, what) => `${subject} ${what}.`,
  itemGoal: 'The goal',
  itemSubGoal: 'The step',
  itemMeasure: 'The measure',
  itemParticipant: 'The participant',
  itemEvaluation: 'The meeting',
  itemTransition: 'The change',
  itemCooperation: 'The cooperation with',
  nth: (noun, n) => `${noun} no. ${n}`,
  missing: 'is missing',
  wrong: 'must be corrected',
  unknownReference: 'names someone or something not in the plan',
  fieldWords: {
    mål: 'the goals',
    tekst: 'the text',
    ressurser: 'what I am good at',
    behov: 'what I need help with',
    deltakere: 'who takes part',
    bidrag: 'what they do',
    rolle: 'the role',
    navn: 'the name',
    koordinator: 'the coordinator',
    tiltak: 'what will be done',
    omfang: 'how often and how much',
    ansvarlig: 'who is responsible',
    gjennomføring: 'how it is done',
    planperiode: 'how long the plan runs',
    evalueringer: 'when we look at the plan',
    samtykke: 'the consent',
    utarbeidelse: 'the consent to make the plan',
    taushetsplikt: 'who may talk together about me',
    samarbeid: 'cooperation with others',
    godkjent: 'the acceptance',
    dato: 'the date',
    fra: 'the start date',
    til: 'the end date',
    frist: 'the deadline',
    kontakt: 'the contact details',
    telefon: 'the phone number',
    epost: 'the email address',
    vedtak: 'the decision',
    person: 'the details about me',
    fødselsdato: 'the date of birth',
    fødselsnummer: 'the national identity number',
  },

  footer: (date) => `Made with ip render on ${date}. The source is the plan's Markdown file; this page is a copy.`,
  printPage: 'Page',
  printOf: 'of',

  ...PAGE_ENUMS.en,
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
