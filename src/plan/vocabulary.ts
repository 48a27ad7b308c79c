import type { ConsentKind, FieldName, ListKey } from './fields.js';
import type {
  Delplantype,
  Evaluering,
  Evalueringstype,
  Mål,
  Rolle,
  Samarbeidstype,
  SamtykkeGrunnlag,
  Samtykkeform,
  Status,
  Tolketype,
  Vurderingsstatus,
  Årsak,
} from './generated/plan-types.js';

/**
 * The words for the plan's fields and enum values, once per language, for
 * every output that names them: the page (render), the change log and the
 * text of ip diff, ip due's messages and ip new's questions. Each table is
 * typed by the schema's generated types, so a new enum value (or field)
 * without its words in every language does not compile.
 *
 * Where two outputs say different words for the same value, each keeps its
 * own, as a label set of its own: the page's words stand alone in a table
 * cell (capitalised: «Skriftlig»), ip new's choices explain the value and,
 * in English, name it too («in writing (skriftlig)»); the change log names
 * fields as people say them (`gitt_av`: «gitt av»).
 *
 * Pure data: the core may import it, and so may every formatter.
 */

/** The languages of what is written for the plan's reader: the page and the change log speak the plan's language. */
export type PlanLang = 'nb' | 'nn' | 'en';
/** The languages of messages on a terminal. */
export type MessageLang = 'nb' | 'en';

/** A word for each value of `K`. */
export type Labels<K extends string> = Readonly<Record<K, string>>;

export type { ConsentKind };
/** The lists whose items have a name of their own in the change log, and the lists of sentences. */
export type SentenceList = 'ressurser' | 'behov';
export type ItemList = Exclude<ListKey, SentenceList>;
/** Lists inside items whose items are named in the change log like a list's: a goal's sub-goals. */
export type SubItemList = Extract<keyof Mål, 'delmål'>;
/** Lists of sentences inside items: what was decided at an evaluation. */
export type SubSentenceList = Extract<keyof Evaluering, 'beslutninger'>;
/** The roles a participant other than the person can have (ip new adds the person itself). */
export type OtherRole = Exclude<Rolle, 'tjenestemottaker'>;

// ---------------------------------------------------------------- the page

/** The page's words for the enums: each stands alone, in a cell, a list or a line of facts. */
export interface EnumLabels {
  roles: Labels<Rolle>;
  statuses: Labels<Status>;
  evaluationKinds: Labels<Evalueringstype>;
  cooperationKinds: Labels<Samarbeidstype>;
  consentForms: Labels<Samtykkeform>;
  consentBases: Labels<SamtykkeGrunnlag>;
  subPlanKinds: Labels<Delplantype>;
  closeReasons: Labels<Årsak>;
  interpreterKinds: Labels<Tolketype>;
  assessmentStatuses: Labels<Vurderingsstatus>;
}

const nbEnums: EnumLabels = {
  roles: {
    tjenestemottaker: 'Personen planen gjelder',
    pårørende: 'Pårørende',
    foresatt: 'Foresatt',
    verge: 'Verge',
    framtidsfullmektig: 'Framtidsfullmektig',
    tjenesteyter: 'Tjenesteyter',
    bidragsyter: 'Bidragsyter',
  },
  statuses: { utkast: 'Utkast', aktiv: 'Aktiv', avsluttet: 'Avsluttet' },
  evaluationKinds: { evaluering: 'Evaluering', revisjon: 'Revisjon' },
  cooperationKinds: { nødvendig: 'Nødvendig', ønskelig: 'Ønskelig' },
  consentForms: { skriftlig: 'Skriftlig', muntlig: 'Muntlig' },
  consentBases: {
    egen: 'Personen selv',
    foreldreansvar: 'Foreldreansvar',
    omsorgsovertakelse: 'Omsorgsovertakelse',
    verge: 'Vergemål',
    framtidsfullmakt: 'Framtidsfullmakt',
    mangler_samtykkekompetanse: 'Mangler samtykkekompetanse',
  },
  subPlanKinds: {
    IOP: 'Individuell opplæringsplan (IOP)',
    behandlingsplan: 'Behandlingsplan',
    rehabiliteringsplan: 'Rehabiliteringsplan',
    kvalifiseringsprogram: 'Kvalifiseringsprogram',
    aktivitetsplan: 'Aktivitetsplan',
    tiltaksplan: 'Tiltaksplan',
    kriseplan: 'Kriseplan',
    omsorgsplan: 'Omsorgsplan',
    annen: 'Annen delplan',
  },
  closeReasons: {
    mål_nådd: 'målene er nådd',
    samtykke_trukket: 'samtykket er trukket',
    ikke_behov: 'ikke lenger behov',
    flyttet: 'flyttet',
    død: 'død',
    annet: 'annen grunn',
  },
  interpreterKinds: { talespråk: 'talespråktolk', tegnspråk: 'tegnspråktolk', skrivetolk: 'skrivetolk' },
  assessmentStatuses: { nådd: 'Nådd', delvis: 'Delvis nådd', ikke_nådd: 'Ikke nådd', endret: 'Endret' },
};

