import type { Lang } from '../../output/lang.js';

/** What `ip due` says besides its report: its own usage errors, and the plans whose dates could not all be read. */
export const DUE_MESSAGES = {
  nb: {
    coordinator: '--coordinator kan ikke være tom.',
    coordinatorHint: 'Skriv koordinatorens navn eller e-postadresse, for eksempel --coordinator ola.hansen@example.no.',
    incomplete: (n: number) =>
      `ip due: ${n} ${n === 1 ? 'plan har' : 'planer har'} datoer som ikke kunne leses, så noen frister kan mangle i listen:`,
    incompleteMore: (n: number) => `… og ${n} til`,
    incompleteHint: 'Kjør «ip validate» på filene for å se hva som må rettes.',
  },
  en: {
    coordinator: '--coordinator cannot be empty.',
    coordinatorHint: "Give the coordinator's name or e-mail address, for example --coordinator ola.hansen@example.no.",
    incomplete: (n: number) => `ip due: ${n} ${n === 1 ? 'plan has' : 'plans have'} dates that could not be read, so some points may be missing from the list:`,
    incompleteMore: (n: number) => `… and ${n} more`,
    incompleteHint: 'Run "ip validate" on the files to see what needs fixing.',
  },
} satisfies Record<Lang, unknown>;
