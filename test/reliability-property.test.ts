import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { parseDocument, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUES, renderDiagnostic } from '../src/plan/diagnostics/messages.js';
import { checkBytes, checkText, type CheckedFile } from '../src/plan/check.js';
import { ROOT, TODAY } from './helpers.js';

/**
 * Reading and validating never throws, never hangs, and says what it found in
 * the documented shape, whatever the text: arbitrary text and bytes,
 * arbitrary YAML, and the example plans mutated at random.
 *
 * Seeded, so CI is repeatable. To run longer, or from another seed:
 *   FC_NUM_RUNS=20000 FC_SEED=42 npx vitest run test/reliability-property
 * A failing case prints its seed and path; replay it with FC_SEED and FC_PATH
 * (add FC_SHRINK=1 to shrink it to a small case first).
 * Inputs that failed once are kept in test/fixtures/hostile/ (see the last test).
 *
 * Hangs: each case runs first in a worker thread on the built core
 * (dist/plan/check.js, built by `npm test`), under a generous deadline; a case
 * that does not finish in time fails with its input instead of stalling CI.
 * Only then is it checked in-process on the TypeScript source, where the
 * assertions run. Work is bounded by counting, not by the clock: the number
 * of nodes in the data read and the number of diagnostics must stay within a
 * small multiple of the input's size (an alias bomb would explode the first).
 */

const RUNS = Number(process.env.FC_NUM_RUNS ?? 150);
const SEED = Number(process.env.FC_SEED ?? 20261122);
const PATH = process.env.FC_PATH;
const CASE_TIMEOUT_MS = Number(process.env.FC_CASE_TIMEOUT ?? 20_000);
/** Room for a whole property: generous for the CI run, and growing with FC_NUM_RUNS for longer ones. */
const PROPERTY_TIMEOUT_MS = Math.max(120_000, RUNS * 400);
/**
 * A failure stops the run at once, unshrunk, so a red CI run stays short; the
 * seed and path it prints replay it. FC_SHRINK=1 shrinks it to a small case.
 */
const SHRINK = process.env.FC_SHRINK === '1';
const params = (runs: number): fc.Parameters<unknown> => ({ numRuns: runs, seed: SEED, endOnFailure: !SHRINK, ...(PATH ? { path: PATH } : {}) });

// ---- the watchdog: the same check on the built core, in a worker that can be stopped ----

const CHECK_JS = join(ROOT, 'dist', 'plan', 'check.js');
const WORKER_SOURCE = `
import { parentPort, workerData } from 'node:worker_threads';
const { checkText, checkBytes } = await import(workerData.check);
parentPort.on('message', ({ id, text, bytes, options }) => {
  try {
    const r = bytes ? checkBytes(bytes, options) : checkText(text, options);
    parentPort.postMessage({ id, ok: true, kind: r.kind, count: r.diagnostics.length });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, error: String((error && error.stack) || error) });
  }
});
parentPort.postMessage({ ready: true });
`;

interface Input {
  text?: string;
  bytes?: Uint8Array;
  options: { explicit: boolean; today: string; precise?: boolean };
}

class Watchdog {
  private worker: Worker | undefined;
  private ready: Promise<void> | undefined;
  private next = 0;

  constructor(
    private readonly source = WORKER_SOURCE,
    private readonly deadline = CASE_TIMEOUT_MS,
  ) {}

