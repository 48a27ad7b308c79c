/** The topics of `ip help <emne>`, by their Norwegian names (the same in both languages). */
export const HELP_TOPICS = ['felt', 'koder', 'samtykke'] as const;

export type HelpTopic = (typeof HELP_TOPICS)[number];

export function isHelpTopic(word: string | undefined): word is HelpTopic {
  return (HELP_TOPICS as readonly (string | undefined)[]).includes(word);
}
