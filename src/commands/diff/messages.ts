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

const q = (lang: Lang, s: string) => (lang === 'nb' ? `«${sanitizeEcho(s, 200)}»` : `"${sanitizeEcho(s, 200)}"`);

function sideName(which: Which, lang: Lang): string {
  if (lang === 'nb') return which === 'old' ? 'den gamle versjonen' : 'den nye versjonen';
  return which === 'old' ? 'the old version' : 'the new version';
}

const WORDS: Record<Lang, { atRevision: (file: string, rev: string) => string; howToFix: (fix: string) => string }> = {
  nb: { atRevision: (file, rev) => `${file} i ${rev}`, howToFix: (fix) => `Slik retter du: ${fix}` },
  en: { atRevision: (file, rev) => `${file} in ${rev}`, howToFix: (fix) => `How to fix: ${fix}` },
};

export const DIFF_MESSAGES = {
  atRevision: (lang: Lang, file: string, rev: string): string => WORDS[lang].atRevision(file, rev),
  howToFix: (lang: Lang, fix: string): string => WORDS[lang].howToFix(fix),

  notFound: (lang: Lang, file: string): DiffMessage =>
    lang === 'nb'
      ? { message: `Fant ikke filen ${q(lang, file)}.`, hint: 'Sjekk stien og stavemåten. «ip diff GAMMEL.md NY.md» sammenligner to filer.' }
      : { message: `File not found: ${q(lang, file)}.`, hint: 'Check the path and spelling. "ip diff OLD.md NEW.md" compares two files.' },

  notAFile: (lang: Lang, file: string): DiffMessage =>
    lang === 'nb'
      ? { message: `${q(lang, file)} er en mappe, ikke en fil.`, hint: 'Oppgi planfilen, for eksempel plan.md.' }
      : { message: `${q(lang, file)} is a folder, not a file.`, hint: 'Name the plan file, for example plan.md.' },

  unreadable: (lang: Lang, file: string, reason: string): DiffMessage => {
    const why = readReason(reason, lang);
    if (why) {
      return lang === 'nb'
        ? { message: `Kunne ikke lese ${q(lang, file)}: ${why}.`, hint: 'Oppgi planfilen selv, for eksempel plan.md.' }
        : { message: `Could not read ${q(lang, file)}: ${why}.`, hint: 'Name the plan file itself, for example plan.md.' };
    }
    return lang === 'nb'
      ? { message: `Kunne ikke lese ${q(lang, file)} (${reason}).`, hint: 'Sjekk at du har lesetilgang til filen.' }
      : { message: `Could not read ${q(lang, file)} (${reason}).`, hint: 'Check that you may read the file.' };
  },

  tooLarge: (lang: Lang, file: string, limit: number): DiffMessage =>
    lang === 'nb'
      ? { message: `${q(lang, file)} er større enn grensen på ${limit} byte.`, hint: 'En plan er sjelden over noen få kilobyte. Sjekk at det er riktig fil, eller øk grensen med --max-size.' }
      : { message: `${q(lang, file)} is larger than the limit of ${limit} bytes.`, hint: 'A plan is rarely over a few kilobytes. Check that it is the right file, or raise the limit with --max-size.' },

  notGit: (lang: Lang, file: string): DiffMessage =>
    lang === 'nb'
      ? {
          message: `${q(lang, file)} ligger ikke i et git-repo, så det finnes ingen tidligere versjon å sammenligne med.`,
          hint: 'Sammenlign to filer med «ip diff GAMMEL.md NY.md», eller legg planen i git (git init, git add, git commit).',
        }
      : {
          message: `${q(lang, file)} is not in a git repository, so there is no earlier version to compare with.`,
          hint: 'Compare two files with "ip diff OLD.md NEW.md", or put the plan under git (git init, git add, git commit).',
        },

  noGit: (lang: Lang): DiffMessage =>
    lang === 'nb'
      ? { message: 'Fant ikke programmet git, som trengs for å lese tidligere versjoner.', hint: 'Installer git, eller sammenlign to filer med «ip diff GAMMEL.md NY.md».' }
      : { message: 'The program git, needed to read earlier versions, was not found.', hint: 'Install git, or compare two files with "ip diff OLD.md NEW.md".' },

  noCommits: (lang: Lang): DiffMessage =>
    lang === 'nb'
      ? { message: 'Git-repoet har ingen commits ennå, så det finnes ingen tidligere versjon.', hint: 'Commit planen først (git add plan.md && git commit), eller sammenlign to filer.' }
      : { message: 'The git repository has no commits yet, so there is no earlier version.', hint: 'Commit the plan first (git add plan.md && git commit), or compare two files.' },

  unknownRevision: (lang: Lang, rev: string): DiffMessage =>
    lang === 'nb'
      ? { message: `Ukjent revisjon ${q(lang, rev)}.`, hint: 'Bruk en commit, en tag eller for eksempel HEAD~1. «git log --oneline» viser revisjonene.' }
      : { message: `Unknown revision ${q(lang, rev)}.`, hint: 'Use a commit, a tag or for example HEAD~1. "git log --oneline" lists the revisions.' },

  notInRevision: (lang: Lang, file: string, rev: string): DiffMessage =>
    lang === 'nb'
      ? {
          message: `${q(lang, file)} finnes ikke i revisjon ${q(lang, rev)}.`,
          hint: `«git log --oneline -- ${sanitizeEcho(file, 200)}» viser revisjonene der filen finnes. Er den ikke committet ennå, commit den eller sammenlign to filer.`,
        }
      : {
          message: `${q(lang, file)} does not exist in revision ${q(lang, rev)}.`,
          hint: `"git log --oneline -- ${sanitizeEcho(file, 200)}" lists the revisions that have the file. If it is not committed yet, commit it or compare two files.`,
        },

  gitFailed: (lang: Lang, reason: string): DiffMessage =>
    lang === 'nb'
      ? { message: `git kunne ikke lese den tidligere versjonen (${sanitizeEcho(reason, 200)}).`, hint: 'Sjekk at repoet er i orden med «git status».' }
      : { message: `git could not read the earlier version (${sanitizeEcho(reason, 200)}).`, hint: 'Check the repository with "git status".' },

  /** The first line; the located diagnostics follow, one per line. */
  unparseable: (lang: Lang, which: Which, where: string): DiffMessage =>
    lang === 'nb'
      ? {
          message: `${capitalize(sideName(which, lang))} (${where}) kan ikke leses som en plan:`,
          hint: 'Rett feilen og prøv igjen; «ip validate» viser alle funn i en fil. Bare en plan med lesbar front matter og «ip: 1» kan sammenlignes.',
        }
      : {
          message: `${capitalize(sideName(which, lang))} (${where}) cannot be read as a plan:`,
          hint: 'Fix the problem and try again; "ip validate" shows every finding in a file. Only a plan with readable front matter and "ip: 1" can be compared.',
        },

  toWithoutFrom: (lang: Lang): DiffMessage =>
    lang === 'nb'
      ? { message: '--to brukes bare sammen med --from.', hint: 'For eksempel: ip diff plan.md --from HEAD~2 --to HEAD~1' }
      : { message: '--to is only used with --from.', hint: 'For example: ip diff plan.md --from HEAD~2 --to HEAD~1' },

  revsWithTwoFiles: (lang: Lang): DiffMessage =>
    lang === 'nb'
      ? { message: '--from og --to gjelder én fil i git, ikke to filer.', hint: 'Bruk «ip diff GAMMEL.md NY.md» eller «ip diff plan.md --from REV».' }
      : { message: '--from and --to apply to one file in git, not to two files.', hint: 'Use "ip diff OLD.md NEW.md" or "ip diff plan.md --from REV".' },

  emptyRevision: (lang: Lang, flag: string): DiffMessage =>
    lang === 'nb'
      ? { message: `${flag} trenger en revisjon.`, hint: 'For eksempel: --from HEAD~1, --from v1 eller --from en commit-id.' }
      : { message: `${flag} needs a revision.`, hint: 'For example: --from HEAD~1, --from v1 or --from a commit id.' },
};

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
