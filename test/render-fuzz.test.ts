import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SANITIZE_SCHEMA } from '../src/render/markdown.js';
import { renderPlan } from '../src/render/page.js';
import { tags, TODAY } from './fixtures/render/harness.js';

/**
 * Whatever shape the front matter has (the schema reports it; the page must
 * still come out), rendering never throws and every tag on the page is one
 * the page itself writes or the sanitised body allows.
 */

const PAGE_TAGS = new Set([
  'html', 'head', 'meta', 'title', 'style', 'body', 'div', 'header', 'main', 'footer', 'section', 'h1', 'h2', 'h3', 'p', 'span', 'bdi', 'strong', 'dl', 'dt', 'dd',
  'ol', 'ul', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'time', 'a', 'br',
  // and what the sanitised body may hold
  ...(SANITIZE_SCHEMA.tagNames ?? []),
]);

const hostileText = fc.oneof(
  fc.string(),
  fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'; } body { display:none }", '$& $\' $`', 'javascript:alert(1)', '2027-01-14', 'kari', 'M1', 'T1', '\u0000\u202e'),
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small' }, hostileText, fc.integer(), fc.boolean(), fc.constant(null), fc.array(tie('any'), { maxLength: 3 }), fc.dictionary(hostileText, tie('any'), { maxKeys: 4 })),
})).any;

const KEYS = ['id', 'status', 'språk', 'eier', 'arkiv', 'person', 'deltakere', 'koordinator', 'barnekoordinator', 'mål', 'ressurser', 'behov', 'tiltak', 'samarbeid', 'overganger', 'planperiode', 'evalueringer', 'samtykke', 'godkjent', 'avsluttet'];
const participant = fc.record({ id: hostileText, navn: hostileText, rolle: hostileText, virksomhet: value, kontakt: fc.record({ telefon: hostileText, epost: hostileText }), bidrag: value }, { requiredKeys: [] });
const plan = fc.record(
  {
    ...Object.fromEntries(KEYS.map((k) => [k, value])),
    deltakere: fc.array(participant, { maxLength: 4 }),
    tiltak: fc.array(fc.record({ id: hostileText, tekst: hostileText, mål: value, ansvarlig: hostileText, omfang: value, gjennomføring: value, fra: hostileText, til: hostileText, delplan: value }, { requiredKeys: [] }), { maxLength: 3 }),
    evalueringer: fc.array(fc.record({ dato: hostileText, type: hostileText, gjelder: value, utført: value }, { requiredKeys: [] }), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

describe('rendering any front matter', () => {
  it('never throws, and the page carries only its own tags', () => {
    fc.assert(
      fc.property(plan, fc.option(hostileText, { nil: undefined }), fc.constantFrom<'utkast' | 'aktiv' | 'avsluttet' | undefined>('utkast', 'aktiv', 'avsluttet', undefined), (data, body, status) => {
        const { html } = renderPlan({ data: { ip: 1, ...data }, ...(status ? { status } : {}), ...(body !== undefined ? { body } : {}), diagnostics: [], today: TODAY });
        for (const t of tags(html)) {
          expect(PAGE_TAGS.has(t.name), t.name).toBe(true);
          expect(Object.keys(t.attrs).filter((a) => a.startsWith('on'))).toEqual([]);
          if (t.attrs.href !== undefined) expect(t.attrs.href).toMatch(/^(https?:|mailto:|tel:|[^:]*$)/);
        }
        expect(html.match(/<\/style>/g)).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });
});
