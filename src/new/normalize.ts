import { suggestKey } from '../plan/suggest.js';
import { sanitizeEcho } from '../plan/text.js';
import { CONSENT_BY, CONSENT_FORMS, PLAN_LANGS, type Answers, type ConsentBy, type ConsentForm, type PlanLang } from './answers.js';
import { cleanText, matchEnum } from '../input/values.js';
import { parseDateInput } from '../plan/dates.js';
import {
  checkFodselsnummer,
  parseContact,
  parseInterpreter,
  parseParticipant,
  ROLES,
  INTERPRETER_TYPES,
  isLanguageTag,
  type Interpreter,
  type ParticipantInput,
} from './parse.js';
import { InputProblem, type Source } from '../input/problem.js';

/**
 * Flags and answers files into `Answers`. Both speak the same names: the
 * long flag (`--birth-date`) is the key `birthDate` or `birth-date` in a file.
 * Values are checked here, so a wrong one stops `ip new` before any question.
 */

/** Every answer, by its key, with the flag that gives it. */
export const ANSWER_FLAGS = {
  planLang: '--plan-lang',
  person: '--person',
  birthDate: '--birth-date',
  fodselsnummer: '--fodselsnummer',
  interpreter: '--interpreter',
  personContribution: '--person-contribution',
  consentDate: '--consent-date',
  consentBy: '--consent-by',
  consentByName: '--consent-by-name',
  consentForm: '--consent-form',
  participant: '--participant',
  coordinator: '--coordinator',
  goal: '--goal',
  resource: '--resource',
  need: '--need',
  from: '--from',
  to: '--to',
  evaluation: '--evaluation',
} as const;
export type AnswerKey = keyof typeof ANSWER_FLAGS;
const KEYS = Object.keys(ANSWER_FLAGS) as AnswerKey[];

/** Names an answers file may also use for a key. */
const ALIASES: Record<string, AnswerKey> = {
  participants: 'participant',
  goals: 'goal',
  resources: 'resource',
  needs: 'need',
  consentByNames: 'consentByName',
  fødselsnummer: 'fodselsnummer',
  lang: 'planLang',
};

export type RawAnswers = Partial<Record<AnswerKey, unknown>>;


function label(key: AnswerKey, source: Source): string {
  return source.kind === 'flag' ? ANSWER_FLAGS[key] : `${key} (${source.file})`;
}

function problem(code: string, key: AnswerKey, source: Source, extra: Record<string, string> = {}): InputProblem {
  return new InputProblem(code, { field: label(key, source), ...extra });
}

function asText(value: unknown, key: AnswerKey, source: Source): string {
  if (typeof value === 'string') return value;
  // A number where text was meant: an unquoted fødselsnummer in YAML loses its leading zero.
  if (typeof value === 'number' || typeof value === 'boolean') throw problem(key === 'fodselsnummer' ? 'quote-number' : 'not-text', key, source);
  throw problem('not-text', key, source);
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

function nonEmpty(value: unknown, key: AnswerKey, source: Source): string {
  const text = cleanText(asText(value, key, source));
  if (text === '') throw problem('empty', key, source);
  return text;
}

function date(value: unknown, key: AnswerKey, source: Source): string {
  const parsed = parseDateInput(asText(value, key, source));
  if (!parsed) throw problem('bad-date', key, source);
  return parsed;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], key: AnswerKey, source: Source): T {
  const found = matchEnum(asText(value, key, source), allowed);
  if (!found) throw problem('bad-choice', key, source, { allowed: allowed.join(', ') });
  return found;
}

function interpreter(value: unknown, source: Source): Interpreter | null {
  if (value === null || value === false) return null;
  if (typeof value === 'object' && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    const språk = typeof o.språk === 'string' ? o.språk.trim() : '';
    if (!isLanguageTag(språk)) throw problem('bad-interpreter', 'interpreter', source);
    if (o.type === undefined) return { språk };
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- any value is matched as text; one that is not text (an object included) matches no type
    const type = matchEnum(String(o.type), INTERPRETER_TYPES);
    if (!type) throw problem('bad-interpreter-type', 'interpreter', source, { allowed: INTERPRETER_TYPES.join(', ') });
    return { språk, type };
  }
  const parsed = parseInterpreter(asText(value, 'interpreter', source));
  if (!parsed.ok) throw problem(parsed.reason === 'interpreter-type' ? 'bad-interpreter-type' : 'bad-interpreter', 'interpreter', source, { allowed: INTERPRETER_TYPES.join(', ') });
  return parsed.value;
}

const PARTICIPANT_KEYS = ['navn', 'rolle', 'virksomhet', 'kontakt', 'bidrag'];

