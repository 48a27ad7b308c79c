import type { Lang } from '../lang.js';
import type { ConsentRenewal } from '../../due/types.js';
import { POINT_SUMMARY, type LegalPoint } from '../../plan/legal.js';
import type { AttentionItem, AttentionKind } from '../../report/types.js';
import { KIND_LABEL } from '../due/messages.js';

/**
 * The words the `ip report` formatters print, bokmål and English (the
 * command's own messages are in src/commands/report/). Nothing here carries a
 * value from a plan: plans are named by id and path, coordinators by
 * participant id and virksomhet, and by name only where names may be shown.
 */

const ATTENTION_LABEL: Record<Lang, Record<AttentionKind, string>> = {
  nb: {
    samtykke: KIND_LABEL.nb.samtykke,
    barnekoordinator: KIND_LABEL.nb.barnekoordinator,
    overgang: KIND_LABEL.nb.overgang,
    vedtak: KIND_LABEL.nb.vedtak,
    samtykke_trukket: 'Samtykke trukket',
    to_planer: 'To åpne planer for samme person',
    mulig_to_planer: 'Mulig to planer for samme person (samme navn og fødselsdato)',
  },
  en: {
    samtykke: KIND_LABEL.en.samtykke,
    barnekoordinator: KIND_LABEL.en.barnekoordinator,
    overgang: KIND_LABEL.en.overgang,
    vedtak: KIND_LABEL.en.vedtak,
    samtykke_trukket: 'Consent withdrawn',
    to_planer: 'Two open plans for one person',
    mulig_to_planer: 'Possibly two plans for one person (same name and birth date)',
  },
};

const RENEWAL_LABEL: Record<Lang, Record<ConsentRenewal, string>> = {
  nb: { confirm: 'Samtykket bør bekreftes av personen (16 år)', obtain: 'Samtykket må innhentes på nytt fra personen (18 år)' },
  en: { confirm: 'Consent should be confirmed by the person (age 16)', obtain: 'Consent must be obtained from the person again (age 18)' },
};

/** What an attention item is, in words: a consent says what to do at this birthday. */
export function attentionLabel(item: Pick<AttentionItem, 'kind' | 'renewal'>, lang: Lang): string {
  if (item.kind === 'samtykke' && item.renewal) return RENEWAL_LABEL[lang][item.renewal];
  return ATTENTION_LABEL[lang][item.kind];
}

/** A point of the regulation, with what it asks for. */
export function pointLabel(point: LegalPoint, lang: Lang): string {
  return `${point}) ${POINT_SUMMARY[point][lang]}`;
}

