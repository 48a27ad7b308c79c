/**
 * Every kind of mistake `ip validate --fix` mends, each under the code name
 * the fix report uses (JSON `fixed[].code`, the text summary, docs/reference/validate.md's
 * table). Listed once, here, in the order a file is mended: the text-level
 * fixes first (they make the file parse), then the keys, then the values.
 */
export const FIX_CODES = [
  /** A no-break or other Unicode space in indentation, after a list dash, or right after the colon that ends a key. */
  'unicode-space',
  /** Curly quotes wrapping a whole value that must be a date, id or allowed value, or where the line does not parse as written. */
  'curly-quotes',
  /** A key not in Unicode NFC (a decomposed å). */
  'key-nfc',
  /** A key in ASCII spelling or one edit away from exactly one key the format has at that place. */
  'key-spelling',
  /** An allowed value written in another case or with ASCII for æ, ø, å. */
  'enum-case',
  /** A date written D.M.YYYY or DD.MM.YYYY. */
  'date-form',
  /** One id where a list of ids belongs. */
  'id-list',
  /** A fødselsnummer YAML read as a number, all 11 digits intact. */
  'fodselsnummer-quoted',
  /** `ja`/`nei` (`yes`/`no`) where true/false belongs. */
  'boolean-word',
] as const;

export type FixCode = (typeof FIX_CODES)[number];
