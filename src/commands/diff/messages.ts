import type { Lang } from '../../output/lang.js';
import { sanitizeEcho } from '../../plan/text.js';
import { readReason } from '../../plan/diagnostics/read-reasons.js';

/**
 * Why `ip diff` could not compare, in bokmål and English: each message says
 * what is wrong, each hint what to do. File names and revisions come from
 * the user and are echoed sanitised; nothing from inside a plan is echoed.
 */

export type Which = 'old' | 'new';

export interface DiffMessage {
  message: string;
  hint: string;
}

const nbQuote = (s: string) => `«${sanitizeEcho(s, 200)}»`;
const enQuote = (s: string) => `"${sanitizeEcho(s, 200)}"`;

const SIDES: Record<Lang, Record<Which, string>> = {
  nb: { old: 'den gamle versjonen', new: 'den nye versjonen' },
  en: { old: 'the old version', new: 'the new version' },
};

function sideName(which: Which, lang: Lang): string {
  return SIDES[lang][which];
}

interface DiffMessages {
  atRevision: (file: string, rev: string) => string;
  howToFix: (fix: string) => string;
  unreadable: (file: string, reason: string) => DiffMessage;
  notFound: (file: string) => DiffMessage;
  notAFile: (file: string) => DiffMessage;
  tooLarge: (file: string, limit: number) => DiffMessage;
  notGit: (file: string) => DiffMessage;
  noGit: () => DiffMessage;
  noCommits: () => DiffMessage;
  unknownRevision: (rev: string) => DiffMessage;
  notInRevision: (file: string, rev: string) => DiffMessage;
  gitFailed: (reason: string) => DiffMessage;
  /** The first line; the located diagnostics follow, one per line. */
  unparseable: (which: Which, where: string) => DiffMessage;
  toWithoutFrom: () => DiffMessage;
  revsWithTwoFiles: () => DiffMessage;
  emptyRevision: (flag: string) => DiffMessage;
}

const nb: DiffMessages = {
  atRevision: (file, rev) => `${file} i ${rev}`,
  howToFix: (fix) => `Slik retter du: ${fix}`,
  unreadable: (file, reason) => {
    const why = readReason(reason, 'nb');
    return why
      ? { message: `Kunne ikke lese ${nbQuote(file)}: ${why}.`, hint: 'Oppgi planfilen selv, for eksempel plan.md.' }
      : { message: `Kunne ikke lese ${nbQuote(file)} (${reason}).`, hint: 'Sjekk at du har lesetilgang til filen.' };
  },
  notFound: (file) => ({ message: `Fant ikke filen ${nbQuote(file)}.`, hint: 'Sjekk stien og stavemåten. «ip diff GAMMEL.md NY.md» sammenligner to filer.' }),
  notAFile: (file) => ({ message: `${nbQuote(file)} er en mappe, ikke en fil.`, hint: 'Oppgi planfilen, for eksempel plan.md.' }),
  tooLarge: (file, limit) => ({ message: `${nbQuote(file)} er større enn grensen på ${limit} byte.`, hint: 'En plan er sjelden over noen få kilobyte. Sjekk at det er riktig fil, eller øk grensen med --max-size.' }),
  notGit: (file) => ({
    message: `${nbQuote(file)} ligger ikke i et git-repo, så det finnes ingen tidligere versjon å sammenligne med.`,
    hint: 'Sammenlign to filer med «ip diff GAMMEL.md NY.md», eller legg planen i git (git init, git add, git commit).',
  }),
  noGit: () => ({ message: 'Fant ikke programmet git, som trengs for å lese tidligere versjoner.', hint: 'Installer git, eller sammenlign to filer med «ip diff GAMMEL.md NY.md».' }),
  noCommits: () => ({ message: 'Git-repoet har ingen commits ennå, så det finnes ingen tidligere versjon.', hint: 'Commit planen først (git add plan.md && git commit), eller sammenlign to filer.' }),
  unknownRevision: (rev) => ({ message: `Ukjent revisjon ${nbQuote(rev)}.`, hint: 'Bruk en commit, en tag eller for eksempel HEAD~1. «git log --oneline» viser revisjonene.' }),
  notInRevision: (file, rev) => ({
    message: `${nbQuote(file)} finnes ikke i revisjon ${nbQuote(rev)}.`,
    hint: `«git log --oneline -- ${sanitizeEcho(file, 200)}» viser revisjonene der filen finnes. Er den ikke committet ennå, commit den eller sammenlign to filer.`,
  }),
  gitFailed: (reason) => ({ message: `git kunne ikke lese den tidligere versjonen (${sanitizeEcho(reason, 200)}).`, hint: 'Sjekk at repoet er i orden med «git status».' }),
  unparseable: (which, where) => ({
    message: `${capitalize(sideName(which, 'nb'))} (${where}) kan ikke leses som en plan:`,
    hint: 'Rett feilen og prøv igjen; «ip validate» viser alle funn i en fil. Bare en plan med lesbar front matter og «ip: 1» kan sammenlignes.',
  }),
  toWithoutFrom: () => ({ message: '--to brukes bare sammen med --from.', hint: 'For eksempel: ip diff plan.md --from HEAD~2 --to HEAD~1' }),
  revsWithTwoFiles: () => ({ message: '--from og --to gjelder én fil i git, ikke to filer.', hint: 'Bruk «ip diff GAMMEL.md NY.md» eller «ip diff plan.md --from REV».' }),
  emptyRevision: (flag) => ({ message: `${flag} trenger en revisjon.`, hint: 'For eksempel: --from HEAD~1, --from v1 eller --from en commit-id.' }),
};

