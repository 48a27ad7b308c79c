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
