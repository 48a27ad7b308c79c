import { InputProblem, type Source } from '../input/problem.js';
import { cleanText, matchEnum } from '../input/values.js';
import { daysInMonth, parseDateInput } from '../plan/dates.js';
import type { Vurderingsstatus } from '../plan/generated/plan-types.js';
import { suggestKey } from '../plan/suggest.js';
import { sanitizeEcho } from '../plan/text.js';

/**
 * What `ip evaluate` is told, whichever way: flags, an answers file, or
 * questions. Flags and answers files speak the same names (`--took-part` is
 * `tookPart` or `took-part` in a file). Values are checked here, before any
 * question; ids are checked against the plan in checkAgainstPlan.
 */

export const ASSESSMENT_STATUSES: readonly Vurderingsstatus[] = ['nådd', 'delvis', 'ikke_nådd', 'endret'];
/** Named in `--status ID=skip`: the goal is not assessed this time, and not asked about. */
export const SKIP = 'skip';
export type StatusAnswer = Vurderingsstatus | typeof SKIP;

export interface EvaluateAnswers {
  held?: string;
  tookPart?: string[];
  /** By goal id, in the order given. */
  status?: Record<string, StatusAnswer>;
  note?: Record<string, string>;
  decisions?: string[];
  /** `null`: no next evaluation. */
  next?: string | null;
}

export const EVALUATE_FLAGS = {
  held: '--held',
  tookPart: '--took-part',
  status: '--status',
  note: '--note',
  decision: '--decision',
  next: '--next',
} as const;
export type EvaluateKey = keyof typeof EVALUATE_FLAGS;
const KEYS = Object.keys(EVALUATE_FLAGS) as EvaluateKey[];
const ALIASES: Record<string, EvaluateKey> = { statuses: 'status', notes: 'note', decisions: 'decision', participants: 'tookPart', deltok: 'tookPart', utført: 'held' };

export type RawEvaluateAnswers = Partial<Record<EvaluateKey, unknown>>;

/** The words that mean "no next evaluation", in either language. */
export function isNoneWord(value: string): boolean {
  return /^(none|no|ingen|nei|-)$/i.test(value.trim());
}

function label(key: EvaluateKey, source: Source): string {
  return source.kind === 'flag' ? EVALUATE_FLAGS[key] : `${key} (${source.file})`;
}

function problem(code: string, key: EvaluateKey, source: Source, extra: Record<string, string> = {}): InputProblem {
  return new InputProblem(code, { field: label(key, source), ...extra });
}

function asText(value: unknown, key: EvaluateKey, source: Source): string {
  if (typeof value === 'string') return value;
  throw problem('not-text', key, source);
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

/** A date written the right way that names no day in the calendar (31.02.2027, 2027-13-01): its year, month and the month's days. */
export function impossibleDate(value: string): { year: number; month: number; days: number } | undefined {
  const v = value.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  const nor = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
  const [year, month] = iso ? [Number(iso[1]), Number(iso[2])] : nor ? [Number(nor[3]), Number(nor[2])] : [NaN, NaN];
  if (Number.isNaN(year) || parseDateInput(v) !== undefined) return undefined;
  return { year, month, days: month >= 1 && month <= 12 ? daysInMonth(year, month) : 0 };
}

function date(value: unknown, key: EvaluateKey, source: Source): string {
  const text = asText(value, key, source);
  const parsed = parseDateInput(text);
  if (parsed) return parsed;
  const impossible = impossibleDate(text);
  if (impossible) return noSuchDay(impossible, key, source);
  throw problem('bad-date', key, source);
}

function noSuchDay(d: { year: number; month: number; days: number }, key: EvaluateKey, source: Source): never {
  if (d.days === 0) throw problem('no-such-month', key, source);
  throw problem('no-such-day', key, source, { year: String(d.year), month: String(d.month), days: String(d.days) });
}

/** `nådd`, `nadd`, `ikke-nådd`, `ikke nådd`, `IKKE_NAADD` … and `skip`. */
export function parseStatus(value: string): StatusAnswer | undefined {
  const v = value.trim().replace(/[\s-]+/g, '_');
  if (v.toLowerCase() === SKIP) return SKIP;
  return matchEnum(v, ASSESSMENT_STATUSES);
}

/** An id as the plan writes ids (letters, digits, `_`, `-`), or undefined. */
function idOf(value: string): string | undefined {
  const id = value.trim().normalize('NFC');
  return /^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u.test(id) ? id : undefined;
}

/** `ID=value` pairs: from `--status M1=nådd` (commas allowed: `M1=nådd,M2=delvis`), or a mapping in a file. */
function pairs(value: unknown, key: EvaluateKey, source: Source, splitCommas: boolean): Array<[string, unknown]> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return Object.entries(value as Record<string, unknown>);
  const out: Array<[string, unknown]> = [];
  for (const item of asList(value)) {
    const text = asText(item, key, source);
    for (const part of splitCommas ? text.split(',') : [text]) {
      const at = part.indexOf('=');
      if (at <= 0) throw problem('bad-pair', key, source);
      out.push([part.slice(0, at), part.slice(at + 1)]);
    }
  }
  return out;
}

