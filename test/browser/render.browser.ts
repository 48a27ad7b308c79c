import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkText } from '../../src/plan/check.js';
import { planView } from '../../src/plan/view.js';
import { EXAMPLES, FIXTURES, runBin, tempDir, TODAY } from '../fixtures/render/harness.js';
import { CHROMIUM, launch } from './chromium.mjs';

/**
 * `ip render` in a real browser: Debian's Chromium, driven by playwright-core.
 * Each example, and each plan in its life (test/fixtures/life: sub-goals,
 * decisions, evaluations held), is rendered by the built binary, opened from file:// with no
 * network, looked at (console, requests, what is visible, headings, contrast,
 * 200 % zoom) and printed to an A4 PDF. Without Chromium this fails, with
 * what to install: it never skips.
 */

interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

let browser: Browser | undefined;
/** Why the browser could not start: every test then fails with it (a failing hook would mark them skipped). */
let setupError: unknown;
let out: string;

const LIFE = join(FIXTURES, '..', 'life');
/** Every plan rendered: the shipped examples, and the plans with evaluations held. */
const PLANS = [EXAMPLES, LIFE].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => join(dir, f)),
);

function planData(path: string) {
  const checked = checkText(readFileSync(path, 'utf8'), { explicit: true, today: TODAY });
  if (!checked.data) throw new Error(`${path} has no front matter`);
  return planView(checked.data);
}

/** Open a page and record everything it tries: console errors, page errors, requests, dialogs. */
async function open(file: string, viewport = { width: 1280, height: 900 }) {
  if (!browser) throw setupError ?? new Error('Chromium did not start');
  const page: Page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  const url = pathToFileURL(file).href;
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (r.url() !== url) requests.push(r.url());
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems, requests };
}

beforeAll(async () => {
  // Not tempDir(): that folder goes after each test, and these pages serve the whole file.
  out = mkdtempSync(join(tmpdir(), 'ip-render-browser-'));
  try {
    // As a user would: the built binary renders every plan into a folder.
    const r = runBin(['render', EXAMPLES, LIFE, '-o', `${out}/`]);
    if (r.code !== 0) throw new Error(`ip render failed (${r.code}): ${r.stderr}`);
    browser = await launch();
  } catch (error) {
    setupError = error;
  }
});

