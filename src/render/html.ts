import { createHash } from 'node:crypto';

/**
 * Escaping for every value that comes from a plan. The page is built as a
 * string, so nothing from the plan reaches it without passing through here
 * (or through the sanitising Markdown pipeline, for the body).
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text content and attribute values alike: all five HTML-significant characters. */
export function esc(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Characters a page must not carry even escaped: C0/C1 controls (but tab, LF, CR), lone surrogates. */
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any plan value as safe text: strings cleaned and escaped, numbers and booleans as written, anything else empty. */
export function text(value: unknown): string {
  if (typeof value === 'string') return esc(value.replace(UNSAFE, '\uFFFD'));
  if (typeof value === 'number' || typeof value === 'boolean') return esc(String(value));
  return '';
}

/** A CSS string literal for `content:`; everything outside a small safe set is hex-escaped. */
export function cssString(value: string): string {
  let out = '"';
  for (const ch of value) {
    if (/^[A-Za-z0-9 ._-]$/.test(ch)) out += ch;
    else out += `\\${ch.codePointAt(0)!.toString(16)} `;
  }
  return `${out}"`;
}

/**
 * A sentence from the page text with HTML parts put in: the sentence is
 * escaped, the parts (already escaped) go in by placeholder, through a
 * function so `$` in a plan value means nothing special.
 */
export function fill(template: (...slots: string[]) => string, ...parts: string[]): string {
  const slots = parts.map((_, i) => `\u0000${i}\u0000`);
  let out = esc(template(...slots));
  parts.forEach((part, i) => {
    out = out.replace(slots[i]!, () => part);
  });
  return out;
}

/** The policy of a page that is one file: its own stylesheet (by hash) and nothing else, no script, no request. */
export function selfContainedPolicy(css: string): string {
  const hash = createHash('sha256').update(css, 'utf8').digest('base64');
  return `default-src 'none'; style-src 'sha256-${hash}'; img-src 'none'; font-src 'none'; connect-src 'none'; script-src 'none'; base-uri 'none'; form-action 'none'`;
}
