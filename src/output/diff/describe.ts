import { BODY, type Change, type PlanSide } from '../../diff/index.js';
import type { FieldName, ListKey, PlanKey } from '../../plan/fields.js';
import type { Deltaker, Delmål, Evaluering, Mål, Overgang, Samarbeid, Tiltak } from '../../plan/generated/plan-types.js';
import { written } from '../../plan/written.js';
import type { GroupId } from './vocab.js';
import { GROUP_ORDER } from './vocab.js';

/**
 * The change list, arranged for people: each change gets its group (key
 * changes, goals, measures …), the list item it belongs to with a short
 * label from the plan ("T1 «Bistand til boligsøknad»"), and participant ids
 * turned into names. The text and Markdown formatters both read this.
 */

/**
 * `assessment`: a change to an evaluation's `vurderinger` (the whole
 * assessment, or one of its fields); `member`: a value added to or removed
 * from a set inside an item (`deltok`, `beslutninger`).
 */
export type EntryKind = 'field' | 'item' | 'sentence' | 'section' | 'withdrawn' | 'withdrawalRemoved' | 'accepted' | 'acceptanceRemoved' | 'assessment' | 'member';

export interface Subject {
  /** The list (`tiltak`, `deltakere`, a goal's `delmål` …) or `brødtekst`. */
  list: string;
  /** The item's id or natural key; the heading for a section ('' for the text before the first heading). */
  key: string;
  /** A few words from the plan that say which item this is. */
  label?: string;
}

export interface Entry {
  change: Change;
  kind: EntryKind;
  group: GroupId;
  subject?: Subject;
  /** The path below the subject; the whole path for a field outside lists. */
  field: string[];
  before?: unknown;
  after?: unknown;
  /** False when the values are withheld (a fødselsnummer changed). */
  shown: boolean;
  /** For an assessment: the goal or sub-goal it assesses (its `gjelder`, as the path names it). */
  assessed?: string;
}

export interface Block {
  group: GroupId;
  entries: Entry[];
}

// The names are the format's (the generated types); the sets take any path step.
const ITEM_LISTS: ReadonlySet<string> = new Set<ListKey>(['deltakere', 'mål', 'tiltak', 'samarbeid', 'overganger', 'evalueringer']);
const SENTENCE_LISTS: ReadonlySet<string> = new Set<ListKey>(['ressurser', 'behov']);
const KEY_GROUP: ReadonlySet<string> = new Set<PlanKey>(['koordinator', 'barnekoordinator', 'status', 'avsluttet', 'planperiode', 'godkjent', 'samtykke']);
const PLAN_GROUP: ReadonlySet<string> = new Set<PlanKey>(['ip', 'id', 'språk', 'eier', 'arkiv']);
/** Fields whose values are participant ids, shown as "Name (id)". */
const PARTICIPANT_FIELDS: ReadonlySet<string> = new Set<FieldName>(['koordinator', 'ansvarlig', 'ny_koordinator', 'gitt_av', 'av', 'deltok']);
/** Sets inside an evaluation, whose values are added and removed one by one (src/diff/index.ts). */
const MEMBER_FIELDS: ReadonlySet<string> = new Set<keyof Evaluering>(['deltok', 'beslutninger']);
const SUB_GOALS = 'delmål' satisfies keyof Mål;
const ASSESSMENTS = 'vurderinger' satisfies keyof Evaluering;

/** Where a change lies in a sub-goal (`["mål", M1, "delmål", M1a, …]`) or an assessment (`["evalueringer", E1, "vurderinger", M1a, …]`). */
function isSubGoal(path: readonly string[]): boolean {
  return path[0] === 'mål' && path[2] === SUB_GOALS && path.length >= 4;
}
function isAssessment(path: readonly string[]): boolean {
  return path[0] === 'evalueringer' && path[2] === ASSESSMENTS && path.length >= 4;
}

function groupOf(head: string): GroupId {
  if (KEY_GROUP.has(head)) return 'key';
  if (PLAN_GROUP.has(head)) return 'plan';
  if (head === 'person') return 'person';
  if (head === BODY) return 'body';
  if (ITEM_LISTS.has(head) || SENTENCE_LISTS.has(head)) return head as GroupId;
  return 'other';
}