afterAll(async () => {
  await browser?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('Chromium', () => {
  it('is installed where the tests look for it, and starts', () => {
    expect(existsSync(CHROMIUM), `Chromium not found at ${CHROMIUM}: apt-get update && apt-get install -y chromium`).toBe(true);
    if (setupError) throw setupError;
  });
});

describe.each(PLANS)('%s in Chromium', (file) => {
  const data = planData(file);
  const id = data.id!;
  const page = () => join(out, `${id}.html`);

  it('loads offline with no console errors and no requests', async () => {
    const { page: p, problems, requests } = await open(page());
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    expect(await p.evaluate(() => document.scripts.length)).toBe(0);
    await p.close();
  });

  it('shows the goals and the measures', async () => {
    const { page: p } = await open(page());
    for (const goal of data.mål ?? []) await expect(p.locator('#goals .goal-text', { hasText: goal!.tekst! }).isVisible()).resolves.toBe(true);
    const measures = data.tiltak ?? [];
    for (const m of measures) await expect(p.locator('#measures tbody th', { hasText: m!.tekst! }).isVisible()).resolves.toBe(true);
    if (measures.length > 0) await expect(p.locator('#measures table').isVisible()).resolves.toBe(true);
    await p.close();
  });

  it('has one h1, headings in order, and headers on every table', async () => {
    const { page: p } = await open(page());
    const levels = await p.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1])));
    expect(levels.filter((l) => l === 1)).toEqual([1]);
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
    const scopes = await p.evaluate(() => [...document.querySelectorAll('th')].map((th) => th.getAttribute('scope')));
    for (const s of scopes) expect(['col', 'row']).toContain(s);
    const lang = await p.evaluate(() => document.documentElement.lang);
    expect(lang).toBe(data.språk === 'nn' ? 'nn' : data.språk === 'en' ? 'en' : 'nb');
    await p.close();
  });

  it('has enough contrast for every piece of text (WCAG AA)', async () => {
    const { page: p } = await open(page());
    const failures = await p.evaluate(() => {
      const rgb = (s: string) => (s.match(/[\d.]+/g) ?? []).map(Number);
      const lum = ([r, g, b]: number[]) =>
        [r!, g!, b!].map((c) => c / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
      const background = (el: Element | null): number[] => {
        for (let e = el; e; e = e.parentElement) {
          const c = rgb(getComputedStyle(e).backgroundColor);
          if (c.length === 3 || (c.length === 4 && c[3]! > 0)) return c.slice(0, 3);
        }
        return [255, 255, 255];
      };
      const out: string[] = [];
      for (const el of document.body.querySelectorAll('*')) {
        const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
        if (!own) continue;
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden' || style.display === 'none') continue;
        const [a, b] = [lum(rgb(style.color)), lum(background(el))].sort((x, y) => y - x);
        const ratio = (a! + 0.05) / (b! + 0.05);
        const size = parseFloat(style.fontSize);
        const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
        if (ratio < (large ? 3 : 4.5)) out.push(`${el.tagName.toLowerCase()}.${el.className}: ${ratio.toFixed(2)}`);
      }
      return out;
    });
    expect(failures).toEqual([]);
    await p.close();
  });

  it('shows how each goal and sub-goal has gone, each status with its sign and word', async () => {
    const { page: p } = await open(page());
    const held = (data.evalueringer ?? []).filter((e) => e?.utført !== undefined);
    const assessed = held.flatMap((e) => e!.vurderinger ?? []).length;
    const statuses = await p.locator('#goals .assess').evaluateAll((els) => els.map((el) => ({ text: (el as HTMLElement).innerText.trim(), visible: (el as HTMLElement).offsetHeight > 0 })));
    expect(statuses).toHaveLength(assessed);
    for (const s of statuses) {
      expect(s.visible).toBe(true);
      // A sign, a space, and the word.
      expect(s.text).toMatch(/^[✓◐✗↻] \p{L}/u);
    }
    for (const goal of data.mål ?? []) {
      for (const sub of goal?.delmål ?? []) await expect(p.locator('#goals .subgoal-text', { hasText: sub!.tekst! }).isVisible()).resolves.toBe(true);
    }
    // The log lists each evaluation held.
    await expect(p.locator('#log h3').count()).resolves.toBe(held.length);
    await p.close();
  });

  it('reads at 200 % zoom without sideways scrolling of the page', async () => {
    // 200 % zoom in a 1280-pixel window lays the page out 640 CSS pixels wide.
    const { page: p } = await open(page(), { width: 640, height: 900 });
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // No table is wider than its section: every table becomes cards below the breakpoint, and wraps above it.
    const wide = await p.evaluate(() => [...document.querySelectorAll('table')].filter((t) => t.getBoundingClientRect().width > t.closest('section')!.getBoundingClientRect().width + 0.5).map((t) => t.closest('section')?.id));
    expect(wide).toEqual([]);
    // Body text stays at least 16 CSS pixels.
    expect(await p.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(16);
    await p.close();
  });

  it('prints to an A4 PDF', async () => {
    const { page: p, problems } = await open(page());
    const pdf = await p.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(boxes.length).toBeGreaterThan(0);
    // A4 is 595.28 × 841.89 points; Chromium rounds to whole device pixels.
    for (const [w, h] of boxes) {
      expect(Math.abs(w! - 595.28)).toBeLessThan(2);
      expect(Math.abs(h! - 841.89)).toBeLessThan(2);
    }
    expect(problems).toEqual([]);
    await p.close();
  });
});

describe('hostile and broken plans in Chromium', () => {
  it('runs nothing and loads nothing from a hostile plan', async () => {
    const dir = tempDir();
    const r = runBin(['render', join(FIXTURES, 'hostile.md'), '-o', join(dir, 'hostile.html')]);
    expect(r.code).toBe(1); // its e-mail address is not one
    const { page: p, problems, requests } = await open(join(dir, 'hostile.html'));
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    const found = await p.evaluate(() => ({
      scripts: document.scripts.length,
      frames: document.querySelectorAll('iframe, frame, object, embed, img, svg, video, audio, link, form').length,
      handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName}.${a.name}`)),
      javascriptLinks: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).protocol).filter((p) => !['http:', 'https:', 'mailto:', 'tel:'].includes(p)),
      styles: document.querySelectorAll('style').length,
    }));
    expect(found).toEqual({ scripts: 0, frames: 0, handlers: [], javascriptLinks: [], styles: 1 });
    // The hostile text is shown as text.
    await expect(p.getByRole('heading', { level: 1 }).textContent()).resolves.toBe("Individuell plan for Kari <script>alert('navn')</script> Nordmann");
    await p.close();
  });

  it('shows the banner for a plan with errors, and the plan under it', async () => {
    const dir = tempDir();
    runBin(['render', join(FIXTURES, 'broken.md'), '-o', join(dir, 'broken.html')]);
    const { page: p, problems } = await open(join(dir, 'broken.html'));
    expect(problems).toEqual([]);
    await expect(p.getByRole('heading', { name: 'Planen er ikke ferdig' }).isVisible()).resolves.toBe(true);
    // What is wrong, named by the measure's text.
    await expect(p.getByText('Tiltaket «Arbeidstrening»: hvor ofte og hvor mye mangler.').isVisible()).resolves.toBe(true);
    // The goal stands in the goals section (and again by its words where a measure serves it).
    await expect(p.locator('#goals').getByText('Jeg vil komme meg i jobb.').isVisible()).resolves.toBe(true);
    await p.close();
  });
});