function goalId(raw: string, key: EvaluateKey, source: Source): string {
  // A space inside (`M 1`) is let through to the check against the plan, which names the id meant.
  const id = idOf(raw.replace(/\s+/g, '')) !== undefined ? raw.trim().normalize('NFC').replace(/\s+/g, ' ') : undefined;
  if (!id) throw problem('bad-id', key, source, { id: sanitizeEcho(raw) });
  return id;
}

function statuses(value: unknown, source: Source): Record<string, StatusAnswer> {
  const out: Record<string, StatusAnswer> = {};
  for (const [rawId, rawStatus] of pairs(value, 'status', source, true)) {
    const id = goalId(rawId, 'status', source);
    const status = typeof rawStatus === 'string' ? parseStatus(rawStatus) : undefined;
    if (!status) throw problem('bad-status', 'status', source, { id, allowed: [...ASSESSMENT_STATUSES, SKIP].join(', ') });
    // Two different statuses for one goal: which one was meant cannot be told, so neither is taken.
    if (out[id] !== undefined && out[id] !== status) throw problem('status-twice', 'status', source, { id });
    out[id] = status;
  }
  return out;
}

function notes(value: unknown, source: Source): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [rawId, rawNote] of pairs(value, 'note', source, false)) {
    const id = goalId(rawId, 'note', source);
    const note = cleanText(asText(rawNote, 'note', source));
    if (note !== '') out[id] = note;
  }
  return out;
}

function participantIds(value: unknown, source: Source): string[] {
  const out: string[] = [];
  for (const item of asList(value)) {
    for (const part of asText(item, 'tookPart', source).split(',')) {
      if (part.trim() === '') continue;
      const id = idOf(part);
      if (!id) throw problem('bad-id', 'tookPart', source, { id: sanitizeEcho(part) });
      if (!out.includes(id)) out.push(id);
    }
  }
  return out;
}

/** Raw values by key into checked answers. */
export function normalizeEvaluateAnswers(raw: RawEvaluateAnswers, source: Source): EvaluateAnswers {
  const a: EvaluateAnswers = {};
  const has = (k: EvaluateKey) => raw[k] !== undefined;
  if (has('held')) a.held = date(raw.held, 'held', source);
  if (has('tookPart')) a.tookPart = raw.tookPart === null ? [] : participantIds(raw.tookPart, source);
  if (has('status')) a.status = raw.status === null ? {} : statuses(raw.status, source);
  if (has('note')) a.note = raw.note === null ? {} : notes(raw.note, source);
  if (has('decision')) {
    a.decisions = raw.decision === null ? [] : asList(raw.decision).map((d) => cleanText(asText(d, 'decision', source))).filter((d) => d !== '');
  }
  if (has('next')) {
    const next = raw.next;
    a.next = next === null || next === false || (typeof next === 'string' && isNoneWord(next)) ? null : date(next, 'next', source);
  }
  return a;
}

