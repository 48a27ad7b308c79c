import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { LegalPoint } from './legal.js';
import { parseDateInput } from './dates.js';
import { ID_SHAPE } from './item.js';
import { booleanWord, misplacedTopKey, suggestKey, suggestValue } from './suggest.js';
import type { Finding, PathStep, PlanData, PlanStatus } from './types.js';

/**
 * The JSON Schema step. The validators are compiled ahead of time by
 * scripts/build-schema.mjs; this module turns their errors into findings that
 * name the field and the legal point, never the value.
 */

interface AjvError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
}
type Validator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

const require = createRequire(import.meta.url);
let validators: { validatePlan: Validator; validateActiveMinimum: Validator; validateActiveRecommended: Validator; schemaText: string } | undefined;
/** Built by scripts/build-schema.mjs into dist/, with the schema's text; this path resolves from src/ (tests) and dist/ alike. */
const VALIDATORS_URL = new URL('../../dist/plan/schema-validators.cjs', import.meta.url);
function loadValidators() {
  validators ??= require(fileURLToPath(VALIDATORS_URL)) as typeof validators & object;
  return validators;
}

export type SchemaNode = Record<string, unknown>;
let schemaRoot: SchemaNode | undefined;
function loadSchema(): SchemaNode {
  schemaRoot ??= JSON.parse(loadValidators().schemaText) as SchemaNode;
  return schemaRoot;
}

export function resolve(node: SchemaNode): SchemaNode {
  let current = node;
  // Follow local $refs; keep annotations written beside the $ref.
  for (let i = 0; i < 8 && typeof current.$ref === 'string'; i++) {
    const name = (current.$ref).replace('#/$defs/', '');
    const target = ((loadSchema().$defs as SchemaNode)[name] ?? {}) as SchemaNode;
    const { $ref: _ignored, ...rest } = current;
    current = { ...target, ...rest };
  }
  return current;
}

/** The schema describing the value at `path`, and the nearest legal point on the way. */
export function schemaAt(path: PathStep[]): { node?: SchemaNode; point?: LegalPoint } {
  let node: SchemaNode | undefined = resolve(loadSchema());
  let point: LegalPoint | undefined;
  for (const step of path) {
    if (!node) break;
    if (typeof step === 'number') {
      node = node.items ? resolve(node.items as SchemaNode) : undefined;
    } else {
      const props = node.properties as Record<string, SchemaNode> | undefined;
      node = props?.[step] ? resolve(props[step]) : undefined;
    }
    if (node?.['x-lovpunkt']) point = node['x-lovpunkt'] as LegalPoint;
  }
  return { node, point };
}

/** The keys the schema allows at `path` (for "did you mean"). */
export function allowedKeys(path: PathStep[]): string[] {
  const props = schemaAt(path).node?.properties;
  return props ? Object.keys(props) : [];
}

