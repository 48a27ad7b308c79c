/**
 * Resource ids that FHIR accepts (`[A-Za-z0-9\-.]{1,64}`) and that are the
 * same every time a plan is exported: made from the plan id and the item id,
 * never from a clock or a random number. Norwegian letters are written out
 * (æ → ae, ø → oe, å → aa); where anything else had to change, or the id grew
 * too long, a hash of the original is added so two ids cannot meet.
 */

/** FNV-1a, 32 bits, over UTF-16 code units, from a given start: small, fast and the same on every machine. */
function fnv1a(text: string, start = 0x811c9dc5): number {
  let hash = start >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

const hex = (n: number) => n.toString(16).padStart(8, '0');

/** Eight hex digits that stand for `text`. */
export function shortHash(text: string): string {
  return hex(fnv1a(text));
}

const LETTERS: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', Æ: 'AE', Ø: 'OE', Å: 'AA' };
const MAX = 64;

/** `parts` joined by `-` as a FHIR id. */
export function fhirId(...parts: string[]): string {
  const original = parts.join('-');
  const written = original.replace(/[æøåÆØÅ]/g, (c) => LETTERS[c]!);
  const safe = written.replace(/[^A-Za-z0-9.-]+/g, '-');
  if (safe === written && safe.length <= MAX && safe.length > 0) return safe;
  const tail = `-${shortHash(original)}`;
  return `${safe.slice(0, MAX - tail.length).replace(/-+$/, '')}${tail}`.replace(/^-+/, '');
}

/**
 * A UUID made from a name (the resource's type and id), for a bundle's
 * `fullUrl`: `urn:uuid:` with the variant and version bits of a name-based
 * UUID, so that the same resource has the same address in every export.
 */
export function nameUuid(name: string): string {
  const h = [fnv1a(name), fnv1a(name, 0x01234567), fnv1a(name, 0x89abcdef), fnv1a(name, 0xdeadbeef)].map(hex).join('');
  const version = `8${h.slice(13, 16)}`;
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16) + h.slice(17, 20);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${version}-${variant}-${h.slice(20, 32)}`;
}