/** An answers file's top level into raw answers by key; an unknown key is an error with a suggestion. */
export function rawEvaluateFromFile(data: unknown, file: string): RawEvaluateAnswers {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new InputProblem('answers-not-mapping', { file });
  const raw: RawEvaluateAnswers = {};
  for (const [rawKey, value] of Object.entries(data as Record<string, unknown>)) {
    const camel = rawKey.normalize('NFC').replace(/-([a-zæøå])/g, (_m, c: string) => c.toUpperCase());
    const key = (KEYS as string[]).includes(camel) ? (camel as EvaluateKey) : ALIASES[camel];
    if (!key) {
      const suggestion = suggestKey(rawKey, [...KEYS, ...Object.keys(ALIASES)]);
      throw new InputProblem('answers-unknown-key', { file, key: sanitizeEcho(rawKey), ...(suggestion ? { suggestion } : {}) });
    }
    raw[key] = value;
  }
  return raw;
}

/** Flags over the answers file, field by field; statuses and notes goal by goal. */
export function mergeEvaluateAnswers(file: EvaluateAnswers, flags: EvaluateAnswers): EvaluateAnswers {
  const out: EvaluateAnswers = { ...file };
  for (const [key, value] of Object.entries(flags)) if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  if (file.status && flags.status) out.status = { ...file.status, ...flags.status };
  if (file.note && flags.note) out.note = { ...file.note, ...flags.note };
  return out;
}

export interface PlanFacts {
  /** In the plan's order. */
  goals: ReadonlySet<string>;
  participants: ReadonlySet<string>;
  /**
   * Whether a message may list the participants' ids: they are often first
   * names, so only to the person at a terminal, not into a log.
   */
  listParticipants: boolean;
}

/** Ids as a message lists them: cleaned, each short, the list not too long. */
function idList(ids: Iterable<string>): string {
  const all = [...ids].map((id) => sanitizeEcho(id, 20));
  return all.length > 30 ? `${all.slice(0, 30).join(', ')}, …` : all.join(', ');
}

/** The plan's id meant by one that differs only in case, spaces, `-` or `_` (m1, M-1). */
function nearMiss(id: string, ids: Iterable<string>): string | undefined {
  const key = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');
  const matches = [...ids].filter((known) => key(known) === key(id));
  return matches.length === 1 ? matches[0] : undefined;
}

function unknownGoal(id: string, key: 'status' | 'note', plan: PlanFacts, source: Source): InputProblem {
  const suggestion = nearMiss(id, plan.goals);
  return problem('unknown-goal', key, source, { id: sanitizeEcho(id), known: idList(plan.goals), ...(suggestion ? { suggestion: sanitizeEcho(suggestion) } : {}) });
}

/** Every goal id a goal or sub-goal of the plan, every participant id a participant (each source on its own, so the message names it). */
export function checkIds(a: EvaluateAnswers, plan: PlanFacts, source: Source): void {
  for (const id of Object.keys(a.status ?? {})) if (!plan.goals.has(id)) throw unknownGoal(id, 'status', plan, source);
  for (const id of Object.keys(a.note ?? {})) if (!plan.goals.has(id)) throw unknownGoal(id, 'note', plan, source);
  for (const id of a.tookPart ?? []) {
    if (!plan.participants.has(id)) throw problem('unknown-participant', 'tookPart', source, { id: sanitizeEcho(id), ...(plan.listParticipants ? { known: idList(plan.participants) } : {}) });
  }
}

/**
 * The answers together (flags and file merged): a note only beside a
 * status, the held date not after today, the next one after it.
 */
export function checkTogether(a: EvaluateAnswers, today: string): void {
  const source: Source = { kind: 'flag' };
  for (const id of Object.keys(a.note ?? {})) {
    const status = a.status?.[id];
    if (status === undefined || status === SKIP) throw problem('note-without-status', 'note', source, { id: sanitizeEcho(id) });
  }
  if (a.held !== undefined && a.held > today) throw problem('held-in-future', 'held', source);
  const held = a.held ?? today;
  if (typeof a.next === 'string' && a.next <= held) throw problem('next-not-after-held', 'next', source);
}
