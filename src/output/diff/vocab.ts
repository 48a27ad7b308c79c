import type { FieldName } from '../../plan/fields.js';
import {
  FIELD_LABELS,
  ITEM_NOUNS,
  SENTENCE_NOUNS,
  type ConsentKind,
  type ItemList,
  type Labels,
  type PlanLang,
  type SentenceList,
  type SubItemList,
  type SubSentenceList,
} from '../../plan/vocabulary.js';

/**
 * The words `ip diff` writes about a plan, in bokmål, nynorsk and English.
 * Text output speaks the message language (nb or en); the Markdown change
 * log speaks the plan's own language (its `språk`), so it can be pasted
 * under the plan. Field names and list items are named as the vocabulary
 * names them (src/plan/vocabulary.ts).
 */

export type DocLang = PlanLang;

/** The change log's language from a plan's `språk`: nn and en as written, anything else bokmål. */
export function docLang(språk: unknown): DocLang {
  if (typeof språk !== 'string') return 'nb';
  const tag = språk.toLowerCase().split(/[-_]/)[0];
  return tag === 'nn' ? 'nn' : tag === 'en' ? 'en' : 'nb';
}

/** Groups of changes, in the order they are shown. */
export type GroupId =
  | 'key'
  | 'plan'
  | 'person'
  | 'deltakere'
  | 'mål'
  | 'ressurser'
  | 'behov'
  | 'tiltak'
  | 'samarbeid'
  | 'overganger'
  | 'evalueringer'
  | 'other'
  | 'body';

export const GROUP_ORDER: readonly GroupId[] = [
  'key',
  'plan',
  'person',
  'deltakere',
  'mål',
  'ressurser',
  'behov',
  'tiltak',
  'samarbeid',
  'overganger',
  'evalueringer',
  'other',
  'body',
];

interface Words {
  groups: Record<GroupId, string>;
  /** A list item, by the list it is in. */
  items: Labels<ItemList | SubItemList>;
  /** A sentence in `ressurser`/`behov`, or a decision at an evaluation. */
  sentence: Labels<SentenceList | SubSentenceList>;
  /** An assessment at an evaluation: «M1a vurdert som nådd» (`status`: the status in words). */
  assessed: (id: string, status: string) => string;
  /** An assessment without a status. */
  assessedBare: (id: string) => string;
  /** Before an assessment's note: «…, med merknad «…»». */
  withNote: string;
  /** The assessment as a thing: «vurderingen av M1a». */
  assessmentOf: (id: string) => string;
  /** A value added to or removed from a set of ids (`deltok`): «Deltok: la til …». */
  memberAdded: string;
  memberRemoved: string;
  section: string;
  /** The body text before the first heading. */
  preamble: string;
  intro: string;
  added: string;
  removed: string;
  changed: string;
  from: string;
  to: string;
  was: string;
  withdrawn: Labels<ConsentKind | 'other'>;
  withdrawalRemoved: Labels<ConsentKind | 'other'>;
  accepted: string;
  acceptanceRemoved: string;
  noChanges: string;
  changes: (n: number) => string;
  yes: string;
  no: string;
  empty: string;
  /** An empty list. */
  none: string;
  hidden: string;
  /** Said of texts too long to compare word by word (src/diff/words.ts): shown line by line, or whole. */
  bound: { lines: string; whole: string };
  workingCopy: string;
  title: string;
  /** Field names as people say them; keys not listed are shown as written. */
  fields: Partial<Labels<FieldName>>;
  quote: (s: string) => string;
}

const nb: Words = {
  groups: {
    key: 'Viktigste endringer',
    plan: 'Om planen',
    person: 'Personen',
    deltakere: 'Deltakere',
    mål: 'Mål',
    ressurser: 'Ressurser',
    behov: 'Behov',
    tiltak: 'Tiltak',
    samarbeid: 'Samarbeid',
    overganger: 'Overganger',
    evalueringer: 'Evalueringer',
    other: 'Andre felt',
    body: 'Tekst',
  },
  items: ITEM_NOUNS.nb,
  sentence: SENTENCE_NOUNS.nb,
  assessed: (id, status) => `${id} vurdert som ${status}`,
  assessedBare: (id) => `${id} vurdert`,
  withNote: 'med merknad',
  assessmentOf: (id) => `vurderingen av ${id}`,
  memberAdded: 'la til',
  memberRemoved: 'fjernet',
  section: 'avsnitt',
  preamble: 'innledningen',
  intro: 'Endringer i planen',
  added: 'lagt til',
  removed: 'fjernet',
  changed: 'endret',
  from: 'fra',
  to: 'til',
  was: 'var',
  withdrawn: {
    utarbeidelse: 'Samtykket til å utarbeide planen er trukket',
    taushetsplikt: 'Samtykket til å dele taushetsbelagte opplysninger er trukket',
    other: 'Samtykket er trukket',
  },
  withdrawalRemoved: {
    utarbeidelse: 'Tilbaketrekkingen av samtykket til å utarbeide planen er fjernet',
    taushetsplikt: 'Tilbaketrekkingen av samtykket til å dele taushetsbelagte opplysninger er fjernet',
    other: 'Tilbaketrekkingen av samtykket er fjernet',
  },
  accepted: 'Planen er godkjent',
  acceptanceRemoved: 'Godkjenningen av planen er fjernet',
  noChanges: 'Ingen endringer.',
  changes: (n) => (n === 1 ? '1 endring.' : `${n} endringer.`),
  yes: 'ja',
  no: 'nei',
  empty: '(tom)',
  none: 'ingen',
  hidden: 'verdien vises ikke',
  bound: { lines: 'for mye tekst til å sammenligne ord for ord, vist linje for linje', whole: 'for mye tekst til å sammenligne, vist i sin helhet' },
  workingCopy: 'arbeidskopien',
  title: 'Endringslogg',
  fields: FIELD_LABELS.nb,
  quote: (s) => `«${s}»`,
};

