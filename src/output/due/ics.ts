import { createHash } from 'node:crypto';
import { addDays } from '../../due/calendar.js';
import type { DueItem } from '../../due/types.js';
import type { Lang } from '../lang.js';
import { escapeText, icsDate, serialize, uidPart, utcStamp } from './ical.js';
import { KIND_LABEL, TEXT, detail, kindLabel } from './messages.js';
import { clean, type DueReport } from './report.js';

/** Domain part of every UID: ours, so events from other tools never collide. */
export const UID_DOMAIN = 'ip-due.invalid';

function pathHash(path: string): string {
  return createHash('sha256').update(path).digest('hex').slice(0, 16);
}

/**
 * The plan part of a UID: its id. A plan without an id is named by a hash of
 * its path, since a path may carry a person's name and must not show. When
 * two files share an id (ip validate reports that), the second is told apart
 * by its path's hash, so no two events share a UID.
 */
function planPart(item: DueItem, sharedId: boolean): string {
  if (item.plan === undefined) return `path-${pathHash(item.path)}`;
  return sharedId ? `${uidPart(item.plan)}~${pathHash(item.path)}` : uidPart(item.plan);
}

/**
 * UID from plan and point key, never the date: importing the calendar again
 * after a date moved updates the event instead of adding a second one.
 */
export function eventUid(item: DueItem, sharedId = false): string {
  return `${planPart(item, sharedId)}/${uidPart(item.key)}@${UID_DOMAIN}`;
}

/** For each item, whether another file with the same plan id comes first by path (and so keeps the plain id). */
function sharedIds(items: readonly DueItem[]): (item: DueItem) => boolean {
  const first = new Map<string, string>();
  for (const item of items) {
    if (item.plan === undefined) continue;
    const seen = first.get(item.plan);
    if (seen === undefined || item.path < seen) first.set(item.plan, item.path);
  }
  return (item) => item.plan !== undefined && first.get(item.plan) !== item.path;
}

function summary(item: DueItem, lang: Lang): string {
  const t = TEXT[lang];
  const plan = item.plan !== undefined ? clean(item.plan) : t.noId;
  const ref = item.kind !== 'samtykke' && item.kind !== 'planperiode' && item.kind !== 'barnekoordinator' && item.ref ? ` ${clean(item.ref)}` : '';
  return `${plan}: ${kindLabel(item, lang)}${ref}${item.overdue ? ` (${t.icsOverdue.toLowerCase()})` : ''}`;
}

function description(item: DueItem, report: DueReport, lang: Lang): string {
  const t = TEXT[lang];
  const what = detail(item, lang);
  const plan = item.plan !== undefined ? `${t.icsPlan} ${clean(item.plan)}.` : `${t.icsNoId}.`;
  return [plan, `${kindLabel(item, lang)}${what ? `: ${what}` : ''}.`, t.icsMade(report.today)].join('\n');
}

/**
 * An RFC 5545 calendar, one all-day event per point. Privacy: only plan ids,
 * kinds and goal or measure ids; no names, no paths, no goal text, whatever
 * --names says.
 */
export function formatIcs(report: DueReport, options: { lang: Lang; now: Date }): string {
  const { lang } = options;
  const stamp = utcStamp(options.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//ip-plan//ip due//${lang.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(TEXT[lang].calendarName)}`,
  ];
  const shared = sharedIds(report.items);
  for (const item of report.items) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${eventUid(item, shared(item))}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(item.date)}`,
      // All-day: DTEND is the next day, exclusive.
      `DTEND;VALUE=DATE:${icsDate(addDays(item.date, 1))}`,
      `SUMMARY:${escapeText(summary(item, lang))}`,
      `DESCRIPTION:${escapeText(description(item, report, lang))}`,
      `CATEGORIES:${escapeText(KIND_LABEL[lang][item.kind])}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return serialize(lines);
}
