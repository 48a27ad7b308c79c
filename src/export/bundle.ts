import { nameUuid } from './ids.js';
import type { Resource } from './resources.js';

/**
 * A plan's resources as one FHIR `Bundle` of type `collection`. Each entry
 * gets a `urn:uuid:` address made from its type and id, and every relative
 * reference inside (`Goal/<id>`) is rewritten to the address of the entry it
 * names, so that the references resolve inside the bundle itself.
 */
export function bundleOf(id: string, resources: readonly Resource[]): Resource {
  const address = new Map(resources.map((r) => [`${r.resourceType}/${r.id}`, `urn:uuid:${nameUuid(`${r.resourceType}/${r.id}`)}`]));
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = key === 'reference' && typeof v === 'string' ? (address.get(v) ?? v) : rewrite(v);
    return out;
  };
  return {
    resourceType: 'Bundle',
    id,
    type: 'collection',
    entry: resources.map((r) => ({ fullUrl: address.get(`${r.resourceType}/${r.id}`)!, resource: rewrite(r) })),
  };
}

/** Resources as NDJSON, one per line, references kept relative (as bulk loading expects). */
export function ndjsonOf(resources: readonly Resource[]): string {
  return `${resources.map((r) => JSON.stringify(r)).join('\n')}\n`;
}
