import { renderDiagnostic } from '../plan/diagnostics/messages.js';
import { LEGAL_POINTS, POINT_SUMMARY, REGULATION, type LegalPoint } from '../plan/legal.js';
import type { Diagnostic, PlanStatus } from '../plan/types.js';
import { esc } from './html.js';
import { PAGE_TEXT, type PageLang } from './i18n.js';

/**
 * The banner at the top of a plan that does not yet meet the regulation:
 * what is missing, grouped by the regulation's point (a–i). A page with
 * errors is never blank: the banner comes first and the rest of the plan
 * follows as far as it could be read.
 *
 * The messages come from the diagnostics catalogue, which never carries a
 * value from the plan; they are escaped all the same.
 */

export interface BannerGroup {
  point?: LegalPoint;
  messages: string[];
}

export interface BannerContent {
  kind: 'errors' | 'draft';
  groups: BannerGroup[];
}

/** The diagnostics catalogue has bokmål and English; a nynorsk page shows bokmål messages, marked as such. */
function messageLang(lang: PageLang): 'nb' | 'en' {
  return lang === 'en' ? 'en' : 'nb';
}

function group(diagnostics: Diagnostic[], lang: PageLang): BannerGroup[] {
  const byPoint = new Map<LegalPoint | undefined, string[]>();
  for (const d of diagnostics) {
    const { point, ...rest } = d;
    const message = renderDiagnostic(rest, messageLang(lang)).message;
    const list = byPoint.get(point) ?? [];
    if (!list.includes(message)) list.push(message);
    byPoint.set(point, list);
  }
  const groups: BannerGroup[] = [];
  for (const p of LEGAL_POINTS) {
    const messages = byPoint.get(p);
    if (messages) groups.push({ point: p, messages });
  }
  const other = byPoint.get(undefined);
  if (other) groups.push({ messages: other });
  return groups;
}

/**
 * Errors always; for a draft, also the warnings that name a legal point
 * (what is "needed before the plan can be active"). Other warnings belong in
 * `ip validate`, not on the person's page.
 */
export function bannerContent(diagnostics: Diagnostic[], status: PlanStatus | undefined, lang: PageLang): BannerContent[] {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const out: BannerContent[] = [];
  if (errors.length > 0) out.push({ kind: 'errors', groups: group(errors, lang) });
  if (status === 'utkast') {
    const pending = diagnostics.filter((d) => d.severity === 'warning' && d.point !== undefined);
    if (pending.length > 0) out.push({ kind: 'draft', groups: group(pending, lang) });
  }
  return out;
}

export function renderBanners(banners: BannerContent[], lang: PageLang, unreadable: boolean): string {
  const t = PAGE_TEXT[lang];
  const msgLang = messageLang(lang);
  const langAttr = msgLang !== lang ? ` lang="${msgLang}"` : '';
  return banners
    .map((b, i) => {
      const id = `banner-${i + 1}`;
      const heading = b.kind === 'errors' ? t.bannerErrors : t.bannerDraft;
      const intro = b.kind === 'errors' ? t.bannerErrorsIntro(REGULATION[lang === 'en' ? 'en' : 'nb']) : t.bannerDraftIntro;
      const groups = b.groups
        .map((g) => {
          const title = g.point ? t.bannerPoint(g.point, POINT_SUMMARY[g.point][lang === 'en' ? 'en' : 'nb']) : t.bannerOther;
          const items = g.messages.map((m) => `<li>${esc(m)}</li>`).join('');
          return `<li><span class="banner-point">${esc(title)}</span><ul${langAttr}>${items}</ul></li>`;
        })
        .join('');
      const note = unreadable && b.kind === 'errors' ? `<p>${esc(t.bannerUnreadable)}</p>` : '';
      return (
        `<section class="banner banner-${b.kind}" id="${id}" aria-labelledby="${id}-h">` +
        `<h2 id="${id}-h">${esc(heading)}</h2>${note}<p>${esc(intro)}</p><ul class="banner-groups">${groups}</ul></section>`
      );
    })
    .join('\n');
}
