import type { Duration } from '../../due/duration.js';
import type { DueItem } from '../../due/types.js';
import type { Lang } from '../lang.js';
import { sanitizeEcho } from '../../plan/text.js';

/** What every `ip due` formatter gets. */
export interface DueReport {
  today: string;
  /** Last day of the window, inclusive. */
  until: string;
  within: Duration;
  items: DueItem[];
  /** Paths of plans that could not be read fully. */
  incomplete: string[];
  /** How many open plans the list covers (under --coordinator, that caseload's). */
  plans: number;
  /** Whether --coordinator narrowed the list. */
  byCoordinator?: boolean;
}

export interface DueFormatOptions {
  lang: Lang;
  /** Show people's names (a terminal, or --names). Otherwise plan ids only. */
  names: boolean;
}

/** Text from a plan that may be shown (names, service names): no control characters, bounded length. */
export function clean(value: string, max = 60): string {
  return sanitizeEcho(value, max);
}

/**
 * How a plan is named in a list: its id (its path when it has none, as in the
 * JSON), with the person's name where names may be shown.
 */
export function planLabel(item: DueItem, options: DueFormatOptions): string {
  const id = item.plan !== undefined ? clean(item.plan) : clean(item.path, 1000);
  return options.names && item.name !== undefined ? `${id} ${clean(item.name)}` : id;
}

/** The coordinator as shown where names may be: name, else e-mail. */
export function coordinatorLabel(item: DueItem): string | undefined {
  const c = item.coordinator;
  const value = c?.name ?? c?.email;
  return value !== undefined ? clean(value) : undefined;
}

export function countPlans(items: readonly DueItem[]): number {
  return new Set(items.map((i) => i.path)).size;
}
