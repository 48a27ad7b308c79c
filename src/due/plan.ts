import { participants } from '../plan/access.js';
import { nonEmpty, type PlanView } from '../plan/view.js';
import type { PlanSummary } from './types.js';

/** Plan id, person's name and coordinator, from the plan's view. */
export function summarizePlan(path: string, plan: PlanView): PlanSummary {
  const summary: PlanSummary = { path };
  const id = nonEmpty(plan.id);
  if (id !== undefined) summary.id = id;
  const name = nonEmpty(plan.person?.navn);
  if (name !== undefined) summary.name = name;
  const coordinatorId = nonEmpty(plan.koordinator);
  const coordinator = coordinatorId !== undefined ? participants(plan).get(coordinatorId) : undefined;
  if (coordinator) {
    // Field by field (no spreads): this runs for every plan of a caseload.
    const email = nonEmpty(coordinator.kontakt?.epost);
    const found: { name?: string; email?: string } = {};
    if (coordinator.navn) found.name = coordinator.navn;
    if (email) found.email = email;
    summary.coordinator = found;
  }
  return summary;
}

/** Closed plans are kept for the record and have nothing due. */
export function isClosed(plan: PlanView): boolean {
  return plan.status === 'avsluttet';
}

/** Compare names and addresses as people type them: case, accents' encoding and spacing do not matter. */
function fold(value: string): string {
  return value.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb');
}

/**
 * `--coordinator NAME|EPOST`: participant ids are local to each plan, so a
 * caseload is found by the coordinator's name or e-mail address, matched
 * whole (not as a part), without regard to case.
 */
export function coordinatorMatches(summary: PlanSummary, wanted: string): boolean {
  const w = fold(wanted);
  if (w === '') return false;
  const c = summary.coordinator;
  return (c?.name !== undefined && fold(c.name) === w) || (c?.email !== undefined && fold(c.email) === w);
}
