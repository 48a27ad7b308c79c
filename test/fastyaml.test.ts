import fc from 'fast-check';
import { parseDocument, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fastParse } from '../src/plan/fastyaml.js';

/**
 * The fast parse path must read exactly what the precise one reads. Seeded,
 * so CI is repeatable; FC_NUM_RUNS=100000 runs it longer.
 */
const RUNS = Number(process.env.FC_NUM_RUNS ?? 300);
const SEED = Number(process.env.FC_SEED ?? 20261122);

function precise(text: string): { ok: boolean; data?: unknown } {
  const doc = parseDocument(text, { version: '1.2', schema: 'core', uniqueKeys: true, strict: true });
  if (doc.errors.length > 0) return { ok: false };
  return { ok: true, data: doc.toJS({ maxAliasCount: 50 }) };
}

/** Scalars that YAML resolves in surprising ways. */
const trickyScalar = fc.constantFrom(
  '1_000', '0b11', '0o17', '0x1F', '+12', '012', '1e3', '.5', '+.5e-3', '1.', '-.INF', '.NaN', '~', 'null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'yes', 'no', 'on', 'off',
  '2026-01-01', '2026-1-1', '12:30', '12:30:00', '17850250006', '+47 400 00 000', '-', '--', '---', '...', '?', ':', 'a: b', '# x', "'", '"', '\\', 'æøå', 'A\u030a', '',
);
const text = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }), trickyScalar);
const scalar = fc.oneof(text, fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null));
const key = fc.oneof(
  fc.constantFrom('ip', 'mål', 'tiltak', 'språk', 'fødselsnummer', 'gitt_av', 'omfang', 'null', 'Null', 'true', '1', '0x1', '1e3', '.5', '__proto__'),
  fc.string({ minLength: 1, maxLength: 12 }),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('node'), { maxLength: 4 }),
  map: fc.dictionary(key, tie('node'), { maxKeys: 5 }),
})).map;

describe('the fast and the precise YAML paths read the same data', () => {
  it('for front matter written in every style the yaml package writes', () => {
    const options = fc.record({
      defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
      collectionStyle: fc.constantFrom('any', 'block', 'flow'),
      lineWidth: fc.constantFrom(0, 20, 80),
    }) as fc.Arbitrary<{ defaultStringType: 'PLAIN'; collectionStyle: 'any'; lineWidth: number }>;
    fc.assert(
      fc.property(value, options, (data, opts) => {
        const yamlText = stringify(data, { version: '1.2', ...opts });
        const fast = fastParse(yamlText);
        if (!fast.ok) return; // the precise path takes it: nothing to compare
        expect(fast.data).toEqual(precise(yamlText).data);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('for arbitrary text: whatever the fast path accepts, the precise path accepts alike', () => {
    const line = fc.oneof(
      fc.tuple(key, trickyScalar).map(([k, v]) => `${k}: ${v}`),
      fc.tuple(key, text).map(([k, v]) => `${k}: ${v}`),
      fc.tuple(fc.constantFrom('', '  ', '    '), fc.constantFrom('- ', ''), key, text).map(([i, d, k, v]) => `${i}${d}${k}: ${v}`),
      fc.string({ maxLength: 30 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const yamlText = lines.join('\n') + '\n';
        const fast = fastParse(yamlText);
        if (!fast.ok) return;
        const slow = precise(yamlText);
        expect(slow.ok, `precise path rejected what the fast path read:\n${yamlText}`).toBe(true);
        expect(fast.data).toEqual(slow.data);
      }),
      { numRuns: RUNS * 3, seed: SEED },
    );
  });

  it('every tricky scalar reads the same on both paths', () => {
    for (const s of ['1_000', '0b11', '0o17', '0x1F', '+12', '012', '1e3', '.5', '+.5e-3', '1.', '-.INF', '.NaN', '~', 'Null', 'TRUE', 'yes', '2026-01-01', '17850250006']) {
      const yamlText = `v: ${s}\n`;
      const fast = fastParse(yamlText);
      expect(fast.ok).toBe(true);
      if (fast.ok) expect(fast.data, s).toEqual(precise(yamlText).data);
    }
  });

  it('anchors, aliases, tags and merge keys always take the precise path', () => {
    for (const t of ['a: &x 1\nb: *x\n', 'a: !!str 1\n', '<<: {a: 1}\n', '%YAML 1.2\n---\na: 1\n']) expect(fastParse(t).ok).toBe(false);
  });
});
