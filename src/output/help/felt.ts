import { POINT_SUMMARY, type LegalPoint } from '../../plan/legal.js';
import { allowedKeys, schemaAt, type SchemaNode } from '../../plan/schema.js';
import type { FieldName } from '../../plan/fields.js';
import type { PathStep } from '../../plan/types.js';
import { FIELD_LABELS } from '../../plan/vocabulary.js';
import type { Lang } from '../lang.js';
import { FIELD_DESCRIPTIONS_EN } from './field-descriptions-en.js';

/**
 * `ip help felt`: every field of a plan, walked from the schema itself (its
 * titles, descriptions and `x-lovpunkt`), so the list is the format's.
 * The schema's descriptions are bokmål; in English each field has its name
 * from the vocabulary and its description from field-descriptions-en.ts.
 */

const TEXT = {
  nb: {
    title: 'Feltene i en plan. «Bokstav» er punktet i forskrift om individuell plan (a–i) feltet oppfyller; feltene under det gjør det samme.',
    more: 'Se også ip help samtykke og ip help koder.',
    point: 'bokstav',
    values: 'Verdier',
  },
  en: {
    title: 'The fields of a plan. "Point" is the letter of the regulation on individual plans (a–i) the field meets; the fields under it do too.',
    more: 'See also ip help samtykke --lang en and ip help koder --lang en.',
    point: 'point',
    values: 'Values',
  },
};

interface Field {
  path: string;
  key: string;
  node: SchemaNode;
  /** Shown where it changes: the fields inside a list or group share its point. */
  point?: LegalPoint;
}

const MAX_DEPTH = 6;

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** A field's name: the schema's title in bokmål; in English the vocabulary's (whose `id` is the plan's: an item's id is just an id). */
const TITLE: Record<Lang, (field: Field) => string> = {
  nb: (field) => text(field.node.title) ?? field.key,
  en: (field) => (field.key === 'id' && field.path !== 'id' ? 'id' : (FIELD_LABELS.en[field.key as FieldName] ?? field.key)),
};
/** The schema's descriptions are written in bokmål; the English ones are a table of their own. */
const DESCRIPTION: Record<Lang, (field: Field) => string | undefined> = {
  nb: (field) => text(field.node.description),
  en: (field) => FIELD_DESCRIPTIONS_EN[field.path],
};

function walk(path: PathStep[], shown: string, inherited: LegalPoint | undefined, out: Field[]): void {
  if (path.length > MAX_DEPTH) return;
  for (const key of allowedKeys(path)) {
    const at = [...path, key];
    const { node, point } = schemaAt(at);
    if (!node) continue;
    const name = shown ? `${shown}.${key}` : key;
    const own = point === inherited ? undefined : point;
    if (node.type === 'array' && schemaAt([...at, 0]).node?.properties) {
      out.push({ path: `${name}[]`, key, node, point: own });
      walk([...at, 0], `${name}[]`, point, out);
    } else {
      out.push({ path: name, key, node, point: own });
      if (node.properties) walk(at, name, point, out);
    }
  }
}

function values(node: SchemaNode): string[] | undefined {
  if (Array.isArray(node.enum)) return node.enum.map(String);
  return undefined;
}

/** Every field of a plan, in the schema's order, with its path as shown. */
export function planFields(): Field[] {
  const fields: Field[] = [];
  walk([], '', undefined, fields);
  return fields;
}

export function fieldsText(lang: Lang): string {
  const t = TEXT[lang];
  const fields = planFields();
  const lines = [t.title, t.more, ''];
  for (const field of fields) {
    const point = field.point ? ` (${t.point} ${field.point}: ${POINT_SUMMARY[field.point][lang]})` : '';
    lines.push(`${field.path}: ${TITLE[lang](field)}${point}`);
    const description = DESCRIPTION[lang](field);
    if (description) lines.push(`    ${description}`);
    const allowed = values(field.node);
    if (allowed) lines.push(`    ${t.values}: ${allowed.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}
