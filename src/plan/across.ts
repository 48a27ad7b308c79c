import { birthDate } from './birth.js';
import type { Anchors } from './read-plan.js';
import type { Diagnostic, PlanStatus } from './types.js';
import { nonEmpty, type PlanFields } from './view.js';

/**
 * Checks across all plans in a run: a person has only one open plan, and plan
 * ids are unique. Each finding names the other files in `related`.
 */

export interface RunPlan {
  path: string;
  /** The plan's id. */
  id?: string;
  /** An open plan's (utkast or aktiv) fødselsnummer. */
  idNumber?: string;
  /** An open plan's person as compared: the name (case, spacing and accents' encoding folded), `|`, the birth date. */
  nameAndBirth?: string;
  /** Where the fields are, for the plans a finding names (positions default to 1:1). */
  anchors?: Anchors | undefined;
}

/** What the checks across plans read of one plan. */
export type RunKeys = Pick<RunPlan, 'id' | 'idNumber' | 'nameAndBirth'>;

/**
 * The keys one plan is grouped by, worked out as the plan is read: a run
 * over 100,000 plans then keeps three short strings per plan, not the
 * person's fields.
 */
export function runKeys(data: Pick<PlanFields, 'id' | 'person'> | undefined, status: PlanStatus | undefined): RunKeys {
  const keys: RunKeys = {};
  const id = nonEmpty(data?.id);
  if (id !== undefined) keys.id = id;
  if (!data || !(status === 'utkast' || status === 'aktiv')) return keys;
  const idNumber = nonEmpty(data.person?.fødselsnummer);
  if (idNumber !== undefined) keys.idNumber = idNumber;
  const name = nonEmpty(data.person?.navn);
  const birth = birthDate(data);
  if (name && birth) keys.nameAndBirth = `${foldName(name)}|${birth}`;
  return keys;
}

function groupBy<K>(plans: RunPlan[], key: (p: RunPlan) => K | undefined): Map<K, RunPlan[]> {
  const groups = new Map<K, RunPlan[]>();
  for (const plan of plans) {
    const k = key(plan);
    if (k === undefined) continue;
    const list = groups.get(k);
    if (list) list.push(plan);
    else groups.set(k, [plan]);
  }
  return groups;
}

/**
 * At most this many other files are named in `related`; the count of the
 * rest is in the message. Ten thousand copies of one plan would otherwise
 * name a hundred million paths.
 */
export const MAX_RELATED = 10;

/** Text below U+0300 (no combining marks) is already NFC: most names skip the normaliser. */
const MAY_CHANGE_UNDER_NFC = /[^\u0000-\u02ff]/;

/** A name as people type it: case, accents' encoding and spacing do not matter. */
function foldName(name: string): string {
  const nfc = MAY_CHANGE_UNDER_NFC.test(name) ? name.normalize('NFC') : name;
  const folded = nfc.trim().toLowerCase();
  // Most names have single spaces only: a test is cheaper than a replace that changes nothing.
  return SPACING_TO_FOLD.test(folded) ? folded.replace(/\s+/g, ' ') : folded;
}
/** Whitespace other than one plain space. */
const SPACING_TO_FOLD = /[^\S ]| {2}/;

/**
 * The files a finding names beside its own: the first MAX_RELATED of
 * `candidates` other than `self`, and how many there are in all (`self` is
 * among the candidates or not, as the caller knows). Only the first few are
 * looked at, so ten thousand copies of one plan cost ten thousand short
 * scans, not a hundred million steps.
 */
function relatedOf(candidates: readonly RunPlan[], self: RunPlan, selfAmong: boolean): { related: string[]; total: number } {
  const related: string[] = [];
  for (const p of candidates) {
    if (related.length === MAX_RELATED) break;
    if (p !== self) related.push(p.path);
  }
  return { related, total: candidates.length - (selfAmong ? 1 : 0) };
}

/** Diagnostics to add, by file path. */
export function checkAcross(plans: RunPlan[]): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  const add = (plan: RunPlan, d: Pick<Diagnostic, 'severity' | 'code' | 'path'>, others: { related: string[]; total: number }, at: { line: number; column: number } | undefined) => {
    const list = out.get(plan.path) ?? [];
    const more = others.total - others.related.length;
    list.push({ ...d, related: others.related, ...(more > 0 ? { params: { more } } : {}), line: at?.line ?? 1, column: at?.column ?? 1 });
    out.set(plan.path, list);
  };

  const byNumber = groupBy(plans, (p) => p.idNumber);
  const sameNumber = new Set<RunPlan>();
  for (const group of byNumber.values()) {
    if (group.length < 2) continue;
    for (const plan of group) {
      sameNumber.add(plan);
      add(plan, { severity: 'error', code: 'duplicate-person', path: ['person', 'fødselsnummer'] }, relatedOf(group, plan, true), plan.anchors?.fodselsnummer);
    }
  }
  const byNameAndBirth = groupBy(plans, (p) => p.nameAndBirth);
  for (const group of byNameAndBirth.values()) {
    if (group.length < 2) continue;
    // A plan that shares a fødselsnummer with another is told so already: beside each other, two such plans are not named again.
    const withoutNumberShared = group.filter((p) => !sameNumber.has(p));
    for (const plan of group) {
      const others = sameNumber.has(plan) ? relatedOf(withoutNumberShared, plan, false) : relatedOf(group, plan, true);
      if (others.total === 0) continue;
      add(plan, { severity: 'warning', code: 'possible-duplicate-person', path: ['person', 'navn'] }, others, plan.anchors?.navn);
    }
  }
  const byId = groupBy(plans, (p) => p.id);
  for (const group of byId.values()) {
    if (group.length < 2) continue;
    for (const plan of group) add(plan, { severity: 'error', code: 'duplicate-plan-id', path: ['id'] }, relatedOf(group, plan, true), plan.anchors?.id);
  }
  return out;
}
