import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_FIXTURES } from '../fixtures/report/harness.js';
import { runBin } from '../helpers.js';
import { launch } from './chromium.mjs';

/**
 * `ip report --format html` in Debian's Chromium (playwright-core): the page
 * the built binary wrote for the fixture caseload loads offline with no
 * console errors and no requests, has every chart, and each chart's bars and
 * table say what the JSON report of the same run says. Without Chromium this
 * fails, with what to install: it never skips.
 */

let browser: { context: BrowserContext; close(): Promise<void> } | undefined;
let setupError: unknown;
let out: string;
let json: {
  plans: Record<string, number>;
  points: Array<{ point: string; met: number }>;
  evaluations: { overdue: number; next_30: number; next_90: number; by_month: Array<{ month: string; count: number }> };
  coordinators: Array<{ plans: number }>;
};

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'ip-report-browser-'));
  try {
    const args = ['report', REPORT_FIXTURES, '--lang', 'en'];
    const page = runBin([...args, '-o', join(out, 'report.html')]);
    if (page.code !== 0) throw new Error(`ip report failed (${page.code}): ${page.stderr}`);
    const data = runBin([...args, '--format', 'json']);
    if (data.code !== 0) throw new Error(`ip report --format json failed (${data.code}): ${data.stderr}`);
    json = JSON.parse(data.stdout);
    browser = await launch();
  } catch (error) {
    setupError = error;
  }
});

afterAll(async () => {
  await browser?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

async function open() {
  if (!browser) throw setupError ?? new Error('Chromium did not start');
  const page = await browser.context.newPage();
  const url = pathToFileURL(join(out, 'report.html')).href;
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (r.url() !== url) requests.push(r.url());
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems, requests };
}

/** What the page says of one chart: its title, its bars' values as drawn, and its table's numbers. */
async function chart(page: Awaited<ReturnType<typeof open>>['page'], key: string) {
  return page.evaluate((k) => {
    const section = document.querySelector(`section[data-chart="${k}"]`);
    if (!section) return undefined;
    const svg = section.querySelector('svg');
    return {
      title: section.querySelector('h2')?.textContent ?? '',
      svgTitle: svg?.querySelector('title')?.textContent ?? '',
      visible: svg ? svg.getBoundingClientRect().width > 0 && svg.getBoundingClientRect().height > 0 : false,
      bars: [...section.querySelectorAll('svg g.bar')].map((g) => ({ value: Number(g.getAttribute('data-value')), drawn: Number(g.querySelector('rect')?.getAttribute('width')), text: g.querySelectorAll('text')[1]?.textContent })),
      table: [...section.querySelectorAll('table tbody tr')].map((tr) => ({ label: tr.querySelector('th')?.textContent, value: Number(tr.querySelector('td')?.textContent) })),
    };
  }, key);
}

describe('the report page in Chromium', () => {
  it('loads offline: no console errors, no requests, no script', async () => {
    const { page, problems, requests } = await open();
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    await page.close();
  });

  it('has every chart, titled, drawn, with its numbers equal to the JSON report', async () => {
    const { page } = await open();
    const expected: Record<string, number[]> = {
      status: [json.plans.utkast!, json.plans.aktiv!, json.plans.avsluttet!, ...(json.plans.unknown! > 0 ? [json.plans.unknown!] : [])],
      evaluations: [json.evaluations.overdue, json.evaluations.next_30, json.evaluations.next_90],
      points: json.points.map((p) => p.met),
      months: json.evaluations.by_month.map((m) => m.count),
      coordinators: json.coordinators.map((c) => c.plans),
    };
    for (const [key, values] of Object.entries(expected)) {
      const c = await chart(page, key);
      expect(c, `chart ${key}`).toBeDefined();
      expect(c!.title).not.toBe('');
      expect(c!.svgTitle).toBe(c!.title);
      expect(c!.visible).toBe(true);
      expect(c!.bars.map((b) => b.value), `chart ${key} bars`).toEqual(values);
      expect(c!.bars.map((b) => Number(b.text)), `chart ${key} labels`).toEqual(values);
      expect(c!.table.map((r) => r.value), `chart ${key} table`).toEqual(values);
      // A bar's length follows its value: the largest is the longest, a zero is not drawn.
      const max = Math.max(...values);
      for (const b of c!.bars) {
        if (b.value === 0) expect(b.drawn).toBe(0);
        else expect(b.drawn).toBeCloseTo((b.value / max) * 280, 0);
      }
    }
    expect(await page.evaluate(() => document.querySelectorAll('section[data-chart]').length)).toBe(5);
    // The months in the table are the JSON's months.
    expect((await chart(page, 'months'))!.table.map((r) => r.label)).toEqual(json.evaluations.by_month.map((m) => m.month));
    await page.close();
  });

  it('prints to A4', async () => {
    const { page } = await open();
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });
});