export const REPORT_TEXT = {
  nb: {
    title: (today: string) => `Oversikt over planene per ${today}`,
    planCount: (n: number) => `${n} ${n === 1 ? 'plan' : 'planer'}`,
    plansHeading: 'Planer',
    status: { utkast: 'utkast', aktiv: 'aktiv', avsluttet: 'avsluttet', unknown: 'ukjent status' },
    withErrors: 'med feil',
    withWarnings: 'med advarsler',
    rulesHeading: 'Regler som slår til',
    ruleLine: (code: string, severity: string, plans: number) => `${code} (${severity}): ${plans} ${plans === 1 ? 'plan' : 'planer'}`,
    severity: { error: 'feil', warning: 'advarsel' },
    noFindings: 'Ingen feil eller advarsler.',
    pointsHeading: (active: number) => `Forskriftens punkter a–i (${active} ${active === 1 ? 'aktiv plan' : 'aktive planer'})`,
    metOf: (met: number, of: number) => `${met} av ${of} oppfyller`,
    notMet: 'oppfyller ikke',
    noActive: 'Ingen aktive planer.',
    evaluationsHeading: 'Evalueringer og revisjoner',
    overdue: 'forfalt',
    next30: 'neste 30 dager',
    next90: 'neste 90 dager',
    byMonthHeading: 'Per måned, de neste tolv månedene',
    month: 'måned',
    count: 'antall',
    noneHeld: 'Aktive planer uten evaluering holdt de siste tolv månedene',
    none: 'Ingen.',
    attentionHeading: 'Trenger oppmerksomhet (forfalt og de neste 90 dagene)',
    overdueMark: 'FORFALT',
    coordinatorsHeading: 'Koordinatorer',
    noVirksomhet: '(uten virksomhet)',
    coordinatorLine: (plans: number, overdue: number, attention: number) =>
      `${plans} ${plans === 1 ? 'plan' : 'planer'}, ${overdue} forfalt, ${attention} ${attention === 1 ? 'plan trenger' : 'planer trenger'} oppmerksomhet`,
    noCoordinators: 'Ingen åpne planer med koordinator.',
    more: (n: number) => `… og ${n} til (alle står i --format json og csv)`,
    plan: 'plan',
    path: 'sti',
    what: 'hva',
    date: 'dato',
    coordinator: 'koordinator',
    virksomhet: 'virksomhet',
    plans: 'planer',
    attention: 'oppmerksomhet',
    point: 'punkt',
    met: 'oppfyller',
    value: 'antall',
    chartStatus: 'Planer etter status',
    chartPoints: 'Aktive planer som oppfyller hvert punkt a–i',
    chartMonths: 'Evalueringer og revisjoner per måned',
    chartCoordinators: 'Åpne planer per koordinator',
    chartEvaluations: 'Evalueringer og revisjoner: forfalt og kommende',
    generated: (today: string) => `Laget av ip report ${today}. Planene er nevnt med plan-id og sti; personens navn og fødselsnummer står aldri i rapporten.`,
    csv: {
      plan: 'plan',
      path: 'sti',
      status: 'status',
      errors: 'feil',
      warnings: 'advarsler',
      met: 'punkter oppfylt',
      notMet: 'punkter ikke oppfylt',
      nextEvaluation: 'neste evaluering',
      overdue: 'forfalte evalueringer',
      attention: 'trenger oppmerksomhet',
      coordinator: 'koordinator',
      virksomhet: 'virksomhet',
    },
  },
  en: {
    title: (today: string) => `Caseload report as of ${today}`,
    planCount: (n: number) => `${n} ${n === 1 ? 'plan' : 'plans'}`,
    plansHeading: 'Plans',
    status: { utkast: 'utkast (draft)', aktiv: 'aktiv (active)', avsluttet: 'avsluttet (closed)', unknown: 'status unknown' },
    withErrors: 'with errors',
    withWarnings: 'with warnings',
    rulesHeading: 'Rules that apply',
    ruleLine: (code: string, severity: string, plans: number) => `${code} (${severity}): ${plans} ${plans === 1 ? 'plan' : 'plans'}`,
    severity: { error: 'error', warning: 'warning' },
    noFindings: 'No errors or warnings.',
    pointsHeading: (active: number) => `The regulation's points a–i (${active} active ${active === 1 ? 'plan' : 'plans'})`,
    metOf: (met: number, of: number) => `${met} of ${of} meet it`,
    notMet: 'not met by',
    noActive: 'No active plans.',
    evaluationsHeading: 'Evaluations and revisions',
    overdue: 'overdue',
    next30: 'next 30 days',
    next90: 'next 90 days',
    byMonthHeading: 'Per month, the next twelve months',
    month: 'month',
    count: 'count',
    noneHeld: 'Active plans with no evaluation held in the last twelve months',
    none: 'None.',
    attentionHeading: 'Needs attention (overdue and the next 90 days)',
    overdueMark: 'OVERDUE',
    coordinatorsHeading: 'Coordinators',
    noVirksomhet: '(no virksomhet)',
    coordinatorLine: (plans: number, overdue: number, attention: number) =>
      `${plans} ${plans === 1 ? 'plan' : 'plans'}, ${overdue} overdue, ${attention} ${attention === 1 ? 'plan needs' : 'plans need'} attention`,
    noCoordinators: 'No open plans with a coordinator.',
    more: (n: number) => `… and ${n} more (all are in --format json and csv)`,
    plan: 'plan',
    path: 'path',
    what: 'what',
    date: 'date',
    coordinator: 'coordinator',
    virksomhet: 'virksomhet',
    plans: 'plans',
    attention: 'attention',
    point: 'point',
    met: 'met',
    value: 'count',
    chartStatus: 'Plans by status',
    chartPoints: 'Active plans that meet each point a–i',
    chartMonths: 'Evaluations and revisions per month',
    chartCoordinators: 'Open plans per coordinator',
    chartEvaluations: 'Evaluations and revisions: overdue and upcoming',
    generated: (today: string) => `Made by ip report on ${today}. Plans are named by plan id and path; the person's name and fødselsnummer are never in the report.`,
    csv: {
      plan: 'plan',
      path: 'path',
      status: 'status',
      errors: 'errors',
      warnings: 'warnings',
      met: 'points met',
      notMet: 'points not met',
      nextEvaluation: 'next evaluation',
      overdue: 'overdue evaluations',
      attention: 'needs attention',
      coordinator: 'coordinator',
      virksomhet: 'virksomhet',
    },
  },
} satisfies Record<Lang, unknown>;

export type ReportWords = (typeof REPORT_TEXT)[Lang];
