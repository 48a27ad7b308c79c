import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseDocument, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { MAX_KNOWN_KEYS, parsePlain, plainEnd } from '../src/plan/plainyaml.js';
import type { PathStep } from '../src/plan/types.js';
import { parseYaml } from '../src/plan/yaml.js';
import { ROOT } from './helpers.js';

/**
 * The fast path (plainyaml.ts) must read exactly what the precise path reads
 * — the same data, and the same position for every path, present or missing,
 * key or value — wherever it answers at all. Seeded, so CI is repeatable;
 * FC_NUM_RUNS=100000 (and FC_SEED) run it longer.
 */
const RUNS = Number(process.env.FC_NUM_RUNS ?? 300);
const SEED = Number(process.env.FC_SEED ?? 20261122);
/** Room for a property: the configured 30 s for the CI run, growing with FC_NUM_RUNS for longer ones (a run of plan-like front matter takes up to ~4 ms). */
const PROPERTY_TIMEOUT_MS = Math.max(30_000, RUNS * 10);

function precise(text: string): { ok: boolean; data?: unknown } {
  const doc = parseDocument(text, { version: '1.2', schema: 'core', uniqueKeys: true, strict: true });
  if (doc.errors.length > 0) return { ok: false };
  return { ok: true, data: doc.toJS({ maxAliasCount: 50 }) };
}

function paths(data: unknown, prefix: PathStep[] = []): PathStep[][] {
  const out: PathStep[][] = [prefix, [...prefix, 'missing'], [...prefix, 7]];
  if (Array.isArray(data)) data.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (data !== null && typeof data === 'object') for (const [k, v] of Object.entries(data)) out.push(...paths(v, [...prefix, k.normalize('NFC')]));
  return out;
}

/** Compares the fast path with the precise one on `text`; returns whether the fast path answered. */
function agree(text: string): boolean {
  const plain = parsePlain(text, 2);
  if (!plain) return false;
  const slow = precise(text);
  expect(slow.ok, `the precise path rejects what the fast path read:\n${text}`).toBe(true);
  expect(plain.data, text).toEqual(slow.data);
  const locate = parseYaml(text, 2).locate;
  const fast = plain.locate();
  for (const path of paths(slow.data)) {
    for (const atKey of [false, true]) expect(fast(path, atKey), `${JSON.stringify(path)} atKey=${atKey}\n${text}`).toEqual(locate(path, atKey));
  }
  return true;
}

const word = fc.stringMatching(/^[a-zæøå][a-zæøå0-9_]{0,6}$/);
const sentence = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
/** Scalars that YAML resolves in surprising ways. */
const tricky = fc.constantFrom(
  '1_000', '0b11', '0o17', '0x1F', '+12', '012', '1e3', '.5', '+.5e-3', '1.', '-.INF', '.NaN', '~', 'null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'yes', 'no',
  '2026-01-01', '12:30', '17850250006', '+47 400 00 000', '-', '--', '---', '...', '?', ':', 'a: b', '# x', "'", '"', '\\', 'æøå', 'A\u030a', '', 'x\ny', '\u0085', 'a\tb',
  'a\u00a0#b', 'a \u00a0#b', 'a\u3000# b', 'a#b', 'a\u2028b', 'a\ufeffb', 'a\u00a0',
);
const scalar = fc.oneof(
  { weight: 5, arbitrary: word },
  { weight: 3, arbitrary: sentence },
  { weight: 2, arbitrary: tricky },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double({ noNaN: true }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
);
const key = fc.oneof(
  { weight: 20, arbitrary: word },
  { weight: 1, arbitrary: fc.constantFrom('ip', 'mål', 'språk', 'fødselsnummer', 'gitt_av', 'null', 'Null', 'true', '1', '0x1', '1e3', '.5', '__proto__', 'spr\u0061\u030ak') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }) },
);
const tree = (leaf: fc.Arbitrary<unknown>, keys: fc.Arbitrary<string> = key) =>
  fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, leaf, tie('list'), tie('map')),
    list: fc.array(tie('node'), { maxLength: 4 }),
    map: fc.dictionary(keys, tie('node'), { maxKeys: 5 }),
  })).map;
