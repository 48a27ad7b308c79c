import type { Lang } from '../lang.js';
import type { Basis } from '../../plan/legal.js';
import type { Level } from '../../plan/rules/types.js';
import type { CodeGroup } from '../../plan/code-registry.js';

/** The words the help topics and the Norwegian rule table share. */
export const LEVEL_WORDS: Record<Lang, Record<Level, string>> = {
  nb: { error: 'feil', warning: 'advarsel', info: 'merknad', off: '—' },
  en: { error: 'error', warning: 'warning', info: 'info', off: '—' },
};

export const BASIS_WORDS: Record<Lang, Record<Basis | 'field', string>> = {
  nb: { forskrift: 'forskrift', veileder: 'veileder', praksis: 'praksis', field: 'per felt' },
  en: { forskrift: 'forskrift', veileder: 'veileder', praksis: 'praksis', field: 'per field' },
};

/** The registry's point column: a letter, a range, or a note written in English. */
export function pointWords(point: string, lang: Lang): string {
  if (lang === 'en') return point;
  if (point === 'per field') return 'per felt';
  if (point === 'per reference') return 'per henvisning';
  return point;
}

export const GROUP_WORDS: Record<Lang, Record<CodeGroup, string>> = {
  nb: { reading: 'Lesing av filen', schema: 'Skjemaet', rules: 'Regler', across: 'På tvers av planene i en kjøring' },
  en: { reading: 'Reading the file', schema: 'The schema', rules: 'Rules', across: 'Across the plans in a run' },
};
