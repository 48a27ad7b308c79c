import { ENUM_LABELS, type EnumLabels } from '../plan/vocabulary.js';

/**
 * The page's own words for the plan's enum values, in everyday language,
 * for the person and their family: typed by the same enums as the shared
 * labels in src/plan/vocabulary.ts (a new value without its words here does
 * not compile), but kept apart from them, because ip diff, ip due and
 * ip validate speak to staff and keep the shared labels.
 *
 * The page speaks for the person, in the first person («Mine mål»), so the
 * person's own role reads «Planen er min», not «Personen planen gjelder».
 * Where the regulation's word is what a reader needs to claim a right
 * (vedtak, koordinator, evaluering, revisjon, samtykke), the word is kept.
 *
 * On an English page a Norwegian word stands between ⟨ and ⟩: the page
 * marks it `lang="nb"` (see say() in page.ts) so a screen reader reads it as
 * Norwegian.
 *
 * Where the shared label already is an everyday word (the kinds of
 * evaluation, interpreter and sub-plan, an assessment's status), the page
 * takes it from there rather than keep a copy.
 */

const nb: EnumLabels = {
  roles: {
    tjenestemottaker: 'Planen er min',
    pårørende: 'Pårørende',
    foresatt: 'Forelder eller foresatt',
    verge: 'Verge',
    framtidsfullmektig: 'Framtidsfullmektig',
    tjenesteyter: 'Fagperson',
    bidragsyter: 'Hjelper til',
  },
  statuses: { utkast: 'Utkast', aktiv: 'Planen gjelder', avsluttet: 'Avsluttet' },
  evaluationKinds: ENUM_LABELS.nb.evaluationKinds,
  cooperationKinds: { nødvendig: 'Må være med', ønskelig: 'Fint om de er med' },
  consentForms: ENUM_LABELS.nb.consentForms,
  consentBases: {
    egen: 'Jeg har sagt ja selv',
    foreldreansvar: 'Foreldrene har sagt ja',
    omsorgsovertakelse: 'Barnevernet har sagt ja',
    verge: 'Vergen har sagt ja',
    framtidsfullmakt: 'Framtidsfullmektigen har sagt ja',
    mangler_samtykkekompetanse: 'Jeg kan ikke samtykke selv nå',
  },
  subPlanKinds: { ...ENUM_LABELS.nb.subPlanKinds, annen: 'Egen plan' },
  closeReasons: {
    mål_nådd: 'målene er nådd',
    samtykke_trukket: 'jeg har trukket samtykket',
    ikke_behov: 'jeg trenger den ikke lenger',
    flyttet: 'jeg har flyttet',
    død: 'død',
    annet: 'annen grunn',
  },
  interpreterKinds: ENUM_LABELS.nb.interpreterKinds,
  assessmentStatuses: ENUM_LABELS.nb.assessmentStatuses,
};

const nn: EnumLabels = {
  roles: {
    tjenestemottaker: 'Planen er min',
    pårørende: 'Pårørande',
    foresatt: 'Forelder eller føresett',
    verge: 'Verje',
    framtidsfullmektig: 'Framtidsfullmektig',
    tjenesteyter: 'Fagperson',
    bidragsyter: 'Hjelper til',
  },
  statuses: { utkast: 'Utkast', aktiv: 'Planen gjeld', avsluttet: 'Avslutta' },
  evaluationKinds: ENUM_LABELS.nn.evaluationKinds,
  cooperationKinds: { nødvendig: 'Må vere med', ønskelig: 'Fint om dei er med' },
  consentForms: ENUM_LABELS.nn.consentForms,
  consentBases: {
    egen: 'Eg har sagt ja sjølv',
    foreldreansvar: 'Foreldra har sagt ja',
    omsorgsovertakelse: 'Barnevernet har sagt ja',
    verge: 'Verja har sagt ja',
    framtidsfullmakt: 'Framtidsfullmektigen har sagt ja',
    mangler_samtykkekompetanse: 'Eg kan ikkje samtykkje sjølv no',
  },
  subPlanKinds: { ...ENUM_LABELS.nn.subPlanKinds, annen: 'Eigen plan' },
  closeReasons: {
    mål_nådd: 'måla er nådde',
    samtykke_trukket: 'eg har trekt samtykket',
    ikke_behov: 'eg treng ikkje planen lenger',
    flyttet: 'eg har flytta',
    død: 'død',
    annet: 'anna grunn',
  },
  interpreterKinds: ENUM_LABELS.nn.interpreterKinds,
  assessmentStatuses: ENUM_LABELS.nn.assessmentStatuses,
};

const en: EnumLabels = {
  roles: {
    tjenestemottaker: 'This is my plan',
    pårørende: 'Family member',
    foresatt: 'Parent or carer',
    verge: 'Guardian',
    framtidsfullmektig: 'Lasting power of attorney',
    tjenesteyter: 'Professional',
    bidragsyter: 'Helps out',
  },
  statuses: { utkast: 'Draft', aktiv: 'The plan is in use', avsluttet: 'Closed' },
  evaluationKinds: ENUM_LABELS.en.evaluationKinds,
  cooperationKinds: { nødvendig: 'Must take part', ønskelig: 'Good if they take part' },
  consentForms: { skriftlig: 'In writing', muntlig: 'Spoken' },
  consentBases: {
    egen: 'I said yes myself',
    foreldreansvar: 'My parents said yes',
    omsorgsovertakelse: 'Child welfare said yes',
    verge: 'My guardian said yes',
    framtidsfullmakt: 'My attorney said yes',
    mangler_samtykkekompetanse: 'I cannot give consent myself now',
  },
  subPlanKinds: {
    IOP: 'Individual education plan (IOP)',
    behandlingsplan: 'Treatment plan',
    rehabiliteringsplan: 'Rehabilitation plan',
    kvalifiseringsprogram: 'Qualification programme',
    aktivitetsplan: 'Activity plan',
    tiltaksplan: 'Plan of measures',
    kriseplan: 'Crisis plan',
    omsorgsplan: 'Care plan',
    annen: 'A plan of its own',
  },
  closeReasons: {
    mål_nådd: 'the goals were reached',
    samtykke_trukket: 'I withdrew my consent',
    ikke_behov: 'I no longer need it',
    flyttet: 'I moved',
    død: 'died',
    annet: 'another reason',
  },
  interpreterKinds: ENUM_LABELS.en.interpreterKinds,
  assessmentStatuses: ENUM_LABELS.en.assessmentStatuses,
};

export const PAGE_ENUMS: Readonly<Record<'nb' | 'nn' | 'en', EnumLabels>> = { nb, nn, en };
