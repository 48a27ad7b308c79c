import { addMonths } from './parse.js';
import type { PlanLang } from './answers.js';
import type { Representative } from './parse.js';

/**
 * What `ip new` offers when nobody says otherwise. Texts that go into the plan
 * are in the plan's language; the plan period runs a year from today, and the
 * first evaluation comes after three months (the guidance suggests an early
 * first look, then at least yearly).
 */

export const CONTRIBUTION: Record<PlanLang, { person: string; representative: Record<Representative, string> }> = {
  nb: {
    person: 'Forteller hva som er viktig for meg og deltar i planarbeidet.',
    representative: {
      foresatt: 'Deltar i planarbeidet og støtter barnet hjemme.',
      verge: 'Deltar i planarbeidet og ivaretar personens interesser.',
      framtidsfullmektig: 'Deltar i planarbeidet og ivaretar personens interesser.',
    },
  },
  nn: {
    person: 'Fortel kva som er viktig for meg, og deltek i planarbeidet.',
    representative: {
      foresatt: 'Deltek i planarbeidet og støttar barnet heime.',
      verge: 'Deltek i planarbeidet og tek vare på interessene til personen.',
      framtidsfullmektig: 'Deltek i planarbeidet og tek vare på interessene til personen.',
    },
  },
  en: {
    person: 'Tells what matters to me and takes part in the planning.',
    representative: {
      foresatt: "Takes part in the planning and supports the child at home.",
      verge: "Takes part in the planning and looks after the person's interests.",
      framtidsfullmektig: "Takes part in the planning and looks after the person's interests.",
    },
  },
};

export const PERIOD_MONTHS = 12;
export const FIRST_EVALUATION_MONTHS = 3;

export function defaultTo(from: string): string {
  return addMonths(from, PERIOD_MONTHS);
}

export function defaultEvaluation(from: string): string {
  return addMonths(from, FIRST_EVALUATION_MONTHS);
}

/** The plan language a locale suggests: nn and en where the locale says so, else bokmål. */
export function planLangFromEnv(env: Record<string, string | undefined>): PlanLang {
  for (const value of [env.IP_LANG, env.LC_ALL, env.LC_MESSAGES, env.LANG]) {
    if (!value) continue;
    const tag = value.toLowerCase().split(/[_.@-]/)[0];
    return tag === 'nn' ? 'nn' : tag === 'en' ? 'en' : 'nb';
  }
  return 'nb';
}
