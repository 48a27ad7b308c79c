import type { Lang } from '../../output/lang.js';
import { writeReason } from '../../output/write-reasons.js';

/** What `ip report` says besides its report: its usage errors and the file it wrote. Paths only, never a value from a plan. */
export const REPORT_MESSAGES = {
  nb: {
    excelFormat: (format: string) => `--excel gjelder CSV, men --format er ${format}.`,
    excelFormatHint: 'Bruk --format csv --excel, eller bare --excel.',
    exists: (path: string) => `Skriver ikke: ${path} finnes allerede.`,
    existsHint: 'Velg et annet navn med -o, eller bruk --force for å erstatte filen.',
    isFolder: (path: string) => `Skriver ikke: ${path} er en mappe.`,
    isSpecial: (path: string) => `Skriver ikke: ${path} er ikke en vanlig fil (en enhet, FIFO eller socket).`,
    isFolderHint: 'Skriv et filnavn med -o, for eksempel -o rapport.html.',
    isPlan: (path: string) => `Skriver ikke: ${path} er en av planene (erstattes aldri, heller ikke med --force).`,
    isPlanHint: 'Skriv rapporten til en annen fil med -o, for eksempel -o rapport.html.',
    cannotWrite: (path: string, reason: string) => `Kan ikke skrive ${path}: ${writeReason(reason, 'nb') ?? 'feil ved skriving'} (${reason}).`,
    cannotWriteHint: 'Ingen fil er skrevet halvveis, og en fil som fantes der fra før, er urørt. Sjekk at mappen finnes, at du har skrivetilgang og at disken ikke er full.',
    leftover: (path: string) => `En midlertidig fil ble liggende igjen: ${path}. Slett den.`,
    wrote: (path: string, plans: number) => `skrev ${path} (${plans} ${plans === 1 ? 'plan' : 'planer'}).`,
    inRepository: (path: string) => `${path} ligger i et git-repository. Rapporten nevner planene med id og sti; ikke legg den inn i et repository som andre enn enheten kan lese.`,
  },
  en: {
    excelFormat: (format: string) => `--excel is for CSV, but --format is ${format}.`,
    excelFormatHint: 'Use --format csv --excel, or just --excel.',
    exists: (path: string) => `Not writing: ${path} already exists.`,
    existsHint: 'Choose another name with -o, or use --force to replace the file.',
    isFolder: (path: string) => `Not writing: ${path} is a folder.`,
    isSpecial: (path: string) => `Not writing: ${path} is not a regular file (a device, FIFO or socket).`,
    isFolderHint: 'Give a file name with -o, for example -o report.html.',
    isPlan: (path: string) => `Not writing: ${path} is one of the plans (never replaced, not even with --force).`,
    isPlanHint: 'Write the report to another file with -o, for example -o report.html.',
    cannotWrite: (path: string, reason: string) => `Cannot write ${path}: ${writeReason(reason, 'en') ?? 'write error'} (${reason}).`,
    cannotWriteHint: 'No file is written halfway, and a file that was there before is unchanged. Check that the folder exists, that you may write to it and that the disk is not full.',
    leftover: (path: string) => `A temporary file was left behind: ${path}. Delete it.`,
    wrote: (path: string, plans: number) => `wrote ${path} (${plans} ${plans === 1 ? 'plan' : 'plans'}).`,
    inRepository: (path: string) => `${path} is in a git repository. The report names plans by id and path; do not commit it where others than the unit can read it.`,
  },
} satisfies Record<Lang, unknown>;
