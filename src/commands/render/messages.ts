import { writeReason } from '../../output/write-reasons.js';
import type { Lang } from '../../output/lang.js';

/**
 * What `ip render` says on the terminal, in bokmål and English. Messages
 * name files and options, never a value from a plan (the person's name
 * included).
 */

export interface RenderMessages {
  noOutput: string;
  noOutputHint: string;
  noPaths: string;
  noPathsHint: string;
  stdoutOne: (count: number) => string;
  stdoutOneHint: string;
  fileOne: (count: number) => string;
  fileOneHint: string;
  conflicts: string;
  conflictsHint: string;
  conflictForeign: (path: string) => string;
  conflictFolder: (path: string) => string;
  conflictSource: (path: string) => string;
  conflictSpecial: (path: string) => string;
  /** Files that appeared or changed between the check and the write. */
  changedSince: string;
  changedSinceHint: string;
  outputNotFolder: (path: string) => string;
  outputNotFolderHint: string;
  cannotCreate: (path: string, reason: string) => string;
  cannotWrite: (path: string, reason: string) => string;
  leftover: (path: string) => string;
  cannotWriteHint: string;
  wrote: (target: string, source: string) => string;
  withErrors: (source: string, count: number) => string;
  /** A folder of pages: one line for the run, the plans with errors named. */
  summary: (written: number, folder: string, withErrors: readonly string[]) => string;
  /** The plan's Markdown text passed a limit on a body (body-too-complex) and is left off the page. */
  bodyOmitted: (source: string) => string;
  inRepository: (folder: string) => string;
}

const nb: RenderMessages = {
  noOutput: 'Mangler -o: si hvor siden skal skrives.',
  noOutputHint:
    'ip render skriver aldri av seg selv ved siden av planen, fordi en kopi i samme mappe eller repository er en kopi til av helseopplysninger. Bruk for eksempel -o /tmp/plan.html, -o utskrift/ for en mappe, eller -o - for standard output.',
  noPaths: 'Mangler planen som skal vises.',
  noPathsHint: 'Skriv en plan eller en mappe, for eksempel: ip render plan.md -o plan.html',
  stdoutOne: (count) => `-o - skriver én side til standard output, men fant ${count} planer.`,
  stdoutOneHint: 'Velg én plan, eller skriv sidene til en mappe med -o MAPPE/.',
  fileOne: (count) => `-o viser til én fil, men fant ${count} planer.`,
  fileOneHint: 'Skriv sidene til en mappe: avslutt -o med / (for eksempel -o utskrift/).',
  conflicts: 'Skriver ikke: disse filene finnes allerede og er ikke laget av ip render.',
  conflictsHint: 'Velg et annet sted med -o, flytt filene, eller bruk --force for å erstatte dem. Ingen filer er skrevet.',
  conflictForeign: (path) => `${path} finnes og er ikke en side fra ip render`,
  conflictFolder: (path) => `${path} er en mappe`,
  conflictSource: (path) => `${path} er selve planen (erstattes aldri, heller ikke med --force)`,
  conflictSpecial: (path) => `${path} er en enhet, en FIFO eller en socket, ikke en fil (erstattes aldri, heller ikke med --force)`,
  changedSince: 'Ikke erstattet: disse filene dukket opp eller ble endret mens ip render arbeidet, etter at den sjekket dem.',
  changedSinceHint: 'Noen andre skriver i samme mappe. Se på filene, og kjør ip render på nytt når de er i ro (eller velg et annet sted med -o). De andre sidene er skrevet.',
  outputNotFolder: (path) => `${path} finnes og er ikke en mappe.`,
  outputNotFolderHint: 'Når flere planer vises, må -o være en mappe. Velg en annen sti.',
  cannotCreate: (path, reason) => `Kan ikke lage mappen ${path} (${reason}).`,
  cannotWrite: (path, reason) => `Kan ikke skrive ${path}: ${writeReason(reason, 'nb') ?? (reason === 'EIO' ? 'feil på disken' : 'feil ved skriving')} (${reason}).`,
  leftover: (path) => `En midlertidig fil ble liggende igjen: ${path}. Slett den.`,
  cannotWriteHint:
    'Ingen fil er skrevet halvveis: en side som ikke kunne skrives, er ikke endret (en tidligere versjon står urørt), og ingen midlertidig fil er igjen. Sider meldt som skrevet, er skrevet helt. Sjekk at mappen finnes, at du har skrivetilgang og at disken ikke er full.',
  wrote: (target, source) => `Skrev ${target} (fra ${source})`,
  withErrors: (source, count) =>
    `${source}: planen har ${count} ${count === 1 ? 'feil' : 'feil'}. Siden er laget likevel, med en melding øverst om hva som mangler. «ip validate ${source}» viser detaljene.`,
  summary: (written, folder, withErrors) =>
    `${written} ${written === 1 ? 'side' : 'sider'} skrevet i ${folder}` +
    (withErrors.length === 0
      ? '.'
      : `; ${withErrors.length} ${withErrors.length === 1 ? 'plan har' : 'planer har'} feil, og siden sier øverst hva som mangler: ${withErrors.join(', ')}. «ip validate» viser detaljene.`),
  bodyOmitted: (source) =>
    `${source}: teksten i planen er for stor eller for sammensatt til å vises, og er utelatt fra siden (siden sier fra). «ip validate ${source}» sier hvilken grense den går over.`,
  inRepository: (folder) =>
    `Merk: ${folder} ligger i et git-repository. Siden er en kopi av helseopplysninger; hold den utenfor versjonskontroll (for eksempel med .gitignore).`,
};

