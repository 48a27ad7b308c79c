/**
 * Reading what a person types at a prompt or a script passes as a flag or in
 * an answers file: dates as Norwegians write them, one line of text, enum
 * values typed without æ, ø, å. Shared by every command that asks (ip new,
 * ip evaluate). Pure functions.
 */

import { shownText } from '../plan/text.js';

/** One line of text as the plan stores it: NFC, no control characters, single spaces, trimmed. */
export function cleanText(value: string): string {
  return shownText(value.normalize('NFC'), ' ').replace(/\s+/g, ' ').trim();
}

/** Enum values are Norwegian; accept them typed without æ, ø, å (`parorende`, `talesprak`) and in any case. */
export function matchEnum<T extends string>(value: string, allowed: readonly T[]): T | undefined {
  const fold = (s: string) => s.normalize('NFC').toLowerCase().replace(/å/g, 'a').replace(/aa/g, 'a').replace(/ø/g, 'o').replace(/oe/g, 'o').replace(/æ/g, 'ae');
  const v = fold(value.trim());
  return allowed.find((a) => fold(a) === v);
}
