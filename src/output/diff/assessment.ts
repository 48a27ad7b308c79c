import type { Vurdering } from '../../plan/generated/plan-types.js';
import { ENUM_LABELS } from '../../plan/vocabulary.js';
import type { Entry } from './describe.js';
import { WORDS, type DocLang } from './vocab.js';

/**
 * An assessment at an evaluation, said as a sentence: «M1a vurdert som
 * nådd, med merknad «…»», «M1a vurdert som delvis nådd (var nådd)»,
 * «vurderingen av M1a fjernet». The text and Markdown formatters share the
 * words and differ in how they show plan text (`escape` for ids, `show` for
 * values). A change these sentences do not cover (a note changed, a value
 * withheld) is said as a field of «vurderingen av M1a», by the formatter.
 */

export interface Shown {
  /** Plan text that is a name (the assessed id): made safe for the output. */
  escape: (s: string) => string;
  /** A plan value: made safe and, where the format quotes values, quoted. */
  show: (v: unknown) => string;
}

function isObj(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** A status in words, in lower case inside the sentence («delvis nådd»); a value the format does not know, as written. */
function statusWord(value: unknown, lang: DocLang, shown: Shown): string {
  const labels: Partial<Record<string, string>> = ENUM_LABELS[lang].assessmentStatuses;
  const label = typeof value === 'string' && Object.hasOwn(labels, value) ? labels[value] : undefined;
  return label !== undefined ? label.toLocaleLowerCase(lang === 'en' ? 'en' : 'nb') : shown.show(value);
}

/** What the assessment is called when one of its fields changed: «vurderingen av M1a». */
export function assessmentName(entry: Entry, lang: DocLang, shown: Shown): string {
  return WORDS[lang].assessmentOf(shown.escape(entry.assessed ?? ''));
}

/** The sentence for the change, without a full stop; undefined where it is said as a field change. */
export function assessmentSentence(entry: Entry, lang: DocLang, shown: Shown): string | undefined {
  if (!entry.shown) return undefined;
  const w = WORDS[lang];
  const id = shown.escape(entry.assessed ?? '');
  const { op } = entry.change;
  if (entry.field.length === 0) {
    if (op === 'removed') return `${assessmentName(entry, lang, shown)} ${w.removed}`;
    if (op !== 'added' || !isObj(entry.after)) return undefined;
    const { gjelder: _gjelder, status, merknad, ...rest } = entry.after as Partial<Record<keyof Vurdering, unknown>> & Record<string, unknown>;
    let sentence = status === undefined ? w.assessedBare(id) : w.assessed(id, statusWord(status, lang, shown));
    if (merknad !== undefined) sentence += `, ${w.withNote} ${shown.show(merknad)}`;
    if (Object.keys(rest).length > 0) sentence += ` (${shown.show(rest)})`;
    return sentence;
  }
  const status: keyof Vurdering = 'status';
  if (entry.field.length === 1 && entry.field[0] === status && op !== 'removed') {
    const now = w.assessed(id, statusWord(entry.after, lang, shown));
    return op === 'changed' ? `${now} (${w.was} ${statusWord(entry.before, lang, shown)})` : now;
  }
  return undefined;
}
