import { renderDiagnostic } from '../plan/diagnostics/messages.js';
import { LEGAL_POINTS, type LegalPoint } from '../plan/legal.js';
import type { Code } from '../plan/diagnostics/code.js';
import type { Diagnostic, PathStep, PlanStatus } from '../plan/types.js';
import type { FieldName } from '../plan/fields.js';
import { FIELD_LABELS } from '../plan/vocabulary.js';
import { nonEmpty, type PlanView } from '../plan/view.js';
import { longDate } from './dates.js';
import { esc, fill, text } from './html.js';
import { PAGE_TEXT, type PageLang, type PageText } from './i18n.js';
import { shorten } from './short.js';

/**
 * The notices at the top of a plan that is not finished, in plain words for
 * the person and their family:
 *
 * - a plan with errors says what is missing or wrong, naming a goal or a
 *   measure by its (shortened) text and a participant by name, never by an
 *   id or a path into the file (that is ip validate's job, for staff);
 * - a draft says what will be agreed at the next meeting
 *   («Dette avtaler vi på neste møte: …»), one line for each point of the
 *   regulation still open, not a list of missing fields.
 *
 * A page with errors is never blank: the notice comes first and the rest of
 * the plan follows as far as it could be read. Every value from the plan is
 * escaped and isolated (`<bdi>`).
 */

export interface BannerContent {
  kind: 'errors' | 'draft';
  /** The lines of the notice, as HTML. */
  items: string[];
}

/** Codes that say something is not there (the rest say it is there but wrong). */
const MISSING: ReadonlySet<Code> = new Set<Code>(['required', 'point-missing', 'too-few', 'empty-text', 'assessment-missing']);

const isolate = (value: string) => `<bdi>${text(value)}</bdi>`;

interface Subject {
  html: string;
  /** The path after the item: where in it the problem is. */
  rest: PathStep[];
}

/** The list item a path is about, named in words: a goal by its text, a participant by name, a meeting by its date. */
function subject(path: PathStep[], data: PlanView | undefined, t: PageText, lang: PageLang): Subject | undefined {
  const [list, index] = path;
  if (typeof list !== 'string' || typeof index !== 'number' || !data) return undefined;
  const rest = path.slice(2);
  const byNumber = (noun: string, n: number) => ({ html: esc(t.nth(noun, n + 1)), rest });
  const quoted = (noun: string, words: string | undefined, n: number, restAfter = rest) =>
    nonEmpty(words) !== undefined ? { html: `${esc(noun)} ${esc(t.quote('\u0000')).replace('\u0000', isolate(shorten(words!)))}`, rest: restAfter } : { ...byNumber(noun, n), rest: restAfter };
  const dated = (noun: string, value: unknown, n: number) => {
    const words = longDate(value, lang);
    return words ? { html: `${esc(noun)} ${esc(words)}`, rest } : byNumber(noun, n);
  };
  switch (list) {
    case 'mål': {
      const goal = data.mål?.[index];
      const [sub, j] = rest;
      if (sub === 'delmål' && typeof j === 'number') return quoted(t.itemSubGoal, goal?.delmål?.[j]?.tekst, j, rest.slice(2));
      return quoted(t.itemGoal, goal?.tekst, index);
    }
    case 'tiltak':
      return quoted(t.itemMeasure, data.tiltak?.[index]?.tekst, index);
    case 'deltakere': {
      const name = data.deltakere?.[index]?.navn;
      return nonEmpty(name) !== undefined ? { html: `${esc(t.itemParticipant)} ${isolate(name!)}`, rest } : byNumber(t.itemParticipant, index);
    }
    case 'evalueringer':
      return dated(t.itemEvaluation, data.evalueringer?.[index]?.dato, index);
    case 'overganger':
      return dated(t.itemTransition, data.overganger?.[index]?.dato, index);
    case 'samarbeid': {
      const part = data.samarbeid?.[index]?.part;
      return nonEmpty(part) !== undefined ? { html: `${esc(t.itemCooperation)} ${isolate(part!)}`, rest } : byNumber(t.itemCooperation, index);
    }
    default:
      return undefined;
  }
}

