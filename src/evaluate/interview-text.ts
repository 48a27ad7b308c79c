import { ENUM_LABELS } from '../plan/vocabulary.js';

/**
 * The words of the questions `ip evaluate` asks, in the message language.
 * The questions may show goal texts and participants' names: the
 * coordinator is at the terminal with the plan open. Messages (errors, the
 * summary) name ids only.
 */
export const EVALUATE_INTERVIEW_TEXT = {
  nb: {
    intro: (point: string, planned: string) =>
      `Evaluering ${point}${planned ? ` (planlagt ${planned})` : ''}. Svar på spørsmålene; trykk Enter for å ta forslaget i parentes. Ctrl-C avbryter uten å endre planen.`,
    held: 'Når ble evalueringen holdt? (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ)',
    tookPart: 'Hvem deltok?',
    goalsIntro: (count: number) => `Vurder ${count === 1 ? 'målet' : `de ${count} målene`}: hvor står det nå?`,
    status: (id: string, text: string) => `${id}${text ? `: ${text}` : ''}`,
    statuses: ENUM_LABELS.nb.assessmentStatuses,
    skip: 'hopp over (ikke vurdert nå)',
    note: (id: string) => `Kort merknad til ${id} (Enter for ingen)`,
    decision: (n: number) => `Beslutning ${n} (Enter når alle er med)`,
    next: 'Neste evaluering (dato, eller «ingen»)',
    none: 'ingen',
    confirm: 'Skrive dette inn i planen?',
    invalid: {
      date: 'Skriv en dato som ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ, for eksempel 2027-01-14 eller 14.01.2027.',
      noSuchDay: 'Den dagen finnes ikke i kalenderen. Sjekk dagen og måneden.',
      heldFuture: 'Evalueringen kan ikke være holdt etter i dag.',
      nextNotAfter: 'Neste evaluering må ligge etter datoen denne ble holdt.',
    },
  },
  en: {
    intro: (point: string, planned: string) =>
      `Evaluation ${point}${planned ? ` (planned for ${planned})` : ''}. Answer the questions; press Enter to take the suggestion in brackets. Ctrl-C stops without changing the plan.`,
    held: 'When was the evaluation held? (YYYY-MM-DD or DD.MM.YYYY)',
    tookPart: 'Who took part?',
    goalsIntro: (count: number) => (count === 1 ? 'Assess the goal: where does it stand now?' : `Assess the ${count} goals: where does each stand now?`),
    status: (id: string, text: string) => `${id}${text ? `: ${text}` : ''}`,
    statuses: ENUM_LABELS.en.assessmentStatuses,
    skip: 'skip (not assessed this time)',
    note: (id: string) => `A short note on ${id} (Enter for none)`,
    decision: (n: number) => `Decision ${n} (Enter when all are in)`,
    next: 'Next evaluation (a date, or "none")',
    none: 'none',
    confirm: 'Write this into the plan?',
    invalid: {
      date: 'Write a date as YYYY-MM-DD or DD.MM.YYYY, for example 2027-01-14 or 14.01.2027.',
      noSuchDay: 'That day does not exist in the calendar. Check the day and the month.',
      heldFuture: 'The evaluation cannot have been held after today.',
      nextNotAfter: 'The next evaluation must come after the date this one was held.',
    },
  },
};

export type EvaluateInterviewText = (typeof EVALUATE_INTERVIEW_TEXT)['en'];
