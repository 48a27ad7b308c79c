import type { Lang } from '../../output/lang.js';

/** `ip help`, in both languages. */
export const HELP = {
  nb: {
    description: 'Vis hjelp om et emne: felt (feltene i en plan), koder (meldingene og hvordan du retter dem), samtykke (reglene for samtykke).',
    topic: 'emnet: felt, koder eller samtykke',
    code: 'med koder: én kode, for eksempel point-missing',
  },
  en: {
    description: 'Show help on a topic: felt (the fields of a plan), koder (the messages and how to fix them), samtykke (the consent rules).',
    topic: 'the topic: felt, koder or samtykke',
    code: 'with koder: one code, such as point-missing',
  },
} satisfies Record<Lang, unknown>;
