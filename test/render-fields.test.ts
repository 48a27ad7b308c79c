import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../src/plan/check.js';
import type { PlanData } from '../src/plan/types.js';
import { longDate } from '../src/render/dates.js';
import { label, languageName, PAGE_TEXT, type PageLang } from '../src/render/i18n.js';
import { plainWords, renderPlan } from '../src/render/page.js';
import { ROOT } from './fixtures/render/harness.js';

/**
 * `ip render` shows the whole plan. The test walks every property of the
 * plan's JSON Schema (nested objects, list items, `$ref`s into `$defs`, the
 * branches of `oneOf` and the conditional parts) and, for each one, either
 * finds it on the page rendered from a plan that fills in every property
 * (fixtures/life/all-fields.md: sub-goals, a decision, and an evaluation held
 * with who took part, assessments and decisions among them), or finds it in
 * NOT_SHOWN below with the reason it is left out, or in PLACED where the page
 * shows it by where it puts a thing. A property added to the schema fails this test until
 * the fixture has a value for it and the page shows it, or it is listed here.
 *
 * "On the page" means in the page's text (tags stripped), as the page writes
 * it: text as written, a date in words, an enum value by its label, a
 * reference by the name or text of what it names. And the field itself put it
 * there: with the field removed, the page has fewer of it (a reference's name
 * also stands in the list of participants, a label also in a heading).
 */

const SCHEMA = JSON.parse(readFileSync(join(ROOT, 'schemas', 'individuell-plan.schema.json'), 'utf8')) as Schema;
const FIXTURE = 'test/fixtures/life/all-fields.md';
const SOURCE = readFileSync(join(ROOT, FIXTURE), 'utf8');
/** After the plan was closed, so the page is the page of a closed plan; no date in the fixture is this one. */
const TODAY = '2027-04-02';
const LANGS: PageLang[] = ['nb', 'nn', 'en'];

type Schema = { [keyword: string]: unknown };

/**
 * The fields the page leaves out on purpose, each with its reason, and how
 * the test makes sure of it:
 * - `unchanged`: the page is the same with the field removed, so nothing on
 *   it comes from the field;
 * - `no-word`: the field's value is nowhere on the page as a word (an id the
 *   page replaces by what it names);
 * - `page-language`: not written out, but the page is in that language.
 */
const NOT_SHOWN: Record<string, { why: string; check: 'unchanged' | 'no-word' | 'page-language' }> = {
  ip: { why: 'the version of the file format: means nothing to the reader', check: 'unchanged' },
  språk: {
    why: "not written out: it is the page's language (headings in bokmål, nynorsk or English, and `lang` on the plan's own words when they are in another language)",
    check: 'page-language',
  },
  'person.fødselsnummer': { why: 'never shown, not even masked (privacy: a mask still shows the birth date); the birth date is shown instead', check: 'unchanged' },
  'deltakere[].id': { why: 'the key other fields use to name a participant; the page names the participant instead', check: 'no-word' },
  'mål[].id': { why: 'a code the file uses to refer to a goal; the page names a goal by its (shortened) text, and shows an id only in the staff line at the foot', check: 'no-word' },
  'mål[].delmål[].id': { why: 'a code the file uses to refer to a sub-goal; the page names it by its text, never by the code', check: 'no-word' },
  'tiltak[].id': { why: 'a code the file uses to refer to a measure; the page names a measure by its text, never by the code', check: 'no-word' },
  'evalueringer[].id': { why: 'a staff code for ip due and ip diff; nothing on the page refers to it, and the page names an evaluation by its date and kind', check: 'unchanged' },
  'overganger[].id': { why: 'a staff code for ip due and ip diff; nothing on the page refers to it, and the page names a transition by its date and services', check: 'unchanged' },
};

/**
 * References the page shows by place rather than by a word: an assessment
 * stands under the goal or sub-goal it names, which it does not name again.
 * The check: the item's `note` (a field beside the reference) stands after
 * the named goal's text with no other goal's or sub-goal's text between them;
 * and with the reference changed to another goal, the note moves under that one.
 */
const PLACED: Record<string, { why: string; note: string }> = {
  'evalueringer[].vurderinger[].gjelder': { why: 'an assessment stands under the goal or sub-goal it names, in its course', note: 'merknad' },
};

