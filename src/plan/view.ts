import type {
  Delmål,
  Deltaker,
  Evaluering,
  IdRefs,
  IndividuellPlan,
  Kontakt,
  Mål,
  Overgang,
  SamtykkeTaushetsplikt,
  SamtykkeUtarbeidelse,
  Tiltak,
  Vedtak,
  Vurdering,
} from './generated/plan-types.js';
import { PLAN_SHAPE } from './generated/plan-shape.js';
import type { Shape } from './shape.js';
import type { PlanData } from './types.js';

/**
 * The lenient view of a plan: how the core reads front matter. The schema
 * check (schema.ts) reports what is wrong with the data; the rules, due,
 * render and the checks across plans read what is right, by the schema's
 * own types, so a misspelt field name does not compile. (ip diff, which
 * reports every change as written, reads the data itself: written.ts.)
 *
 * - Every field is optional, at every depth: a plan being written lacks most.
 * - A value of the wrong JSON type is absent: a number where text belongs,
 *   null, an enum value outside the enum, a list where an object belongs.
 *   Nothing is converted or cast.
 * - A list keeps its length and indexes (findings name `tiltak[1].omfang`):
 *   an item of the wrong type is `undefined` in its slot, so the items after
 *   it keep their index; readers skip the `undefined` ones.
 * - Keys the schema does not know are left out (the schema reports them).
 * - Text is kept as written, the empty string too; where a reader treats
 *   empty text as absent, it says so (`nonEmpty`).
 *
 * Only JSON types are checked: patterns and formats (dates, ids) are the
 * schema's, and readers that need a date still ask `asDate`.
 *
 * Built once per plan where a plan is analysed, walking it once with plain
 * loops. An object or list that is already what its view would be (every
 * key known, every value of its type: nearly every plan) is its own view,
 * so a valid plan costs a walk and no copies. Do not modify a view.
 */

/** `T` with every field optional and read-only at every depth, list items possibly absent. */
export type Lenient<T> = T extends readonly (infer U)[]
  ? ReadonlyArray<Lenient<U> | undefined>
  : T extends object
    ? { readonly [K in keyof T]?: Lenient<T[K]> }
    : T;

/** Every field of a plan, as the view has them. */
export type PlanFields = Lenient<IndividuellPlan>;

declare const CHECKED: unique symbol;
/**
 * A plan's view. Only planView() makes one: raw front matter (`PlanData`,
 * which would otherwise pass for a view with every field optional) cannot be
 * handed to code that reads a view.
 */
export type PlanView = PlanFields & { readonly [CHECKED]: true };
export type DeltakerView = Lenient<Deltaker>;
export type KontaktView = Lenient<Kontakt>;
export type MålView = Lenient<Mål>;
export type DelmålView = Lenient<Delmål>;
export type TiltakView = Lenient<Tiltak>;
export type VedtakView = Lenient<Vedtak>;
export type VurderingView = Lenient<Vurdering>;
export type OvergangView = Lenient<Overgang>;
export type EvalueringView = Lenient<Evaluering>;
export type SamtykkeUtarbeidelseView = Lenient<SamtykkeUtarbeidelse>;
export type SamtykkeTaushetspliktView = Lenient<SamtykkeTaushetsplikt>;
/** Either consent: what the two have in common, and `deltakere` where there is one. */
export type SamtykkeView = SamtykkeUtarbeidelseView | SamtykkeTaushetspliktView;
/** A reference: one id, or a list of ids. */
export type IdRefsView = Lenient<IdRefs>;

// ------------------------------------------------------------- the walk

/** The shape compiled for the walk: a kind to switch on, maps and sets to look up in. */
type Node =
  | { kind: typeof TEXT | typeof BOOLEAN | typeof NUMBER | typeof INTEGER }
  | { kind: typeof CONST; value: unknown }
  | { kind: typeof ENUM; values: ReadonlySet<unknown> }
  | { kind: typeof OBJECT; properties: ReadonlyMap<string, Node> }
  | { kind: typeof ARRAY; items: Node }
  | { kind: typeof ONE_OF; options: readonly Node[] };