  private start(): Promise<void> {
    const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(this.source)}`), { workerData: { check: pathToFileURL(CHECK_JS).href } });
    this.worker = worker;
    this.ready = new Promise((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
    });
    return this.ready;
  }

  /** Resolves when the built core has checked `input`; rejects on a throw or when the deadline passes. */
  async run(input: Input): Promise<void> {
    if (!this.worker) await this.start();
    await this.ready;
    const worker = this.worker!;
    const id = this.next++;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        // The worker is stuck on this input: stop it, start afresh for the next case.
        worker.off('message', onMessage);
        void worker.terminate();
        this.worker = undefined;
        reject(new Error(`no answer within ${this.deadline} ms: the check hangs (or does unbounded work) on this input`));
      }, this.deadline);
      const onMessage = (m: { id?: number; ok?: boolean; error?: string }) => {
        if (m.id !== id) return;
        clearTimeout(timer);
        worker.off('message', onMessage);
        if (m.ok) resolve();
        else reject(new Error(`the built core threw: ${m.error}`));
      };
      worker.on('message', onMessage);
      worker.postMessage({ id, options: input.options, ...(input.bytes ? { bytes: input.bytes } : { text: input.text }) });
    });
  }

  async stop(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }
}

const watchdog = new Watchdog();
beforeAll(() => {
  if (!existsSync(CHECK_JS)) throw new Error('dist/plan/check.js is missing: build first (npx tsc -p . or npm test).');
});
afterAll(() => watchdog.stop());

describe('the watchdog', () => {
  it('stops a case that never ends, fails it with a message, and goes on with the next', async () => {
    // A stand-in for the core that hangs on one input.
    const hanging = WORKER_SOURCE.replace('const r = bytes', "if (text === 'hang') for (;;) {}\n    const r = bytes");
    const dog = new Watchdog(hanging, 300);
    try {
      await expect(dog.run({ text: 'hang', options: { explicit: true, today: TODAY } })).rejects.toThrow(/^no answer within 300 ms: the check hangs/);
      await expect(dog.run({ text: '---\nip: 1\n---\n', options: { explicit: true, today: TODAY } })).resolves.toBeUndefined();
    } finally {
      await dog.stop();
    }
  });
});

// ---- what every result must look like ----

const SEVERITIES = new Set(['error', 'warning']);
const POINTS = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']);
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Nodes in parsed data: what reading it cost, at least. */
function nodes(value: unknown, budget = { left: 10_000_000 }): number {
  if (--budget.left < 0) return Infinity;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + nodes(v, budget), 1);
  if (value !== null && typeof value === 'object') return Object.values(value).reduce((n: number, v) => n + nodes(v, budget), 1);
  return 1;
}

/** The file's lines, as the reader counts them (LF ends a line; a CR before it is not a column). */
function linesOf(input: Input): string[] {
  const text = input.text ?? Buffer.from(input.bytes!).toString('latin1');
  return text.split('\n').map((l) => l.replace(/\r$/, ''));
}

/**
 * The documented shape, positions inside the file, every code in both
 * catalogues, and no value from the plan (nor control characters) in a message.
 */
function assertWellFormed(result: CheckedFile, input: Input, secrets: readonly string[] = []): void {
  const size = input.text?.length ?? input.bytes!.length;
  expect(['plan', 'skipped']).toContain(result.kind);
  expect(Array.isArray(result.diagnostics)).toBe(true);
  if (result.kind === 'skipped') expect(result.diagnostics).toEqual([]);
  if (input.options.explicit) expect(result.kind).toBe('plan');
  // Bounded work: no blow-up of the data read, nor of what is said about it.
  expect(nodes(result.data), 'nodes in the data read').toBeLessThanOrEqual(60 * (size + 10));
  expect(result.diagnostics.length, 'number of diagnostics').toBeLessThanOrEqual(2 * size + 40);
  const lines = linesOf(input);
  for (const d of result.diagnostics) {
    const where = JSON.stringify(d);
    expect(SEVERITIES.has(d.severity), where).toBe(true);
    expect(Number.isInteger(d.line) && d.line >= 1, where).toBe(true);
    expect(Number.isInteger(d.column) && d.column >= 1, where).toBe(true);
    expect(d.line, `${where} lies past the last line`).toBeLessThanOrEqual(lines.length);
    // A column is a character on the line, or just past its end (UTF-16 units: an upper bound for code points).
    expect(d.column, `${where} lies past the end of its line`).toBeLessThanOrEqual(lines[d.line - 1]!.length + 1);
    expect(Array.isArray(d.path) && d.path.every((s) => typeof s === 'string' || (Number.isInteger(s) && s >= 0)), where).toBe(true);
    if (d.point !== undefined) expect(POINTS.has(d.point), where).toBe(true);
    if (d.params) for (const v of Object.values(d.params)) expect(['string', 'number'], where).toContain(typeof v);
    if (d.related) expect(d.related.every((r) => typeof r === 'string'), where).toBe(true);
    for (const lang of ['nb', 'en'] as const) {
      expect(CATALOGUES[lang][d.code], `${d.code} has no ${lang} message`).toBeDefined();
      const { message, hint } = renderDiagnostic(d, lang);
      const said = `${message}\n${hint}`;
      expect(message.length, where).toBeGreaterThan(0);
      expect(hint.length, where).toBeGreaterThan(0);
      expect(message.length + hint.length, `${where}: an overlong message`).toBeLessThanOrEqual(1200);
      expect(said, `${where} (${lang}) renders a hole`).not.toMatch(/undefined|NaN|\[object /);
      expect(CONTROL.test(message) || CONTROL.test(hint), `${where} (${lang}) carries a control character`).toBe(false);
      // A value is never echoed. A key may be (an unknown key is named): text edits can turn a value into a key.
      const keys = d.path.filter((step) => typeof step === 'string').join('\n');
      for (const secret of secrets) if (said.includes(secret)) expect(keys.includes(secret), `${where} (${lang}) echoes a value from the plan: ${secret.slice(0, 40)}`).toBe(true);
    }
  }
}

/** Check on the watchdog first (deadline), then in-process on the source, and assert the shape. */
async function checkAndAssert(input: Input, secrets: readonly string[] = []): Promise<CheckedFile> {
  await watchdog.run(input);
  const result = input.bytes ? checkBytes(input.bytes, input.options) : checkText(input.text!, input.options);
  assertWellFormed(result, input, secrets);
  return result;
}

const options = fc.record({ explicit: fc.boolean(), precise: fc.boolean() }).map((o) => ({ ...o, today: TODAY }));

// ---- arbitrary text and bytes ----

/** Pieces that steer the reader into its corners. */
const TOKENS = [
  '---', '---js', '...', 'ip: 1', 'ip: 2', 'ip:', 'ip', 'status: aktiv', 'status: utkast', 'person:', '  navn: x', 'deltakere:', '- ', '  - ', ': ', ':', '? ', '&a ', '*a', '&b [*a, *a]', '!!str ', '!!binary ', '!tag ', '%YAML 1.2', '%TAG ! x', '{', '}', '[', ']', ',', '"', "'", '|', '>', '#', '\t',
  '\r\n', '\r', '\n', '\uFEFF', '\u0000', '\u202e', 'mål:', 'ma\u030al:', 'fødselsnummer: 17850250006', 'fodselsnummer:', '<<: *a', 'x'.repeat(2000), '- [[[[[[[[', ']]]]]]]]',
  // Nesting deeper than any stack: a parser that recurses per level must give up with a diagnostic, not overflow.
  '['.repeat(20_000), '{a: '.repeat(5_000), '- '.repeat(10_000), '\u00e5\u030a', '\ud800', '😀',
  // Spaces and breaks that only some readers take for separators: YAML separates with space and tab alone.
  '\u00a0', '\u00a0#', '\u3000', '\u2028', '\u0085', '\u000b',
];
const token = fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 8 }));
const tokenText = fc.array(fc.tuple(token, fc.constantFrom('', ' ', '\n', '\n  ')), { maxLength: 40 }).map((parts) => parts.map(([t, sep]) => t + sep).join(''));
const arbitraryText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  tokenText,
  tokenText.map((t) => `---\nip: 1\n${t}`),
  fc.tuple(tokenText, tokenText).map(([a, b]) => `---\nip: 1\n${a}\n---\n${b}`),
);

const encoder = new TextEncoder();
const arbitraryBytes = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.concat([encoder.encode('---\nip: 1\nstatus: '), b, encoder.encode('\n---\n')])),
  fc.tuple(fc.constantFrom([0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf], []), fc.uint8Array({ maxLength: 200 })).map(([bom, b]) => Buffer.concat([Buffer.from(bom), b])),
  arbitraryText.map((t) => encoder.encode(t)),
);

describe('arbitrary text and bytes', () => {
  it('checkText never throws and always answers in the documented shape', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryText, options, async (text, opts) => {
        await checkAndAssert({ text, options: opts });
      }),
      params(RUNS * 2),
    );
  }, PROPERTY_TIMEOUT_MS);

  it('checkBytes never throws and always answers in the documented shape', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryBytes, options, async (bytes, opts) => {
        await checkAndAssert({ bytes, options: opts });
      }),
      params(RUNS * 2),
    );
  }, PROPERTY_TIMEOUT_MS);
});

// ---- arbitrary YAML ----

const KEYS = ['ip', 'id', 'status', 'språk', 'person', 'navn', 'fødselsnummer', 'fødselsdato', 'deltakere', 'rolle', 'koordinator', 'mål', 'tiltak', 'ansvarlig', 'samtykke', 'utarbeidelse', 'gitt_av', 'planperiode', 'fra', 'til', 'evalueringer', 'dato', 'gjelder'];
const scalar = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 30 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom('2026-01-01', '2026-13-45', '17850250006', 'aktiv', 'utkast', 'tjenesteyter', 'M1', 'T1'));
const yamlValue = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('node'), { maxLength: 4 }),
  map: fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 })), tie('node'), { maxKeys: 6 }),
})).node;
const yamlStyle = fc.record({
  defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
  collectionStyle: fc.constantFrom('any', 'block', 'flow'),
}) as fc.Arbitrary<{ defaultStringType: 'PLAIN'; collectionStyle: 'any' }>;

describe('arbitrary YAML', () => {
  it('any YAML value as front matter, with or without ip: 1, never throws', async () => {
    await fc.assert(
      fc.asyncProperty(yamlValue, yamlStyle, fc.constantFrom('', 'ip: 1\n', 'ip: 1\nstatus: aktiv\n'), options, async (data, style, head, opts) => {
        const text = `---\n${head}${stringify(data, { version: '1.2', ...style })}---\n# Plan\n`;
        await checkAndAssert({ text, options: opts });
      }),
      params(RUNS),
    );
  }, PROPERTY_TIMEOUT_MS);

  it('any mapping merged into a plan head is read, and reported by path', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...KEYS), yamlValue, { maxKeys: 8 }), yamlStyle, options, async (data, style, opts) => {
        const text = `---\n${stringify({ ip: 1, ...data }, { version: '1.2', ...style })}---\n`;
        const result = await checkAndAssert({ text, options: { ...opts, explicit: true } });
        expect(result.kind).toBe('plan');
      }),
      params(RUNS),
    );
  }, PROPERTY_TIMEOUT_MS);
});