const en: DiffMessages = {
  atRevision: (file, rev) => `${file} in ${rev}`,
  howToFix: (fix) => `How to fix: ${fix}`,
  unreadable: (file, reason) => {
    const why = readReason(reason, 'en');
    return why
      ? { message: `Could not read ${enQuote(file)}: ${why}.`, hint: 'Name the plan file itself, for example plan.md.' }
      : { message: `Could not read ${enQuote(file)} (${reason}).`, hint: 'Check that you may read the file.' };
  },
  notFound: (file) => ({ message: `File not found: ${enQuote(file)}.`, hint: 'Check the path and spelling. "ip diff OLD.md NEW.md" compares two files.' }),
  notAFile: (file) => ({ message: `${enQuote(file)} is a folder, not a file.`, hint: 'Name the plan file, for example plan.md.' }),
  tooLarge: (file, limit) => ({ message: `${enQuote(file)} is larger than the limit of ${limit} bytes.`, hint: 'A plan is rarely over a few kilobytes. Check that it is the right file, or raise the limit with --max-size.' }),
  notGit: (file) => ({
    message: `${enQuote(file)} is not in a git repository, so there is no earlier version to compare with.`,
    hint: 'Compare two files with "ip diff OLD.md NEW.md", or put the plan under git (git init, git add, git commit).',
  }),
  noGit: () => ({ message: 'The program git, needed to read earlier versions, was not found.', hint: 'Install git, or compare two files with "ip diff OLD.md NEW.md".' }),
  noCommits: () => ({ message: 'The git repository has no commits yet, so there is no earlier version.', hint: 'Commit the plan first (git add plan.md && git commit), or compare two files.' }),
  unknownRevision: (rev) => ({ message: `Unknown revision ${enQuote(rev)}.`, hint: 'Use a commit, a tag or for example HEAD~1. "git log --oneline" lists the revisions.' }),
  notInRevision: (file, rev) => ({
    message: `${enQuote(file)} does not exist in revision ${enQuote(rev)}.`,
    hint: `"git log --oneline -- ${sanitizeEcho(file, 200)}" lists the revisions that have the file. If it is not committed yet, commit it or compare two files.`,
  }),
  gitFailed: (reason) => ({ message: `git could not read the earlier version (${sanitizeEcho(reason, 200)}).`, hint: 'Check the repository with "git status".' }),
  unparseable: (which, where) => ({
    message: `${capitalize(sideName(which, 'en'))} (${where}) cannot be read as a plan:`,
    hint: 'Fix the problem and try again; "ip validate" shows every finding in a file. Only a plan with readable front matter and "ip: 1" can be compared.',
  }),
  toWithoutFrom: () => ({ message: '--to is only used with --from.', hint: 'For example: ip diff plan.md --from HEAD~2 --to HEAD~1' }),
  revsWithTwoFiles: () => ({ message: '--from and --to apply to one file in git, not to two files.', hint: 'Use "ip diff OLD.md NEW.md" or "ip diff plan.md --from REV".' }),
  emptyRevision: (flag) => ({ message: `${flag} needs a revision.`, hint: 'For example: --from HEAD~1, --from v1 or --from a commit id.' }),
};

export const DIFF_MESSAGES: Record<Lang, DiffMessages> = { nb, en };

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