function participant(value: unknown, index: number, source: Source): ParticipantInput {
  const at = { index: String(index + 1) };
  if (typeof value === 'string') {
    const parsed = parseParticipant(value);
    if (!parsed.ok) throw problem(parsed.reason, 'participant', source, { ...at, allowed: ROLES.join(', ') });
    return parsed.value;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw problem('participant-shape', 'participant', source, at);
  const o = value as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!PARTICIPANT_KEYS.includes(key.normalize('NFC'))) {
      const suggestion = suggestKey(key, PARTICIPANT_KEYS);
      throw problem('participant-key', 'participant', source, { ...at, allowed: PARTICIPANT_KEYS.join(', '), ...(suggestion ? { suggestion } : {}) });
    }
  }
  const navn = typeof o.navn === 'string' ? cleanText(o.navn) : '';
  if (navn === '') throw problem('participant-name', 'participant', source, at);
  const rolle = typeof o.rolle === 'string' ? matchEnum(o.rolle, ROLES) : undefined;
  if (!rolle) throw problem(o.rolle === 'tjenestemottaker' ? 'participant-person' : 'participant-role', 'participant', source, { ...at, allowed: ROLES.join(', ') });
  const out: ParticipantInput = { navn, rolle };
  if (typeof o.virksomhet === 'string' && cleanText(o.virksomhet)) out.virksomhet = cleanText(o.virksomhet);
  if (o.kontakt !== undefined && o.kontakt !== null) {
    const k = o.kontakt;
    const text =
      typeof k === 'string'
        ? k
        : typeof k === 'object' && !Array.isArray(k)
          ? [(k as Record<string, unknown>).telefon, (k as Record<string, unknown>).epost].filter((x) => typeof x === 'string').join(',')
          : '';
    const contact = parseContact(text);
    if (!contact.ok || !contact.value) throw problem('contact', 'participant', source, at);
    out.kontakt = contact.value;
  }
  if (typeof o.bidrag === 'string' && cleanText(o.bidrag)) out.bidrag = cleanText(o.bidrag);
  return out;
}

/** Raw values by answer key into checked `Answers`. */
export function normalizeAnswers(raw: RawAnswers, source: Source): Answers {
  const a: Answers = {};
  const has = (k: AnswerKey) => raw[k] !== undefined;
  if (has('planLang')) a.planLang = oneOf<PlanLang>(raw.planLang, PLAN_LANGS, 'planLang', source);
  if (has('person')) a.person = nonEmpty(raw.person, 'person', source);
  if (has('birthDate')) a.birthDate = raw.birthDate === null ? null : date(raw.birthDate, 'birthDate', source);
  if (has('fodselsnummer')) {
    if (raw.fodselsnummer === null) a.fodselsnummer = null;
    else {
      const checked = checkFodselsnummer(asText(raw.fodselsnummer, 'fodselsnummer', source), a.birthDate ?? undefined);
      if (!checked.ok) throw problem(`fnr-${checked.reason}`, 'fodselsnummer', source);
      a.fodselsnummer = checked.value;
    }
  }
  if (has('interpreter')) a.interpreter = interpreter(raw.interpreter, source);
  if (has('personContribution')) a.personContribution = nonEmpty(raw.personContribution, 'personContribution', source);
  if (has('consentDate')) a.consentDate = date(raw.consentDate, 'consentDate', source);
  if (has('consentBy')) a.consentBy = oneOf<ConsentBy>(raw.consentBy, CONSENT_BY, 'consentBy', source);
  if (has('consentByName')) a.consentByName = asList(raw.consentByName).map((v) => nonEmpty(v, 'consentByName', source));
  if (has('consentForm')) a.consentForm = oneOf<ConsentForm>(raw.consentForm, CONSENT_FORMS, 'consentForm', source);
  if (has('participant')) a.participants = asList(raw.participant).map((v, i) => participant(v, i, source));
  if (has('coordinator')) a.coordinator = raw.coordinator === null ? null : nonEmpty(raw.coordinator, 'coordinator', source);
  if (has('goal')) a.goals = asList(raw.goal).map((v) => nonEmpty(v, 'goal', source));
  if (has('resource')) a.resources = asList(raw.resource).map((v) => nonEmpty(v, 'resource', source));
  if (has('need')) a.needs = asList(raw.need).map((v) => nonEmpty(v, 'need', source));
  if (has('from')) a.from = date(raw.from, 'from', source);
  if (has('to')) a.to = date(raw.to, 'to', source);
  if (has('evaluation')) a.evaluation = date(raw.evaluation, 'evaluation', source);
  return a;
}

/** An answers file's top level (already parsed) into raw answers by key; unknown keys are an error with a suggestion. */
export function rawFromFile(data: unknown, file: string): RawAnswers {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new InputProblem('answers-not-mapping', { file });
  const raw: RawAnswers = {};
  for (const [rawKey, value] of Object.entries(data as Record<string, unknown>)) {
    const camel = rawKey.normalize('NFC').replace(/-([a-zæøå])/g, (_m, c: string) => c.toUpperCase());
    const key = (KEYS as string[]).includes(camel) ? (camel as AnswerKey) : ALIASES[camel];
    if (!key) {
      const suggestion = suggestKey(rawKey, [...KEYS, ...Object.keys(ALIASES)]);
      throw new InputProblem('answers-unknown-key', { file, key: sanitizeEcho(rawKey), ...(suggestion ? { suggestion } : {}) });
    }
    raw[key] = value;
  }
  return raw;
}
