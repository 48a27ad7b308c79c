/**
 * How a page made by `ip render` knows itself again: a generator meta tag
 * near the top. Only a file that carries it is overwritten without --force,
 * so `ip render` never replaces someone's own file by mistake.
 */

export const GENERATOR = 'ip render';

/** The head of a file (its first few kilobytes) shows whether ip render wrote it. */
export const HEAD_BYTES = 4096;

const MARK = /<meta name="generator" content="ip render">/;

export function isPreviousRender(head: string): boolean {
  return head.trimStart().toLowerCase().startsWith('<!doctype html>') && MARK.test(head);
}
