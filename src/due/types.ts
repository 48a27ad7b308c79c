import type { ConsentKind } from '../plan/fields.js';

/** The brief's `kind` values for a due point. */
export const DUE_KINDS = ['evaluering', 'revisjon', 'planperiode', 'tiltak', 'vedtak', 'overgang', 'frist', 'samtykke', 'barnekoordinator'] as const;
export type DueKind = (typeof DUE_KINDS)[number];

/** What the person does with a foresatt's consent at 16 and at 18. */
export type ConsentRenewal = 'confirm' | 'obtain';

/** The consents in `samtykke` a renewal point may concern. */
export type { ConsentKind };

/** One dated point in one plan, before it is placed against today. */
export interface DuePoint {
  kind: DueKind;
  date: string;
  /**
   * Names the point within its plan, independent of its date, so a calendar
   * event keeps its UID when the date moves: `evaluering/E1`, `tiltak/T2`,
   * `planperiode`, `evaluering/#3` for an entry without an id (its position),
   * `frist/M1/#2` for a sub-goal without an id (its goal's key part, its position).
   */
  key: string;
  /** Goal, sub-goal or measure ids the point concerns; empty means the whole plan. */
  concerns: string[];
  /** The entry's own id (evaluation, measure, transition, goal, sub-goal), when it has one. */
  ref?: string;
  /** For `frist`: the deadline is a sub-goal's (`mål[].delmål[].frist`). Not in the JSON output: the kind stays `frist`. */
  subGoal?: true;
  /** For `samtykke`: which consents a foresatt gave that the person must now see to. */
  consents?: ConsentKind[];
  /**
   * For `samtykke`: at 16 the person's own consent applies in health matters,
   * so a foresatt's consent should be `confirm`ed by the person; at 18 it must
   * be `obtain`ed from the person again (unless a verge or framtidsfullmektig
   * covers it). Not in the JSON output: the kind stays `samtykke`.
   */
  renewal?: ConsentRenewal;
  /** For `overgang`: the services it moves between (free text from the plan; shown only where names are). */
  from?: string;
  to?: string;
}

/** What `ip due` needs to know about a plan besides its points. */
export interface PlanSummary {
  path: string;
  /** The plan's `id`, when it has a usable one. */
  id?: string;
  /** `person.navn`, shown only on a terminal or with --names. */
  name?: string;
  coordinator?: { name?: string; email?: string };
}

/** A point placed against today: what the formatters get. */
export interface DueItem extends DuePoint {
  path: string;
  plan?: string;
  name?: string;
  coordinator?: { name?: string; email?: string };
  overdue: boolean;
  /** Days from today to the date (negative when overdue). */
  days: number;
}
