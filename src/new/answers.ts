import type { Samtykkeform } from '../plan/generated/plan-types.js';
import type { PlanLang } from '../plan/vocabulary.js';
import type { Interpreter, ParticipantInput, Representative } from './parse.js';

/**
 * What `ip new` needs to know, whichever way it was told: flags, an answers
 * file, or questions. Every field is optional until the interview or the
 * defaults fill it in; `null` means "asked, and the answer is none".
 */

export type { PlanLang };
export const PLAN_LANGS: readonly PlanLang[] = ['nb', 'nn', 'en'];

export type ConsentBy = 'self' | Representative;
export const CONSENT_BY: readonly ConsentBy[] = ['self', 'foresatt', 'verge', 'framtidsfullmektig'];
export type ConsentForm = Samtykkeform;
export const CONSENT_FORMS: readonly ConsentForm[] = ['skriftlig', 'muntlig'];

export interface Answers {
  planLang?: PlanLang;
  person?: string;
  birthDate?: string | null;
  fodselsnummer?: string | null;
  interpreter?: Interpreter | null;
  /** What the person contributes (their `bidrag`). */
  personContribution?: string;
  consentDate?: string;
  consentBy?: ConsentBy;
  /** The representatives who consented, by name (both holders of parental responsibility often sign). */
  consentByName?: string[];
  /** What each representative contributes, in the order of `consentByName`. */
  consentByContribution?: string[];
  consentForm?: ConsentForm;
  participants?: ParticipantInput[];
  /** A participant's name or id; `null` when no coordinator is chosen yet. */
  coordinator?: string | null;
  goals?: string[];
  resources?: string[];
  needs?: string[];
  from?: string;
  to?: string;
  evaluation?: string;
}

/** The answers nothing can default: without a terminal, their flags must be given. */
export function missingRequired(a: Answers): Array<'person' | 'consentForm' | 'consentByName'> {
  const missing: Array<'person' | 'consentForm' | 'consentByName'> = [];
  if (!a.person) missing.push('person');
  if (!a.consentForm) missing.push('consentForm');
  if (a.consentBy && a.consentBy !== 'self' && !(a.consentByName && a.consentByName.length > 0)) missing.push('consentByName');
  return missing;
}

/** Later sources win field by field (flags over an answers file). */
export function mergeAnswers(...sources: Answers[]): Answers {
  const out: Answers = {};
  for (const source of sources) {
    for (const [key, value] of Object.entries(source)) {
      if (value !== undefined) (out as Record<string, unknown>)[key] = value;
    }
  }
  return out;
}

export type { Interpreter, ParticipantInput };