function isObj(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.replace(/\s+/g, ' ').trim() : undefined;
}

type Index = Map<string, Record<string, unknown>[]>;

/** Each list's items by key, built once per list: a lookup per change must not walk the list (a plan may hold many thousands of items). */
const INDEXES = new WeakMap<readonly unknown[], Index>();

function norm(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v.normalize('NFC') : undefined;
}

/** The same rule as the core: cooperation by its party; other items by id, else by date. */
function keyOfItem(list: string, item: Record<string, unknown>): string | undefined {
  return list === 'samarbeid' ? norm(written<Samarbeid>(item)?.part) : (norm(written<Evaluering | Overgang>(item)?.id) ?? norm(written<Evaluering | Overgang>(item)?.dato));
}

function indexOf(items: unknown, list: string): Index {
  if (!Array.isArray(items)) return new Map();
  let index = INDEXES.get(items);
  if (index) return index;
  index = new Map();
  INDEXES.set(items, index);
  for (const item of items) {
    if (!isObj(item)) continue;
    const key = keyOfItem(list, item);
    if (key === undefined) continue;
    const same = index.get(key);
    if (same) same.push(item);
    else index.set(key, [item]);
  }
  return index;
}

/** The item with this key in a list (by id or natural key; `key#2` is the second such item), for its label. */
function findIn(items: unknown, list: string, key: string): Record<string, unknown> | undefined {
  const m = /^(.*)#(\d+)$/.exec(key);
  const bare = m ? m[1]! : key;
  const nth = m ? Number(m[2]) : 1;
  return indexOf(items, list).get(bare)?.[nth - 1];
}

function findItem(plan: PlanSide, list: string, key: string): Record<string, unknown> | undefined {
  return findIn(plan.data[list], list, key);
}

/** A sub-goal, by its goal's key and its own. */
function findSubGoal(plan: PlanSide, goal: string, key: string): Record<string, unknown> | undefined {
  return findIn(written<Mål>(findItem(plan, 'mål', goal))?.delmål, SUB_GOALS, key);
}