const nnEnums: EnumLabels = {
  roles: {
    tjenestemottaker: 'Personen planen gjeld',
    pårørende: 'Pårørande',
    foresatt: 'Føresett',
    verge: 'Verje',
    framtidsfullmektig: 'Framtidsfullmektig',
    tjenesteyter: 'Tenesteytar',
    bidragsyter: 'Bidragsytar',
  },
  statuses: { utkast: 'Utkast', aktiv: 'Aktiv', avsluttet: 'Avslutta' },
  evaluationKinds: nbEnums.evaluationKinds,
  cooperationKinds: { nødvendig: 'Naudsynt', ønskelig: 'Ønskjeleg' },
  consentForms: { skriftlig: 'Skriftleg', muntlig: 'Munnleg' },
  consentBases: {
    egen: 'Personen sjølv',
    foreldreansvar: 'Foreldreansvar',
    omsorgsovertakelse: 'Omsorgsovertaking',
    verge: 'Verjemål',
    framtidsfullmakt: 'Framtidsfullmakt',
    mangler_samtykkekompetanse: 'Manglar samtykkekompetanse',
  },
  subPlanKinds: { ...nbEnums.subPlanKinds, annen: 'Annan delplan' },
  closeReasons: {
    mål_nådd: 'måla er nådde',
    samtykke_trukket: 'samtykket er trekt',
    ikke_behov: 'ikkje lenger behov',
    flyttet: 'flytta',
    død: 'død',
    annet: 'anna grunn',
  },
  interpreterKinds: { talespråk: 'talespråktolk', tegnspråk: 'teiknspråktolk', skrivetolk: 'skrivetolk' },
  assessmentStatuses: { nådd: 'Nådd', delvis: 'Delvis nådd', ikke_nådd: 'Ikkje nådd', endret: 'Endra' },
};

const enEnums: EnumLabels = {
  roles: {
    tjenestemottaker: 'The person the plan is for',
    pårørende: 'Relative',
    foresatt: 'Parent',
    verge: 'Guardian',
    framtidsfullmektig: 'Attorney (framtidsfullmektig)',
    tjenesteyter: 'Service provider',
    bidragsyter: 'Contributor',
  },
  statuses: { utkast: 'Draft', aktiv: 'Active', avsluttet: 'Closed' },
  evaluationKinds: { evaluering: 'Evaluation', revisjon: 'Revision' },
  cooperationKinds: { nødvendig: 'Necessary', ønskelig: 'Desirable' },
  consentForms: { skriftlig: 'In writing', muntlig: 'Orally' },
  consentBases: {
    egen: 'The person themselves',
    foreldreansvar: 'Parental responsibility',
    omsorgsovertakelse: 'Care order',
    verge: 'Guardianship',
    framtidsfullmakt: 'Lasting power of attorney',
    mangler_samtykkekompetanse: 'Lacks the capacity to consent',
  },
  subPlanKinds: {
    IOP: 'Individual education plan (IOP)',
    behandlingsplan: 'Treatment plan',
    rehabiliteringsplan: 'Rehabilitation plan',
    kvalifiseringsprogram: 'Qualification programme',
    aktivitetsplan: 'Activity plan',
    tiltaksplan: 'Measures plan (tiltaksplan)',
    kriseplan: 'Crisis plan',
    omsorgsplan: 'Care plan',
    annen: 'Other sub-plan',
  },
  closeReasons: {
    mål_nådd: 'the goals were reached',
    samtykke_trukket: 'consent was withdrawn',
    ikke_behov: 'no longer needed',
    flyttet: 'moved',
    død: 'died',
    annet: 'other reason',
  },
  interpreterKinds: { talespråk: 'spoken-language interpreter', tegnspråk: 'sign-language interpreter', skrivetolk: 'speech-to-text interpreter' },
  assessmentStatuses: { nådd: 'Reached', delvis: 'Partly reached', ikke_nådd: 'Not reached', endret: 'Changed' },
};

