import { participants as participantMap, refs, type Participant } from '../plan/access.js';
import { asDate } from '../plan/dates.js';
import type { Diagnostic, PlanData, PlanStatus } from '../plan/types.js';
import {
  nonEmpty as str,
  planView,
  type DelmålView,
  type EvalueringView,
  type IdRefsView,
  type KontaktView,
  type MålView,
  type OvergangView,
  type PlanView,
  type SamtykkeView,
  type TiltakView,
  type VedtakView,
  type VurderingView,
} from '../plan/view.js';
import type { Vurderingsstatus } from '../plan/generated/plan-types.js';
import { bannerContent, renderBanners } from './banner.js';
import { stylesheet } from './css.js';
import { longDate } from './dates.js';
import { esc, fill, selfContainedPolicy, text } from './html.js';
import { label, languageName, PAGE_TEXT, pageLang, type PageLang, type PageText } from './i18n.js';
import { GENERATOR } from './marker.js';
import { renderMarkdown } from './markdown.js';
import { shorten } from './short.js';
import { nextEvaluation } from './schedule.js';

/**
 * One plan as one self-contained HTML page: pure, plan data in, a string
 * out. Person-centred order: who the plan is for, the next meeting and how
 * to reach the coordinator in the box at the top; the goals (each with its
 * sub-goals, and how it has gone at each evaluation held), and right after
 * them the person's own text («Om meg»); then what each participant does,
 * the measures (with the decision that grants each), the coordinator, the
 * meetings about the plan (the next one marked, an overdue one said to be
 * overdue), consent and acceptance, cooperation, transitions, and last the
 * log of the meetings held: who took part and what was decided. The plan id
 * and archive reference, which only staff need, go in a line in the footer;
 * nowhere else does the page show an id: a goal or a measure is named by its
 * (shortened) text.
 *
 * Every field of the plan is shown, in words, except the few listed in
 * test/render-fields.test.ts with the reason each is left out. Ids are how
 * the file refers to things; the page refers to them by what they are: a
 * participant by name, a goal by its text, a measure by its text.
 *
 * Every value from the plan passes through `text()`/`esc()`; the body
 * passes through the sanitising Markdown pipeline. A name or text from the
 * plan stands in `<bdi>` (or an element with `unicode-bidi: isolate`), so
 * a bidi control in it cannot reorder the page's words around it. The page loads nothing:
 * a Content-Security-Policy allows only its own inline stylesheet, by hash.
 *
 * A fødselsnummer is never put on the page (the design's privacy rule covers
 * every output); the birth date is shown instead, where the plan has one.
 */

export interface RenderInput {
  data?: PlanData;
  status?: PlanStatus;
  body?: string;
  diagnostics: Diagnostic[];
  /** Today (YYYY-MM-DD): which evaluation is next, and the date in the footer. */
  today: string;
}

export interface RenderResult {
  html: string;
  /** Errors shown in the banner. */
  errors: number;
}

interface View {
  t: PageText;
  lang: PageLang;
  /** ` lang="…" dir="auto"` for elements holding the plan's own words, when its language is not the page's. */
  own: string;
  people: Map<string, Participant>;
  /** Goals, sub-goals and measures by id (they share one namespace): what `tiltak[].mål` and `evalueringer[].gjelder` name. */
  things: Map<string, { kind: 'goal'; item: MålView } | { kind: 'subgoal'; item: DelmålView } | { kind: 'measure'; item: TiltakView }>;
  /** The assessments of each goal and sub-goal, by its id, in the order they were made. */
  courses: Map<string, Assessment[]>;
  today: string;
  /** A closed plan has no next evaluation: the ones not held never will be. */
  closed: boolean;
}

/** One assessment (`vurderinger[]`) with the evaluation it was made at. */
interface Assessment {
  item: VurderingView;
  evaluation: EvalueringView;
}

const LANG_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/**
 * Each status has a sign as well as its word and colour, so it is never told
 * by colour alone, and a class for its colour. The sign is decoration
 * (aria-hidden): the word says it.
 */
const ASSESSMENT_LOOK: Record<Vurderingsstatus, { sign: string; cls: string }> = {
  nådd: { sign: '✓', cls: 'reached' },
  delvis: { sign: '◐', cls: 'partly' },
  ikke_nådd: { sign: '✗', cls: 'not-reached' },
  endret: { sign: '↻', cls: 'changed' },
};

/** Held: `utført` is written (any text; validate checks that it is a date). */
function isHeld(e: EvalueringView): boolean {
  return e.utført !== undefined && e.utført !== '';
}

/** The day an evaluation counts from in a history: when it was held, else when it was planned; unreadable ones last. */
function heldDay(e: EvalueringView): string {
  return asDate(e.utført) ?? asDate(e.dato) ?? '9999-12-31';
}