/** Text fields the page writes in another form than as written. */
const FORMATTED: Record<string, (value: string, lang: PageLang) => string> = {
  // A language tag ("ti") by the language's name ("tigrinja").
  'person.tolk.språk': (value, lang) => languageName(value, lang),
};

// ---------------------------------------------------------------- the walk

interface Seen {
  /** `$defs` this path's schema points to, by name. */
  refs: Set<string>;
  types: Set<string>;
  formats: Set<string>;
  enum?: unknown[];
  hasConst: boolean;
}

/** Keywords that hold no schema: the walk reads some of them and passes over the rest. */
const NO_SUBSCHEMA = new Set([
  '$schema', '$id', '$comment', 'title', 'description', 'x-lovpunkt', 'type', 'enum', 'const', 'format', 'pattern',
  'minLength', 'maxLength', 'minItems', 'maxItems', 'uniqueItems', 'minimum', 'maximum', 'required', 'default', 'examples',
]);

/**
 * Every path in the schema, as `person.tolk.språk` or `deltakere[].kontakt.epost`
 * (`[]` for the items of a list), with what the schema says about it.
 * Conditional parts (if/then/else, contains) are walked for properties but say
 * nothing about a property's type. A keyword the walk does not know stops it.
 */
function walkSchema(schema: Schema): Map<string, Seen> {
  const out = new Map<string, Seen>();
  const seen = (path: string) => {
    let s = out.get(path);
    if (!s) out.set(path, (s = { refs: new Set(), types: new Set(), formats: new Set(), hasConst: false }));
    return s;
  };
  const defs = (schema.$defs ?? {}) as Record<string, Schema>;

  const walk = (node: unknown, path: string, defining: boolean, stack: string[]): void => {
    if (typeof node === 'boolean') return;
    if (node === null || typeof node !== 'object' || Array.isArray(node)) throw new Error(`not a schema at ${path || '(root)'}`);
    const s = path ? seen(path) : undefined;
    for (const [keyword, value] of Object.entries(node as Schema)) {
      switch (keyword) {
        case '$ref': {
          const name = /^#\/\$defs\/([^/]+)$/.exec(String(value))?.[1];
          if (!name || !defs[name]) throw new Error(`cannot follow $ref ${String(value)} at ${path}`);
          if (defining) s?.refs.add(name);
          if (!stack.includes(name)) walk(defs[name], path, defining, [...stack, name]);
          break;
        }
        case 'properties':
          for (const [key, sub] of Object.entries(value as Record<string, unknown>)) {
            const child = path ? `${path}.${key}` : key;
            seen(child);
            walk(sub, child, defining, stack);
          }
          break;
        case 'items':
        case 'contains':
          seen(`${path}[]`);
          walk(value, `${path}[]`, defining && keyword === 'items', stack);
          break;
        case 'oneOf':
        case 'anyOf':
        case 'allOf':
          for (const sub of value as unknown[]) walk(sub, path, defining, stack);
          break;
        case 'if':
        case 'then':
        case 'else':
        case 'not':
          walk(value, path, false, stack);
          break;
        case '$defs':
          if (path !== '' || stack.length > 0) throw new Error(`$defs inside ${path}`);
          break;
        case 'additionalProperties':
          if (typeof value !== 'boolean') throw new Error(`additionalProperties with a schema at ${path}: the walk cannot name those fields`);
          break;
        default:
          if (!NO_SUBSCHEMA.has(keyword)) throw new Error(`the walk does not know the keyword "${keyword}" (at ${path || '(root)'}): teach it`);
          if (!defining || !s) break;
          if (keyword === 'type') for (const t of [value].flat()) s.types.add(String(t));
          if (keyword === 'format') s.formats.add(String(value));
          if (keyword === 'enum') s.enum = value as unknown[];
          if (keyword === 'const') s.hasConst = true;
      }
    }
  };
  walk(schema, '', true, []);
  return out;
}

type Kind = 'object' | 'text' | 'date' | 'enum' | 'boolean' | 'id' | 'ref' | 'const';