const styles = fc.record({
  collectionStyle: fc.constantFrom('any', 'block', 'flow'),
  // Mostly plain, as plans are written; the other styles mostly take the precise path.
  defaultStringType: fc.constantFrom('PLAIN', 'PLAIN', 'PLAIN', 'PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
  indentSeq: fc.boolean(),
  indent: fc.constantFrom(2, 4),
  lineWidth: fc.constantFrom(0, 40, 80),
}) as fc.Arbitrary<Record<string, never>>;

describe('the fast YAML path reads what the precise path reads', () => {
  it('for every example plan, and answers for each', () => {
    for (const name of readdirSync(join(ROOT, 'examples'))) {
      const text = readFileSync(join(ROOT, 'examples', name), 'utf8');
      expect(agree(text.slice(4, text.indexOf('\n---\n') + 1)), name).toBe(true);
    }
  });

  it('for front matter in every style the yaml package writes', () => {
    let answered = 0;
    fc.assert(
      fc.property(tree(scalar), styles, (data, opts) => {
        if (agree(stringify(data, { version: '1.2', ...opts }))) answered++;
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(answered).toBeGreaterThan(RUNS * 0.05);
  }, PROPERTY_TIMEOUT_MS);

  it('for plan-like front matter, which it mostly answers', () => {
    let answered = 0;
    const leaf = fc.oneof(word, sentence, fc.integer(), fc.constantFrom('2026-01-01', '+47 400 00 000', 'Jeg vil bo i egen leilighet.'));
    fc.assert(
      fc.property(tree(leaf, word), (data) => {
        if (agree(stringify(data, { version: '1.2' }))) answered++;
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // The property means something only if the fast path took most cases.
    expect(answered).toBeGreaterThan(RUNS * 0.6);
  }, PROPERTY_TIMEOUT_MS);

  it('for arbitrary lines of text: whatever it accepts, the precise path accepts alike', () => {
    const line = fc.oneof(
      fc.tuple(key, tricky).map(([k, v]) => `${k}: ${v}`),
      fc.tuple(fc.constantFrom('', '  ', '    '), fc.constantFrom('- ', '', '- - '), key, fc.oneof(tricky, word, fc.string({ unit: 'binary', maxLength: 12 }))).map(([i, d, k, v]) => `${i}${d}${k}: ${v}`),
      fc.tuple(fc.constantFrom('', '  '), fc.constantFrom('- ', '-', '- # c'), fc.oneof(word, tricky)).map(([i, d, v]) => `${i}${d}${v}`),
      fc.constantFrom('{a: 1, b: [x, y], c: }', '[a, "b", \'c\']', 'k: {x: [1, {y: 2}]}', 'k: "\\u00e5\\x41\\t"', "k: 'it''s'", 'k: # comment', '# only a comment', ''),
      fc.string({ unit: 'binary', maxLength: 30 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        agree(lines.join('\n') + '\n');
      }),
      { numRuns: RUNS * 3, seed: SEED },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('answers for hand-written plain shapes, and leaves the rest', () => {
    const plain = [
      'a:\nb: 1\nd:\n- 1\n- k: v\n  k2: v2\ne: {f: 1, g: [x, y], h: }\ni: # c\n  j: 2\nk: \'q\' # c\nl: null\nm: [ ]\n',
      '# lead\n\nperson:\n  navn: A\n  tolk: {språk: ar, type: talespråk}\ndeltakere:\n  - id: a\n    kontakt: {telefon: "+47 1", epost: a@b.no}\n  -   id: b\n      navn: B\n',
      'x:\n  - - a\n    - b\n  - - c\nz: end\n',
      'a:   \nb:\n\n  c: 1\n',
      'a: "\\u00e5 \\" \\\\ \\t"\nb: \'don\'\'t\'\n',
    ];
    for (const text of plain) expect(agree(text), text).toBe(true);
    for (const text of ['a: .nan\n', 'a: [-.inf]\n', 'a:\n  - -0\n', 'a: {b: +.Inf}\n', 'a: 0\n', 'a: -1.5e3\n', 'a: 0x1F\n', 'a: "-0"\n']) expect(agree(text), text).toBe(true);
    const notPlain = ['a: &x 1\nb: *x\n', 'a: !!str 1\n', '<<: {a: 1}\n', '%YAML 1.2\n---\na: 1\n', 'a: |\n  x\n', 'a: b\n  c\n', 'a: 1\na: 2\n', '? a\n: b\n', 'null: 1\n', 'a:\tb\n', 'a: "x\n  y"\n'];
    for (const text of notPlain) expect(parsePlain(text, 2), text).toBeUndefined();
  });

  it('reads a Unicode space as content, never as the space a comment needs, and leaves breaks and controls alone', () => {
    // Text pasted from a word processor: a no-break space before `#` starts no comment.
    const text = 'Emil vil klare trappa på skolen selv.\u00a0#2 og heisen når den er i stykker';
    const plan = `tiltak:\n  - tekst: ${text}\n`;
    expect(agree(plan)).toBe(true);
    expect(parsePlain(plan, 2)!.data).toEqual({ tiltak: [{ tekst: text }] });
    const spaces = ['\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u202f', '\u205f', '\u3000'];
    for (const space of spaces) {
      for (const line of [`a: b${space}#c`, `a: b ${space}#c`, `a: b${space}`, `a: ${space}b`, `a: [b${space}#c]`, `a: {k: b${space}}`, `- b${space}# c`]) {
        expect(agree(`${line}\n`), JSON.stringify(line)).toBe(true);
      }
    }
    // `#` after anything but whitespace is content too.
    for (const text of ['a: b#c\n', 'a: 1#2\n', 'a: [b#c, d#]\n', 'a: {k: v#}\n', '- x# #y\n']) expect(agree(text), text).toBe(true);
    // Breaks, byte order marks and controls mean different things to different readers: always the precise path.
    for (const c of ['\u0085', '\u2028', '\u2029', '\ufeff', '\v', '\f', '\x01', '\x1f', '\x7f', '\x80', '\x9f', '\t']) {
      for (const text of [`a: b${c}c\n`, `a: b ${c}#c\n`, `a: 'b${c}'\n`, `# x${c}\na: b\n`]) expect(parsePlain(text, 2), JSON.stringify(text)).toBeUndefined();
    }
  });

  it('leaves every repeated key to the precise path, also past a mapping inside with the same key', () => {
    const repeated = ['a:\n  a: 1\n  b: 2\na: 2\n', 'a:\n  b: 1\nb: 2\na: 3\n', 'x: {a: {a: 1}, a: 2}\n', 'x:\n  - a: 1\n    a: 2\n', 'constructor: 1\nconstructor: 2\n', 'a: {b: 1}\nc: {b: 2, b: 3}\n'];
    for (const text of repeated) expect(parsePlain(text, 2), text).toBeUndefined();
    // The same key in different mappings, one after another or one inside the other, is no repeat.
    const distinct = ['a:\n  a: 1\nb:\n  a: 2\n', 'a: {a: {a: 1}}\nb: [{a: 1}, {a: 2}]\n', 'x:\n  - a: 1\n  - a: 2\na: 3\n'];
    for (const text of distinct) expect(agree(text), text).toBe(true);
    // Read again: the mappings of an earlier read never count as this one's.
    for (const text of distinct) expect(parsePlain(text, 2), text).toBeDefined();
  });

  it('points at the first of two keys that NFC makes alike, in block and flow mappings', () => {
    for (const text of ['a:\n  \u2126hm: 1\n  \u03a9hm: 2\n', 'a: {\u2126hm: 1, \u03a9hm: 2}\n', 'a: [{b: {\u212b: 1, \u00c5: 2}}]\n']) expect(agree(text), text).toBe(true);
  });

  it('still tells a repeated key once its table of known keys is full', () => {
    // Enough made-up keys to fill the table, whatever earlier tests left in it.
    const many = Array.from({ length: MAX_KNOWN_KEYS + 1 }, (_, i) => `filler-${i}: 1`).join('\n');
    expect(parsePlain(`${many}\n`, 2)).toBeDefined();
    for (const text of ['never-seen-before: 1\nnever-seen-before: 2\n', 'constructor-x:\n  a: 1\nconstructor-x: 2\n', 'x: {fresh-key: 1, fresh-key: 2}\n']) {
      expect(parsePlain(text, 2), text).toBeUndefined();
    }
    expect(agree('fresh-a: 1\nfresh-b:\n  fresh-a: 2\n')).toBe(true);
  });
});

describe('the hand-written scanner for plain scalars', () => {
  // The regular expressions it replaced, with YAML's whitespace (space and tab, never other Unicode spaces) and its indicators spelled out: it must end where they end.
  const INDICATORS = String.raw` \t\-?:,\[\]{}#&*!|>'"%@\x60`;
  const BLOCK = new RegExp(String.raw`(?:[^${INDICATORS}]|-(?=[^ \t]))(?:[^: \t]|:(?=[^ \t])|[ \t]+(?=[^# \t]))*`, 'uy');
  const FLOW = new RegExp(String.raw`(?:[^${INDICATORS}]|-(?=[^ \t,\[\]{}]))(?:[^: \t,\[\]{}]|[ \t]+(?=[^# \t,\[\]{}]))*`, 'uy');
  const end = (re: RegExp, text: string, col: number) => {
    re.lastIndex = col;
    const m = re.exec(text);
    return m ? col + m[0].length : col;
  };
  /** Text rich in the characters that decide where a scalar ends, Unicode spaces among them. */
  const deciding = fc.string({
    unit: fc.oneof(
      fc.constantFrom(' ', ':', '#', '-', ',', '[', ']', '{', '}', '\t', '\u00a0', '\u1680', '\u2000', '\u202f', '\u205f', '\u0085', '\u2028', '\u2029', '\u3000', '\ufeff', '?', "'", 'a', 'å', '\ud83d\ude00', '\ud800'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    ),
    maxLength: 16,
  });

  it('ends where the block and flow expressions end, from any column', () => {
    fc.assert(
      fc.property(deciding, fc.nat(16), (text, at) => {
        const col = Math.min(at, text.length);
        // The reader only starts scalars after ASCII; a column inside a surrogate pair never occurs.
        fc.pre(!(/[\ud800-\udbff]/.test(text[col - 1] ?? '') && /[\udc00-\udfff]/.test(text[col] ?? '')));
        expect(plainEnd(text, col, false), JSON.stringify(text)).toBe(end(BLOCK, text, col));
        expect(plainEnd(text, col, true), JSON.stringify(text)).toBe(end(FLOW, text, col));
      }),
      { numRuns: RUNS * 20, seed: SEED },
    );
  }, PROPERTY_TIMEOUT_MS);
});
