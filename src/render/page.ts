import { createHash } from 'node:crypto';
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
import { esc, text } from './html.js';
import { label, languageName, PAGE_TEXT, pageLang, type PageLang, type PageText } from './i18n.js';
import { GENERATOR } from './marker.js';
import { renderMarkdown } from './markdown.js';
import { nextEvaluation } from './schedule.js';

/**
 * One plan as one self-contained HTML page: pure, plan data in, a string
 * out. Person-centred order: who the plan is for and their goals first (each
 * with its sub-goals, and how it has gone at each evaluation held), then
 * what each participant contributes, the measures (with the decision that
 * grants each), the coordinator, the evaluation dates (the next one
 * highlighted), consent and acceptance, cooperation, transitions, the
 * plan's own text, and last the log of the evaluations held: who took part
 * and what was decided. The plan id and archive reference, which only staff
 * need, go in a line in the footer.
 *
 * Every field of the plan is shown, in words, except the few listed in
 * test/render-fields.test.ts with the reason each is left out. Ids are how
 * the file refers to things; the page refers to them by what they are: a
 * participant by name, a goal by its text, a measure by its text.
 *
 * Every value from the plan passes through `text()`/`esc()`; the body
 * passes through the sanitising Markdown pipeline. The page loads nothing:
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

function date(v: View, value: string | undefined): string {
  const words = longDate(value, v.lang);
  if (words === undefined) return text(value);
  return `<time datetime="${esc(value!)}">${esc(words)}</time>`;
}

/**
 * A sentence from the page text with HTML parts put in: the sentence is
 * escaped, the parts (already escaped) go in by placeholder, through a
 * function so `$` in a plan value means nothing special.
 */
function fill(template: (...slots: string[]) => string, ...parts: string[]): string {
  const slots = parts.map((_, i) => `\u0000${i}\u0000`);
  let out = esc(template(...slots));
  parts.forEach((part, i) => {
    out = out.replace(slots[i]!, () => part);
  });
  return out;
}

