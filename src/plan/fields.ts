import type { IndividuellPlan } from './generated/plan-types.js';

/** The keys of `T` at any depth, through lists and nested objects. */
type KeysOf<T> = T extends readonly (infer U)[] ? KeysOf<U> : T extends object ? { [K in keyof T]-?: K | KeysOf<T[K]> }[keyof T] : never;

/** Every field name of the plan's format, at any depth (`koordinator`, `gitt_av`, `fra_tjeneste` …). */
export type FieldName = KeysOf<IndividuellPlan>;

/** A top-level field of a plan. */
export type PlanKey = keyof IndividuellPlan;

/** The top-level fields that hold lists. */
export type ListKey = { [K in PlanKey]-?: NonNullable<IndividuellPlan[K]> extends readonly unknown[] ? K : never }[PlanKey];

/** The consents in `samtykke`. */
export type ConsentKind = keyof IndividuellPlan['samtykke'];
