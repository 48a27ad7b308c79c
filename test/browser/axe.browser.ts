import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { EXAMPLES, FIXTURES, runBin } from '../fixtures/render/harness.js';
import { launch } from './chromium.mjs';

/**
 * The person's page against WCAG 2.1 AA with axe-core (tags wcag2a, wcag2aa,
 * wcag21a, wcag21aa), in Debian's Chromium, for every example, the plans in
 * their life, plans made by `ip new` from flags in bokmål, nynorsk and
 * English, a draft, a plan with errors and a plan with 15 measures: at
 * 1,280 px, on a phone (375 px), at 400 % zoom (320 px) and as printed. Any
 * violation fails. The same pages are checked for sideways scrolling at
 * 320 px, the smallest printed font size, and ids or paths from the file in
 * the visible text.
 *
 * axe is put into the page with addScriptTag; the page's own CSP forbids
 * every script, so this browser runs with bypassCSP (the other browser
 * test checks the page with its CSP in force).
 */

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const TODAY = '2026-11-22';
const LIFE = join(FIXTURES, '..', 'life');

const out = mkdtempSync(join(tmpdir(), 'ip-render-axe-'));

/** Sources by the name of their page in `out`. */
const sources = new Map<string, string>();

function addPlan(name: string, text: string): void {
  const file = join(out, `${name}.md`);
  writeFileSync(file, text);
  sources.set(name, file);
}

for (const dir of [EXAMPLES, LIFE]) for (const f of readdirSync(dir).filter((x) => x.endsWith('.md')).sort()) sources.set(basename(f, '.md'), join(dir, f));
sources.set('broken', join(FIXTURES, 'broken.md'));

// Plans from the templates, as `ip new` makes them from flags: drafts, with the template's guidance comments in the body.
for (const lang of ['nb', 'nn', 'en']) {
  const r = runBin(
    [
      'new', '--plan-lang', lang, '--person', 'Kari Nordmann', '--birth-date', '2002-05-17', '--consent-form', 'skriftlig',
      '--participant', 'Ola Hansen;tjenesteyter;NAV Eksempel;Koordinerer planarbeidet;ola.hansen.med.et.langt.navn@eksempel-kommune.example.no',
      '--coordinator', 'Ola Hansen', '--goal', 'Jeg vil bo i egen leilighet.', '--resource', 'Jeg er god til å lage mat.',
      '--need', 'Hjelp til å finne bolig.', '--person-contribution', 'Forteller hva som er viktig for meg.', '-y', '-o', join(out, `new-${lang}.md`),
    ],
    { env: { IP_TODAY: TODAY } },
  );
  if (r.code !== 0) throw new Error(`ip new --plan-lang ${lang} failed (${r.code}): ${r.stderr}`);
  sources.set(`new-${lang}`, join(out, `new-${lang}.md`));
}

// A plan with 15 measures, long words and a long e-mail address: the widest page there is.
{
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(join(EXAMPLES, 'bolig-og-arbeid.md'), 'utf8'))!;
  const data = parse(front!) as Record<string, unknown> & { tiltak: Array<Record<string, unknown>>; deltakere: Array<Record<string, unknown>> };
  const first = data.tiltak[0]!;
  data.tiltak = Array.from({ length: 15 }, (_, i) => ({
    ...first,
    id: `T${i + 1}`,
    tekst: i === 0 ? 'Arbeidsmarkedsopplæringskursdeltakelsesoppfølging' : `Tiltak nummer ${i + 1}: ${String(first.tekst)}`,
  }));
  data.deltakere[1] = { ...data.deltakere[1], kontakt: { epost: 'fornavn.mellomnavn.etternavn@arbeids-og-velferdsetaten.example.no' } };
  addPlan('femten-tiltak', `---\n${stringify(data)}---\n${body}`);
}

const NAMES = [...sources.keys()].sort();

beforeAll(() => {
  for (const [name, file] of sources) {
    const r = runBin(['render', file, '-o', join(out, `${name}.html`), '--force'], { env: { IP_TODAY: TODAY } });
    // 1: the page was made, with a notice of what is missing.
    if (r.code !== 0 && r.code !== 1) throw new Error(`ip render ${name} failed (${r.code}): ${r.stderr}`);
  }
});

