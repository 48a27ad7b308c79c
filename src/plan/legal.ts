/**
 * The regulation the format encodes, named once. Its paragraph numbers could
 * not be verified, so messages cite it by name and point letter only.
 */
export const REGULATION = {
  nb: 'forskrift om individuell plan ved ytelse av velferdstjenester',
  en: 'the regulation on individual plans in welfare services (forskrift om individuell plan ved ytelse av velferdstjenester)',
} as const;

export type LegalPoint = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i';

export const LEGAL_POINTS: readonly LegalPoint[] = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];

/** What each point requires, in the words of the regulation (short form). */
export const POINT_SUMMARY: Record<LegalPoint, { nb: string; en: string }> = {
  a: { nb: 'mål, ressurser og behov', en: 'goals, resources and needs' },
  b: { nb: 'hvem som deltar i planarbeidet', en: 'who takes part in the planning' },
  c: { nb: 'hvem som er koordinator', en: 'who is the coordinator' },
  d: { nb: 'hva deltakerne skal bidra med', en: 'what each participant contributes' },
  e: { nb: 'tiltak, omfang og ansvar', en: 'measures, their scope and who is responsible' },
  f: { nb: 'hvordan tiltakene gjennomføres', en: 'how the measures are carried out' },
  g: { nb: 'planperiode og tidspunkter for evaluering og revisjon', en: 'plan period and times for evaluation and revision' },
  h: { nb: 'samtykke', en: 'consent' },
  i: { nb: 'samarbeid med andre tjenesteytere og etater', en: 'cooperation with other providers and agencies' },
};
