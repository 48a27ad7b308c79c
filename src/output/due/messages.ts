import type { Lang } from '../lang.js';
import type { Duration } from '../../due/duration.js';
import type { ConsentRenewal, DueItem, DueKind } from '../../due/types.js';
import { CONSENT_NAMES, ENUM_LABELS } from '../../plan/vocabulary.js';
import { clean } from './report.js';

/**
 * The words the `ip due` formatters print, bokmål and English (the command's own messages are in src/commands/due/).
 * Nothing here carries a value from a plan except ids and, where allowed, names. Evaluations and revisions, and the
 * consents, are named as the vocabulary names them (src/plan/vocabulary.ts).
 */

export const KIND_LABEL: Record<Lang, Record<DueKind, string>> = {
  nb: {
    ...ENUM_LABELS.nb.evaluationKinds,
    planperiode: 'Planperioden slutter',
    tiltak: 'Tiltaket slutter',
    vedtak: 'Vedtaket går ut',
    overgang: 'Overgang',
    frist: 'Frist for mål',
    samtykke: 'Samtykke fra personen',
    barnekoordinator: 'Barnekoordinatoren avsluttes',
  },
  en: {
    ...ENUM_LABELS.en.evaluationKinds,
    planperiode: 'Plan period ends',
    tiltak: 'Measure ends',
    vedtak: 'Decision expires',
    overgang: 'Transition',
    frist: 'Goal deadline',
    samtykke: 'Consent from the person',
    barnekoordinator: 'Child coordinator ends',
  },
};

/** At 16 and 18 a foresatt's consent is seen to in different ways: the label says which. */
const RENEWAL_LABEL: Record<Lang, Record<ConsentRenewal, string>> = {
  nb: { confirm: 'Samtykket bør bekreftes av personen', obtain: 'Samtykket må innhentes på nytt fra personen' },
  en: { confirm: 'Consent should be confirmed by the person', obtain: 'Consent must be obtained from the person again' },
};

/** A sub-goal's deadline is kind `frist` like a goal's; its label says which it is. */
const SUB_GOAL_LABEL: Record<Lang, string> = { nb: 'Frist for delmål', en: 'Sub-goal deadline' };

/** The label of a point: its kind's, for consent what the person does at this birthday, for a sub-goal its deadline. */
export function kindLabel(item: Pick<DueItem, 'kind' | 'renewal' | 'subGoal'>, lang: Lang): string {
  if (item.kind === 'samtykke' && item.renewal) return RENEWAL_LABEL[lang][item.renewal];
  if (item.kind === 'frist' && item.subGoal) return SUB_GOAL_LABEL[lang];
  return KIND_LABEL[lang][item.kind];
}

