import { daysInMonth, formatDate } from '../plan/dates.js';
import { cleanText, matchEnum } from '../input/values.js';
import { parseIdNumber, idNumberMatchesBirthDate } from '../plan/fodselsnummer.js';
import type { Tolketype } from '../plan/generated/plan-types.js';
import type { OtherRole } from '../plan/vocabulary.js';

/**
 * Reading what a person types or a script passes for a new plan:
 * participants, interpreter needs, contact details (dates, text and enum
 * values: src/input/values.ts). Pure functions; each returns the value
 * in the plan's own form, or a reason code the caller puts into words.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/** The same day `months` later; the 31st becomes the month's last day where the month is shorter. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return formatDate(year, month, Math.min(d, daysInMonth(year, month)));
}

export type FnrCheck = { ok: true; birthDate?: string } | { ok: false; reason: 'format' | 'check-digits' | 'date' | 'birth-date' };

/** A fødselsnummer or D-number as typed (spaces allowed), checked on its own and against a known birth date. */
export function checkFodselsnummer(value: string, birthDate?: string): FnrCheck & { value: string } {
  const digits = value.replace(/\s+/g, '');
  const parsed = parseIdNumber(digits);
  if (!parsed.valid) return { ok: false, reason: parsed.reason, value: digits };
  if (birthDate && !idNumberMatchesBirthDate(parsed, birthDate)) return { ok: false, reason: 'birth-date', value: digits };
  return { ok: true, value: digits, ...(parsed.birthDate ? { birthDate: parsed.birthDate } : {}) };
}

export const ROLES = ['tjenesteyter', 'bidragsyter', 'pårørende', 'foresatt', 'verge', 'framtidsfullmektig'] as const satisfies readonly OtherRole[];
export type ParticipantRole = (typeof ROLES)[number];
export const REPRESENTATIVES = ['foresatt', 'verge', 'framtidsfullmektig'] as const satisfies readonly OtherRole[];
export type Representative = (typeof REPRESENTATIVES)[number];
export const INTERPRETER_TYPES = ['talespråk', 'tegnspråk', 'skrivetolk'] as const satisfies readonly Tolketype[];
export type InterpreterType = (typeof INTERPRETER_TYPES)[number];

export interface Contact {
  telefon?: string;
  epost?: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9][0-9 ()-]{2,}$/;

/** "phone", "e-mail" or both separated by a comma. */
export function parseContact(value: string): Parsed<Contact | undefined> {
  const parts = value
    .split(',')
    .map((p) => cleanText(p))
    .filter((p) => p !== '');
  if (parts.length === 0) return { ok: true, value: undefined };
  const contact: Contact = {};
  for (const part of parts) {
    if (part.includes('@')) {
      if (!EMAIL.test(part) || contact.epost) return { ok: false, reason: 'contact' };
      contact.epost = part;
    } else {
      if (!PHONE.test(part) || contact.telefon) return { ok: false, reason: 'contact' };
      contact.telefon = part;
    }
  }
  return { ok: true, value: contact };
}

export interface ParticipantInput {
  navn: string;
  rolle: ParticipantRole;
  virksomhet?: string;
  kontakt?: Contact;
  bidrag?: string;
}

/** `--participant "Navn;rolle;virksomhet;bidrag[;kontakt]"`: name and role required, the rest may be empty. */
export function parseParticipant(value: string): Parsed<ParticipantInput> {
  const fields = value.split(';').map((f) => cleanText(f));
  if (fields.length < 2 || fields.length > 5) return { ok: false, reason: 'participant-shape' };
  const [navn = '', rolleText = '', virksomhet = '', bidrag = '', kontaktText = ''] = fields;
  if (navn === '') return { ok: false, reason: 'participant-name' };
  const rolle = matchEnum(rolleText, ROLES);
  if (!rolle) return { ok: false, reason: rolleText.toLowerCase() === 'tjenestemottaker' ? 'participant-person' : 'participant-role' };
  const kontakt = parseContact(kontaktText);
  if (!kontakt.ok) return kontakt;
  return {
    ok: true,
    value: { navn, rolle, ...(virksomhet ? { virksomhet } : {}), ...(kontakt.value ? { kontakt: kontakt.value } : {}), ...(bidrag ? { bidrag } : {}) },
  };
}

export interface Interpreter {
  språk: string;
  type?: InterpreterType;
}

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** `--interpreter LANG[:type]`, e.g. `ar`, `ar:talespråk`, `nsi:tegnspråk` (Norwegian sign language). */
export function parseInterpreter(value: string): Parsed<Interpreter> {
  const [lang = '', type, ...rest] = value.split(':').map((s) => s.trim());
  if (rest.length > 0 || !LANGUAGE_TAG.test(lang)) return { ok: false, reason: 'interpreter-language' };
  if (type === undefined || type === '') return { ok: true, value: { språk: lang } };
  const t = matchEnum(type, INTERPRETER_TYPES);
  if (!t) return { ok: false, reason: 'interpreter-type' };
  return { ok: true, value: { språk: lang, type: t } };
}

export function isLanguageTag(value: string): boolean {
  return LANGUAGE_TAG.test(value.trim());
}
