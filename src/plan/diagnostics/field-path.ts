/** Field paths and keys from a plan, as messages may echo them. */
import { sanitizeEcho } from '../text.js';
import type { PathStep } from '../types.js';

/** What a run of six or more digits in an echoed key is shown as: a word, so no digit of it is kept. */
const DIGITS_WORD = { nb: '(tall)', nn: '(tal)', en: '(number)' } as const;
export type EchoLang = keyof typeof DIGITS_WORD;

/**
 * A key from the plan, as it may be echoed: control characters removed, a run
 * of six or more digits replaced by a word (a fødselsnummer typed as a key
 * must not show, nor the birth date in its first six digits), then cut short.
 */
export function echoKey(key: string, lang: EchoLang, max = 40): string {
  return sanitizeEcho(sanitizeEcho(key, Number.POSITIVE_INFINITY).replace(/\p{Nd}{6,}/gu, DIGITS_WORD[lang]), max);
}

/** A field path as people write it: `tiltak[0].omfang`. Keys are echoed safely, since an unknown key comes from the plan. */
export function formatPath(path: readonly PathStep[], lang: EchoLang): string {
  let out = '';
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`;
    else out += (out === '' ? '' : '.') + echoKey(step, lang);
  }
  return out;
}