// ---- valid plans, mutated at random ----

const EXAMPLES = readdirSync(join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((name) => {
    const text = readFileSync(join(ROOT, 'examples', name), 'utf8');
    const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
    return { name, data: parseDocument(m[1]!, { version: '1.2' }).toJS() as Record<string, unknown>, body: m[2]! };
  });

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Step = string | number;

/** Every path to a value in the data (the root excluded). */
function paths(value: unknown, at: Step[] = [], out: Step[][] = []): Step[][] {
  if (Array.isArray(value)) value.forEach((v, i) => (out.push([...at, i]), paths(v, [...at, i], out)));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push([...at, k]);
      paths(v, [...at, k], out);
    }
  }
  return out;
}

function parentOf(root: unknown, path: Step[]): { parent: any; key: Step } {
  let node: any = root;
  for (const step of path.slice(0, -1)) node = node[step];
  return { parent: node, key: path[path.length - 1]! };
}

/**
 * One mutation. Values the mutation writes carry a marker, so the test can
 * tell that no message echoes them; keys may be echoed (an unknown key is
 * named), but only sanitised and truncated.
 */
type Mutation =
  | { op: 'remove'; at: number }
  | { op: 'retype'; at: number; to: number }
  | { op: 'nest'; at: number; depth: number; map: boolean }
  | { op: 'long'; at: number; length: number }
  | { op: 'decompose'; at: number; collide: boolean }
  | { op: 'hostile-key'; at: number; key: number }
  | { op: 'duplicate-line'; line: number }
  /** Edits of the text itself, anywhere in the file (fences and body included). */
  | { op: 'insert'; offset: number; token: number }
  | { op: 'cut'; offset: number; length: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('retype' as const), at: fc.nat(), to: fc.nat({ max: 9 }) }),
  fc.record({ op: fc.constant('nest' as const), at: fc.nat(), depth: fc.integer({ min: 20, max: 300 }), map: fc.boolean() }),
  fc.record({ op: fc.constant('long' as const), at: fc.nat(), length: fc.integer({ min: 1_000, max: 200_000 }) }),
  fc.record({ op: fc.constant('decompose' as const), at: fc.nat(), collide: fc.boolean() }),
  fc.record({ op: fc.constant('hostile-key' as const), at: fc.nat(), key: fc.nat({ max: 4 }) }),
  fc.record({ op: fc.constant('duplicate-line' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), offset: fc.nat(), token: fc.nat() }),
  fc.record({ op: fc.constant('cut' as const), offset: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
);

/** A value from the plan that must never be echoed: distinctive, so a hit is no accident. */
const MARKER = 'Qvx7 Hemmelig Verdi';
/** A synthetic fødselsnummer (month + 80); not the one the catalogue quotes as an example. */
const FNR = '03889410093';
const HOSTILE_KEYS = [
  `\u001b[31m::error file=x,line=1::injected\u0007`,
  `key\r\n::warning::second line`,
  `%0A::error::encoded`,
  'k'.repeat(500),
  `\u202eevil\u202c`,
];

function retyped(to: number): Json {
  return ([MARKER, 3889410093, true, null, [], {}, [MARKER], { x: MARKER }, FNR, -0.5] as Json[])[to]!;
}

function nested(depth: number, map: boolean): Json {
  let v: Json = MARKER;
  for (let i = 0; i < depth; i++) v = map ? { a: v } : [v];
  return v;
}

function applyMutation(data: Record<string, unknown>, yamlLines: string[] | undefined, m: Mutation): void {
  if (m.op === 'duplicate-line') {
    if (!yamlLines || yamlLines.length === 0) return;
    const i = m.line % yamlLines.length;
    yamlLines.splice(i, 0, yamlLines[i]!);
    return;
  }
  if (m.op === 'insert' || m.op === 'cut') return; // edits of the text, applied in mutate()
  const all = paths(data);
  if (all.length === 0) return;
  const path = all[m.at % all.length]!;
  const { parent, key } = parentOf(data, path);
  switch (m.op) {
    case 'remove':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      return;
    case 'retype':
      parent[key] = retyped(m.to);
      return;
    case 'nest':
      parent[key] = nested(m.depth, m.map);
      return;
    case 'long':
      parent[key] = `${MARKER} `.repeat(Math.ceil(m.length / (MARKER.length + 1)));
      return;
    case 'decompose': {
      // The object that holds this value: its keys in NFD, or both forms side by side (a duplicate after NFC).
      if (Array.isArray(parent) || typeof key !== 'string') return;
      const nfd = key.normalize('NFD');
      const copy: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(parent)) {
        if (k === key) {
          if (m.collide) copy[k] = v;
          copy[nfd === key ? `${key}\u0301` : nfd] = v;
        } else copy[k] = v;
      }
      for (const k of Object.keys(parent)) delete parent[k];
      Object.assign(parent, copy);
      return;
    }
    case 'hostile-key': {
      const target = parent[key];
      const holder = target !== null && typeof target === 'object' && !Array.isArray(target) ? target : Array.isArray(parent) ? undefined : parent;
      if (holder) holder[HOSTILE_KEYS[m.key]!] = MARKER;
      return;
    }
  }
}

