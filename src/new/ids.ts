import { randomInt } from 'node:crypto';

/**
 * Ids. A plan id carries no personal data (it names the file, and paths end
 * up in logs): the year and five random Crockford base32 characters, about
 * 33 million per year, checked against the target folder. Participant ids are
 * short words from the name, as people write them by hand (`kari`, `bjørn`).
 */

/** Crockford's base32: no I, L, O or U, so an id read aloud or retyped is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export type RandomInt = (max: number) => number;

export function randomPlanId(year: string, random: RandomInt = randomInt): string {
  let tail = '';
  for (let i = 0; i < 5; i++) tail += ALPHABET[random(ALPHABET.length)];
  return `IP-${year}-${tail}`;
}

/** A fresh plan id not in `taken` (compared without case, as file systems may). */
export function uniquePlanId(year: string, taken: ReadonlySet<string>, random: RandomInt = randomInt): string {
  for (let attempt = 0; attempt < 100; attempt++) {
    const id = randomPlanId(year, random);
    if (!taken.has(id.toUpperCase())) return id;
  }
  throw new Error('Could not find a free plan id after 100 attempts');
}

/** A participant id from a name: its first word, lower case, letters and digits only; `-2`, `-3` … when taken. */
export function participantId(name: string, taken: Set<string>): string {
  const first = name.normalize('NFC').trim().split(/\s+/)[0] ?? '';
  const base = first.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '') || 'deltaker';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
