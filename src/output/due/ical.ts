import { shownText } from '../../plan/text.js';

/**
 * The few pieces of RFC 5545 that `ip due` needs: TEXT escaping, line
 * folding at 75 octets and CRLF line ends. Kept apart from the calendar's
 * content so they can be tested on their own.
 */

/** Escape a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma, newlines. */
export function escapeText(value: string): string {
  // Other control characters, C1 and bidi controls have no place in a calendar line (src/plan/text.ts).
  return shownText(
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      .replace(/\t/g, ' '),
  );
}

const encoder = new TextEncoder();

/** UTF-8 length of one code point. */
function octetsOf(ch: string): number {
  const cp = ch.codePointAt(0)!;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/**
 * Fold a content line so no physical line exceeds 75 octets (RFC 5545 §3.1):
 * continuation lines start with one space. Never splits a UTF-8 character.
 */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line, 'utf8') <= 75) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = octetsOf(ch);
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
      // The leading space of a continuation line counts toward its 75 octets.
      limit = 74;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** Content lines to an iCalendar stream: folded, each ended by CRLF. */
export function serialize(lines: readonly string[]): string {
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** DTSTAMP form: UTC date-time, 20270110T071500Z. */
export function utcStamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** DATE form: 20270120. */
export function icsDate(date: string): string {
  return date.replace(/-/g, '');
}

/**
 * A UID part from plan text: letters, digits and `-_.#/` kept, everything
 * else percent-encoded as UTF-8, so the UID is plain and stable.
 */
const UID_SAFE = /^[\p{L}\p{N}_.#/-]*$/u;

export function uidPart(value: string): string {
  if (UID_SAFE.test(value)) return value;
  return [...value].map((ch) => (/^[\p{L}\p{N}_.#/-]$/u.test(ch) ? ch : [...encoder.encode(ch)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''))).join('');
}
