import type { Answers, PlanLang } from './answers.js';
import type { Resolved } from './build.js';
import { CONTRIBUTION, defaultEvaluation, defaultTo } from './defaults.js';
import { InputProblem } from '../input/problem.js';

/**
 * Answers plus defaults: the complete set a plan is built from. Callers have
 * made sure the required answers are there (asked, or exit 2 without a
 * terminal), so a missing one here is a bug.
 */
export function resolveAnswers(a: Answers, today: string, defaultLang: PlanLang): Resolved {
  if (!a.person || !a.consentForm) throw new Error('resolveAnswers called without the required answers');
  const planLang = a.planLang ?? defaultLang;
  const consentBy = a.consentBy ?? 'self';
  if (a.consentByName?.length && a.consentBy === undefined) throw new InputProblem('consent-by-name-without-by');
  if (a.consentByName?.length && consentBy === 'self') throw new InputProblem('consent-by-name-self');
  const consentDate = a.consentDate ?? today;
  if (consentDate > today) throw new InputProblem('consent-in-future', { field: '--consent-date' });
  const from = a.from ?? (today < consentDate ? consentDate : today);
  const to = a.to ?? defaultTo(from);
  const offered = defaultEvaluation(from);
  const evaluation = a.evaluation ?? (offered <= to ? offered : to);
  const names = consentBy === 'self' ? [] : (a.consentByName ?? []);
  const participants = a.participants ?? [];
  const providers = participants.filter((p) => p.rolle === 'tjenesteyter');
  // Without a question, the coordinator defaults only when there is no choice to make.
  const coordinator = a.coordinator === null ? undefined : (a.coordinator ?? (providers.length === 1 ? providers[0]!.navn : undefined));

  return {
    planLang,
    person: a.person,
    ...(a.birthDate ? { birthDate: a.birthDate } : {}),
    ...(a.fodselsnummer ? { fodselsnummer: a.fodselsnummer } : {}),
    ...(a.interpreter ? { interpreter: a.interpreter } : {}),
    personContribution: a.personContribution ?? CONTRIBUTION[planLang].person,
    consentDate,
    consentBy,
    consentByName: names,
    consentByContribution: names.map((_, i) => a.consentByContribution?.[i] || (consentBy === 'self' ? '' : CONTRIBUTION[planLang].representative[consentBy])),
    consentForm: a.consentForm,
    participants,
    ...(coordinator ? { coordinator } : {}),
    goals: a.goals ?? [],
    resources: a.resources ?? [],
    needs: a.needs ?? [],
    from,
    to,
    evaluation,
  };
}
