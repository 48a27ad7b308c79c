import type { Code } from './diagnostics/code.js';
import type { Level } from './rules/types.js';
import type { PlanStatus } from './types.js';

/**
 * The codes the reader and the schema step give, listed for the rule tables
 * (docs/reference/diagnostics.md) beside the rules (src/plan/rules). Codes are stable: scripts match on them.
 */
export interface CodeInfo {
  code: Code;
  severity: Record<PlanStatus, Level>;
  /** The legal point, or a note on how it is found. */
  point: string;
  summary: string;
}

const E: Record<PlanStatus, Level> = { utkast: 'error', aktiv: 'error', avsluttet: 'error' };
const W: Record<PlanStatus, Level> = { utkast: 'warning', aktiv: 'warning', avsluttet: 'warning' };

export const READER_CODES: readonly CodeInfo[] = [
  { code: 'bom', severity: W, point: '', summary: 'The file starts with a UTF-8 byte-order mark (stripped; the plan is read)' },
  { code: 'encoding', severity: E, point: '', summary: 'The file is not valid UTF-8 (located at the first bad byte)' },
  { code: 'encoding-utf16', severity: E, point: '', summary: 'The file is UTF-16' },
  { code: 'nul-byte', severity: E, point: '', summary: 'The file contains a NUL byte' },
  { code: 'too-large', severity: E, point: '', summary: 'The file is over the size limit (1 MiB; --max-size)' },
  { code: 'read-error', severity: E, point: '', summary: 'The file or folder could not be read' },
  { code: 'executable-front-matter', severity: E, point: '', summary: 'Front matter opened with ---js or another engine: never executed' },
  { code: 'unclosed-front-matter', severity: E, point: '', summary: 'No closing --- fence' },
  { code: 'empty-front-matter', severity: E, point: '', summary: 'Nothing between the fences (a warning for a file found in a folder or by a glob; --strict fails on it)' },
  { code: 'front-matter-not-first', severity: E, point: '', summary: 'The front matter does not start on line 1 while ip: appears near the top' },
  { code: 'no-front-matter', severity: E, point: '', summary: 'A named file, or one with ip: near the top, has no front matter' },
  { code: 'not-a-plan', severity: E, point: '', summary: 'A named file whose front matter has no ip: key' },
  { code: 'missing-ip-key', severity: E, point: '', summary: 'Front matter with two or more keys only a plan has (deltakere, tiltak, samtykke, person …) has no ip: key (with one such key, found in a folder or by a glob: a warning)' },
  { code: 'broken-ip-key', severity: E, point: '', summary: 'The first key is meant as ip: but written otherwise (ip 1, ip:1, IP: 1, indented)' },
  { code: 'not-a-mapping', severity: E, point: '', summary: 'The front matter is a list or a single value, not fields' },
  { code: 'yaml-syntax', severity: E, point: '', summary: 'YAML syntax error, in plain words for the common ones, one per mistake: a bracket left open is shown where it opens, a line indented to fit none around it is named with the indentation to write, and the errors that follow in the same block are counted on it, not listed (the YAML error code is named)' },
  { code: 'yaml-warning', severity: W, point: '', summary: 'YAML warning, such as an unresolved tag' },
  { code: 'yaml-too-complex', severity: E, point: '', summary: 'The YAML parser gave up on the nesting' },
  { code: 'too-deep', severity: E, point: '', summary: 'Values nested deeper than any plan needs (32 levels)' },
  { code: 'alias-limit', severity: E, point: '', summary: 'More YAML alias expansion than a plan needs (alias bomb)' },
  {
    code: 'pasted-character',
    severity: E,
    point: '',
    summary:
      'What pasted text leaves behind, named where it is: a no-break or other Unicode space in the indentation or right after a key\'s colon, a tab in the indentation, an invisible character (zero-width space, soft hyphen) in a key or an id, curly quotes around a date, id, number or allowed value. The YAML errors and the findings on the same line that follow from it are left out',
  },
  { code: 'duplicate-key', severity: E, point: '', summary: 'A key appears twice in one mapping (also after Unicode NFC normalisation)' },
  { code: 'unsupported-version', severity: E, point: '', summary: 'ip: is not 1' },
  {
    code: 'body-too-complex',
    severity: W,
    point: '',
    summary:
      'The Markdown body passes a limit no real plan reaches (the limit is named): 250,000 characters, 5,000 lines, 20,000 characters in a line, quotes 16 or lists 32 levels deep, 2,000 quotes and list items, 1,000 markup characters in a paragraph or 20,000 in all; `ip render` leaves the body off the page and says so',
  },
];

export const SCHEMA_CODES: readonly CodeInfo[] = [
  { code: 'required', severity: E, point: 'per field', summary: 'A field every plan needs is missing (ip, status, person.navn, samtykke.utarbeidelse; avsluttet when closed; required parts of a list item)' },
  {
    code: 'point-missing',
    severity: { utkast: 'warning', aktiv: 'error', avsluttet: 'off' },
    point: 'a–i',
    summary:
      'The minimum of a point a–i for an active plan is missing: "needed before the plan can be active" in a draft. What good practice adds (a goal for every measure, tiltak[].mål; a contribution from every participant, deltakere[].bidrag) is a warning in both, basis praksis',
  },
  { code: 'too-few', severity: E, point: 'per field', summary: 'A list has fewer items than it needs' },
  { code: 'wrong-type', severity: E, point: 'per field', summary: 'A value of the wrong type (with a hint to quote numbers and booleans meant as text)' },
  { code: 'invalid-value', severity: E, point: 'per field', summary: 'A value outside its list of allowed values (status, rolle, type …)' },
  { code: 'invalid-format', severity: E, point: 'per field', summary: 'A date that is not YYYY-MM-DD or not in the calendar, an id, a language tag or an e-mail address of the wrong form' },
  { code: 'empty-text', severity: E, point: 'per field', summary: 'An empty text' },
  { code: 'unknown-key', severity: W, point: '', summary: 'A key the format does not have, with "did you mean" for near misses and ASCII spellings (maal, spraak, fodselsnummer)' },
];

export const ACROSS_CODES: readonly CodeInfo[] = [
  { code: 'duplicate-person', severity: { utkast: 'error', aktiv: 'error', avsluttet: 'off' }, point: '', summary: 'Two open plans in the run share a fødselsnummer (related names the other file)' },
  { code: 'possible-duplicate-person', severity: { utkast: 'warning', aktiv: 'warning', avsluttet: 'off' }, point: '', summary: 'Two open plans in the run share name and birth date' },
  { code: 'duplicate-plan-id', severity: E, point: '', summary: 'Two plans in the run share an id' },
];