let browser: Awaited<ReturnType<typeof launch>> | undefined;
let setupError: unknown;

beforeAll(async () => {
  try {
    browser = await launch({ bypassCSP: true });
  } catch (error) {
    setupError = error;
  }
});

afterAll(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

async function open(name: string, width: number, media: 'screen' | 'print' = 'screen'): Promise<Page> {
  if (!browser) throw setupError ?? new Error('Chromium did not start');
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ media });
  await page.goto(pathToFileURL(join(out, `${name}.html`)).href, { waitUntil: 'load' });
  return page;
}

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    const { run } = (window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } }).axe;
    const result = await run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, TAGS);
}

/** The ids of goals, sub-goals and measures in a plan's front matter. */
function itemIds(name: string): string[] {
  const text = readFileSync(sources.get(name)!, 'utf8');
  const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
  const data = (front ? parse(front) : {}) as { mål?: Array<{ id?: unknown; delmål?: Array<{ id?: unknown }> }>; tiltak?: Array<{ id?: unknown }> };
  const ids = [...(data.mål ?? []).flatMap((g) => [g.id, ...(g.delmål ?? []).map((d) => d.id)]), ...(data.tiltak ?? []).map((m) => m.id)];
  return ids.filter((id): id is string => typeof id === 'string' && id !== '');
}

describe.each(NAMES)('%s', (name) => {
  it.each([1280, 375, 320])('passes axe-core (WCAG 2.1 A and AA) at %i px', async (width) => {
    const page = await open(name, width);
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('passes axe-core as printed, and prints nothing below 10 pt', async () => {
    const page = await open(name, 794, 'print');
    expect(await axe(page)).toEqual([]);
    const smallest = await page.evaluate(() => {
      let min = Infinity;
      for (const el of document.body.querySelectorAll('*')) {
        const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
        if (!own || el.getClientRects().length === 0) continue;
        min = Math.min(min, parseFloat(getComputedStyle(el).fontSize));
      }
      return min;
    });
    // CSS pixels to points: 96 px = 72 pt.
    expect(smallest * 0.75).toBeGreaterThanOrEqual(10);
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize) * 0.75)).toBe(12);
    await page.close();
  });

  it('needs no sideways scrolling at 320 px (400 % zoom)', async () => {
    const page = await open(name, 320);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // No element reaches past the right edge either (a clipped one would not scroll, and still be cut off).
    const past = await page.evaluate(() =>
      [...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).map((el) => el.tagName.toLowerCase() + (el.className ? `.${String(el.className)}` : '')),
    );
    expect(past).toEqual([]);
    await page.close();
  });

  it('shows no goal or measure id, and no [n] path, outside the staff line', async () => {
    const page = await open(name, 1280);
    const visible = await page.evaluate(() => {
      for (const staff of document.querySelectorAll('.staff')) (staff as HTMLElement).style.display = 'none';
      return document.body.innerText;
    });
    expect(visible).not.toMatch(/\[\d+\]/);
    for (const id of itemIds(name)) {
      const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expect(visible, `id ${id}`).not.toMatch(new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u'));
    }
    await page.close();
  });
});

describe('Windows high-contrast mode (forced colors)', () => {
  it.each([1280, 375])('keeps the mark on the next meeting as a border at %i px', async (width) => {
    const page = await open('barn-med-iop', width);
    await page.emulateMedia({ forcedColors: 'active' });
    const borders = await page.evaluate(() => {
      const row = document.querySelector('tr.next')!;
      const fact = document.querySelector('.next-fact')!;
      const wide = (el: Element, side: 'Left' | 'Top') => {
        const s = getComputedStyle(el);
        return s[`border${side}Style`] === 'solid' ? parseFloat(s[`border${side}Width`]) : 0;
      };
      return { row: Math.max(wide(row, 'Left'), wide(row.querySelector('th')!, 'Left')), fact: wide(fact, 'Left'), forced: matchMedia('(forced-colors: active)').matches };
    });
    expect(borders.forced).toBe(true);
    expect(borders.row).toBeGreaterThanOrEqual(3);
    expect(borders.fact).toBeGreaterThanOrEqual(3);
    await page.close();
  });
});
