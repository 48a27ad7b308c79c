import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fixPlanText } from '../src/fix/index.js';
import { analyse } from '../src/plan/analyse.js';
import { readText } from '../src/plan/read-plan.js';
import { ROOT, TODAY } from './helpers.js';

/**
 * Random combinations of the mistakes --fix mends, made in valid plans
 * (the examples, the templates and a plan formatted by hand, also with CRLF
 * line endings and a BOM): fixing gives back the plan byte for byte, with
 * one fix per mistake made, and a second run finds nothing.
 *
 * Where a mistake can go is found here on its own terms (a table of keys and
 * values per kind), not by the code under test.
 */

/** A place in a plan where a mistake can be made, and the mistakes it can take (each undone by one fix of `code`). */
interface Site {
  start: number;
  end: number;
  options: { text: string; code: string }[];
}

const DATE_KEYS = new Set(['dato', 'fra', 'til', 'frist', 'utført', 'trukket', 'fødselsdato']);
const ENUM_KEYS = new Set(['status', 'rolle', 'type', 'form', 'grunnlag', 'årsak']);
const ID_KEYS = new Set(['koordinator', 'ansvarlig', 'av', 'ny_koordinator', 'gitt_av', 'id']);
/** Lists of ids, by their key and the key of the mapping they are in. */
const ID_LISTS = new Set(['tiltak/mål', 'evalueringer/gjelder', 'evalueringer/deltok', 'taushetsplikt/deltakere']);
/** Misspellings of keys, each one fix away from exactly one key: ASCII æøå, case, one insertion, deletion, replacement or swap. */
const KEY_VARIANTS: Record<string, string[]> = {
  mål: ['maal', 'mal', 'Mål'],
  språk: ['spraak', 'sprak'],
  fødselsnummer: ['fodselsnummer', 'foedselsnummer'],
  fødselsdato: ['fodselsdato'],
  gjennomføring: ['gjennomforing'],
  utført: ['utfort', 'utfoert'],
  koordinator: ['koordinater', 'kordinator'],
  livsområde: ['livsomraade', 'livsomrade'],
  formål: ['formaal'],
  deltakere: ['deltagere'],
  status: ['Status', 'statsu'],
  ansvarlig: ['ansvalrig'],
  tiltak: ['tilktak'],
  bidrag: ['bidraag'],
};
const WIDE_SPACES = ['\u00A0', '\u2003', '\u202F', '\u3000'];

function asciiSpellings(value: string): string[] {
  if (!/[æøå]/.test(value)) return [];
  return [value.replace(/å/g, 'aa').replace(/ø/g, 'o').replace(/æ/g, 'ae'), value.replace(/å/g, 'a').replace(/ø/g, 'oe').replace(/æ/g, 'ae')];
}

function flipFirst(value: string): string {
  const first = value[0]!;
  return (first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase()) + value.slice(1);
}