const TEXT_OPS = new Set(['duplicate-line', 'insert', 'cut']);

function mutate(example: (typeof EXAMPLES)[number], mutations: Mutation[]): string {
  const data = structuredClone(example.data);
  for (const m of mutations.filter((x) => !TEXT_OPS.has(x.op))) applyMutation(data, undefined, m);
  const lines = stringify(data, { version: '1.2', lineWidth: 0 }).replace(/\n$/, '').split('\n');
  for (const m of mutations.filter((x) => x.op === 'duplicate-line')) applyMutation(data, lines, m);
  let text = `---\n${lines.join('\n')}\n---\n${example.body}`;
  for (const m of mutations) {
    if (m.op === 'insert') {
      const at = m.offset % (text.length + 1);
      text = text.slice(0, at) + TOKENS[m.token % TOKENS.length]! + text.slice(at);
    } else if (m.op === 'cut') {
      const at = m.offset % (text.length + 1);
      text = text.slice(0, at) + text.slice(at + m.length);
    }
  }
  return text;
}

describe('valid plans mutated at random', () => {
  it('every example is valid before it is mutated (the base line)', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(5);
    for (const e of EXAMPLES) {
      const text = `---\n${stringify(e.data, { version: '1.2', lineWidth: 0 })}---\n${e.body}`;
      const result = checkText(text, { explicit: true, today: TODAY, precise: true });
      expect(result.diagnostics.filter((d) => d.severity === 'error'), e.name).toEqual([]);
    }
  });

  it('fields removed, retyped, duplicated, nested deep, made long, keys decomposed or hostile: diagnostics, never a throw or an echoed value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: EXAMPLES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.boolean(), async (which, mutations, precise) => {
        const text = mutate(EXAMPLES[which]!, mutations);
        const result = await checkAndAssert({ text, options: { explicit: true, today: TODAY, precise } }, [MARKER, FNR, '3889410093', ...HOSTILE_KEYS.filter((k) => CONTROL.test(k) || k.length > 40)]);
        expect(result.kind).toBe('plan');
      }),
      params(RUNS * 2),
    );
  }, PROPERTY_TIMEOUT_MS);

  it('the fast and the precise path report alike on mutated plans', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: EXAMPLES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (which, mutations) => {
        const text = mutate(EXAMPLES[which]!, mutations);
        await watchdog.run({ text, options: { explicit: false, today: TODAY } });
        const fast = checkText(text, { explicit: false, today: TODAY });
        const precise = checkText(text, { explicit: false, today: TODAY, precise: true });
        expect(fast.diagnostics).toEqual(precise.diagnostics);
        expect(fast.data).toEqual(precise.data);
      }),
      params(RUNS),
    );
  }, PROPERTY_TIMEOUT_MS);
});

// ---- inputs that failed once: fixed fixtures ----

interface Regression {
  file: string;
  explicit: boolean;
  /** Where it was found. */
  found: string;
  /** The codes, in order, the check must give, on the fast and the precise path alike. */
  codes: string[];
  /** Where the last diagnostic must point (line:column in the file). */
  last: string;
}

const REGRESSIONS: Regression[] = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'hostile', 'property', 'expected.json'), 'utf8')) as Regression[];

describe('inputs found by the property tests stay fixed', () => {
  it.each(REGRESSIONS)('$file → $codes ($found)', async ({ file, explicit, codes, last }) => {
    const bytes = readFileSync(join(ROOT, 'test', 'fixtures', 'hostile', 'property', file));
    for (const precise of [false, true]) {
      const result = await checkAndAssert({ bytes, options: { explicit, today: TODAY, precise } }, [MARKER, FNR]);
      const where = precise ? 'precise path' : 'fast path';
      expect(result.diagnostics.map((d) => d.code), where).toEqual(codes);
      const end = result.diagnostics[result.diagnostics.length - 1]!;
      expect(`${end.line}:${end.column}`, where).toBe(last);
    }
  });
});