/** The enum values as the page, and ip due's kinds of points, name them, in the plan's language. */
export const ENUM_LABELS: Readonly<Record<PlanLang, EnumLabels>> = { nb: nbEnums, nn: nnEnums, en: enEnums };

// ---------------------------------------------------------------- ip new's choices

/** ip new's words for the values it asks about, in the message language. */
export interface ChoiceLabels {
  roles: Labels<OtherRole>;
  interpreterKinds: Labels<Tolketype>;
  consentForms: Labels<Samtykkeform>;
  planLangs: Labels<PlanLang>;
}

/** What ip new offers to choose from: in English each value is named too, since the plan is written with it. */
export const CHOICE_LABELS: Readonly<Record<MessageLang, ChoiceLabels>> = {
  nb: {
    roles: {
      tjenesteyter: 'tjenesteyter (fra en tjeneste eller etat)',
      bidragsyter: 'bidragsyter (for eksempel frivillig eller arbeidsgiver)',
      pårørende: 'pårørende',
      foresatt: 'foresatt',
      verge: 'verge',
      framtidsfullmektig: 'framtidsfullmektig',
    },
    // The same words as the page's.
    interpreterKinds: nbEnums.interpreterKinds,
    consentForms: { skriftlig: 'skriftlig', muntlig: 'muntlig' },
    planLangs: { nb: 'bokmål', nn: 'nynorsk', en: 'engelsk' },
  },
  en: {
    roles: {
      tjenesteyter: 'tjenesteyter (service provider)',
      bidragsyter: 'bidragsyter (contributor, e.g. a volunteer or employer)',
      pårørende: 'pårørende (relative)',
      foresatt: 'foresatt (parent or guardian of a child)',
      verge: 'verge (legal guardian)',
      framtidsfullmektig: 'framtidsfullmektig (lasting power of attorney)',
    },
    interpreterKinds: { talespråk: 'spoken language', tegnspråk: 'sign language', skrivetolk: 'writing (skrivetolk)' },
    consentForms: { skriftlig: 'in writing (skriftlig)', muntlig: 'orally (muntlig)' },
    planLangs: { nb: 'Norwegian bokmål', nn: 'Norwegian nynorsk', en: 'English' },
  },
};

/** The consents by their keys, as ip due names them in both languages: the word the plan uses. */
export const CONSENT_NAMES: Readonly<Record<MessageLang, Labels<ConsentKind>>> = {
  nb: { utarbeidelse: 'utarbeidelse', taushetsplikt: 'taushetsplikt' },
  en: { utarbeidelse: 'utarbeidelse', taushetsplikt: 'taushetsplikt' },
};

// ---------------------------------------------------------------- the change log

/**
 * Field names as people say them, for the change log and ip diff's text.
 * Bokmål and nynorsk list only the names that read differently from the
 * key (the keys are bokmål); English names every field.
 */