const TEXT = 0;
const BOOLEAN = 1;
const NUMBER = 2;
const INTEGER = 3;
const CONST = 4;
const ENUM = 5;
const OBJECT = 6;
const ARRAY = 7;
const ONE_OF = 8;

function compile(shape: Shape): Node {
  if ('object' in shape) return { kind: OBJECT, properties: new Map(Object.entries(shape.object).map(([key, s]) => [key, compile(s)])) };
  if ('array' in shape) return { kind: ARRAY, items: compile(shape.array) };
  if ('oneOf' in shape) return { kind: ONE_OF, options: shape.oneOf.map(compile) };
  if ('enum' in shape) return { kind: ENUM, values: new Set(shape.enum) };
  if ('const' in shape) return { kind: CONST, value: shape.const };
  switch (shape.type) {
    case 'string':
      return { kind: TEXT };
    case 'boolean':
      return { kind: BOOLEAN };
    case 'number':
      return { kind: NUMBER };
    case 'integer':
      return { kind: INTEGER };
  }
}

const ROOT = compile(PLAN_SHAPE) as Extract<Node, { kind: typeof OBJECT }>;

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The value as its view, or undefined where it is not of its type. */
function viewOf(value: unknown, node: Node): unknown {
  switch (node.kind) {
    case TEXT:
      return typeof value === 'string' ? value : undefined;
    case BOOLEAN:
      return typeof value === 'boolean' ? value : undefined;
    case NUMBER:
      return typeof value === 'number' ? value : undefined;
    case INTEGER:
      return Number.isInteger(value) ? value : undefined;
    case CONST:
      return value === node.value ? value : undefined;
    case ENUM:
      return node.values.has(value) ? value : undefined;
    case OBJECT:
      return isObject(value) ? viewObject(value, node.properties) : undefined;
    case ARRAY:
      return Array.isArray(value) ? viewList(value, node.items) : undefined;
    case ONE_OF:
      for (const option of node.options) {
        const viewed = viewOf(value, option);
        if (viewed !== undefined) return viewed;
      }
      return undefined;
  }
}

/**
 * The known keys whose values read, as a new object only once a key is
 * unknown or a value does not read as it stands; until then the object is
 * its own view.
 */
function viewObject(value: Record<string, unknown>, properties: ReadonlyMap<string, Node>): Record<string, unknown> {
  let out: Record<string, unknown> | undefined;
  let same = 0;
  for (const key in value) {
    const raw = value[key];
    const node = properties.get(key);
    const viewed = node === undefined ? undefined : viewOf(raw, node);
    if (out === undefined) {
      if (viewed !== undefined && viewed === raw) {
        same++;
        continue;
      }
      out = firstKeys(value, same);
    }
    if (viewed !== undefined) out[key] = viewed;
  }
  return out ?? value;
}

/** A new object with the first `n` keys of `value` (all known, all read as they stand). */
function firstKeys(value: Record<string, unknown>, n: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (n === 0) return out;
  let i = 0;
  for (const key in value) {
    out[key] = value[key];
    if (++i === n) break;
  }
  return out;
}

/** Every item as its view, `undefined` where it does not read; the list itself while every item reads as it stands. */
function viewList(list: readonly unknown[], items: Node): readonly unknown[] {
  let out: unknown[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const raw = list[i];
    const viewed = viewOf(raw, items);
    if (out === undefined) {
      if (viewed === raw) continue;
      out = list.slice(0, i);
    }
    out.push(viewed);
  }
  return out ?? list;
}

// ------------------------------------------------------------- reading

/** The one checked conversion from parsed front matter to the plan as the core reads it. */
export function planView(data: PlanData): PlanView {
  return viewObject(data, ROOT.properties) as PlanView;
}

/**
 * One top-level field as its view, without building the whole view (the
 * plan's status where it is read and not analysed; the few fields the
 * checks across plans keep).
 */
export function fieldView<K extends keyof PlanFields>(data: PlanData, key: K): PlanFields[K] {
  const node = ROOT.properties.get(key);
  return (node === undefined ? undefined : viewOf(data[key], node)) as PlanFields[K];
}

/** Text where empty text counts as absent (ids, names, references looked up). */
export function nonEmpty(value: string | undefined): string | undefined {
  return value === '' ? undefined : value;
}