/** Every site in the front matter of `text`, as offsets in `text`. */
function sitesOf(text: string): Site[] {
  const yamlStart = text.indexOf('\n') + 1;
  const yamlEnd = text.search(/\n---\r?\n/) + 1;
  const yaml = text.slice(yamlStart, yamlEnd);
  const doc = parseDocument(yaml);
  const sites: Site[] = [];
  const add = (range: readonly number[] | null | undefined, options: Site['options']) => {
    if (range && options.length > 0) sites.push({ start: yamlStart + range[0]!, end: yamlStart + range[1]!, options });
  };
  const walk = (node: unknown, keys: string[]) => {
    const key = keys[keys.length - 1] ?? '';
    const parent = keys.filter((k) => k !== '[]').slice(-2, -1)[0] ?? '';
    if (isMap(node)) {
      const present = new Set(node.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')));
      for (const pair of node.items) {
        if (!isScalar(pair.key) || pair.key.type !== 'PLAIN') continue;
        const name = String(pair.key.value);
        const options = (KEY_VARIANTS[name] ?? []).filter((v) => !present.has(v)).map((v) => ({ text: v, code: 'key-spelling' }));
        if (name.normalize('NFD') !== name) options.push({ text: name.normalize('NFD'), code: 'key-nfc' });
        add(pair.key.range, options);
        walk(pair.value, [...keys, name]);
      }
    } else if (isSeq(node)) {
      const range = (node as YamlNode).range;
      const only = node.items[0];
      if (node.flow && node.items.length === 1 && isScalar(only) && only.type === 'PLAIN' && range && ID_LISTS.has(`${parent}/${key}`) && yaml.slice(range[0], range[1]) === `[${String(only.value)}]`) {
        add(range, [{ text: String(only.value), code: 'id-list' }]);
      } else {
        for (const item of node.items) walk(item, [...keys, '[]']);
      }
    } else if (isScalar(node)) {
      const value = node.value;
      const options: Site['options'] = [];
      const inIdList = key === '[]' && ID_LISTS.has(keys.slice(-3, -1).join('/'));
      if (node.type === 'QUOTE_DOUBLE' && typeof value === 'string' && /^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u.test(value)) {
        if (DATE_KEYS.has(key) || ID_KEYS.has(key) || inIdList || key === 'fødselsnummer') options.push({ text: `“${value}”`, code: 'curly-quotes' });
        if (key === 'fødselsnummer' && /^[1-9]\d{10}$/.test(value)) options.push({ text: value, code: 'fodselsnummer-quoted' });
      }
      if (node.type === 'PLAIN' && typeof value === 'string') {
        const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
        if (date && DATE_KEYS.has(key)) {
          options.push({ text: `${date[3]}.${date[2]}.${date[1]}`, code: 'date-form' });
          options.push({ text: `${Number(date[3])}.${Number(date[2])}.${date[1]}`, code: 'date-form' });
        }
        if (ENUM_KEYS.has(key)) {
          for (const variant of [flipFirst(value), ...asciiSpellings(value)]) if (variant !== value) options.push({ text: variant, code: 'enum-case' });
        }
      }
      if (key === 'barnekoordinator' && typeof value === 'boolean') options.push({ text: value ? 'ja' : 'nei', code: 'boolean-word' }, { text: value ? 'Ja' : 'Nei', code: 'boolean-word' });
      add(node.range, options);
    }
  };
  walk(doc.contents, []);
  // Spaces, one site per line: one in the indentation (a list dash's space too), or the one after a key's colon.
  let at = 0;
  for (const raw of yaml.split('\n')) {
    const line = raw.replace(/\r$/, '');
    const indent = /^ *(?:- +)*/.exec(line)![0];
    // Not the `ip:` line: a file is known as a plan by it, before anything is parsed (`ip:` and a no-break space is reported, not mended).
    const key = line.startsWith('ip:') ? null : /^ *(?:- +)*[\p{L}_]+: (?=\S)/u.exec(line);
    const spaces = [...indent].flatMap((c, i) => (c === ' ' ? [i] : []));
    if (spaces.length > 0) sites.push({ start: yamlStart + at + spaces[spaces.length - 1]!, end: yamlStart + at + spaces[spaces.length - 1]! + 1, options: WIDE_SPACES.map((text) => ({ text, code: 'unicode-space' })) });
    else if (key) sites.push({ start: yamlStart + at + key[0].length - 1, end: yamlStart + at + key[0].length, options: WIDE_SPACES.map((text) => ({ text, code: 'unicode-space' })) });
    at += raw.length + 1;
  }
  return sites;
}

const PLANS = ['examples/barn-med-iop.md', 'examples/bolig-og-arbeid.md', 'examples/ettervern-til-nav.md', 'examples/nynorsk-rehabilitering.md', 'examples/utkast-forste-mote.md', 'templates/plan.nb.md', 'templates/plan.nn.md', 'templates/plan.en.md', 'test/fixtures/fix/handmade.md'];
const TEXTS = PLANS.flatMap((path) => {
  const text = readFileSync(join(ROOT, path), 'utf8');
  return [text, '\uFEFF' + text.replace(/\n/g, '\r\n')];
});

/** A plan read as the check reads it: its data and its findings. */
function checked(text: string) {
  const read = readText(text.replace(/^\uFEFF/, ''), { explicit: true, today: TODAY, analyser: analyse });
  return { data: read.data, findings: read.diagnostics.map((d) => `${d.severity} ${d.code} ${d.line}:${d.column}`) };
}

describe('--fix on random combinations of mistakes', () => {
  const bases = TEXTS.map((text) => ({ text, sites: sitesOf(text.replace(/^\uFEFF/, '')).map((s) => ({ ...s, start: s.start + (text.startsWith('\uFEFF') ? 1 : 0), end: s.end + (text.startsWith('\uFEFF') ? 1 : 0) })) }));

  it('finds sites of every kind in the plans', () => {
    const codes = new Set(bases.flatMap((b) => b.sites.flatMap((s) => s.options.map((o) => o.code))));
    expect([...codes].sort()).toEqual(['boolean-word', 'curly-quotes', 'date-form', 'enum-case', 'fodselsnummer-quoted', 'id-list', 'key-nfc', 'key-spelling', 'unicode-space']);
    for (const base of bases) expect(checked(base.text).findings.filter((f) => f.startsWith('error'))).toEqual([]);
  });

  it('gives back the plan byte for byte, one fix per mistake, and nothing to do the second time', () => {
    const arbitrary = fc.nat(bases.length - 1).chain((index) =>
      fc.tuple(fc.constant(index), fc.array(fc.tuple(fc.nat(3), fc.nat(7)), { minLength: bases[index]!.sites.length, maxLength: bases[index]!.sites.length })),
    );
    fc.assert(
      fc.property(arbitrary, ([index, picks]) => {
        const base = bases[index]!;
        // The chosen sites, none overlapping another; mistakes made from the end so offsets hold.
        const chosen: { start: number; end: number; text: string; code: string }[] = [];
        base.sites.forEach((site, i) => {
          const [take, option] = picks[i]!;
          if (take !== 0) return;
          if (chosen.some((c) => site.start < c.end && c.start < site.end)) return;
          chosen.push({ start: site.start, end: site.end, ...site.options[option % site.options.length]! });
        });
        let text = base.text;
        for (const c of [...chosen].sort((a, b) => b.start - a.start)) text = text.slice(0, c.start) + c.text + text.slice(c.end);

        const result = fixPlanText(text);
        expect(result.text).toBe(base.text);
        expect(result.fixes.map((f) => f.code).sort()).toEqual(chosen.map((c) => c.code).sort());
        expect(fixPlanText(result.text).fixes).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('the mended plan checks with the same data and findings as before the mistakes', () => {
    const arbitrary = fc.nat(bases.length - 1).chain((index) => fc.tuple(fc.constant(index), fc.array(fc.nat(7), { minLength: bases[index]!.sites.length, maxLength: bases[index]!.sites.length })));
    fc.assert(
      fc.property(arbitrary, ([index, picks]) => {
        const base = bases[index]!;
        let text = base.text;
        const taken: Site[] = [];
        // Every third site, as far as they do not overlap.
        [...base.sites].reverse().forEach((site, i) => {
          if (i % 3 !== 0 || taken.some((t) => site.start < t.end && t.start < site.end)) return;
          taken.push(site);
        });
        for (const site of taken.sort((a, b) => b.start - a.start)) text = text.slice(0, site.start) + site.options[picks[base.sites.indexOf(site)]! % site.options.length]!.text + text.slice(site.end);
        expect(checked(fixPlanText(text).text)).toEqual(checked(base.text));
      }),
      { numRuns: 60 },
    );
  });
});