/** How a property is shown, from what the schema says about it and about its list items. */
function kindOf(fields: Map<string, Seen>, path: string): Kind {
  const prefix = [`${path}.`, `${path}[].`];
  if ([...fields.keys()].some((p) => prefix.some((x) => p.startsWith(x)))) return 'object';
  const own = fields.get(path)!;
  const item = fields.get(`${path}[]`);
  const all = item ? [own, item] : [own];
  const any = (f: (s: Seen) => boolean) => all.some(f);
  if (any((s) => s.hasConst)) return 'const';
  if (any((s) => s.enum !== undefined)) return 'enum';
  if (any((s) => s.types.has('boolean'))) return 'boolean';
  if (any((s) => s.formats.has('date'))) return 'date';
  if (any((s) => s.refs.has('idRef'))) return 'ref';
  if (any((s) => s.refs.has('id'))) return 'id';
  if (any((s) => s.types.has('string'))) return 'text';
  throw new Error(`${path}: the test cannot tell how this field is shown; teach kindOf()`);
}

/** The properties (not list items) in the schema, in schema order. */
function properties(fields: Map<string, Seen>): string[] {
  return [...fields.keys()].filter((p) => !p.endsWith('[]'));
}

// ---------------------------------------------------------------- the plan and its page

interface Place {
  parent: Record<string, unknown>;
  key: string;
  value: unknown;
  /** Where, with list indexes: `deltakere[2].kontakt.telefon`. */
  at: string;
}

/** Every place in the plan where a path has a value. */
function places(data: unknown, path: string): Place[] {
  const steps = path.split('.');
  let current: Array<{ value: unknown; at: string }> = [{ value: data, at: '' }];
  let out: Place[] = [];
  steps.forEach((step, i) => {
    const list = step.endsWith('[]');
    const key = list ? step.slice(0, -2) : step;
    const next: Array<{ value: unknown; at: string }> = [];
    const found: Place[] = [];
    for (const c of current) {
      if (c.value === null || typeof c.value !== 'object' || Array.isArray(c.value)) continue;
      const parent = c.value as Record<string, unknown>;
      if (!Object.hasOwn(parent, key)) continue;
      const at = c.at ? `${c.at}.${key}` : key;
      if (i === steps.length - 1) found.push({ parent, key, value: parent[key], at });
      else if (list && Array.isArray(parent[key])) (parent[key] as unknown[]).forEach((v, n) => next.push({ value: v, at: `${at}[${n}]` }));
      else if (!list) next.push({ value: parent[key], at });
    }
    current = next;
    out = found;
  });
  return out;
}

/** The same plan with one change made at the place (found again by its path with indexes). */
function changed(data: PlanData, place: Place, change: (parent: Record<string, unknown>, key: string) => void): PlanData {
  const copy = structuredClone(data);
  let parent: unknown = copy;
  const steps = place.at.split('.');
  for (const step of steps.slice(0, -1)) {
    const m = /^(.*?)(?:\[(\d+)\])?$/.exec(step)!;
    parent = (parent as Record<string, unknown>)[m[1]!];
    if (m[2] !== undefined) parent = (parent as unknown[])[Number(m[2])];
  }
  change(parent as Record<string, unknown>, place.key);
  return copy;
}

const without = (data: PlanData, place: Place) => changed(data, place, (p, k) => delete p[k]);
const withValue = (data: PlanData, place: Place, value: unknown) => changed(data, place, (p, k) => (p[k] = value));

function page(data: PlanData, body?: string): string {
  const status = data.status === 'utkast' || data.status === 'aktiv' || data.status === 'avsluttet' ? data.status : undefined;
  return renderPlan({ data, ...(status ? { status } : {}), ...(body !== undefined ? { body } : {}), diagnostics: [], today: TODAY }).html;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The page as a reader sees it: the body's text, tags gone, entities read, spaces collapsed. */
function words(html: string): string {
  const body = /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
  return body
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!)
    .replace(/\s+/g, ' ');
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** How often `s` stands in `text` on its own: not as part of a longer word or number ("2. mai" is not in "12. mai"). */
function count(text: string, s: string): number {
  const needle = s.replace(/\s+/g, ' ').trim();
  if (needle === '') return 0;
  let n = 0;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) {
    const before = text[i - 1];
    const after = text[i + needle.length];
    if (WORD_CHAR.test(needle[0]!) && before !== undefined && WORD_CHAR.test(before)) continue;
    if (WORD_CHAR.test(needle.at(-1)!) && after !== undefined && WORD_CHAR.test(after)) continue;
    n++;
  }
  return n;
}