/** The items of a list in the view, without the slots of items of the wrong type. */
function present<T>(list: ReadonlyArray<T | undefined> | undefined): T[] {
  const out: T[] = [];
  if (list) for (const item of list) if (item !== undefined) out.push(item);
  return out;
}

/** A date in words, with its weekday unless told otherwise; a date that is not one is shown as written. */
function date(v: View, value: string | undefined, weekday = true): string {
  const words = longDate(value, v.lang, weekday);
  if (words === undefined) return `<bdi>${text(value)}</bdi>`;
  return `<time datetime="${esc(value!)}">${esc(words)}</time>`;
}

/**
 * The page's own words, escaped. On an English page a Norwegian word in
 * them stands between ⟨ and ⟩ (i18n.ts, words.ts) and is marked as
 * Norwegian, so a screen reader says it as one.
 */
function say(v: View, words: string): string {
  return esc(words).replace(/⟨([^⟩]*)⟩/g, (_, nb: string) => (v.lang === 'nb' ? nb : `<span lang="nb">${nb}</span>`));
}

/** The page's words as plain text, where no markup can go (the title, the stylesheet). */
export function plainWords(words: string): string {
  return words.replace(/[⟨⟩]/g, '');
}

/** The plan's own words, inline: isolated (a bidi control in them reorders nothing around them) and in the plan's language. */
function own(v: View, value: unknown): string {
  return `<bdi${v.own}>${text(value)}</bdi>`;
}

/** A name from the plan, inline and isolated. */
function named(value: unknown): string {
  return `<bdi>${text(value)}</bdi>`;
}

