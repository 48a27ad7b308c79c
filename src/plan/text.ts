import { isUtf8 } from 'node:buffer';
import type { Finding } from './types.js';

/** Position (1-based line and column) of a character offset in text. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Offset of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

export type DecodeResult = { text: string; findings: Finding[] } | { text?: undefined; findings: Finding[] };

/**
 * Bytes to text, strictly: UTF-8 only; a BOM is stripped with a warning;
 * UTF-16, invalid bytes and NUL bytes are located errors.
 */
/**
 * UTF-16 without a byte-order mark: text in the ASCII range, every other byte
 * zero. Tells which byte order, or undefined.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros >= pairs * 0.9 && evenZeros === 0) return 'utf-16le';
  if (evenZeros >= pairs * 0.9 && oddZeros === 0) return 'utf-16be';
  return undefined;
}

export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || utf16WithoutBom(bytes)) {
    return { findings: [{ severity: 'error', code: 'encoding-utf16', path: [], line: 1, column: 1 }] };
  }
  // The native check is fast; only invalid text is searched byte by byte for where it breaks.
  const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (bad >= 0) {
    // Locate by the valid prefix, which decodes safely.
    const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    const at = positionAt(prefix, prefix.length);
    return { findings: [{ severity: 'error', code: 'encoding', path: [], line: at.line, column: at.column }] };
  }
  // Valid UTF-8 was checked above, so the plain Buffer decoder is exact here, and cheaper than TextDecoder.
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const findings: Finding[] = [];
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    findings.push({ severity: 'warning', code: 'bom', path: [], line: 1, column: 1 });
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const at = positionAt(text, nul);
    findings.push({ severity: 'error', code: 'nul-byte', path: [], line: at.line, column: at.column });
    return { findings };
  }
  return { text, findings };
}

/**
 * Every character no text, Markdown, GitHub or calendar output may carry as
 * it is: C0 controls (tab and line feed too: callers that keep them split
 * them off first), DEL, C1 controls, the bidi marks, embeddings, overrides
 * and isolates, the Unicode line and paragraph separators (some viewers
 * start a new line at them), and a lone surrogate (a YAML escape such as
 * "\ud800" makes one; written out it becomes U+FFFD or invalid UTF-8).
 */
const UNSHOWABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A value from a plan, an argument or the disk, made safe to print: the one
 * function every such value passes through before a text, Markdown, GitHub
 * or calendar formatter inserts it (directly, or through sanitizeEcho,
 * shownPath or ip diff's clean). Each unshowable character is replaced by
 * `replacement` (removed by default), so a value can neither move the
 * cursor, recolour or retitle the terminal, write the clipboard (OSC 52),
 * reorder the line around it, nor start a line of its own.
 */
export function shownText(value: string, replacement = ''): string {
  return value.replace(UNSHOWABLE, replacement);
}

/**
 * Strip what shownText strips and cap the length, for the little text the
 * tool must echo from a plan, such as an unknown key or an id.
 */
export function sanitizeEcho(value: string, max = 40): string {
  const clean = shownText(value);
  const chars = [...clean];
  return chars.length > max ? chars.slice(0, max).join('') + '…' : clean;
}