/**
 * Whether `value` stands on the page as a word of its own: between spaces
 * and punctuation, not inside an e-mail address ("aslak" is not in
 * "aslak.dybdahl@example.no").
 */
function standsAlone(text: string, value: string): boolean {
  return text.split(' ').some((token) => token.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '') === value);
}

/** The label table of the page's words that has exactly the enum's values: how the page names them. */
function labelsFor(values: unknown[], lang: PageLang, path: string): Record<string, string> {
  const want = [...values].map(String).sort().join('\n');
  const tables = Object.entries(PAGE_TEXT[lang]).filter(
    (entry): entry is [string, Record<string, string>] =>
      entry[1] !== null && typeof entry[1] === 'object' && Object.keys(entry[1]).sort().join('\n') === want,
  );
  if (tables.length === 0) throw new Error(`${path}: no words for its values (${values.join(', ')}) in src/render/i18n.ts (${lang})`);
  return tables[0]![1];
}

/** What an id names, as the page names it: a participant by name, a goal or measure by its text. */
function named(data: PlanData, id: string): string | undefined {
  let found: string | undefined;
  const visit = (v: unknown): void => {
    if (found !== undefined || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach(visit);
    const o = v as Record<string, unknown>;
    if (o.id === id && (typeof o.navn === 'string' || typeof o.tekst === 'string')) found = (o.navn ?? o.tekst) as string;
    else Object.values(o).forEach(visit);
  };
  visit(data);
  return found;
}

/** What the page should show for a value, by the field's kind. */
function expected(kind: Kind, path: string, value: unknown, data: PlanData, lang: PageLang, enumValues?: unknown[]): string[] {
  const each = Array.isArray(value) ? value : [value];
  return each.map((v) => {
    if (typeof v !== 'string') throw new Error(`${path}: the fixture's value ${JSON.stringify(v)} is not text`);
    switch (kind) {
      case 'date':
        // A meeting's or deadline's date with its weekday; a birth date without.
        return longDate(v, lang, path !== 'person.fødselsdato') ?? v;
      case 'enum':
        // The words as shown: a Norwegian word on an English page is marked, not bracketed.
        return plainWords(label(labelsFor(enumValues!, lang, path), v)!);
      case 'ref': {
        const name = named(data, v);
        if (name === undefined) throw new Error(`${path}: "${v}" names nothing in the fixture`);
        return name;
      }
      default:
        return FORMATTED[path]?.(v, lang) ?? v;
    }
  });
}

/** Every goal's and sub-goal's text in the plan: the headings a placed item can stand under. */
function goalTexts(data: PlanData): string[] {
  const out: string[] = [];
  for (const g of (data.mål ?? []) as Array<Record<string, unknown>>) {
    if (typeof g.tekst === 'string') out.push(g.tekst);
    for (const d of (g.delmål ?? []) as Array<Record<string, unknown>>) if (typeof d.tekst === 'string') out.push(d.tekst);
  }
  return out;
}

/** Whether `note` stands after `heading` in `text` with none of the `others` between them. */
function standsUnder(text: string, heading: string, note: string, others: string[]): boolean {
  for (let i = text.indexOf(heading); i !== -1; i = text.indexOf(heading, i + 1)) {
    const start = i + heading.length;
    const j = text.indexOf(note, start);
    if (j === -1) continue;
    const between = text.slice(start, j);
    if (!others.some((o) => o !== heading && between.includes(o))) return true;
  }
  return false;
}

/** The problems with a reference in PLACED, at one place. */
function placedProblems(plan: PlanData, place: Place, note: string, text: string): string[] {
  const value = place.value;
  const noted = place.parent[note];
  if (typeof value !== 'string' || typeof noted !== 'string') return [`${place.at}: the fixture needs a value for it and for ${note} beside it`];
  const headings = goalTexts(plan);
  const heading = named(plan, value);
  if (heading === undefined) return [`${place.at}: "${value}" names nothing in the fixture`];
  const out: string[] = [];
  if (!standsUnder(text, heading, noted, headings)) out.push(`${place.at}: «${noted}» does not stand under «${heading}»`);
  // Moved to another goal, it stands under that one.
  const goals = ((plan.mål ?? []) as Array<Record<string, unknown>>).map((g) => g.id).filter((id): id is string => typeof id === 'string');
  const other = goals.find((id) => named(plan, id) !== heading)!;
  const moved = words(page(withValue(plan, place, other)));
  if (!standsUnder(moved, named(plan, other)!, noted, headings)) out.push(`${place.at}: changed to ${other}, «${noted}» does not move under it`);
  return out;
}

/**
 * What is wrong with the page for `data` in `lang`, field by field. Empty
 * when every property of the schema is shown or listed in NOT_SHOWN.
 */
function problems(schema: Schema, data: PlanData, lang: PageLang): string[] {
  const out: string[] = [];
  const fields = walkSchema(schema);
  const plan = { ...structuredClone(data), språk: lang };
  const base = page(plan);
  const text = words(base);
  let canary = 0;

  for (const key of Object.keys(NOT_SHOWN)) if (!fields.has(key)) out.push(`NOT_SHOWN lists ${key}, which the schema does not have`);
  for (const key of Object.keys(FORMATTED)) if (!fields.has(key)) out.push(`FORMATTED lists ${key}, which the schema does not have`);
  for (const key of Object.keys(PLACED)) if (!fields.has(key)) out.push(`PLACED lists ${key}, which the schema does not have`);

  for (const path of properties(fields)) {
    const kind = kindOf(fields, path);
    const hiddenBy = Object.keys(NOT_SHOWN).find((h) => path === h || path.startsWith(`${h}.`) || path.startsWith(`${h}[].`));
    if (kind === 'object' && !hiddenBy) continue; // shown through its own properties
    const found = places(plan, path);
    if (found.length === 0) {
      out.push(`${path}: the fixture (${FIXTURE}) has no value for it: give it one, and show it on the page or list it in NOT_SHOWN with the reason`);
      continue;
    }

    if (hiddenBy) {
      const { check } = NOT_SHOWN[hiddenBy]!;
      for (const place of found) {
        if (check === 'unchanged' && page(without(plan, place)) !== base) out.push(`${place.at} is listed as not shown, but the page changes without it`);
        if (check === 'no-word' && typeof place.value === 'string' && standsAlone(text, place.value)) out.push(`${place.at} is listed as not shown, but «${place.value}» is on the page`);
        if (check === 'page-language' && !base.includes(`<html lang="${place.value}">`)) out.push(`${place.at}: the page is not in its language`);
      }
      continue;
    }

    const placed = PLACED[path];
    if (placed) {
      for (const place of found) out.push(...placedProblems(plan, place, placed.note, text));
      continue;
    }

    if (kind === 'const') {
      out.push(`${path} has one fixed value: nothing to show; list it in NOT_SHOWN with the reason`);
      continue;
    }

    const enumValues = kind === 'enum' ? (fields.get(path)!.enum ?? fields.get(`${path}[]`)!.enum) : undefined;
    for (const place of found) {
      if (kind === 'boolean') {
        if (words(page(withValue(plan, place, !place.value))) === text) out.push(`${place.at}: the page is the same whether it is true or false`);
        continue;
      }
      if (kind === 'id') {
        // Removing an id would leave references to it dangling: give it a new value instead, and look for that.
        const fresh = `Q${++canary}X`;
        if (count(words(page(withValue(plan, place, fresh))), fresh) === 0) out.push(`${place.at}: its value is not on the page`);
        continue;
      }
      let shows: string[];
      try {
        shows = expected(kind, path, place.value, plan, lang, enumValues);
      } catch (error) {
        out.push((error as Error).message);
        continue;
      }
      const less = words(page(without(plan, place)));
      for (const s of shows) {
        if (count(text, s) === 0) out.push(`${place.at}: «${s}» is not on the page (${lang})`);
        else if (count(less, s) >= count(text, s)) out.push(`${place.at}: «${s}» is on the page, but not because of this field (${lang})`);
      }
    }

    // Every value of an enum has its own words on the page.
    if (kind === 'enum') {
      const place = found[0]!;
      const labels = labelsFor(enumValues!, lang, path);
      enumValues!.forEach((v, i) => {
        const other = enumValues![(i + 1) % enumValues!.length];
        const mine = count(words(page(withValue(plan, place, v))), labels[String(v)]!);
        const theirs = count(words(page(withValue(plan, place, other))), labels[String(v)]!);
        if (mine <= theirs) out.push(`${place.at}: «${labels[String(v)]}» for ${String(v)} is not on the page (${lang})`);
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------- the tests

const checked = checkText(SOURCE, { explicit: true, today: TODAY });
const DATA = checked.data!;

describe('the fixture', () => {
  it('is a valid plan, with no findings', () => {
    expect(checked.diagnostics).toEqual([]);
  });

  it('has a synthetic fødselsnummer (month + 80), never a real one', () => {
    const fnr = (DATA.person as Record<string, string>).fødselsnummer!;
    expect(Number(fnr.slice(2, 4))).toBeGreaterThan(80);
  });
});

describe('the walk of the schema', () => {
  const fields = walkSchema(SCHEMA);

  it('reaches fields behind $refs, in list items and in oneOf', () => {
    for (const path of ['person.fødselsnummer', 'person.tolk.type', 'deltakere[].kontakt.epost', 'tiltak[].delplan.ansvarlig', 'evalueringer[].gjelder', 'samtykke.taushetsplikt.deltakere', 'samtykke.utarbeidelse.gitt_av', 'avsluttet.årsak']) {
      expect(fields.has(path), path).toBe(true);
    }
    expect(kindOf(fields, 'samtykke.utarbeidelse.gitt_av')).toBe('ref');
    expect(kindOf(fields, 'evalueringer[].utført')).toBe('date');
    expect(kindOf(fields, 'mål[].id')).toBe('id');
    expect(kindOf(fields, 'ressurser')).toBe('text');
    // A conditional part says nothing about a field's type: status is an enum, not the const of an `if`.
    expect(kindOf(fields, 'status')).toBe('enum');
  });

  it('stops at a keyword it does not know, rather than missing the fields behind it', () => {
    expect(() => walkSchema({ type: 'object', patternProperties: { '^x-': { type: 'string' } } })).toThrow(/patternProperties/);
  });
});

describe.each(LANGS)('every field of the schema is on the page, or deliberately not (page in %s)', (lang) => {
  it('shows every field not listed as not shown', () => {
    expect(problems(SCHEMA, DATA, lang)).toEqual([]);
  });
});

describe('the test fails for a field the page does not show', () => {
  const schema = structuredClone(SCHEMA);
  const defs = schema.$defs as Record<string, { properties: Record<string, unknown> }>;
  defs.tiltak!.properties.kostnad = { type: 'string', minLength: 1, title: 'Kostnad', description: 'Hva tiltaket koster.' };

  it('when the fixture has no value for a new field', () => {
    expect(problems(schema, DATA, 'nb')).toEqual([expect.stringMatching(/^tiltak\[\]\.kostnad: the fixture .* has no value for it/)]);
  });

  it('when the page leaves out a new field that has a value', () => {
    const data = structuredClone(DATA);
    (data.tiltak as Array<Record<string, unknown>>)[0]!.kostnad = 'Tolv tusen kroner';
    expect(problems(schema, data, 'nb')).toEqual(['tiltak[0].kostnad: «Tolv tusen kroner» is not on the page (nb)']);
  });
});

describe('the fødselsnummer', () => {
  const fnr = (DATA.person as Record<string, string>).fødselsnummer!;
  // Every way it could be written: whole, with any separators between its digits, without a leading zero, or in its two parts.
  const forms = [
    new RegExp(fnr.split('').join('[\\s.\\-/]?')),
    new RegExp(`(?<!\\d)${fnr.replace(/^0+/, '')}(?!\\d)`),
    new RegExp(`(?<!\\d)${fnr.slice(0, 6)}(?!\\d)`),
    new RegExp(`(?<!\\d)${fnr.slice(6)}(?!\\d)`),
  ];

  it.each(LANGS)('is nowhere in the page, in any form (%s)', (lang) => {
    const plan = { ...DATA, språk: lang };
    const html = renderPlan({ data: plan, status: 'avsluttet', ...(checked.body !== undefined ? { body: checked.body } : {}), diagnostics: checked.diagnostics, today: TODAY }).html;
    for (const form of forms) expect(html).not.toMatch(form);
    // The birth date is shown instead.
    expect(words(html)).toContain(longDate((DATA.person as Record<string, string>).fødselsdato, lang, false));
  });
});
