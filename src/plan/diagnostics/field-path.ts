/** Field paths and keys from a plan, as messages may echo them. */
import { sanitizeEcho } from '../text.js';
import type { PlaceStep } from '../item.js';
import type { PathStep } from '../types.js';

/** What a run of six or more digits in an echoed key is shown as: a word, so no digit of it is kept. */
const DIGITS_WORD = { nb: '(tall)', nn: '(tal)', en: '(number)' } as const;
export type EchoLang = keyof typeof DIGITS_WORD;

/**
 * A key from the plan, as it may be echoed: only the key (never a value run
 * into it), invisible characters marked ␣, control characters removed, a run
 * of six or more digits replaced by a word (a fødselsnummer typed as a key
 * must not show, nor the birth date in its first six digits), then cut short.
 */
export function echoKey(key: string, lang: EchoLang, max = 40): string {
  // A "key" with a colon and a space of any kind in it is a key and its value run together (a no-break
  // space after the colon, pasted from Word): only the part before the colon is a key to show.
  const own = key.split(/:[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/u)[0]!;
  // Invisible characters are shown as a visible mark, so two keys that look alike can be told apart.
  const visible = own.replace(/[\u200B\u200C\u2060\u00AD\uFEFF]|\u200D/gu, '\u2423');
  return sanitizeEcho(maskDigitRuns(sanitizeEcho(visible, Number.POSITIVE_INFINITY), lang), max);
}

/** Every run of six or more digits as a word: no fødselsnummer, nor the birth date in its first six digits, is echoed. */
export function maskDigitRuns(text: string, lang: EchoLang): string {
  return text.replace(/\p{Nd}{6,}/gu, DIGITS_WORD[lang]);
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

const NUMBER_WORD = { nb: 'nr.', nn: 'nr.', en: 'no.' } as const;

/**
 * A finding's place as the plan names it (item.ts): `tiltak T2: omfang`,
 * `mål M1, delmål M1a: frist`, `deltaker nr. 3 (tjenesteyter): bidrag`,
 * `evaluering E1: gjelder nr. 2`. Ids come from the plan, so they are echoed
 * as keys are. With `names` (a terminal, or --names), a participant is named
 * by id: `deltaker ola (tjenesteyter)`.
 */
export function formatPlace(steps: readonly PlaceStep[], lang: EchoLang, names = false): string {
  const items: string[] = [];
  let keys = '';
  for (const step of steps) {
    if (typeof step === 'string') {
      keys += (keys === '' ? '' : '.') + echoKey(step, lang);
      continue;
    }
    // A participant by id only where names may be shown (participant ids are often first names).
    const id = step.id ?? (names ? step.participant : undefined);
    const label = id !== undefined ? echoKey(id, lang) : `${NUMBER_WORD[lang]} ${step.n}`;
    if (step.noun === '') {
      // An item of a list of references or sentences: after its key.
      keys += `${keys === '' ? '' : ' '}${label}`;
      continue;
    }
    items.push(`${step.noun} ${label}${step.role ? ` (${step.role})` : ''}`);
  }
  const where = items.join(', ');
  return keys === '' ? where : where === '' ? keys : `${where}: ${keys}`;
}
