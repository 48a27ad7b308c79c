import type { FieldName, ListKey } from '../../plan/fields.js';
import type { ConsentKind } from '../../plan/vocabulary.js';
import type { DocLang } from './vocab.js';
import { WORDS } from './vocab.js';
import { cleanLine } from './value.js';
import type { Entry, Subject } from './describe.js';

/**
 * What a list item or section is called: `tiltak T1 «Bistand til boligsøknad»`.
 * `escape` makes plan text safe for the output (control characters; Markdown).
 */
export function subjectName(subject: Subject, lang: DocLang, escape: (s: string) => string = cleanLine): string {
  const w = WORDS[lang];
  const quote = (s: string) => w.quote(escape(s));
  if (subject.list === 'brødtekst') return subject.key === '' ? w.preamble : `${w.section} ${quote(subject.key)}`;
  const items: Partial<Record<string, string>> = w.items;
  const noun = items[subject.list] ?? subject.list;
  const key = escape(subject.key);
  if (!subject.label) return `${noun} ${key}`;
  // Goals, sub-goals and measures are named by their sentence; others by a name or a date and kind.
  const quoted = subject.list === 'mål' || subject.list === 'delmål' || subject.list === 'tiltak';
  return `${noun} ${key} ${quoted ? quote(subject.label) : `(${escape(subject.label)})`}`;
}

/** Which consent a withdrawal is about (`utarbeidelse`, `taushetsplikt`), for its sentence. */
export function consentKind(entry: Entry): ConsentKind | 'other' {
  const which = entry.change.path[1];
  return which === 'utarbeidelse' || which === 'taushetsplikt' ? which : 'other';
}

/** The fields of an added item worth listing: all but its id and the text its label already shows. */
const NAMED_BY: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    deltakere: ['navn'],
    mål: ['tekst'],
    delmål: ['tekst'],
    tiltak: ['tekst'],
    samarbeid: ['part'],
    evalueringer: ['dato', 'type'],
    overganger: ['dato', 'fra_tjeneste', 'til_tjeneste'],
  } satisfies { readonly [K in ListKey | 'delmål']?: readonly FieldName[] }),
);

export function itemFields(entry: Entry): Array<[string, unknown]> {
  const value = entry.after;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  const shown = entry.subject?.label ? (NAMED_BY.get(entry.subject.list) ?? []) : [];
  const named = entry.subject?.list === 'samarbeid' ? ['part'] : shown;
  return Object.entries(value as Record<string, unknown>).filter(([k]) => k !== 'id' && !named.includes(k));
}
