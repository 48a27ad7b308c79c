import type { Lang } from '../../output/lang.js';
import { HELP_TOPICS } from '../../output/help/topics.js';

/** The messages of `ip help`, in both languages. */
export const HELP_MESSAGES = {
  nb: {
    topics: `Emner (ip help <emne>):\n  felt      feltene i en plan, med bokstaven i forskriften\n  koder     hver kode ip validate kan gi, og hvordan du retter den\n  samtykke  reglene for samtykke\n`,
    unknownTopic: () => ({ message: 'Ukjent emne.', hint: `Skriv ett av emnene: ${HELP_TOPICS.join(', ')}.` }),
    unknownCode: () => ({ message: 'Ukjent kode.', hint: 'Skriv «ip help koder» for å se alle kodene.' }),
    codeOnlyWithKoder: () => ({ message: 'Bare emnet koder tar en kode etter seg.', hint: 'Skriv for eksempel «ip help koder point-missing».' }),
  },
  en: {
    topics: `Topics (ip help <topic> --lang en):\n  felt      the fields of a plan, with the regulation's point\n  koder     every code ip validate can give, and how to fix it\n  samtykke  the consent rules\n`,
    unknownTopic: () => ({ message: 'Unknown topic.', hint: `Write one of the topics: ${HELP_TOPICS.join(', ')}.` }),
    unknownCode: () => ({ message: 'Unknown code.', hint: 'Write "ip help koder --lang en" to see every code.' }),
    codeOnlyWithKoder: () => ({ message: 'Only the topic koder takes a code after it.', hint: 'For example: "ip help koder point-missing --lang en".' }),
  },
} satisfies Record<Lang, unknown>;
