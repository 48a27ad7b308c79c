import type { SkipReason } from '../plan/frontmatter.js';
import type { Lang } from './lang.js';
import { shownPath } from './path.js';

/** Words every command that reads a caseload prints about what it found and what it skipped. */

const REASONS: Record<Lang, Record<SkipReason, string>> = {
  nb: {
    'no-front-matter': 'ingen front matter',
    'no-plan-keys': 'front matter uten «ip: 1» og uten felt som bare en plan har',
    'executable-front-matter': 'front matter merket som kjørbar kode, uten «ip: 1»',
    'unclosed-front-matter': 'front matter uten avsluttende «---», uten «ip: 1»',
    'not-utf8': 'ikke UTF-8-tekst, og ingen «ip: 1» øverst',
    'too-large': 'større enn --max-size, og ingen «ip: 1» øverst',
  },
  en: {
    'no-front-matter': 'no front matter',
    'no-plan-keys': 'front matter without "ip: 1" and without any field only a plan has',
    'executable-front-matter': 'front matter marked as executable code, without "ip: 1"',
    'unclosed-front-matter': 'front matter without a closing "---", without "ip: 1"',
    'not-utf8': 'not UTF-8 text, and no "ip: 1" at the top',
    'too-large': 'larger than --max-size, and no "ip: 1" at the top',
  },
};

export function skipReasonText(reason: SkipReason, lang: Lang): string {
  return REASONS[lang][reason];
}

/** The words of the skipped-files lines. */
const SKIPPED_WORDS: Record<Lang, { many: (n: number) => string; head: string; quote: (path: string) => string }> = {
  nb: { many: (n) => `${n} filer som ikke er planer ble hoppet over; --verbose viser hvilke og hvorfor.`, head: 'Hoppet over (ikke planer):', quote: (p) => `«${p}»` },
  en: { many: (n) => `${n} files that are not plans were skipped; --verbose shows which and why.`, head: 'Skipped (not plans):', quote: (p) => `"${p}"` },
};

/** At most this many skipped files are listed without --verbose. */
export const SKIPPED_LISTED = 10;

/**
 * The skipped files as lines for text output: all of them when few or with
 * `verbose`, else a line that says how to see them.
 */
export function skippedLines(skipped: readonly { path: string; reason: SkipReason }[], lang: Lang, verbose: boolean): string[] {
  if (skipped.length === 0) return [];
  if (!verbose && skipped.length > SKIPPED_LISTED) {
    return [SKIPPED_WORDS[lang].many(skipped.length)];
  }
  const head = SKIPPED_WORDS[lang].head;
  return [head, ...skipped.map((s) => `  ${shownPath(s.path)}: ${skipReasonText(s.reason, lang)}`)];
}

const quote = (p: string, lang: Lang) => SKIPPED_WORDS[lang].quote(shownPath(p));

interface Problem {
  message: string;
  hint: string;
}

const FOUND_NOTHING: Record<Lang, { unmatched: (list: string) => Problem; noPlans: (where: string, skipped: number) => Problem }> = {
  nb: {
    unmatched: (list) => ({ message: `Fant ingenting som heter ${list}.`, hint: 'Sjekk stien, eller sett globber i anførselstegn.' }),
    noPlans: (where, skipped) => ({
      message: `Fant ingen planer i ${where}. ${skipped === 0 ? 'Der er ingen Markdown-filer.' : skipped === 1 ? 'Den ene Markdown-filen der er ikke en plan.' : `Ingen av de ${skipped} Markdown-filene der er planer.`}`,
      hint: 'En plan er en Markdown-fil med «ip: 1» øverst i front matter. Sjekk stien, eller bruk --allow-empty hvis det er i orden at det ikke finnes planer her.',
    }),
  },
  en: {
    unmatched: (list) => ({ message: `Nothing matches ${list}.`, hint: 'Check the path, or put globs in quotes.' }),
    noPlans: (where, skipped) => ({
      message: `Found no plans in ${where}. ${skipped === 0 ? 'There are no Markdown files there.' : skipped === 1 ? 'The one Markdown file there is not a plan.' : `None of the ${skipped} Markdown files there is a plan.`}`,
      hint: 'A plan is a Markdown file with "ip: 1" at the top of its front matter. Check the path, or use --allow-empty if having no plans here is fine.',
    }),
  },
};

export function unmatchedMessage(paths: readonly string[], lang: Lang): Problem {
  return FOUND_NOTHING[lang].unmatched(paths.map((p) => quote(p, lang)).join(', '));
}

/** A run that found no plan: where it looked, what it saw there, and how to accept an empty run. */
export function noPlansMessage(looked: readonly string[], skipped: number, lang: Lang): Problem {
  return FOUND_NOTHING[lang].noPlans(looked.map((p) => quote(p, lang)).join(', '), skipped);
}