function toPath(instancePath: string): PathStep[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function valueAt(data: unknown, path: PathStep[]): unknown {
  let v: unknown = data;
  for (const step of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[step];
  }
  return v;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'number' && Number.isInteger(value) ? 'integer' : typeof value;
}

/** Which kind of text a `pattern`/`format` error is about, from where in the schema it failed. */
function formatKind(schemaPath: string, path: PathStep[]): string {
  if (schemaPath.includes('/dato/') || /\/(fra|til|dato|frist|utført|trukket|fødselsdato)\//.test(schemaPath)) return 'date';
  if (schemaPath.includes('/id/') || schemaPath.includes('/idRef/')) return 'id';
  if (path[path.length - 1] === 'språk') return 'language';
  if (path[path.length - 1] === 'epost') return 'email';
  return 'text';
}

/** Fields that hold ids of participants, goals or measures: a value there is a reference, never free text. */
const REFERENCE_KEYS = new Set(['koordinator', 'ny_koordinator', 'ansvarlig', 'av', 'gitt_av', 'deltok', 'gjelder', 'mål', 'deltakere']);

/**
 * What to write instead, for the common wrong types: `ja`/`nei` where
 * true/false belongs (`boolean`), one id where a list of ids belongs
 * (`list`, with the id itself for goal and measure references; a
 * participant id is often a first name, so it is never shown).
 */
function typeFix(expected: string, value: unknown, path: PathStep[]): Record<string, string | number> {
  if (expected === 'boolean' && typeof value === 'string') {
    const meant = booleanWord(value);
    return meant === undefined ? {} : { boolean: String(meant) };
  }
  // `- Forslag fra Jonas: flytte …`: a sentence with ": " in it reads as a field; quoting it makes it text.
  if (expected === 'string' && value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 1) return { colon: 1 };
  if (expected === 'array' && typeof value === 'string' && ID_SHAPE.test(value.trim())) {
    const key = path[path.length - 1];
    const goals = key === 'mål' || key === 'gjelder';
    return goals ? { list: 1, listValue: value.trim() } : { list: 1 };
  }
  return {};
}

/**
 * A date written as `ip new` reads dates (1.2.2027, 01.02.2027): the same
 * date as YYYY-MM-DD. Not for the birth date, a personal value: its hint
 * gives the form only.
 */
function dateFix(format: string, value: unknown, path: PathStep[]): Record<string, string | number> {
  if (format !== 'date' || typeof value !== 'string') return {};
  const written = value.trim();
  // Written in the right form, but no such day (2027-02-31): say so, rather than the form again.
  if (/^\d{4}-\d{2}-\d{2}$/.test(written)) return { impossible: 1 };
  if (path[path.length - 1] === 'fødselsdato') return {};
  // 2027/03/01 is unambiguous with the year first; D/M/Y is not (it reads differently in English), and stays unread.
  const slashed = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(written);
  const date = slashed ? parseDateInput(`${slashed[1]}-${slashed[2]}-${slashed[3]}`) : parseDateInput(written);
  return date === undefined || date === value ? {} : { date };
}

/** Errors from the `aktiv` minimum (the a–i points) as opposed to the shape every plan has. */
function isActiveMinimum(error: AjvError): boolean {
  return error.schemaPath.includes('aktivMinimum');
}

/**
 * How an error is reported: `plan` for the shape every plan has, `draft` for
 * the `aktiv` minimum checked on a draft, `recommended` for what good
 * practice adds to an active plan (always a warning: a practice rule does
 * not make a plan invalid).
 */
type Check = 'plan' | 'draft' | 'recommended';

function mapError(error: AjvError, data: unknown, check: Check): Finding | undefined {
  const path = toPath(error.instancePath);
  const severity = check === 'plan' ? 'error' : 'warning';
  const pointMissing = isActiveMinimum(error) || check !== 'plan';
  const extra: Record<string, number> = check === 'recommended' ? { recommended: 1 } : {};
  switch (error.keyword) {
    case 'required': {
      const field = [...path, String(error.params.missingProperty)];
      const point = schemaAt(field).point;
      return {
        severity,
        code: pointMissing ? 'point-missing' : 'required',
        path: field,
        ...(point ? { point } : {}),
        params: { kind: 'field', active: check === 'plan' ? 1 : 0, ...extra },
      };
    }
    case 'minItems': {
      const point = schemaAt(path).point;
      return {
        severity,
        code: pointMissing ? 'point-missing' : 'too-few',
        path,
        ...(point ? { point } : {}),
        params: { kind: 'items', min: Number(error.params.limit), active: check === 'plan' ? 1 : 0, ...extra },
      };
    }
    case 'contains':
      // Point d's minimum (at least one contribution) or point b's (a service provider).
      if (error.schemaPath.includes('/deltakere/allOf/')) return { severity, code: 'point-missing', path, point: 'd', params: { kind: 'contribution', active: check === 'plan' ? 1 : 0 } };
      return { severity, code: 'point-missing', path, point: 'b', params: { kind: 'provider' } };
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const moved = path.length === 0 ? misplacedTopKey(key) : undefined;
      if (moved) return { severity: 'warning', code: 'unknown-key', path: [key], atKey: true, params: { suggestion: moved, move: 1 } };
      const suggestion = suggestKey(key, allowedKeys(path));
      return { severity: 'warning', code: 'unknown-key', path: [...path, key], atKey: true, ...(suggestion ? { params: { suggestion } } : {}) };
    }
    case 'type': {
      const value = valueAt(data, path);
      const actual = typeName(value);
      const expected = String(error.params.type);
      // A number in a reference (koordinator: 12839112376) is not text to quote: it should be a participant's id.
      const numeric = actual === 'integer' || actual === 'number';
      const reference = numeric && (REFERENCE_KEYS.has(String(path[path.length - 1])) || REFERENCE_KEYS.has(String(path[path.length - 2])));
      const quoteHint = !reference && expected === 'string' && (actual === 'integer' || actual === 'number' || actual === 'boolean') ? 1 : 0;
      const point = schemaAt(path).point;
      return { severity: 'error', code: 'wrong-type', path, ...(point ? { point } : {}), params: { expected, actual, quoteHint, ...(reference ? { reference: 1 } : {}), ...typeFix(expected, value, path) } };
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const value = valueAt(data, path);
      const suggestion = typeof value === 'string' ? suggestValue(value, allowed) : undefined;
      return { severity: 'error', code: 'invalid-value', path, params: { allowed: allowed.join(', '), ...(suggestion ? { suggestion } : {}) } };
    }
    case 'const':
      if (path.length === 1 && path[0] === 'ip') return { severity: 'error', code: 'unsupported-version', path };
      return { severity: 'error', code: 'invalid-value', path, params: { allowed: String(error.params.allowedValue) } };
    case 'pattern':
    case 'format': {
      // The fødselsnummer has its own rule with a more precise message.
      if (path.join('.') === 'person.fødselsnummer') return undefined;
      const format = formatKind(error.schemaPath, path);
      return { severity: 'error', code: 'invalid-format', path, params: { format, ...dateFix(format, valueAt(data, path), path) } };
    }
    case 'minLength':
      return { severity: 'error', code: 'empty-text', path };
    case 'oneOf':
      return { severity: 'error', code: 'wrong-type', path, params: { expected: 'id-or-ids', actual: typeName(valueAt(data, path)), quoteHint: 0 } };
    default:
      // `if`, `allOf`, `then`: summaries of errors reported on their own.
      return undefined;
  }
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    // The point is part of the key: `deltakere` may miss both point b's provider and point d's contribution.
    const key = `${f.code}|${f.point ?? ''}|${f.path.join('\u0000')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * An error inside a `contains` is one item's failure to be what at least one
 * item must be, and the `contains` error says it once (point b: no
 * tjenesteyter; point d: no contribution). Reported, each participant's role
 * would be named as a value not allowed, though every role is allowed.
 */
function insideContains(error: AjvError): boolean {
  return error.keyword !== 'contains' && error.schemaPath.includes('/contains/');
}

/** Errors inside a `oneOf` branch repeat what the `oneOf` error says. */
function withoutOneOfBranches(errors: AjvError[]): AjvError[] {
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  return errors.filter((e) => e.keyword === 'oneOf' || ![...oneOfPaths].some((p) => e.instancePath === p || e.instancePath.startsWith(p + '/')));
}

export function checkSchema(data: PlanData, status: PlanStatus | undefined): Finding[] {
  const { validatePlan, validateActiveMinimum, validateActiveRecommended } = loadValidators();
  const findings: Finding[] = [];
  if (!validatePlan(data)) {
    for (const error of withoutOneOfBranches(validatePlan.errors ?? [])) {
      if (insideContains(error)) continue;
      const f = mapError(error, data, 'plan');
      if (f) findings.push(f);
    }
  }
  // A draft is checked against the `aktiv` minimum too: what is missing is a
  // warning ("needed before the plan can be active"), not an error.
  if (status === 'utkast' && !validateActiveMinimum(data)) {
    for (const error of validateActiveMinimum.errors ?? []) {
      if (!['required', 'minItems', 'contains'].includes(error.keyword)) continue;
      if (insideContains(error)) continue;
      const f = mapError(error, data, 'draft');
      if (f) findings.push(f);
    }
  }
  // Good practice on top of the regulation (a goal for every measure, a
  // contribution from every participant): a warning for a draft and an active plan.
  if ((status === 'utkast' || status === 'aktiv') && !validateActiveRecommended(data)) {
    for (const error of validateActiveRecommended.errors ?? []) {
      if (!['required', 'minItems'].includes(error.keyword)) continue;
      const f = mapError(error, data, 'recommended');
      if (f) findings.push(f);
    }
  }
  return dedupe(findings);
}