export const FIELD_LABELS: { readonly nb: Partial<Labels<FieldName>>; readonly nn: Partial<Labels<FieldName>>; readonly en: Labels<FieldName> } = {
  nb: {
    koordinator: 'koordinator',
    barnekoordinator: 'barnekoordinator',
    planperiode: 'planperiode',
    godkjent: 'godkjent',
    samtykke: 'samtykke',
    utarbeidelse: 'samtykke til å utarbeide planen',
    taushetsplikt: 'samtykke til å dele taushetsbelagte opplysninger',
    gitt_av: 'gitt av',
    fra_tjeneste: 'fra tjeneste',
    til_tjeneste: 'til tjeneste',
    ny_koordinator: 'ny koordinator',
    delmål: 'delmål',
    deltok: 'deltok',
    språk: 'språk',
    ip: 'formatversjon',
  },
  nn: {
    koordinator: 'koordinator',
    barnekoordinator: 'barnekoordinator',
    planperiode: 'planperiode',
    godkjent: 'godkjend',
    samtykke: 'samtykke',
    utarbeidelse: 'samtykke til å utarbeide planen',
    taushetsplikt: 'samtykke til å dele teiepliktige opplysningar',
    gitt_av: 'gitt av',
    fra_tjeneste: 'frå teneste',
    til_tjeneste: 'til teneste',
    ny_koordinator: 'ny koordinator',
    gjennomføring: 'gjennomføring',
    deltakere: 'deltakarar',
    ressurser: 'ressursar',
    overganger: 'overgangar',
    evalueringer: 'evalueringar',
    livsområde: 'livsområde',
    ansvarlig: 'ansvarleg',
    utført: 'utført',
    beskrivelse: 'skildring',
    virksomhet: 'verksemd',
    fødselsdato: 'fødselsdato',
    fødselsnummer: 'fødselsnummer',
    trukket: 'trekt tilbake',
    årsak: 'årsak',
    enhet: 'eining',
    eier: 'eigar',
    vurderinger: 'vurderingar',
    beslutninger: 'avgjerder',
    merknad: 'merknad',
    språk: 'språk',
    ip: 'formatversjon',
  },
  en: {
    ip: 'format version',
    id: 'plan id',
    status: 'status',
    språk: 'language',
    eier: 'owner',
    kommune: 'municipality',
    enhet: 'unit',
    arkiv: 'archive',
    system: 'system',
    referanse: 'reference',
    person: 'person',
    navn: 'name',
    fødselsdato: 'date of birth',
    fødselsnummer: 'national identity number',
    tolk: 'interpreter',
    type: 'type',
    rolle: 'role',
    bidrag: 'contribution',
    virksomhet: 'organisation',
    kontakt: 'contact',
    telefon: 'phone',
    epost: 'e-mail',
    koordinator: 'coordinator',
    barnekoordinator: 'child coordinator',
    tekst: 'text',
    livsområde: 'area of life',
    frist: 'deadline',
    mål: 'goals',
    ansvarlig: 'responsible',
    omfang: 'scope',
    gjennomføring: 'how it is carried out',
    fra: 'from',
    til: 'to',
    delplan: 'sub-plan',
    part: 'party',
    formål: 'purpose',
    dato: 'date',
    fra_tjeneste: 'from service',
    til_tjeneste: 'to service',
    ny_koordinator: 'new coordinator',
    beskrivelse: 'description',
    planperiode: 'plan period',
    gjelder: 'concerns',
    utført: 'held',
    samtykke: 'consent',
    utarbeidelse: 'consent to prepare the plan',
    taushetsplikt: 'consent to share confidential information',
    gitt_av: 'given by',
    form: 'form',
    grunnlag: 'basis',
    trukket: 'withdrawn',
    deltakere: 'participants',
    godkjent: 'accepted',
    av: 'by',
    avsluttet: 'closed',
    årsak: 'reason',
    ressurser: 'resources',
    behov: 'needs',
    tiltak: 'measures',
    samarbeid: 'cooperation',
    overganger: 'transitions',
    evalueringer: 'evaluations',
    delmål: 'sub-goals',
    vedtak: 'decision',
    deltok: 'took part',
    vurderinger: 'assessments',
    merknad: 'note',
    beslutninger: 'decisions',
  },
};

/** What one item of a list is called in the change log («tiltak T1 …», «samarbeid med Boligkontoret»). */
export const ITEM_NOUNS: Readonly<Record<PlanLang, Labels<ItemList | SubItemList>>> = {
  nb: { deltakere: 'deltaker', mål: 'mål', delmål: 'delmål', tiltak: 'tiltak', samarbeid: 'samarbeid med', overganger: 'overgang', evalueringer: 'evaluering' },
  nn: { deltakere: 'deltakar', mål: 'mål', delmål: 'delmål', tiltak: 'tiltak', samarbeid: 'samarbeid med', overganger: 'overgang', evalueringer: 'evaluering' },
  en: { deltakere: 'participant', mål: 'goal', delmål: 'sub-goal', tiltak: 'measure', samarbeid: 'cooperation with', overganger: 'transition', evalueringer: 'evaluation' },
};

/** What one sentence of `ressurser`, `behov` and an evaluation's `beslutninger` is called in the change log. */
export const SENTENCE_NOUNS: Readonly<Record<PlanLang, Labels<SentenceList | SubSentenceList>>> = {
  nb: { ressurser: 'ressurs', behov: 'behov', beslutninger: 'beslutning' },
  nn: { ressurser: 'ressurs', behov: 'behov', beslutninger: 'avgjerd' },
  en: { ressurser: 'resource', behov: 'need', beslutninger: 'decision' },
};
