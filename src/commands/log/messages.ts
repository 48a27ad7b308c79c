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

interface LogMessages {
  notFound: (file: string) => LogMessage;
  notAFile: (file: string) => LogMessage;
  notGit: (file: string) => LogMessage;
  noGit: () => LogMessage;
  notCommitted: (file: string) => LogMessage;
  gitFailed: (reason: string) => LogMessage;
  badCount: () => LogMessage;
  badSince: () => LogMessage;
}

const clean = (s: string) => sanitizeEcho(s, 200);
const nbQuote = (s: string) => `«${clean(s)}»`;
const enQuote = (s: string) => `"${clean(s)}"`;

const nb: LogMessages = {
  notFound: (file) => ({ message: `Fant ikke filen ${nbQuote(file)}.`, hint: 'Sjekk stien og stavemåten. «ip log PLAN.md» viser historikken til én plan.' }),
  notAFile: (file) => ({ message: `${nbQuote(file)} er en mappe, ikke en fil.`, hint: 'Oppgi planfilen, for eksempel plan.md.' }),
  notGit: (file) => ({
    message: `${nbQuote(file)} ligger ikke i et git-repo, så den har ingen historikk å vise.`,
    hint: 'Legg planen i git (git init, git add, git commit), eller bruk «ip diff GAMMEL.md NY.md» for å sammenligne to filer.',
  }),
  noGit: () => ({ message: 'Fant ikke programmet git, som trengs for å lese historikken.', hint: 'Installer git.' }),
  notCommitted: (file) => ({ message: `${nbQuote(file)} er ikke committet ennå, så den har ingen historikk.`, hint: `Commit planen først: git add ${clean(file)} && git commit` }),
  gitFailed: (reason) => ({ message: `git kunne ikke lese historikken (${clean(reason)}).`, hint: 'Sjekk at repoet er i orden med «git status».' }),
  badCount: () => ({ message: '--max-count må være et helt tall fra 1 og oppover.', hint: 'For eksempel: -n 20' }),
  badSince: () => ({ message: '--since må være en dato skrevet ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ.', hint: 'For eksempel: --since 2026-09-01' }),
};

const en: LogMessages = {
  notFound: (file) => ({ message: `File not found: ${enQuote(file)}.`, hint: 'Check the path and spelling. "ip log PLAN.md" shows the history of one plan.' }),
  notAFile: (file) => ({ message: `${enQuote(file)} is a folder, not a file.`, hint: 'Name the plan file, for example plan.md.' }),
  notGit: (file) => ({
    message: `${enQuote(file)} is not in a git repository, so it has no history to show.`,
    hint: 'Put the plan under git (git init, git add, git commit), or use "ip diff OLD.md NEW.md" to compare two files.',
  }),
  noGit: () => ({ message: 'The program git, needed to read the history, was not found.', hint: 'Install git.' }),
  notCommitted: (file) => ({ message: `${enQuote(file)} has not been committed yet, so it has no history.`, hint: `Commit the plan first: git add ${clean(file)} && git commit` }),
  gitFailed: (reason) => ({ message: `git could not read the history (${clean(reason)}).`, hint: 'Check the repository with "git status".' }),
  badCount: () => ({ message: '--max-count must be a whole number of 1 or more.', hint: 'For example: -n 20' }),
  badSince: () => ({ message: '--since must be a date written YYYY-MM-DD or DD.MM.YYYY.', hint: 'For example: --since 2026-09-01' }),
};

export const LOG_MESSAGES: Record<Lang, LogMessages> = { nb, en };
