import { textDiff } from '../../diff/words.js';
import { sanitizeEcho } from '../../plan/text.js';
import { echoKey } from '../../plan/diagnostics/field-path.js';
import { layOut, oneLine, type LaidOut } from './lines.js';
import { WORDS, type DocLang } from './vocab.js';

/**
 * A plan value as one line of text. Values are the plan's content and are
 * shown (that is what a diff is for), but control characters are removed so
 * a value cannot move the cursor or recolour the terminal.
 */

const UNLIMITED = Number.MAX_SAFE_INTEGER;

export function clean(text: string): string {
  // Keep line breaks and tabs; drop every other control character.
  return text
    .split('\n')
    .map((line) => sanitizeEcho(line.replace(/\t/g, '    ').replace(/\r$/, ''), UNLIMITED))
    .join('\n');
}

/**
 * Plan text that must stay on its line: an id, a heading, a label, a file
 * name. A line break in it (a quoted YAML key may hold one) would start a
 * line of output of its own, so it becomes a space.
 */
export function cleanLine(text: string): string {
  return oneLine(clean(text));
}

/**
 * A key from the plan as it is shown: on one line, cut short, and with a run
 * of six or more digits replaced by a word, as every echoed key is (a
 * fødselsnummer typed as a key must not show; the core withholds values
 * that look like one, not keys).
 */
export function shownKey(key: string, lang: DocLang): string {
  return echoKey(key, lang);
}

export function formatValue(value: unknown, lang: DocLang, key: (k: string) => string = (k) => k): string {
  const w = WORDS[lang];
  if (value === null || value === undefined) return w.empty;
  if (typeof value === 'string') return value === '' ? w.empty : cleanLine(value);
  if (typeof value === 'boolean') return value ? w.yes : w.no;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? w.none : value.map((v) => formatValue(v, lang, key)).join(', ');
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return '{}';
    return entries.map(([k, v]) => `${key(shownKey(k, lang))}: ${formatValue(v, lang, key)}`).join('; ');
  }
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- objects are handled above; what is left (a bigint, a symbol) has its own text
  return String(value);
}

/** Below this length "before → after" reads better than marks inside the words. */
const WORDY_LENGTH = 40;

/**
 * How a changed value is shown: marks inside the text (`runs`), or "before →
 * after" (`whole`). Running text on both sides, long enough, and mostly kept
 * gets marks; a sentence rewritten from scratch reads better as before →
 * after. `bounded`: the texts were too long to compare word by word
 * (src/diff/words.ts), which the output says.
 */
export type ValueChange = ({ as: 'runs' } & LaidOut) | { as: 'whole'; bounded: boolean };

export function showChange(before: unknown, after: unknown): ValueChange {
  if (typeof before !== 'string' || typeof after !== 'string') return { as: 'whole', bounded: false };
  if (!/\s/.test(before.trim()) || !/\s/.test(after.trim())) return { as: 'whole', bounded: false };
  if (Math.max(before.length, after.length) < WORDY_LENGTH) return { as: 'whole', bounded: false };
  const diff = textDiff(clean(before), clean(after));
  if (diff.by === 'whole') return { as: 'whole', bounded: true };
  const kept = diff.runs.filter((r) => r.op === 'same').reduce((n, r) => n + r.text.trim().length, 0);
  if (kept * 2 < after.trim().length) return { as: 'whole', bounded: diff.by !== 'words' };
  return { as: 'runs', ...layOut(diff) };
}