function joinList(parts: string[], v: View): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${esc(v.t.and)} ${parts[parts.length - 1]}`;
}

/** A participant by id, by name; an id that names nobody is shown as written, marked unknown. */
function person(v: View, id: string): string {
  const p = v.people.get(id);
  if (p?.navn) return text(p.navn);
  return `${text(id)} <span class="muted">(${esc(v.t.unknownParticipant)})</span>`;
}

/**
 * A goal or a measure by id, by its text: a goal in quotation marks, since it
 * is the person's own words. One without text is shown by its id; an id that
 * names nothing is shown as written, marked.
 */
function thing(v: View, id: string): string {
  const found = v.things.get(id);
  if (!found) return `${text(id)} <span class="muted">(${esc(v.t.unknownItem)})</span>`;
  const words = str(found.item.tekst);
  if (!words) return `<span class="tag">${text(id)}</span>`;
  const own = `<span${v.own}>${text(words)}</span>`;
  return found.kind === 'measure' ? own : fill(v.t.quote, own);
}

function people(v: View, value: IdRefsView | undefined): string {
  return joinList(
    refs(value).map(([id]) => person(v, id)),
    v,
  );
}

function section(id: string, heading: string, content: string): string {
  return `<section id="${id}" aria-labelledby="${id}-h">\n<h2 id="${id}-h">${esc(heading)}</h2>\n${content}\n</section>`;
}

function notAgreed(v: View): string {
  return `<p class="muted">${esc(v.t.notAgreed)}</p>`;
}

function contactLines(v: View, kontakt: KontaktView | undefined): string[] {
  const lines: string[] = [];
  const phone = str(kontakt?.telefon);
  const email = str(kontakt?.epost);
  if (phone) {
    // Only what looks like a phone number becomes a link; the rest is text.
    const dial = /^\+?[\d\s().-]{3,}$/.test(phone) ? phone.replace(/[^\d+]/g, '') : '';
    lines.push(`${esc(v.t.phone)}: ${dial ? `<a href="tel:${esc(dial)}">${text(phone)}</a>` : text(phone)}`);
  }
  if (email) {
    // Only an address that looks like one becomes a link; the rest is text.
    const linkable = /^[^\s@<>"']+@[^\s@<>"']+$/.test(email);
    lines.push(`${esc(v.t.email)}: ${linkable ? `<a href="mailto:${esc(encodeURI(email))}">${text(email)}</a>` : text(email)}`);
  }
  return lines;
}

// ---------------------------------------------------------------- sections

function header(v: View, data: PlanView | undefined, status: PlanStatus | undefined, name: string | undefined): string {
  const { t } = v;
  const facts: string[] = [];
  const fact = (dt: string, dd: string, cls = '') => facts.push(`<div${cls ? ` class="${cls}"` : ''}><dt>${esc(dt)}</dt><dd>${dd}</dd></div>`);
  const p = data?.person;
  if (p?.fødselsdato !== undefined) fact(t.born, date(v, p.fødselsdato));
  const tolk = p?.tolk;
  if (tolk) {
    const lang = str(tolk.språk);
    const langName = lang ? languageName(lang, v.lang) : undefined;
    const kind = label(t.interpreterKinds, tolk.type);
    fact(t.interpreter, [langName ? text(langName) : '', kind ? text(kind) : ''].filter(Boolean).join(', ') || '✓');
  }
  const period = data?.planperiode;
  if (period) fact(t.period, `${date(v, period.fra)} – ${date(v, period.til)}`);
  if (data && status !== 'avsluttet') {
    const next = nextEvaluation(data, v.today);
    if (next) fact(t.nextEvaluation, `${date(v, next.dato)} <span class="sub">(${text(label(t.evaluationKinds, next.type) ?? '')})</span>`, 'next-fact');
    else fact(t.nextEvaluation, `<span class="muted">${esc(t.noNextEvaluation)}</span>`);
  }
  const coordinatorId = str(data?.koordinator);
  if (coordinatorId) fact(t.coordinator, person(v, coordinatorId));
  const eier = data?.eier;
  const owner = [str(eier?.kommune), str(eier?.enhet)].filter((x): x is string => x !== undefined);
  if (owner.length > 0) fact(t.owner, owner.map(text).join(', '));

  let statusLine = '';
  if (status) {
    let s = esc(t.statuses[status]);
    const closed = data?.avsluttet;
    if (status === 'avsluttet' && closed) {
      const reason = label(t.closeReasons, closed.årsak);
      s += ` ${date(v, closed.dato)}${reason ? ` (${text(reason)})` : ''}`;
    }
    statusLine = `<p class="status">${s}</p>\n`;
  }
  const title = name ? t.title(name) : t.titleNoName;
  return `<header>\n${statusLine}<h1>${text(title)}</h1>\n${facts.length ? `<dl class="facts">${facts.join('')}</dl>` : ''}\n</header>`;
}

/** A status in words, with its sign and colour. */
function assessmentStatus(v: View, status: Vurderingsstatus | undefined): string {
  const words = label(v.t.assessmentStatuses, status);
  if (status === undefined || words === undefined) return '';
  const look = ASSESSMENT_LOOK[status];
  return `<strong class="assess assess-${look.cls}"><span aria-hidden="true">${look.sign}</span> ${esc(words)}</strong>`;
}

/** One assessment: the day of the evaluation, the status, and the note in the plan's own words. */
function assessmentLine(v: View, a: Assessment): string {
  const parts = [assessmentStatus(v, a.item.status)].filter(Boolean);
  if (str(a.item.merknad)) parts.push(`<span${v.own}>${text(a.item.merknad)}</span>`);
  return `${date(v, isHeld(a.evaluation) ? a.evaluation.utført : a.evaluation.dato)}: ${parts.join(' – ')}`;
}

/** How a goal or sub-goal has gone: its assessments in date order, or nothing before the first. */
function course(v: View, id: string | undefined): string {
  const list = id === undefined ? undefined : v.courses.get(id);
  if (!list || list.length === 0) return '';
  return `<div class="course"><p class="course-h">${esc(v.t.course)}</p><ul>${list.map((a) => `<li>${assessmentLine(v, a)}</li>`).join('')}</ul></div>`;
}

/** A goal's or sub-goal's id, and its deadline (and a goal's area) in a small line. */
function goalMeta(v: View, item: MålView | DelmålView, area?: string): string {
  const { t } = v;
  const meta: string[] = [];
  if (str(item.id)) meta.push(`<span class="tag">${text(item.id)}</span>`);
  if (area !== undefined) meta.push(`${esc(t.lifeArea)}: <span${v.own}>${text(area)}</span>`);
  if (item.frist !== undefined) meta.push(`${esc(t.goalDeadline)} ${date(v, item.frist)}`);
  return meta.length ? `<p class="goal-meta">${meta.join(' · ')}</p>` : '';
}

function subGoals(v: View, goal: MålView): string {
  const items = present(goal.delmål)
    .map((d) => `<li><p class="subgoal-text"${v.own}>${text(d.tekst)}</p>${goalMeta(v, d)}${course(v, str(d.id))}</li>`)
    .join('');
  return items ? `<p class="course-h">${esc(v.t.subGoals)}</p><ul class="subgoals">${items}</ul>` : '';
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
    'goals',
    t.goals,
    `${goals ? `<ol class="goals">\n${goals}\n</ol>` : notAgreed(v)}\n<h3>${esc(t.resources)}</h3>\n${list(data.ressurser)}\n<h3>${esc(t.needs)}</h3>\n${list(data.behov)}`,
  );
}

function participantsSection(v: View, data: PlanView): string {
  const { t } = v;
  const coordinator = str(data.koordinator);
  const rows = present(data.deltakere)
    .map((p) => {
      const role = label(t.roles, p.rolle);
      const subs: string[] = [];
      if (role) subs.push(text(role) + (str(p.id) && str(p.id) === coordinator ? `, ${esc(t.coordinator.toLowerCase())}` : ''));
      if (str(p.virksomhet)) subs.push(text(p.virksomhet));
      if (str(p.id) !== coordinator) subs.push(...contactLines(v, p.kontakt));
      const who = `${text(p.navn ?? p.id)}${subs.map((s) => `<span class="sub">${s}</span>`).join('')}`;
      const bidrag = str(p.bidrag) ? `<td${v.own}>${text(p.bidrag)}</td>` : `<td class="muted">${esc(t.notAgreed)}</td>`;
      return `<tr><th scope="row">${who}</th>${bidrag}</tr>`;
    })
    .join('\n');
  if (!rows) return section('participants', t.participants, notAgreed(v));
  return section(
    'participants',
    t.participants,
    `<div class="table-wrap"><table aria-labelledby="participants-h">\n<thead><tr><th scope="col">${esc(t.participantWho)}</th><th scope="col">${esc(t.participantContribution)}</th></tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table></div>`,
  );
}

/** The decision granting a measure, in a line: "Vedtak: «2026/4411», datert 25. august 2026, gjelder til 28. februar 2027". */
function decisionLine(v: View, vedtak: VedtakView | undefined): string {
  if (!vedtak) return '';
  const { t } = v;
  const parts: string[] = [];
  if (str(vedtak.referanse)) parts.push(fill(t.quote, text(vedtak.referanse)));
  if (vedtak.dato !== undefined) parts.push(`${esc(t.decisionDated)} ${date(v, vedtak.dato)}`);
  if (vedtak.til !== undefined) {
    const end = asDate(vedtak.til);
    // Past its last day the words say so: not by colour alone.
    parts.push(`${esc(end !== undefined && end < v.today ? t.decisionWasValidUntil : t.decisionValidUntil)} ${date(v, vedtak.til)}`);
  }
  return parts.length ? `${esc(t.decision)}: ${parts.join(', ')}` : '';
}

function measuresSection(v: View, data: PlanView): string {
  const { t } = v;
  const rows = present(data.tiltak)
    .map((m) => {
      const subs: string[] = [];
      const goals = refs(m.mål).map(([id]) => thing(v, id));
      if (goals.length) subs.push(`${esc(t.forGoals(goals.length))}: ${joinList(goals, v)}`);
      const delplan = m.delplan;
      if (delplan) {
        const kind = label(t.subPlanKinds, delplan.type) ?? t.subPlan;
        const parts = [text(kind)];
        if (str(delplan.referanse)) parts.push(fill(t.quote, text(delplan.referanse)));
        subs.push(`${esc(t.subPlan)}: ${parts.join(' ')}`);
        if (str(delplan.ansvarlig)) subs.push(`${esc(t.subPlanResponsible)}: ${person(v, str(delplan.ansvarlig)!)}`);
      }
      const decision = decisionLine(v, m.vedtak);
      if (decision) subs.push(decision);
      const tag = str(m.id) ? ` <span class="tag">${text(m.id)}</span>` : '';
      const what = `<span${v.own}>${text(m.tekst)}</span>${tag}${subs.map((s) => `<span class="sub">${s}</span>`).join('')}`;
      // data-label: the column's name, shown above each cell where a narrow screen stacks the table.
      const td = (heading: string, content: string, attrs = '') => `<td role="cell" data-label="${esc(heading)}"${attrs}>${content}</td>`;
      const cell = (heading: string, value: string | undefined) => (str(value) ? td(heading, text(value), v.own) : td(heading, esc(t.notAgreed), ' class="muted"'));
      const responsibleId = str(m.ansvarlig);
      let responsible = td(t.responsible, esc(t.notAgreed), ' class="muted"');
      if (responsibleId) {
        const org = str(v.people.get(responsibleId)?.item.virksomhet);
        responsible = td(t.responsible, `${person(v, responsibleId)}${org ? `<span class="sub">${text(org)}</span>` : ''}`);
      }
      const from = m.fra !== undefined ? `${esc(t.from)} ${date(v, m.fra)}` : '';
      const until = m.til !== undefined ? `${esc(t.until)} ${date(v, m.til)}` : '';
      const when = from || until ? td(t.when, [from, until].filter(Boolean).join(' ')) : td(t.when, esc(t.wholePeriod), ' class="muted"');
      return `<tr role="row"><th scope="row" role="rowheader">${what}</th>${cell(t.scope, m.omfang)}${responsible}${cell(t.how, m.gjennomføring)}${when}</tr>`;
    })
    .join('\n');
  if (!rows) return section('measures', t.measures, notAgreed(v));
  const head = [t.measure, t.scope, t.responsible, t.how, t.when].map((h) => `<th scope="col" role="columnheader">${esc(h)}</th>`).join('');
  // Explicit roles keep the table a table for screen readers when a narrow screen (or 200 % zoom) stacks it.
  return section(
    'measures',
    t.measures,
    `<div class="table-wrap"><table class="stack" role="table" aria-labelledby="measures-h">\n<thead role="rowgroup"><tr role="row">${head}</tr></thead>\n<tbody role="rowgroup">\n${rows}\n</tbody>\n</table></div>`,
  );
}

function coordinatorSection(v: View, data: PlanView): string {
  const { t } = v;
  const id = str(data.koordinator);
  if (!id) return section('coordinator', t.coordinator, notAgreed(v));
  const p = v.people.get(id);
  const lines: string[] = [`<p class="name">${person(v, id)}</p>`];
  if (str(p?.item.virksomhet)) lines.push(`<p>${text(p!.item.virksomhet)}</p>`);
  const contact = contactLines(v, p?.kontakt);
  lines.push(contact.length ? `<p>${contact.join('<br>')}</p>` : `<p class="muted">${esc(t.noContact)}</p>`);
  if (data.barnekoordinator === true) lines.push(`<p>${esc(t.childCoordinator)}</p>`);
  return section('coordinator', t.coordinator, `<p>${esc(t.coordinatorIntro)}</p>\n<div class="card">${lines.join('\n')}</div>`);
}

function evaluationsSection(v: View, data: PlanView): string {
  const { t } = v;
  const period = data.planperiode;
  const periodLine = period ? `<p>${esc(t.period)}: ${date(v, period.fra)} – ${date(v, period.til)}</p>` : `<p>${esc(t.period)}: <span class="muted">${esc(t.notAgreed)}</span></p>`;
  const next = v.closed ? undefined : nextEvaluation(data, v.today);
  const list = present(data.evalueringer).sort((a, b) => String(asDate(a.dato) ?? '9999') .localeCompare(String(asDate(b.dato) ?? '9999')));
  const rows = list
    .map((e) => {
      const concerns = refs(e.gjelder).map(([id]) => thing(v, id));
      const isNext = e === next;
      const done = isHeld(e);
      const day = asDate(e.dato);
      let state: string;
      if (done) state = fill(t.held, date(v, e.utført));
      else if (v.closed) state = `<span class="muted">${esc(t.notHeldClosed)}</span>`;
      else if (isNext) state = `<span class="badge">${esc(t.next)}</span>`;
      else if (day !== undefined && day < v.today) state = `<span class="late">${esc(t.notHeld)}</span>`;
      else state = esc(t.planned);
      return `<tr${isNext ? ' class="next"' : ''}><th scope="row">${date(v, e.dato)}</th><td>${text(label(t.evaluationKinds, e.type) ?? '')}</td><td>${concerns.length ? joinList(concerns, v) : esc(t.wholePlan)}</td><td>${state}</td></tr>`;
    })
    .join('\n');
  const head = [t.evaluationDate, t.evaluationKind, t.evaluationConcerns, t.evaluationState].map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const table = rows
    ? `<div class="table-wrap"><table aria-labelledby="evaluations-h">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table></div>`
    : notAgreed(v);
  return section('evaluations', t.evaluations, `${periodLine}\n${table}`);
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
      const heading = `<h3>${fill(t.logEntry, esc(kind), date(v, held ? e.utført : e.dato))}</h3>`;
      const pairs: string[] = [];
      const pair = (dt: string, dd: string) => pairs.push(`<dt>${esc(dt)}</dt><dd>${dd}</dd>`);
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
  return section('log', t.log, `<p>${esc(t.logIntro)}</p>\n<ol class="log">\n${items}\n</ol>`);
}

function isGoalOrSubGoal(v: View, id: string | undefined): boolean {
  const kind = id === undefined ? undefined : v.things.get(id)?.kind;
  return kind === 'goal' || kind === 'subgoal';
}

function consentBlock(v: View, heading: string, consent: SamtykkeView | undefined, shared: boolean): string {
  const { t } = v;
  if (!consent) return `<h3>${esc(heading)}</h3>\n<p class="muted">${esc(t.consentNotGiven)}</p>`;
  const pairs: string[] = [];
  const pair = (dt: string, dd: string) => pairs.push(`<dt>${esc(dt)}</dt><dd>${dd}</dd>`);
  if (consent.gitt_av !== undefined) pair(t.consentGivenBy, people(v, consent.gitt_av));
  if (consent.dato !== undefined) pair(t.consentDate, date(v, consent.dato));
  const form = label(t.consentForms, consent.form);
  if (form) pair(t.consentForm, text(form));
  const basis = label(t.consentBases, consent.grunnlag);
  if (basis) pair(t.consentBasis, text(basis));
  if (shared && 'deltakere' in consent && consent.deltakere !== undefined) pair(t.consentSharedWith, people(v, consent.deltakere));
  if (consent.trukket !== undefined) pair(t.consentWithdrawn, `<span class="late">${date(v, consent.trukket)}</span>`);
  return `<h3>${esc(heading)}</h3>\n<dl class="pairs">${pairs.join('')}</dl>`;
}

function consentSection(v: View, data: PlanView): string {
  const { t } = v;
  const samtykke = data.samtykke;
  const godkjent = data.godkjent;
  const acceptedBy = godkjent?.av !== undefined ? people(v, godkjent.av) : '';
  const accepted = godkjent
    ? `<p>${fill(t.acceptedBy, acceptedBy, date(v, godkjent.dato))}</p>`
    : `<p class="muted">${esc(t.notAccepted)}</p>`;
  return section(
    'consent',
    t.consent,
    [
      consentBlock(v, t.consentPrepare, samtykke?.utarbeidelse, false),
      consentBlock(v, t.consentShare, samtykke?.taushetsplikt, true),
      `<h3>${esc(t.accepted)}</h3>\n${accepted}`,
    ].join('\n'),
  );
}

function cooperationSection(v: View, data: PlanView): string {
  const { t } = v;
  if (data.samarbeid === undefined) return section('cooperation', t.cooperation, notAgreed(v));
  const rows = present(data.samarbeid)
    .map((c) => `<tr><th scope="row"${v.own}>${text(c.part)}</th><td${v.own}>${text(c.formål)}</td><td>${text(label(t.cooperationKinds, c.type) ?? '')}</td></tr>`)
    .join('\n');
  if (!rows) return section('cooperation', t.cooperation, `<p>${esc(t.cooperationNone)}</p>`);
  const head = [t.cooperationPart, t.cooperationPurpose, t.cooperationKind].map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  return section('cooperation', t.cooperation, `<div class="table-wrap"><table aria-labelledby="cooperation-h">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table></div>`);
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
      const fromTo = fill(t.transitionFromTo, text(o.fra_tjeneste), text(o.til_tjeneste));
      return (
        `<li><p><strong>${date(v, o.dato)}</strong>: <span${v.own}>${fromTo}</span></p>` +
        (str(o.beskrivelse) ? `<p${v.own}>${text(o.beskrivelse)}</p>` : '') +
        (pairs.length ? `<dl class="pairs">${pairs.join('')}</dl>` : '') +
        '</li>'
      );
    })
    .join('\n');
  return section('transitions', t.transitions, `<ul class="transitions">\n${entries}\n</ul>`);
}

function bodySection(v: View, body: string | undefined, title: string): string {
  if (body === undefined || body.trim() === '') return '';
  const html = renderMarkdown(body, title)?.trim();
  // Past the limits on a body: the page says the text is left out (ip validate names the limit).
  if (html === undefined) return section('text', v.t.body, `<p class="body-omitted">${esc(v.t.bodyOmitted)}</p>`);
  if (html === '') return '';
  return section('text', v.t.body, `<div class="body"${v.own}>\n${html}\n</div>`);
}

/** What only staff need, small at the bottom: the plan id and where the original is filed. */
function staffLine(v: View, data: PlanView | undefined): string {
  const { t } = v;
  const parts: string[] = [];
  if (str(data?.id)) parts.push(`${esc(t.planId)}: ${text(data!.id)}`);
  const arkiv = data?.arkiv;
  const filed = [str(arkiv?.system), str(arkiv?.referanse)].filter((x): x is string => x !== undefined);
  if (filed.length > 0) parts.push(`${esc(t.archive)}: ${filed.map(text).join(', ')}`);
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
  const id = str(data?.id);
  const errors = input.diagnostics.filter((d) => d.severity === 'error').length;
  const banners = renderBanners(bannerContent(input.diagnostics, input.status, lang), lang, input.data === undefined);

  const sections = data
    ? [
        goalsSection(v, data),
        participantsSection(v, data),
        measuresSection(v, data),
        coordinatorSection(v, data),
        evaluationsSection(v, data),
        consentSection(v, data),
        cooperationSection(v, data),
        transitionsSection(v, data),
      ]
    : [];
  sections.push(bodySection(v, input.body, title));
  if (data) sections.push(logSection(v, data));

  const css = stylesheet({ ...(id ? { label: id } : {}), page: t.printPage, of: t.printOf });
  const hash = createHash('sha256').update(css, 'utf8').digest('base64');
  const csp = `default-src 'none'; style-src 'sha256-${hash}'; img-src 'none'; font-src 'none'; connect-src 'none'; script-src 'none'; base-uri 'none'; form-action 'none'`;

  const html = `<!DOCTYPE html>
<html lang="${esc(htmlLang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, nofollow">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${GENERATOR}">
<title>${text(name ? t.documentTitle(name, id) : t.titleNoName)}</title>
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