export const TEXT = {
  nb: {
    overdue: 'FORFALT',
    overdueHeading: 'Forfalt',
    upcomingHeading: (window: string, until: string) => `Innen ${window} (til og med ${until})`,
    header: (today: string, window: string, until: string) => `Frister per ${today}: forfalte, og kommende innen ${window} (til og med ${until})`,
    none: (until: string, read: number) => `Ingenting forfalt, og ingenting kommende til og med ${until} (${read} ${read === 1 ? 'åpen plan' : 'åpne planer'} lest).`,
    noCaseload: 'Ingen åpne planer har denne koordinatoren. --coordinator tar koordinatorens hele navn eller e-postadresse, slik det står i planen.',
    noPlans: 'Fant ingen åpne planer (utkast eller aktiv) her. En plan er en Markdown-fil med «ip: 1» i front matter.',
    summary: (overdue: number, upcoming: number, plans: number, read: number) =>
      `${overdue} forfalt, ${upcoming} kommende, i ${plans} av ${read} ${read === 1 ? 'åpen plan' : 'åpne planer'}.`,
    noneInSection: 'Ingen.',
    wholePlan: 'hele planen',
    concerns: (ids: string) => `gjelder ${ids}`,
    consents: (kinds: string) => `gitt av foresatt: ${kinds}`,
    unlessRepresented: 'med mindre verge eller framtidsfullmektig dekker det',
    consentKind: CONSENT_NAMES.nb,
    coordinator: 'koordinator',
    noId: 'plan uten id',
    today: 'i dag',
    tomorrow: 'i morgen',
    yesterday: 'i går',
    inDays: (n: number) => `om ${n} dager`,
    daysAgo: (n: number) => `for ${n} dager siden`,
    calendarName: 'Individuelle planer: frister',
    icsOverdue: 'Forfalt',
    icsPlan: 'Plan',
    icsNoId: 'Planen har ingen id',
    icsMade: (today: string) => `Fra ip due, ${today}.`,
    markdownTitle: (today: string) => `Frister per ${today}`,
  },
  en: {
    overdue: 'OVERDUE',
    overdueHeading: 'Overdue',
    upcomingHeading: (window: string, until: string) => `Within ${window} (up to and including ${until})`,
    header: (today: string, window: string, until: string) => `Due as of ${today}: overdue, and upcoming within ${window} (up to and including ${until})`,
    none: (until: string, read: number) => `Nothing overdue, and nothing upcoming up to and including ${until} (${read} open ${read === 1 ? 'plan' : 'plans'} read).`,
    noCaseload: "No open plan has this coordinator. --coordinator takes the coordinator's whole name or e-mail address, as written in the plan.",
    noPlans: 'Found no open plans (utkast or aktiv) here. A plan is a Markdown file with "ip: 1" in its front matter.',
    summary: (overdue: number, upcoming: number, plans: number, read: number) => `${overdue} overdue, ${upcoming} upcoming, in ${plans} of ${read} open ${read === 1 ? 'plan' : 'plans'}.`,
    noneInSection: 'None.',
    wholePlan: 'the whole plan',
    concerns: (ids: string) => `concerns ${ids}`,
    consents: (kinds: string) => `given by a parent (foresatt): ${kinds}`,
    unlessRepresented: 'unless a verge or framtidsfullmektig covers it',
    consentKind: CONSENT_NAMES.en,
    coordinator: 'coordinator',
    noId: 'plan without id',
    today: 'today',
    tomorrow: 'tomorrow',
    yesterday: 'yesterday',
    inDays: (n: number) => `in ${n} days`,
    daysAgo: (n: number) => `${n} days ago`,
    calendarName: 'Individual plans: due dates',
    icsOverdue: 'Overdue',
    icsPlan: 'Plan',
    icsNoId: 'The plan has no id',
    icsMade: (today: string) => `From ip due, ${today}.`,
    markdownTitle: (today: string) => `Due as of ${today}`,
  },
} as const;

/** "in 3 days", "2 days ago", "today". */
export function relative(days: number, lang: Lang): string {
  const t = TEXT[lang];
  if (days === 0) return t.today;
  if (days === 1) return t.tomorrow;
  if (days === -1) return t.yesterday;
  return days > 0 ? t.inDays(days) : t.daysAgo(-days);
}

/**
 * What the point is about, in ids only: "E1, concerns T1, T2", "T2",
 * "the whole plan". Never goal or measure text, so it is safe in a calendar.
 * Ids come from the plan as written (a plan that fails validation is still
 * listed), so they are cleaned like every other text from a plan.
 */
export function detail(item: DueItem, lang: Lang): string {
  const t = TEXT[lang];
  const parts: string[] = [];
  switch (item.kind) {
    case 'evaluering':
    case 'revisjon':
      if (item.ref) parts.push(clean(item.ref));
      parts.push(item.concerns.length > 0 ? t.concerns(item.concerns.map((id) => clean(id)).join(', ')) : t.wholePlan);
      break;
    case 'samtykke':
      parts.push(t.consents((item.consents ?? []).map((c) => t.consentKind[c]).join(', ')));
      if (item.renewal === 'obtain') parts.push(t.unlessRepresented);
      break;
    case 'planperiode':
    case 'barnekoordinator':
      break;
    default:
      if (item.ref) parts.push(clean(item.ref));
  }
  return parts.join(', ');
}

/** The window as people say it: "30 dager", "1 year, 2 months and 10 days". */
const WINDOW_WORDS: Record<Lang, Record<keyof Duration, readonly [one: string, many: string]> & { and: string }> = {
  nb: { years: ['år', 'år'], months: ['måned', 'måneder'], weeks: ['uke', 'uker'], days: ['dag', 'dager'], and: ' og ' },
  en: { years: ['year', 'years'], months: ['month', 'months'], weeks: ['week', 'weeks'], days: ['day', 'days'], and: ' and ' },
};

export function windowText(d: Duration, lang: Lang): string {
  const words = WINDOW_WORDS[lang];
  const parts = (['years', 'months', 'weeks', 'days'] as const).filter((k) => d[k] > 0).map((k) => `${d[k]} ${d[k] === 1 ? words[k][0] : words[k][1]}`);
  if (parts.length === 0) return `0 ${words.days[1]}`;
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')}${words.and}${parts[parts.length - 1]}`;
}