/** A few words that say which item this is, from the item as written (values of any type; names of the format). */
function labelOf(list: string, key: string, item: Record<string, unknown> | undefined): string | undefined {
  if (!item) return undefined;
  const id = written<Evaluering | Overgang>(item)?.id;
  const keyIsId = typeof id === 'string' && id.normalize('NFC') === key.replace(/#\d+$/, '');
  switch (list) {
    case 'deltakere':
      return str(written<Deltaker>(item)?.navn);
    case 'mål':
      return str(written<Mål>(item)?.tekst);
    case 'tiltak':
      return str(written<Tiltak>(item)?.tekst);
    case SUB_GOALS:
      return str(written<Delmål>(item)?.tekst);
    case 'evalueringer': {
      const e = written<Evaluering>(item);
      const parts = [keyIsId ? str(e?.dato) : undefined, str(e?.type)].filter(Boolean);
      return parts.length > 0 ? parts.join(', ') : undefined;
    }
    case 'overganger': {
      const o = written<Overgang>(item);
      const route = [str(o?.fra_tjeneste), str(o?.til_tjeneste)].filter(Boolean).join(' → ');
      const parts = [keyIsId ? str(o?.dato) : undefined, route || undefined].filter(Boolean);
      return parts.length > 0 ? parts.join(', ') : undefined;
    }
    default:
      return undefined;
  }
}

/** Participant ids as "Name (id)", looked up in the plan the value comes from. */
function personRef(id: unknown, plan: PlanSide): unknown {
  if (typeof id !== 'string') return id;
  const p = written<Deltaker>(findItem(plan, 'deltakere', id));
  const name = p ? str(p.navn) : undefined;
  return name && p && p.id === id ? `${name} (${id})` : id;
}

function resolveRefs(value: unknown, key: string | undefined, parent: string | undefined, plan: PlanSide): unknown {
  const isRef = key !== undefined && (PARTICIPANT_FIELDS.has(key) || (key === 'deltakere' && parent === 'taushetsplikt'));
  if (isRef) return Array.isArray(value) ? value.map((v) => personRef(v, plan)) : personRef(value, plan);
  if (isObj(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = resolveRefs(v, k, key, plan);
    return out;
  }
  return value;
}

function kindOf(change: Change): EntryKind {
  const [head, second, third] = change.path;
  if (head === 'samtykke' && third === 'trukket' && change.path.length === 3) {
    if (change.op === 'added') return 'withdrawn';
    if (change.op === 'removed') return 'withdrawalRemoved';
  }
  if (head === 'godkjent' && change.path.length === 1) {
    if (change.op === 'added') return 'accepted';
    if (change.op === 'removed') return 'acceptanceRemoved';
  }
  if (head === BODY) return 'section';
  if (isAssessment(change.path)) return 'assessment';
  if (isSubGoal(change.path)) return change.path.length === 4 ? 'item' : 'field';
  if (head === 'evalueringer' && change.path.length === 3 && MEMBER_FIELDS.has(third!) && change.op !== 'changed') return 'member';
  if (SENTENCE_LISTS.has(head!) && change.path.length === 1 && change.op !== 'changed' && !Array.isArray(change.before ?? change.after)) return 'sentence';
  if (ITEM_LISTS.has(head!) && second !== undefined && change.path.length === 2) return 'item';
  return 'field';
}

function entryOf(change: Change, before: PlanSide, after: PlanSide): Entry {
  const kind = kindOf(change);
  const [head] = change.path;
  const shown = 'before' in change || 'after' in change;
  const entry: Entry = { change, kind, group: groupOf(head!), field: change.path, shown };

  if (kind === 'section') {
    entry.subject = { list: BODY, key: change.path[1] ?? '' };
    entry.field = [];
  } else if (isSubGoal(change.path)) {
    const [, goal, , key] = change.path as [string, string, string, string];
    const label = labelOf(SUB_GOALS, key, findSubGoal(after, goal, key)) ?? labelOf(SUB_GOALS, key, findSubGoal(before, goal, key));
    entry.subject = { list: SUB_GOALS, key, ...(label ? { label } : {}) };
    entry.field = change.path.slice(4);
  } else if (ITEM_LISTS.has(head!) && change.path.length >= 2) {
    const key = change.path[1]!;
    const label = labelOf(head!, key, findItem(after, head!, key)) ?? labelOf(head!, key, findItem(before, head!, key));
    entry.subject = { list: head!, key, ...(label ? { label } : {}) };
    entry.field = change.path.slice(2);
  }
  if (kind === 'assessment') {
    entry.assessed = change.path[3]!;
    entry.field = change.path.slice(4);
  }
  const last = entry.field[entry.field.length - 1] ?? (kind === 'item' || kind === 'assessment' ? undefined : head);
  const parent = entry.field[entry.field.length - 2];
  if ('before' in change) entry.before = resolveRefs(change.before, last, parent, before);
  if ('after' in change) entry.after = resolveRefs(change.after, last, parent, after);
  return entry;
}

/** A body section's text on one side (sections are text; the side without the section has none). */
export function sectionText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Changes in their groups, in the order the groups are shown; within a group, in the core's order. */
export function describe(changes: readonly Change[], before: PlanSide, after: PlanSide): Block[] {
  const byGroup = new Map<GroupId, Entry[]>();
  for (const change of changes) {
    const entry = entryOf(change, before, after);
    const list = byGroup.get(entry.group);
    if (list) list.push(entry);
    else byGroup.set(entry.group, [entry]);
  }
  return GROUP_ORDER.filter((g) => byGroup.has(g)).map((group) => ({ group, entries: byGroup.get(group)! }));
}

/** The kinds of change shown under their item's heading, one line each. */
const IN_ITEM: ReadonlySet<EntryKind> = new Set<EntryKind>(['field', 'assessment', 'member']);

/** Entries in a row that belong to the same list item, so they are shown under one heading. */
export function runs(entries: readonly Entry[]): Entry[][] {
  const out: Entry[][] = [];
  for (const entry of entries) {
    const prev = out[out.length - 1];
    const same =
      prev &&
      entry.subject &&
      IN_ITEM.has(entry.kind) &&
      IN_ITEM.has(prev[0]!.kind) &&
      prev[0]!.subject?.list === entry.subject.list &&
      prev[0]!.subject?.key === entry.subject.key;
    if (same) prev.push(entry);
    else out.push([entry]);
  }
  return out;
}
