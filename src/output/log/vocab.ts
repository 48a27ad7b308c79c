import type { PlanLang } from '../../plan/vocabulary.js';

/**
 * The words `ip log` writes around each commit's changes (the changes
 * themselves are said in `ip diff`'s words, src/output/diff/vocab.ts). Text
 * output speaks the message language (nb or en); the Markdown history
 * speaks the plan's own language (nb, nn, en), as `ip diff`'s change log does.
 */

interface LogWords {
  /** The Markdown history's heading. */
  title: string;
  created: string;
  deleted: string;
  renamed: (from: string) => string;
  comparedWith: (commit: string) => string;
  unreadableThis: string;
  unreadableEarlier: string;
  noChanges: string;
  commits: (n: number) => string;
  none: string;
  noneSince: (date: string) => string;
  truncated: (n: number) => string;
}

const nb: LogWords = {
  title: 'Historikk',
  created: 'Planen ble opprettet.',
  deleted: 'Planen ble slettet.',
  renamed: (from) => `Flyttet fra ${from}.`,
  comparedWith: (commit) => `Sammenlignet med ${commit}, fordi versjonene imellom ikke kan leses som en plan.`,
  unreadableThis: 'Denne versjonen kan ikke leses som en plan',
  unreadableEarlier: 'Versjonen før kan ikke leses som en plan, så endringene kan ikke vises',
  noChanges: 'Ingen endringer i planens innhold.',
  commits: (n) => (n === 1 ? '1 commit.' : `${n} commits.`),
  none: 'Ingen commits har endret planen.',
  noneSince: (date) => `Ingen commits har endret planen siden ${date}.`,
  truncated: (n) =>
    n === 1
      ? 'Viser den nyeste commiten som endret planen; eldre er ikke lest. Bruk -n for å se flere.'
      : `Viser de ${n} nyeste commitene som endret planen; eldre er ikke lest. Bruk -n for å se flere.`,
};

const nn: LogWords = {
  title: 'Historikk',
  created: 'Planen vart oppretta.',
  deleted: 'Planen vart sletta.',
  renamed: (from) => `Flytta frå ${from}.`,
  comparedWith: (commit) => `Samanlikna med ${commit}, fordi versjonane imellom ikkje kan lesast som ein plan.`,
  unreadableThis: 'Denne versjonen kan ikkje lesast som ein plan',
  unreadableEarlier: 'Versjonen før kan ikkje lesast som ein plan, så endringane kan ikkje visast',
  noChanges: 'Ingen endringar i innhaldet i planen.',
  commits: (n) => (n === 1 ? '1 commit.' : `${n} commitar.`),
  none: 'Ingen commitar har endra planen.',
  noneSince: (date) => `Ingen commitar har endra planen sidan ${date}.`,
  truncated: (n) =>
    n === 1
      ? 'Viser den nyaste commiten som endra planen; eldre er ikkje lesne. Bruk -n for å sjå fleire.'
      : `Viser dei ${n} nyaste commitane som endra planen; eldre er ikkje lesne. Bruk -n for å sjå fleire.`,
};

const en: LogWords = {
  title: 'History',
  created: 'The plan was created.',
  deleted: 'The plan was deleted.',
  renamed: (from) => `Moved from ${from}.`,
  comparedWith: (commit) => `Compared with ${commit}, because the versions in between cannot be read as a plan.`,
  unreadableThis: 'This version cannot be read as a plan',
  unreadableEarlier: 'The version before cannot be read as a plan, so the changes cannot be shown',
  noChanges: "No changes to the plan's content.",
  commits: (n) => (n === 1 ? '1 commit.' : `${n} commits.`),
  none: 'No commits changed the plan.',
  noneSince: (date) => `No commits changed the plan since ${date}.`,
  truncated: (n) =>
    n === 1
      ? 'Showing the latest commit that changed the plan; older ones were not read. Use -n to see more.'
      : `Showing the ${n} latest commits that changed the plan; older ones were not read. Use -n to see more.`,
};

export const LOG_WORDS: Readonly<Record<PlanLang, LogWords>> = { nb, nn, en };