/** A field in the reader's words: the page's own, else the shared field label, else its key (Norwegian, marked so on an English page). */
function fieldWords(key: string, t: PageText, lang: PageLang): string {
  const own = t.fieldWords[key];
  if (own) return esc(own);
  const shared = (FIELD_LABELS[lang] as Partial<Record<string, string>>)[key as FieldName];
  if (shared) return esc(shared);
  return RAW_KEY[lang](key);
}

/** A field's own (Norwegian) key, marked as Norwegian on an English page. */
const RAW_KEY: Record<PageLang, (key: string) => string> = {
  nb: (key) => esc(key),
  nn: (key) => esc(key),
  en: (key) => `<span lang="nb">${esc(key)}</span>`,
};

const capital = (html: string) => html.replace(/^(<[^>]+>)?(\p{Ll})/u, (_, tag: string | undefined, c: string) => `${tag ?? ''}${c.toUpperCase()}`);

/** One problem in plain words, or undefined where the path names nothing the reader knows (the caller falls back). */
export function problem(d: Diagnostic, data: PlanView | undefined, lang: PageLang): string | undefined {
  const t = PAGE_TEXT[lang];
  const what = d.code === 'unknown-reference' ? t.unknownReference : MISSING.has(d.code) ? t.missing : t.wrong;
  const item = subject(d.path, data, t, lang);
  const steps = item ? item.rest : d.path;
  const keys = steps.filter((s): s is string => typeof s === 'string');
  const field = keys.length ? fieldWords(keys[keys.length - 1]!, t, lang) : undefined;
  if (item && field) return fill(t.problem, item.html, field, esc(what));
  if (item) return fill(t.problemOf, item.html, esc(what));
  if (field) return fill(t.problemOf, capital(field), esc(what));
  return undefined;
}

/**
 * Errors always, each once; for a draft, the points of the regulation its
 * warnings name (what is "needed before the plan can be active"), as what we
 * agree at the next meeting. Other warnings belong in ip validate, not on
 * the person's page.
 */
export function bannerContent(diagnostics: Diagnostic[], status: PlanStatus | undefined, data: PlanView | undefined, lang: PageLang): BannerContent[] {
  const t = PAGE_TEXT[lang];
  const out: BannerContent[] = [];
  const errors: string[] = [];
  for (const d of diagnostics.filter((x) => x.severity === 'error')) {
    // An error about the file itself (not a place in the plan) keeps the catalogue's words; they never carry a value from the plan.
    let line = problem(d, data, lang);
    if (line === undefined) {
      const { point, ...rest } = d;
      void point;
      const msgLang = lang === 'en' ? 'en' : 'nb';
      line = `<span${msgLang !== lang ? ' lang="nb"' : ''}>${esc(renderDiagnostic(rest, msgLang).message)}</span>`;
    }
    if (!errors.includes(line)) errors.push(line);
  }
  if (errors.length > 0) out.push({ kind: 'errors', items: errors });
  if (status === 'utkast') {
    const open = new Set<LegalPoint>();
    for (const d of diagnostics) if (d.severity === 'warning' && d.point !== undefined) open.add(d.point);
    const items = LEGAL_POINTS.filter((p) => open.has(p)).map((p) => esc(t.draftPoints[p]));
    if (items.length > 0) out.push({ kind: 'draft', items });
  }
  return out;
}

export function renderBanners(banners: BannerContent[], lang: PageLang, unreadable: boolean): string {
  const t = PAGE_TEXT[lang];
  return banners
    .map((b, i) => {
      const id = `banner-${i + 1}`;
      const heading = b.kind === 'errors' ? t.bannerErrors : t.bannerDraft;
      const intro = b.kind === 'errors' ? t.bannerErrorsIntro : t.bannerDraftIntro;
      const note = unreadable && b.kind === 'errors' ? `<p>${esc(t.bannerUnreadable)}</p>` : '';
      return (
        `<section class="banner banner-${b.kind}" id="${id}" aria-labelledby="${id}-h">` +
        `<h2 id="${id}-h">${esc(heading)}</h2>${note}<p>${esc(intro)}</p><ul>${b.items.map((x) => `<li>${x}</li>`).join('')}</ul></section>`
      );
    })
    .join('\n');
}