const en: RenderMessages = {
  noOutput: 'Missing -o: say where the page should be written.',
  noOutputHint:
    'ip render never writes beside the plan on its own, because a copy in the same folder or repository is one more copy of health data. Use for example -o /tmp/plan.html, -o print/ for a folder, or -o - for standard output.',
  noPaths: 'Missing the plan to render.',
  noPathsHint: 'Give a plan or a folder, for example: ip render plan.md -o plan.html',
  stdoutOne: (count) => `-o - writes one page to standard output, but ${count} plans were found.`,
  stdoutOneHint: 'Choose one plan, or write the pages to a folder with -o FOLDER/.',
  fileOne: (count) => `-o names one file, but ${count} plans were found.`,
  fileOneHint: 'Write the pages to a folder: end -o with / (for example -o print/).',
  conflicts: 'Not writing: these files exist and were not made by ip render.',
  conflictsHint: 'Choose another place with -o, move the files, or use --force to replace them. No files were written.',
  conflictForeign: (path) => `${path} exists and is not a page from ip render`,
  conflictFolder: (path) => `${path} is a folder`,
  conflictSource: (path) => `${path} is the plan itself (never replaced, not even with --force)`,
  conflictSpecial: (path) => `${path} is a device, a FIFO or a socket, not a file (never replaced, not even with --force)`,
  changedSince: 'Not replaced: these files appeared or changed while ip render was working, after it had checked them.',
  changedSinceHint: 'Someone else is writing in the same folder. Look at the files, and run ip render again when they are settled (or choose another place with -o). The other pages are written.',
  outputNotFolder: (path) => `${path} exists and is not a folder.`,
  outputNotFolderHint: 'When several plans are rendered, -o must be a folder. Choose another path.',
  cannotCreate: (path, reason) => `Cannot create the folder ${path} (${reason}).`,
  cannotWrite: (path, reason) => `Cannot write ${path}: ${writeReason(reason, 'en') ?? (reason === 'EIO' ? 'a disk error' : 'the write failed')} (${reason}).`,
  leftover: (path) => `A temporary file was left behind: ${path}. Delete it.`,
  cannotWriteHint:
    'No file was written halfway: a page that could not be written is unchanged (an earlier version is untouched), and no temporary file is left. Pages reported as written are complete. Check that the folder exists, that you may write to it and that the disk is not full.',
  wrote: (target, source) => `Wrote ${target} (from ${source})`,
  withErrors: (source, count) =>
    `${source}: the plan has ${count} ${count === 1 ? 'error' : 'errors'}. The page was made anyway, with a notice at the top of what is missing. "ip validate ${source}" shows the details.`,
  summary: (written, folder, withErrors) =>
    `${written} ${written === 1 ? 'page' : 'pages'} written in ${folder}` +
    (withErrors.length === 0
      ? '.'
      : `; ${withErrors.length} ${withErrors.length === 1 ? 'plan has' : 'plans have'} errors, and the page says at the top what is missing: ${withErrors.join(', ')}. "ip validate" shows the details.`),
  bodyOmitted: (source) =>
    `${source}: the plan's text is too large or too complex to show, and is left off the page (the page says so). "ip validate ${source}" names the limit it passes.`,
  inRepository: (folder) =>
    `Note: ${folder} is inside a git repository. The page is a copy of health data; keep it out of version control (for example with .gitignore).`,
};

export const RENDER_MESSAGES: Record<Lang, RenderMessages> = { nb, en };