const nn: Words = {
  groups: {
    key: 'Dei viktigaste endringane',
    plan: 'Om planen',
    person: 'Personen',
    deltakere: 'Deltakarar',
    mål: 'Mål',
    ressurser: 'Ressursar',
    behov: 'Behov',
    tiltak: 'Tiltak',
    samarbeid: 'Samarbeid',
    overganger: 'Overgangar',
    evalueringer: 'Evalueringar',
    other: 'Andre felt',
    body: 'Tekst',
  },
  items: ITEM_NOUNS.nn,
  sentence: SENTENCE_NOUNS.nn,
  assessed: (id, status) => `${id} vurdert som ${status}`,
  assessedBare: (id) => `${id} vurdert`,
  withNote: 'med merknad',
  assessmentOf: (id) => `vurderinga av ${id}`,
  memberAdded: 'la til',
  memberRemoved: 'fjerna',
  section: 'avsnitt',
  preamble: 'innleiinga',
  intro: 'Endringar i planen',
  added: 'lagt til',
  removed: 'fjerna',
  changed: 'endra',
  from: 'frå',
  to: 'til',
  was: 'var',
  withdrawn: {
    utarbeidelse: 'Samtykket til å utarbeide planen er trekt tilbake',
    taushetsplikt: 'Samtykket til å dele teiepliktige opplysningar er trekt tilbake',
    other: 'Samtykket er trekt tilbake',
  },
  withdrawalRemoved: {
    utarbeidelse: 'Tilbaketrekkinga av samtykket til å utarbeide planen er fjerna',
    taushetsplikt: 'Tilbaketrekkinga av samtykket til å dele teiepliktige opplysningar er fjerna',
    other: 'Tilbaketrekkinga av samtykket er fjerna',
  },
  accepted: 'Planen er godkjend',
  acceptanceRemoved: 'Godkjenninga av planen er fjerna',
  noChanges: 'Ingen endringar.',
  changes: (n) => (n === 1 ? '1 endring.' : `${n} endringar.`),
  yes: 'ja',
  no: 'nei',
  empty: '(tom)',
  none: 'ingen',
  hidden: 'verdien blir ikkje vist',
  bound: { lines: 'for mykje tekst til å samanlikne ord for ord, vist linje for linje', whole: 'for mykje tekst til å samanlikne, vist i heilskap' },
  workingCopy: 'arbeidskopien',
  title: 'Endringslogg',
  fields: FIELD_LABELS.nn,
  quote: (s) => `«${s}»`,
};

const en: Words = {
  groups: {
    key: 'Key changes',
    plan: 'About the plan',
    person: 'The person',
    deltakere: 'Participants',
    mål: 'Goals',
    ressurser: 'Resources',
    behov: 'Needs',
    tiltak: 'Measures',
    samarbeid: 'Cooperation',
    overganger: 'Transitions',
    evalueringer: 'Evaluations',
    other: 'Other fields',
    body: 'Text',
  },
  items: ITEM_NOUNS.en,
  sentence: SENTENCE_NOUNS.en,
  assessed: (id, status) => `${id} assessed as ${status}`,
  assessedBare: (id) => `${id} assessed`,
  withNote: 'with the note',
  assessmentOf: (id) => `the assessment of ${id}`,
  memberAdded: 'added',
  memberRemoved: 'removed',
  section: 'section',
  preamble: 'introduction',
  intro: 'Changes to the plan',
  added: 'added',
  removed: 'removed',
  changed: 'changed',
  from: 'from',
  to: 'to',
  was: 'was',
  withdrawn: {
    utarbeidelse: 'Consent to prepare the plan has been withdrawn',
    taushetsplikt: 'Consent to share confidential information has been withdrawn',
    other: 'Consent has been withdrawn',
  },
  withdrawalRemoved: {
    utarbeidelse: 'The withdrawal of consent to prepare the plan has been removed',
    taushetsplikt: 'The withdrawal of consent to share confidential information has been removed',
    other: 'The withdrawal of consent has been removed',
  },
  accepted: 'The plan has been accepted',
  acceptanceRemoved: 'The acceptance of the plan has been removed',
  noChanges: 'No changes.',
  changes: (n) => (n === 1 ? '1 change.' : `${n} changes.`),
  yes: 'yes',
  no: 'no',
  empty: '(empty)',
  none: 'none',
  hidden: 'value not shown',
  bound: { lines: 'too much text to compare word by word, shown line by line', whole: 'too much text to compare, shown whole' },
  workingCopy: 'working copy',
  title: 'Change log',
  fields: FIELD_LABELS.en,
  quote: (s) => `"${s}"`,
};

export const WORDS: Record<DocLang, Words> = { nb, nn, en };

/** A field as people say it: the known name in the language, else the key with spaces for underscores. */
export function fieldName(key: string, lang: DocLang): string {
  const fields: Partial<Record<string, string>> = WORDS[lang].fields;
  return fields[key] ?? key.replace(/_/g, ' ');
}

export function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase('nb') + s.slice(1);
}
