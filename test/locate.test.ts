import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isSimpleYaml } from '../src/plan/fastyaml.js';
import { simpleLocator } from '../src/plan/locate.js';
import type { PathStep } from '../src/plan/types.js';
import { parseYaml } from '../src/plan/yaml.js';
import { ROOT } from './helpers.js';

/**
 * The line-based locator must answer exactly as the precise one, for every
 * path (present or missing, key or value) into front matter it accepts.
 */
const RUNS = Number(process.env.FC_NUM_RUNS ?? 300);
const SEED = Number(process.env.FC_SEED ?? 20261122);

function paths(data: unknown, prefix: PathStep[] = []): PathStep[][] {
  const out: PathStep[][] = [prefix, [...prefix, 'missing'], [...prefix, 7]];
  if (Array.isArray(data)) data.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (data !== null && typeof data === 'object') for (const [k, v] of Object.entries(data)) out.push(...paths(v, [...prefix, k]));
  return out;
}

function compare(yamlText: string, data: unknown): boolean {
  if (!isSimpleYaml(yamlText)) return false;
  const simple = simpleLocator(yamlText, 2);
  if (!simple) return false;
  const precise = parseYaml(yamlText, 2).locate;
  for (const path of paths(data)) {
    for (const atKey of [false, true]) {
      expect(simple(path, atKey), `${JSON.stringify(path)} atKey=${atKey}\n${yamlText}`).toEqual(precise(path, atKey));
    }
  }
  return true;
}

const word = fc.stringMatching(/^[a-zæøå][a-zæøå0-9_]{0,6}$/);
const sentence = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
const scalar = fc.oneof(
  { weight: 6, arbitrary: word },
  { weight: 4, arbitrary: sentence },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.constantFrom('2026-01-01', 'a: b', '# x', '"q"', "it's", '-', '- x', '', 'x\ny') },
);
const tree = (leaf: fc.Arbitrary<unknown>) =>
  fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, leaf, tie('list'), tie('map')),
    list: fc.array(tie('node'), { maxLength: 4 }),
    map: fc.dictionary(word, tie('node'), { maxKeys: 5 }),
  })).map;
/** Anything, including scalars the line-based path leaves to the precise one. */
const value = tree(scalar);
/** Plan-like: words, sentences, numbers and dates, as real plans hold. */
const planLike = tree(fc.oneof(word, sentence, fc.integer(), fc.constantFrom('2026-01-01', '+47 400 00 000')));

describe('the line-based locator', () => {
  it('answers as the precise locator on every example plan', () => {
    for (const name of readdirSync(join(ROOT, 'examples'))) {
      const text = readFileSync(join(ROOT, 'examples', name), 'utf8');
      const yamlText = text.slice(4, text.indexOf('\n---\n') + 1);
      const data = parseYaml(yamlText, 2).data;
      expect(compare(yamlText, data), name).toBe(true);
    }
  });

  it.each([
    { name: 'any data, any style', data: value, styles: ['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL'], min: 0.05 },
    // Quoted or block-literal keys are outside the line-based path, so plain style shows how much of it is used.
    { name: 'plan-like data, plain style', data: planLike, styles: ['PLAIN'], min: 0.3 },
  ])('answers as the precise locator on generated front matter: $name', ({ data: arbitrary, styles, min }) => {
    let compared = 0;
    const options = fc.record({
      collectionStyle: fc.constantFrom('any', 'block', 'flow'),
      defaultStringType: fc.constantFrom(...styles),
      indentSeq: fc.boolean(),
      indent: fc.constantFrom(2, 4),
    }) as fc.Arbitrary<Record<string, never>>;
    fc.assert(
      fc.property(arbitrary, options, (data, opts) => {
        const yamlText = stringify(data, { version: '1.2', ...opts });
        if (compare(yamlText, data)) compared++;
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // The property means something only if many cases took the line-based path.
    expect(compared).toBeGreaterThan(RUNS * min);
  });

  it('answers as the precise locator on hand-written shapes', () => {
    const shapes = [
      'a:\nb: 1\nc: |\n  x\n  y\nd:\n- 1\n- k: v\n  k2: v2\ne: {f: 1, g: [x, y], h: }\ni: # c\n  j: 2\nk: \'q\' # c\nl: null\nm: [ ]\n',
      '# lead\n\nperson:\n  navn: A\n  tolk: {språk: ar, type: talespråk}\ndeltakere:\n  - id: a\n    kontakt: {telefon: "+47 1", epost: a@b.no}\n  -   id: b\n      navn: B\n',
      'x:\n  - - a\n    - b\n  - - c\ny: >-\n  folded\n\n  more\nz: end\n',
      'a:   \nb:\n\n  c: 1\n',
    ];
    for (const yamlText of shapes) expect(compare(yamlText, parseYaml(yamlText, 2).data), yamlText).toBe(true);
  });
});
