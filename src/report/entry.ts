import { addDays } from '../due/calendar.js';
import { lastHeld, viewPoints } from '../due/points.js';
import { asDate } from '../plan/dates.js';
import { sanitizeEcho } from '../plan/text.js';
import type { PlanData, PlanStatus } from '../plan/types.js';
import { nonEmpty, planView, type PlanView } from '../plan/view.js';
import type { AttentionPoint, CoordinatorRef, ReportEntry } from './types.js';

/** How far ahead consents, transitions, decisions and a child coordinator's end are flagged: the report's "soon". */
export const ATTENTION_DAYS = 90;

export interface EntryInput {
  path: string;
  data?: PlanData;
  status?: PlanStatus;
  /** The view the checks built from `data`, where they ran: not built again. */
  view?: PlanView;
  today: string;
}

/** ip due's kinds of point that the report lists as needing attention (evaluations have their own section). */
const DUE_ATTENTION = new Set(['samtykke', 'barnekoordinator', 'overgang', 'vedtak']);

const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const DIGIT_RUN = /\p{Nd}{6}/u;

/**
 * Text from a plan that the report repeats (ids, a virksomhet, a coordinator's
 * name): control characters removed, length capped, and a run of six or more
 * digits replaced, so a fødselsnummer written into an id never shows, in any
 * format.
 */
export function shown(value: string, max = 80): string {
  // Most ids and names are short and plain: test before building new strings (this runs for every plan).
  if (value.length <= max && !UNSAFE.test(value) && !DIGIT_RUN.test(value)) return value;
  return sanitizeEcho(sanitizeEcho(value, Number.POSITIVE_INFINITY).replace(/\p{Nd}{6,}/gu, '…'), max);
}

function coordinatorOf(plan: PlanView): CoordinatorRef | undefined {
  const id = nonEmpty(plan.koordinator);
  if (id === undefined) return undefined;
  // The first participant with the id, as participants() in src/plan/access.ts finds it, without building its map for every plan.
  const found = plan.deltakere?.find((p) => p?.id === id);
  if (!found) return undefined;
  const ref: CoordinatorRef = { id: shown(id) };
  const virksomhet = nonEmpty(found.virksomhet);
  if (virksomhet !== undefined) ref.virksomhet = shown(virksomhet);
  const name = nonEmpty(found.navn);
  if (name !== undefined) ref.name = shown(name);
  return ref;
}

/** Consents withdrawn (`trukket`) in an open plan: the plan cannot go on as it is. */
function withdrawn(plan: PlanView, out: AttentionPoint[]): void {
  const samtykke = plan.samtykke;
  if (!samtykke) return;
  for (const consent of [samtykke.utarbeidelse, samtykke.taushetsplikt]) {
    if (consent?.trukket === undefined) continue;
    const date = asDate(consent.trukket);
    out.push(date !== undefined ? { kind: 'samtykke_trukket', date } : { kind: 'samtykke_trukket' });
  }
}

/**
 * What the report keeps of one plan, taken as the plan is read: its id,
 * status, coordinator, the dates of its open evaluations, and what needs
 * attention within ATTENTION_DAYS, from ip due's points (src/due/points.ts).
 * Pure. Neither the person's name nor the fødselsnummer is kept.
 */
export function reportEntry({ path, data, status, view, today }: EntryInput): ReportEntry {
  const entry: ReportEntry = { path, evaluations: [], attention: [] };
  if (status) entry.status = status;
  if (!data) return entry;
  const plan = view ?? planView(data);
  const id = nonEmpty(plan.id);
  if (id !== undefined) entry.id = shown(id);
  const held = lastHeld(plan);
  if (held !== undefined) entry.lastHeld = held;
  const coordinator = coordinatorOf(plan);
  if (coordinator) entry.coordinator = coordinator;
  // A closed plan is kept for the record: nothing in it is due.
  if (plan.status === 'avsluttet') return entry;
  const until = addDays(today, ATTENTION_DAYS);
  for (const p of viewPoints(plan)) {
    if (p.kind === 'evaluering' || p.kind === 'revisjon') entry.evaluations.push(p.date);
    else if (DUE_ATTENTION.has(p.kind) && p.date <= until) {
      const item: AttentionPoint = { kind: p.kind as AttentionPoint['kind'], date: p.date };
      if (p.ref !== undefined) item.ref = shown(p.ref);
      if (p.renewal !== undefined) item.renewal = p.renewal;
      entry.attention.push(item);
    }
  }
  withdrawn(plan, entry.attention);
  return entry;
}
