import type { Change } from '../../diff/index.js';
import { toJson } from '../json.js';
import type { Lang } from '../lang.js';
import { shownPath } from '../path.js';
import type { Paint } from '../style.js';
import { sanitizeEcho } from '../../plan/text.js';

/**
 * What `ip evaluate` says once the plan is written: the file, the
 * evaluation (by id, or its number), the date held, how many goals were
 * assessed and decisions made, and the next evaluation. Counts and ids only:
 * no goal text, note, decision or name.
 */

export interface EvaluateResult {
  path: string;
  /** The plan's id, where it has one. */
  plan?: string;
  /** The evaluation's id, else undefined (then `number` names it). */
  evaluation?: string;
  /** 1-based place in `evalueringer`. */
  number: number;
  held: string;
  tookPart: number;
  assessed: number;
  /** The goals the evaluation was to assess, with any other goal assessed there. */
  goals: number;
  decisions: number;
  next?: { id: string; dato: string };
  written: boolean;
  /** The front matter was written out whole (see src/evaluate/front-matter.ts). */
  rewritten: boolean;
  changes: readonly Change[];
  /** Warnings the plan has after the edit that it did not have before. */
  newWarnings: ReadonlyArray<{ code: string; message: string; line: number; column: number }>;
  leftover?: string;
}

const TEXT = {
  nb: {
    point: (r: EvaluateResult) => (r.evaluation !== undefined ? sanitizeEcho(r.evaluation) : `nr. ${r.number}`),
    written: (path: string, point: string, held: string) => `Evaluering ${point} er ført inn i ${path}: holdt ${held}.`,
    counts: (r: EvaluateResult) =>
      `${r.assessed} av ${r.goals} mål vurdert, ${r.tookPart} ${r.tookPart === 1 ? 'deltaker' : 'deltakere'}, ${r.decisions} ${r.decisions === 1 ? 'beslutning' : 'beslutninger'}.`,
    next: (n: { id: string; dato: string }) => `Neste evaluering: ${sanitizeEcho(n.id)}, ${n.dato}.`,
    noNext: 'Ingen ny evaluering er lagt til.',
    leftover: (f: string) => `Merk: den midlertidige filen «${f}» kunne ikke fjernes; slett den selv.`,
    check: (path: string) => `Sjekk planen: ip validate ${path}`,
  },
  en: {
    point: (r: EvaluateResult) => (r.evaluation !== undefined ? sanitizeEcho(r.evaluation) : `number ${r.number}`),
    written: (path: string, point: string, held: string) => `Evaluation ${point} is recorded in ${path}: held ${held}.`,
    counts: (r: EvaluateResult) =>
      `${r.assessed} of ${r.goals} ${r.goals === 1 ? 'goal' : 'goals'} assessed, ${r.tookPart} ${r.tookPart === 1 ? 'participant' : 'participants'}, ${r.decisions} ${r.decisions === 1 ? 'decision' : 'decisions'}.`,
    next: (n: { id: string; dato: string }) => `Next evaluation: ${sanitizeEcho(n.id)}, ${n.dato}.`,
    noNext: 'No new evaluation was added.',
    leftover: (f: string) => `Note: the temporary file "${f}" could not be removed; delete it yourself.`,
    check: (path: string) => `Check the plan: ip validate ${path}`,
  },
} satisfies Record<Lang, unknown>;

export function formatEvaluateText(r: EvaluateResult, lang: Lang, paint: Paint): string {
  const t = TEXT[lang];
  // The path is the user's argument and the ids are the plan's: shown as every printed value is (src/plan/text.ts).
  const path = shownPath(r.path);
  const lines = [paint('green', t.written(paint('bold', path), t.point(r), r.held)), t.counts(r), r.next ? t.next(r.next) : t.noNext];
  if (r.leftover) lines.push(paint('yellow', t.leftover(shownPath(r.leftover))));
  lines.push(t.check(path));
  return `${lines.join('\n')}\n`;
}

/** For scripts: the same facts, and the changes in ip diff's JSON shape. */
export function formatEvaluateJson(r: EvaluateResult): string {
  return toJson({
    version: 1,
    path: r.path,
    ...(r.plan !== undefined ? { plan: r.plan } : {}),
    evaluation: r.evaluation ?? null,
    number: r.number,
    held: r.held,
    took_part: r.tookPart,
    assessed: r.assessed,
    goals: r.goals,
    decisions: r.decisions,
    next: r.next ?? null,
    written: r.written,
    rewritten: r.rewritten,
    changes: r.changes,
    new_warnings: r.newWarnings,
    ...(r.leftover ? { leftover: r.leftover } : {}),
  });
}