function joinList(parts: string[], v: View): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${esc(v.t.and)} ${parts[parts.length - 1]}`;
}

/** An enum value in the page's words, or nothing. */
function word<K extends string>(v: View, table: Readonly<Record<K, string>>, value: K | undefined): string {
  const words = label(table, value);
  return words === undefined ? '' : say(v, words);
}

/** A participant by id, by name; an id that names nobody is shown as written, marked unknown. */
function person(v: View, id: string): string {
  const p = v.people.get(id);
  if (p?.navn) return named(p.navn);
  return `${named(id)} <span class="muted">(${esc(v.t.unknownParticipant)})</span>`;
}

/**
 * A goal or a measure by id, by its text, shortened: a goal in quotation
 * marks, since it is the person's own words. The id is never shown (it is
 * for staff; ip validate names it): one without text, or an id that names
 * nothing, is said in words.
 */
function thing(v: View, id: string): string {
  const found = v.things.get(id);
  if (!found) return `<span class="muted">${esc(v.t.unknownItem)}</span>`;
  const words = str(found.item.tekst);
  if (!words) return `<span class="muted">${esc(found.kind === 'measure' ? v.t.itemMeasure : found.kind === 'goal' ? v.t.itemGoal : v.t.itemSubGoal)} ${esc(v.t.noText)}</span>`;
  const shown = own(v, shorten(words));
  return found.kind === 'measure' ? shown : fill(v.t.quote, shown);
}

function people(v: View, value: IdRefsView | undefined): string {
  return joinList(
    refs(value).map(([id]) => person(v, id)),
    v,
  );
}

function section(v: View, id: string, heading: string, content: string): string {
  return `<section id="${id}" aria-labelledby="${id}-h">\n<h2 id="${id}-h">${say(v, heading)}</h2>\n${content}\n</section>`;
}

/** A cell of a table that becomes cards on a narrow screen: `data-label` is its column's name, shown above it there. */
function cell(heading: string, content: string, attrs = ''): string {
  return `<td role="cell" data-label="${esc(plainWords(heading))}"${attrs}>${content}</td>`;
}

/**
 * A table that becomes a list of cards below the breakpoint (css.ts): every
 * table on the page is one, so nothing needs sideways scrolling on a phone.
 * Explicit roles keep it a table for screen readers when CSS stacks it.
 */
function stackTable(v: View, id: string, headings: string[], rows: string[]): string {
  const head = headings.map((h) => `<th scope="col" role="columnheader">${say(v, h)}</th>`).join('');
  return `<table class="stack" role="table" aria-labelledby="${id}-h">\n<thead role="rowgroup"><tr role="row">${head}</tr></thead>\n<tbody role="rowgroup">\n${rows.join('\n')}\n</tbody>\n</table>`;
}

/** A row of a stacking table: its header cell holds the name only. */
function stackRow(header: string, cells: string, attrs = ''): string {
  return `<tr role="row"${attrs}><th scope="row" role="rowheader">${header}</th>${cells}</tr>`;
}

function notAgreed(v: View): string {
  return `<p class="muted">${esc(v.t.notAgreed)}</p>`;
}

/**
 * An e-mail address as `ip validate` checks it (ajv-formats' `email`):
 * only an address that passes becomes a `mailto:` link; anything else is
 * shown as text.
 */
const EMAIL = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/** A `mailto:` link for an address that validates, else undefined. The local part is percent-encoded: a valid address may hold `?` or `=`, which must not become headers (`?bcc=`). */
export function mailto(address: string): string | undefined {
  if (!EMAIL.test(address)) return undefined;
  const at = address.lastIndexOf('@');
  return `mailto:${encodeURIComponent(address.slice(0, at))}@${address.slice(at + 1)}`;
}

/** A `tel:` link for what looks like a phone number, else undefined. */
function dial(phone: string): string | undefined {
  return /^\+?[\d\s().-]{3,}$/.test(phone) ? `tel:${phone.replace(/[^\d+]/g, '')}` : undefined;
}

function phoneLink(phone: string): string {
  const href = dial(phone);
  return href ? `<a href="${esc(href)}">${named(phone)}</a>` : named(phone);
}

function contactLines(v: View, kontakt: KontaktView | undefined): string[] {
  const lines: string[] = [];
  const phone = str(kontakt?.telefon);
  const email = str(kontakt?.epost);
  if (phone) lines.push(`${esc(v.t.phone)}: ${phoneLink(phone)}`);
  if (email) {
    const href = mailto(email);
    lines.push(`${esc(v.t.email)}: ${href ? `<a class="email" href="${esc(href)}">${named(email)}</a>` : `<span class="email">${named(email)}</span>`}`);
  }
  return lines;
}

// ---------------------------------------------------------------- sections

/** The earliest evaluation past its date and not held, in a plan still running: overdue. */
function overdueEvaluation(v: View, data: PlanView): EvalueringView | undefined {
  if (v.closed) return undefined;
  let found: EvalueringView | undefined;
  for (const e of present(data.evalueringer)) {
    const day = asDate(e.dato);
    if (isHeld(e) || day === undefined || day >= v.today) continue;
    if (!found || day < asDate(found.dato)!) found = e;
  }
  return found;
}

function header(v: View, data: PlanView | undefined, status: PlanStatus | undefined, name: string | undefined): string {
  const { t } = v;
  const facts: string[] = [];
  const fact = (dt: string, dd: string, cls = '') => facts.push(`<div${cls ? ` class="${cls}"` : ''}><dt>${say(v, dt)}</dt><dd>${dd}</dd></div>`);
  const p = data?.person;
  if (p?.fødselsdato !== undefined) fact(t.born, date(v, p.fødselsdato, false));
  const tolk = p?.tolk;
  if (tolk) {
    const lang = str(tolk.språk);
    const langName = lang ? languageName(lang, v.lang) : undefined;
    const kind = word(v, t.interpreterKinds, tolk.type);
    fact(t.interpreter, [langName ? named(langName) : '', kind].filter(Boolean).join(', ') || '✓');
  }
  const period = data?.planperiode;
  if (period) fact(t.period, `${esc(t.from)} ${date(v, period.fra, false)} ${esc(t.until)} ${date(v, period.til, false)}`);
  if (data && status !== 'avsluttet') {
    const next = nextEvaluation(data, v.today);
    const late = overdueEvaluation(v, data);
    const lines: string[] = [];
    // Overdue first: that meeting is what is missing now. Said in words, not by colour alone.
    if (late) lines.push(`<span class="late">${esc(t.overdue)}</span>: ${fill(t.overdueSince, date(v, late.dato))}`);
    if (next) lines.push(date(v, next.dato));
    if (lines.length) fact(t.nextEvaluation, lines.join('<br>'), 'next-fact');
    else fact(t.nextEvaluation, `<span class="muted">${esc(t.noNextEvaluation)}</span>`);
  }
  const coordinatorId = str(data?.koordinator);
  if (coordinatorId) {
    // How to reach the coordinator, at the top: the one number a reader looks for.
    const phone = str(v.people.get(coordinatorId)?.kontakt?.telefon);
    fact(t.coordinator, `${person(v, coordinatorId)}${phone ? `<span class="sub">${esc(t.phoneShort)} ${phoneLink(phone)}</span>` : ''}`);
  }
  const eier = data?.eier;
  const owner = [str(eier?.kommune), str(eier?.enhet)].filter((x): x is string => x !== undefined);
  if (owner.length > 0) fact(t.owner, owner.map(named).join(', '));

  let statusLine = '';
  if (status) {
    let s = say(v, t.statuses[status]);
    const closed = data?.avsluttet;
    if (status === 'avsluttet' && closed) {
      const reason = word(v, t.closeReasons, closed.årsak);
      s += ` ${date(v, closed.dato)}${reason ? ` (${reason})` : ''}`;
    }
    statusLine = `<p class="status">${s}</p>\n`;
  }
  const title = name ? t.title(name) : t.titleNoName;
  const h1 = name ? fill(t.title, named(name)) : esc(title);
  return `<header>\n${statusLine}<h1>${h1}</h1>\n${facts.length ? `<dl class="facts">${facts.join('')}</dl>` : ''}\n</header>`;
}

/** A status in words, with its sign and colour. */
function assessmentStatus(v: View, status: Vurderingsstatus | undefined): string {
  const words = label(v.t.assessmentStatuses, status);
  if (status === undefined || words === undefined) return '';
  const look = ASSESSMENT_LOOK[status];
  return `<strong class="assess assess-${look.cls}"><span aria-hidden="true">${look.sign}</span> ${say(v, words)}</strong>`;
}

/** One assessment: the day of the evaluation, the status, and the note in the plan's own words. */
function assessmentLine(v: View, a: Assessment): string {
  const parts = [assessmentStatus(v, a.item.status)].filter(Boolean);
  if (str(a.item.merknad)) parts.push(own(v, a.item.merknad));
  return `${date(v, isHeld(a.evaluation) ? a.evaluation.utført : a.evaluation.dato)}: ${parts.join(' – ')}`;
}

/** How a goal or sub-goal has gone: its assessments in date order, or nothing before the first. */
function course(v: View, id: string | undefined): string {
  const list = id === undefined ? undefined : v.courses.get(id);
  if (!list || list.length === 0) return '';
  return `<div class="course"><p class="course-h">${say(v, v.t.course)}</p><ul>${list.map((a) => `<li>${assessmentLine(v, a)}</li>`).join('')}</ul></div>`;
}

/** A goal's or sub-goal's deadline (and a goal's area) in a small line; its id is for staff and not shown. */
function goalMeta(v: View, item: MålView | DelmålView, area?: string): string {
  const { t } = v;
  const meta: string[] = [];
  if (area !== undefined) meta.push(`${esc(t.lifeArea)}: ${own(v, area)}`);
  if (item.frist !== undefined) meta.push(`${esc(t.goalDeadline)} ${date(v, item.frist)}`);
  return meta.length ? `<p class="goal-meta">${meta.join(' · ')}</p>` : '';
}

function subGoals(v: View, goal: MålView): string {
  const items = present(goal.delmål)
    .map((d) => `<li><p class="subgoal-text"${v.own}>${text(d.tekst)}</p>${goalMeta(v, d)}${course(v, str(d.id))}</li>`)
    .join('');
  return items ? `<p class="course-h">${say(v, v.t.subGoals)}</p><ul class="subgoals">${items}</ul>` : '';
}

function goalsSection(v: View, data: PlanView): string {
  const { t } = v;
  // The goal's own course first, then its sub-goals, each with its course: an assessment stands right under what it assesses.
  const goals = present(data.mål)
    .map((g) => `<li><p class="goal-text"${v.own}>${text(g.tekst)}</p>${goalMeta(v, g, str(g.livsområde))}${course(v, str(g.id))}${subGoals(v, g)}</li>`)
    .join('\n');
  const list = (value: ReadonlyArray<string | undefined> | undefined) => {
    const entries = value ? value.filter((x) => x !== undefined && x !== '') : [];
    return entries.length ? `<ul${v.own}>${entries.map((x) => `<li>${text(x)}</li>`).join('')}</ul>` : notAgreed(v);
  };
  return section(
    v,
    'goals',
    t.goals,
    `${goals ? `<ol class="goals">\n${goals}\n</ol>` : notAgreed(v)}\n<h3>${say(v, t.resources)}</h3>\n${list(data.ressurser)}\n<h3>${say(v, t.needs)}</h3>\n${list(data.behov)}`,
  );
}

function participantsSection(v: View, data: PlanView): string {
  const { t } = v;
  const coordinator = str(data.koordinator);
  const rows = present(data.deltakere).map((p) => {
    // The row header holds the name only; role, workplace and contact have cells of their own.
    const role = word(v, t.roles, p.rolle);
    const isCoordinator = str(p.id) !== undefined && str(p.id) === coordinator;
    const roleLines = [role ? role + (isCoordinator ? `, ${esc(t.coordinator.toLowerCase())}` : '') : isCoordinator ? esc(t.coordinator) : '', str(p.virksomhet) ? own(v, p.virksomhet) : ''].filter(Boolean);
    const contact = contactLines(v, p.kontakt);
    return stackRow(
      named(p.navn ?? p.id),
      cell(t.participantRole, roleLines.join('<br>')) +
        (str(p.bidrag) ? cell(t.participantContribution, text(p.bidrag), v.own) : cell(t.participantContribution, esc(t.notAgreed), ' class="muted"')) +
        cell(t.contact, contact.join('<br>')),
    );
  });
  if (rows.length === 0) return section(v, 'participants', t.participants, notAgreed(v));
  return section(v, 'participants', t.participants, stackTable(v, 'participants', [t.participantWho, t.participantRole, t.participantContribution, t.contact], rows));
}

/** The decision granting a measure, in a line: "Vedtak: «2026/4411», datert 25. august 2026, gjelder til 28. februar 2027". */
function decisionLine(v: View, vedtak: VedtakView | undefined): string {
  if (!vedtak) return '';
  const { t } = v;
  const parts: string[] = [];
  if (str(vedtak.referanse)) parts.push(fill(t.quote, named(vedtak.referanse)));
  if (vedtak.dato !== undefined) parts.push(`${esc(t.decisionDated)} ${date(v, vedtak.dato)}`);
  if (vedtak.til !== undefined) {
    const end = asDate(vedtak.til);
    // Past its last day the words say so: not by colour alone.
    parts.push(`${esc(end !== undefined && end < v.today ? t.decisionWasValidUntil : t.decisionValidUntil)} ${date(v, vedtak.til)}`);
  }
  return parts.length ? `${say(v, t.decision)}: ${parts.join(', ')}` : '';
}

function measuresSection(v: View, data: PlanView): string {
  const { t } = v;
  const rows = present(data.tiltak).map((m) => {
    const goals = refs(m.mål).map(([id]) => thing(v, id));
    const more: string[] = [];
    const delplan = m.delplan;
    if (delplan) {
      const kind = word(v, t.subPlanKinds, delplan.type) || say(v, t.subPlan);
      const parts = [kind];
      if (str(delplan.referanse)) parts.push(fill(t.quote, named(delplan.referanse)));
      more.push(parts.join(' '));
      if (str(delplan.ansvarlig)) more.push(`${esc(t.subPlanResponsible)}: ${person(v, str(delplan.ansvarlig)!)}`);
    }
    const decision = decisionLine(v, m.vedtak);
    if (decision) more.push(decision);
    const agreed = (heading: string, value: string | undefined) => (str(value) ? cell(heading, text(value), v.own) : cell(heading, esc(t.notAgreed), ' class="muted"'));
    const responsibleId = str(m.ansvarlig);
    let responsible = cell(t.responsible, esc(t.notAgreed), ' class="muted"');
    if (responsibleId) {
      const org = str(v.people.get(responsibleId)?.item.virksomhet);
      responsible = cell(t.responsible, `${person(v, responsibleId)}${org ? `<span class="sub">${own(v, org)}</span>` : ''}`);
    }
    const how = `${str(m.gjennomføring) ? own(v, m.gjennomføring) : `<span class="muted">${esc(t.notAgreed)}</span>`}${more.map((x) => `<span class="sub">${x}</span>`).join('')}`;
    const from = m.fra !== undefined ? `${esc(t.from)} ${date(v, m.fra)}` : '';
    const until = m.til !== undefined ? `${esc(t.until)} ${date(v, m.til)}` : '';
    const when = from || until ? cell(t.when, [from, until].filter(Boolean).join(' ')) : cell(t.when, esc(t.wholePeriod), ' class="muted"');
    const serves = goals.length ? cell(t.measureGoals, joinList(goals, v)) : cell(t.measureGoals, esc(t.notAgreed), ' class="muted"');
    return stackRow(own(v, m.tekst), `${serves}${agreed(t.scope, m.omfang)}${responsible}${cell(t.how, how)}${when}`);
  });
  if (rows.length === 0) return section(v, 'measures', t.measures, notAgreed(v));
  return section(v, 'measures', t.measures, stackTable(v, 'measures', [t.measure, t.measureGoals, t.scope, t.responsible, t.how, t.when], rows));
}

function coordinatorSection(v: View, data: PlanView): string {
  const { t } = v;
  const id = str(data.koordinator);
  if (!id) return section(v, 'coordinator', t.coordinator, notAgreed(v));
  const p = v.people.get(id);
  const lines: string[] = [`<p class="name">${person(v, id)}</p>`];
  if (str(p?.item.virksomhet)) lines.push(`<p${v.own}>${text(p!.item.virksomhet)}</p>`);
  const contact = contactLines(v, p?.kontakt);
  lines.push(contact.length ? `<p>${contact.join('<br>')}</p>` : `<p class="muted">${esc(t.noContact)}</p>`);
  if (data.barnekoordinator === true) lines.push(`<p>${say(v, t.childCoordinator)}</p>`);
  return section(v, 'coordinator', t.coordinator, `<p>${say(v, t.coordinatorIntro)}</p>\n<div class="card">${lines.join('\n')}</div>`);
}

function evaluationsSection(v: View, data: PlanView): string {
  const { t } = v;
  const period = data.planperiode;
  const periodLine = period
    ? `<p>${esc(t.period)} ${esc(t.from)} ${date(v, period.fra)} ${esc(t.until)} ${date(v, period.til)}.</p>`
    : `<p>${esc(t.period)}: <span class="muted">${esc(t.notAgreed)}</span></p>`;
  const next = v.closed ? undefined : nextEvaluation(data, v.today);
  const list = present(data.evalueringer).sort((a, b) => String(asDate(a.dato) ?? '9999').localeCompare(String(asDate(b.dato) ?? '9999')));
  const rows = list.map((e) => {
    const concerns = refs(e.gjelder).map(([id]) => thing(v, id));
    const isNext = e === next;
    const day = asDate(e.dato);
    let state: string;
    if (isHeld(e)) state = fill(t.held, date(v, e.utført));
    else if (v.closed) state = `<span class="muted">${esc(t.notHeldClosed)}</span>`;
    else if (isNext) state = `<span class="badge">${esc(t.next)}</span>`;
    else if (day !== undefined && day < v.today) state = `<span class="late">${esc(t.notHeld)}</span>`;
    else state = esc(t.planned);
    return stackRow(
      date(v, e.dato),
      cell(t.evaluationKind, word(v, t.evaluationKinds, e.type)) + cell(t.evaluationConcerns, concerns.length ? joinList(concerns, v) : esc(t.wholePlan)) + cell(t.evaluationState, state),
      isNext ? ' class="next"' : '',
    );
  });
  const table = rows.length ? stackTable(v, 'evaluations', [t.evaluationDate, t.evaluationKind, t.evaluationConcerns, t.evaluationState], rows) : notAgreed(v);
  return section(v, 'evaluations', t.evaluations, `<p>${say(v, t.evaluationsIntro)}</p>\n${periodLine}\n${table}`);
}

/**
 * The log: each evaluation held, oldest first, with when it was planned,
 * what it concerned, who took part and what was decided. Assessments of
 * goals and sub-goals stand under their goal; any other (of a measure, or of
 * an id that names nothing) stands here, so none is left out. An evaluation
 * not marked as held that has a record anyway is listed, saying so.
 */
function logSection(v: View, data: PlanView): string {
  const { t } = v;
  const entries = present(data.evalueringer)
    .filter((e) => isHeld(e) || e.deltok !== undefined || e.vurderinger !== undefined || e.beslutninger !== undefined)
    .sort((a, b) => heldDay(a).localeCompare(heldDay(b)));
  if (entries.length === 0) return '';
  const items = entries
    .map((e) => {
      const held = isHeld(e);
      const kind = label(t.evaluationKinds, e.type) ?? t.evaluationKinds.evaluering;
      const heading = `<h3>${fill(t.logEntry, say(v, kind), date(v, held ? e.utført : e.dato))}</h3>`;
      const pairs: string[] = [];
      const pair = (dt: string, dd: string) => pairs.push(`<dt>${say(v, dt)}</dt><dd>${dd}</dd>`);
      if (held && e.dato !== undefined) pair(t.logPlanned, date(v, e.dato));
      const concerns = refs(e.gjelder).map(([id]) => thing(v, id));
      pair(t.evaluationConcerns, concerns.length ? joinList(concerns, v) : esc(t.wholePlan));
      const took = people(v, e.deltok);
      if (took) pair(t.tookPart, took);
      const others = present(e.vurderinger).filter((a) => !isGoalOrSubGoal(v, str(a.gjelder)));
      if (others.length) {
        pair(t.assessed, `<ul>${others.map((a) => `<li>${str(a.gjelder) ? `${thing(v, str(a.gjelder)!)}: ` : ''}${assessmentLine(v, { item: a, evaluation: e })}</li>`).join('')}</ul>`);
      }
      const decided = present(e.beslutninger).filter((d) => d !== '');
      if (decided.length) pair(t.decisions, `<ul${v.own}>${decided.map((d) => `<li>${text(d)}</li>`).join('')}</ul>`);
      const note = held ? '' : `<p class="muted">${esc(t.logNotHeld)}</p>`;
      return `<li>${heading}\n${note}<dl class="pairs">${pairs.join('')}</dl></li>`;
    })
    .join('\n');
  return section(v, 'log', t.log, `<p>${say(v, t.logIntro)}</p>\n<ol class="log">\n${items}\n</ol>`);
}

function isGoalOrSubGoal(v: View, id: string | undefined): boolean {
  const kind = id === undefined ? undefined : v.things.get(id)?.kind;
  return kind === 'goal' || kind === 'subgoal';
}

function consentBlock(v: View, heading: string, consent: SamtykkeView | undefined, shared: boolean): string {
  const { t } = v;
  if (!consent) return `<h3>${say(v, heading)}</h3>\n<p class="muted">${esc(t.consentNotGiven)}</p>`;
  const pairs: string[] = [];
  const pair = (dt: string, dd: string) => pairs.push(`<dt>${say(v, dt)}</dt><dd>${dd}</dd>`);
  if (consent.gitt_av !== undefined) pair(t.consentGivenBy, people(v, consent.gitt_av));
  if (consent.dato !== undefined) pair(t.consentDate, date(v, consent.dato));
  const form = word(v, t.consentForms, consent.form);
  if (form) pair(t.consentForm, form);
  const basis = word(v, t.consentBases, consent.grunnlag);
  if (basis) pair(t.consentBasis, basis);
  if (shared && 'deltakere' in consent && consent.deltakere !== undefined) pair(t.consentSharedWith, people(v, consent.deltakere));
  if (consent.trukket !== undefined) pair(t.consentWithdrawn, `<span class="late">${date(v, consent.trukket)}</span>`);
  return `<h3>${say(v, heading)}</h3>\n<dl class="pairs">${pairs.join('')}</dl>`;
}

function consentSection(v: View, data: PlanView): string {
  const { t } = v;
  const samtykke = data.samtykke;
  const godkjent = data.godkjent;
  const acceptedBy = godkjent?.av !== undefined ? people(v, godkjent.av) : '';
  const accepted = godkjent ? `<p>${fill(t.acceptedBy, acceptedBy, date(v, godkjent.dato))}</p>` : `<p class="muted">${esc(t.notAccepted)}</p>`;
  return section(
    v,
    'consent',
    t.consent,
    [consentBlock(v, t.consentPrepare, samtykke?.utarbeidelse, false), consentBlock(v, t.consentShare, samtykke?.taushetsplikt, true), `<h3>${say(v, t.accepted)}</h3>\n${accepted}`].join('\n'),
  );
}

function cooperationSection(v: View, data: PlanView): string {
  const { t } = v;
  if (data.samarbeid === undefined) return section(v, 'cooperation', t.cooperation, notAgreed(v));
  const rows = present(data.samarbeid).map((c) =>
    stackRow(own(v, c.part), cell(t.cooperationPurpose, text(c.formål), v.own) + cell(t.cooperationKind, word(v, t.cooperationKinds, c.type))),
  );
  if (rows.length === 0) return section(v, 'cooperation', t.cooperation, `<p>${esc(t.cooperationNone)}</p>`);
  return section(v, 'cooperation', t.cooperation, stackTable(v, 'cooperation', [t.cooperationPart, t.cooperationPurpose, t.cooperationKind], rows));
}

function transitionsSection(v: View, data: PlanView): string {
  const { t } = v;
  const list: OvergangView[] = present(data.overganger);
  if (list.length === 0) return '';
  list.sort((a, b) => String(asDate(a.dato) ?? '9999').localeCompare(String(asDate(b.dato) ?? '9999')));
  const entries = list
    .map((o) => {
      const pairs: string[] = [];
      if (str(o.ansvarlig)) pairs.push(`<dt>${esc(t.responsible)}</dt><dd>${person(v, str(o.ansvarlig)!)}</dd>`);
      if (str(o.ny_koordinator)) pairs.push(`<dt>${esc(t.newCoordinator)}</dt><dd>${person(v, str(o.ny_koordinator)!)}</dd>`);
      const fromTo = fill(t.transitionFromTo, own(v, o.fra_tjeneste), own(v, o.til_tjeneste));
      return (
        `<li><p><strong>${date(v, o.dato)}</strong>: ${fromTo}</p>` +
        (str(o.beskrivelse) ? `<p${v.own}>${text(o.beskrivelse)}</p>` : '') +
        (pairs.length ? `<dl class="pairs">${pairs.join('')}</dl>` : '') +
        '</li>'
      );
    })
    .join('\n');
  return section(v, 'transitions', t.transitions, `<ul class="transitions">\n${entries}\n</ul>`);
}

function bodySection(v: View, body: string | undefined, title: string): string {
  if (body === undefined || body.trim() === '') return '';
  const html = renderMarkdown(body, title)?.trim();
  // Past the limits on a body: the page says the text is left out (ip validate names the limit).
  if (html === undefined) return section(v, 'text', v.t.body, `<p class="body-omitted">${esc(v.t.bodyOmitted)}</p>`);
  if (html === '') return '';
  return section(v, 'text', v.t.body, `<div class="body"${v.own}>\n${html}\n</div>`);
}

/** What only staff need, small at the bottom: the plan id and where the original is filed. The only place the page shows an id. */
function staffLine(v: View, data: PlanView | undefined): string {
  const { t } = v;
  const parts: string[] = [];
  if (str(data?.id)) parts.push(`${esc(t.planId)}: ${named(data!.id)}`);
  const arkiv = data?.arkiv;
  const filed = [str(arkiv?.system), str(arkiv?.referanse)].filter((x): x is string => x !== undefined);
  if (filed.length > 0) parts.push(`${esc(t.archive)}: ${filed.map(named).join(', ')}`);
  if (parts.length === 0) return '';
  return `<p class="staff">${parts.join(' · ')}</p>\n`;
}

// ---------------------------------------------------------------- page

export function renderPlan(input: RenderInput): RenderResult {
  // The page reads the plan through its view, built once here.
  const data = input.data && planView(input.data);
  const lang = pageLang(data?.språk);
  const t = PAGE_TEXT[lang];
  const tag = data?.språk !== undefined && LANG_TAG.test(data.språk) ? data.språk : undefined;
  const samePrimary = tag !== undefined && pageLang(tag) === lang && ['nb', 'nn', 'en', 'no'].includes(tag.toLowerCase().split('-')[0]!);
  const htmlLang = samePrimary ? tag : lang;
  const own = tag !== undefined && !samePrimary ? ` lang="${esc(tag)}" dir="auto"` : '';

  const people = data ? participantMap(data) : new Map<string, Participant>();
  const things: View['things'] = new Map();
  if (data) {
    // The first with an id wins, as for participants; validation reports the duplicate.
    for (const g of present(data.mål)) if (str(g.id) && !things.has(str(g.id)!)) things.set(str(g.id)!, { kind: 'goal', item: g });
    for (const m of present(data.tiltak)) if (str(m.id) && !things.has(str(m.id)!)) things.set(str(m.id)!, { kind: 'measure', item: m });
    for (const g of present(data.mål)) for (const d of present(g.delmål)) if (str(d.id) && !things.has(str(d.id)!)) things.set(str(d.id)!, { kind: 'subgoal', item: d });
  }
  const v: View = { t, lang, own, people, things, courses: new Map(), today: input.today, closed: input.status === 'avsluttet' };
  if (data) {
    // Each goal's and sub-goal's assessments, in the order the evaluations were held (a stable sort keeps the plan's order on a tie).
    const byDay = present(data.evalueringer).sort((a, b) => heldDay(a).localeCompare(heldDay(b)));
    for (const evaluation of byDay) {
      for (const item of present(evaluation.vurderinger)) {
        const id = str(item.gjelder);
        if (id === undefined || !isGoalOrSubGoal(v, id)) continue;
        const list = v.courses.get(id) ?? [];
        list.push({ item, evaluation });
        v.courses.set(id, list);
      }
    }
  }

  const name = str(data?.person?.navn);
  const title = name ? t.title(name) : t.titleNoName;
  const draft = input.status === 'utkast';
  const errors = input.diagnostics.filter((d) => d.severity === 'error').length;
  const banners = renderBanners(bannerContent(input.diagnostics, input.status, data, lang), lang, input.data === undefined);

  const sections = data ? [goalsSection(v, data), bodySection(v, input.body, title)] : [bodySection(v, input.body, title)];
  if (data) {
    sections.push(
      participantsSection(v, data),
      measuresSection(v, data),
      coordinatorSection(v, data),
      evaluationsSection(v, data),
      consentSection(v, data),
      cooperationSection(v, data),
      transitionsSection(v, data),
      logSection(v, data),
    );
  }

  const documentTitle = plainWords(t.documentTitle(name, draft));
  const css = stylesheet({ who: plainWords(title), page: t.printPage, of: t.printOf, ...(draft ? { draft: t.draftMark } : {}) });
  const csp = selfContainedPolicy(css);

  const html = `<!DOCTYPE html>
<html lang="${esc(htmlLang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, nofollow">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${GENERATOR}">
<title>${text(documentTitle)}</title>
<style>${css}</style>
</head>
<body>
<div class="page">
${header(v, data, input.status, name)}
<main>
${banners}
${sections.filter(Boolean).join('\n')}
</main>
<footer>${staffLine(v, data)}<p>${fill(t.footer, date(v, input.today))}</p></footer>
</div>
</body>
</html>
`;
  return { html, errors };
}
