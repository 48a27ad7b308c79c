import type { Lang } from '../../output/lang.js';
import { sanitizeEcho } from '../../plan/text.js';

/**
 * Why `ip log` could not show a history, in bokmål and English: each
 * message says what is wrong, each hint what to do. File names come from
 * the user and are echoed sanitised; nothing from inside a plan is echoed.
 */

export interface LogMessage {
  message: string;
  hint: string;
}

const q = (lang: Lang, s: string) => (lang === 'nb' ? `«${sanitizeEcho(s, 200)}»` : `"${sanitizeEcho(s, 200)}"`);

export const LOG_MESSAGES = {
  notFound: (lang: Lang, file: string): LogMessage =>
    lang === 'nb'
      ? { message: `Fant ikke filen ${q(lang, file)}.`, hint: 'Sjekk stien og stavemåten. «ip log PLAN.md» viser historikken til én plan.' }
      : { message: `File not found: ${q(lang, file)}.`, hint: 'Check the path and spelling. "ip log PLAN.md" shows the history of one plan.' },

  notAFile: (lang: Lang, file: string): LogMessage =>
    lang === 'nb'
      ? { message: `${q(lang, file)} er en mappe, ikke en fil.`, hint: 'Oppgi planfilen, for eksempel plan.md.' }
      : { message: `${q(lang, file)} is a folder, not a file.`, hint: 'Name the plan file, for example plan.md.' },

  notGit: (lang: Lang, file: string): LogMessage =>
    lang === 'nb'
      ? {
          message: `${q(lang, file)} ligger ikke i et git-repo, så den har ingen historikk å vise.`,
          hint: 'Legg planen i git (git init, git add, git commit), eller bruk «ip diff GAMMEL.md NY.md» for å sammenligne to filer.',
        }
      : {
          message: `${q(lang, file)} is not in a git repository, so it has no history to show.`,
          hint: 'Put the plan under git (git init, git add, git commit), or use "ip diff OLD.md NEW.md" to compare two files.',
        },

  noGit: (lang: Lang): LogMessage =>
    lang === 'nb'
      ? { message: 'Fant ikke programmet git, som trengs for å lese historikken.', hint: 'Installer git.' }
      : { message: 'The program git, needed to read the history, was not found.', hint: 'Install git.' },

  notCommitted: (lang: Lang, file: string): LogMessage =>
    lang === 'nb'
      ? { message: `${q(lang, file)} er ikke committet ennå, så den har ingen historikk.`, hint: `Commit planen først: git add ${sanitizeEcho(file, 200)} && git commit` }
      : { message: `${q(lang, file)} has not been committed yet, so it has no history.`, hint: `Commit the plan first: git add ${sanitizeEcho(file, 200)} && git commit` },

  gitFailed: (lang: Lang, reason: string): LogMessage =>
    lang === 'nb'
      ? { message: `git kunne ikke lese historikken (${sanitizeEcho(reason, 200)}).`, hint: 'Sjekk at repoet er i orden med «git status».' }
      : { message: `git could not read the history (${sanitizeEcho(reason, 200)}).`, hint: 'Check the repository with "git status".' },

  badCount: (lang: Lang): LogMessage =>
    lang === 'nb'
      ? { message: '--max-count må være et helt tall fra 1 og oppover.', hint: 'For eksempel: -n 20' }
      : { message: '--max-count must be a whole number of 1 or more.', hint: 'For example: -n 20' },

  badSince: (lang: Lang): LogMessage =>
    lang === 'nb'
      ? { message: '--since må være en dato skrevet ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ.', hint: 'For eksempel: --since 2026-09-01' }
      : { message: '--since must be a date written YYYY-MM-DD or DD.MM.YYYY.', hint: 'For example: --since 2026-09-01' },
};
