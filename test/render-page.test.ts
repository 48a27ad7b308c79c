import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText } from '../src/plan/check.js';
import { CONTRAST_PAIRS, PALETTE } from '../src/render/css.js';
import { longDate } from '../src/render/dates.js';
import { cssString, text } from '../src/render/html.js';
import { pageLang } from '../src/render/i18n.js';
import { isPreviousRender } from '../src/render/marker.js';
import { outputNames } from '../src/render/names.js';
import { renderPlan } from '../src/render/page.js';
import { EXAMPLES, example, fixture, headingLevels, tags, TODAY } from './fixtures/render/harness.js';

function renderText(source: string, today = TODAY) {
  const checked = checkText(source, { explicit: true, today });
  return renderPlan({
    ...(checked.data ? { data: checked.data } : {}),
    ...(checked.status ? { status: checked.status } : {}),
    ...(checked.body !== undefined ? { body: checked.body } : {}),
    diagnostics: checked.diagnostics,
    today,
  });
}

/** The order of the page's sections, by id. */
function sectionOrder(html: string): string[] {
  return [...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]!);
}

const EXAMPLE_FILES = readdirSync(EXAMPLES).filter((f) => f.endsWith('.md'));

describe('every shipped example renders as a complete, accessible page', () => {
  it.each(EXAMPLE_FILES)('%s', (file) => {
    const source = example(file);
    const { html, errors } = renderText(source);
    expect(errors).toBe(0);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="')).toBe(true);
    // One h1, and no heading skips a level on the way down.
    const levels = headingLevels(html);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
    // Every header cell says what it heads.
    for (const th of tags(html).filter((t) => t.name === 'th')) expect(['col', 'row']).toContain(th.attrs.scope);
    // Nothing that runs or loads.
    const names = new Set(tags(html).map((t) => t.name));
    for (const bad of ['script', 'img', 'iframe', 'link', 'object', 'embed', 'video', 'audio', 'source', 'form', 'input', 'base', 'svg']) expect(names.has(bad)).toBe(false);
    for (const t of tags(html)) {
      expect(Object.keys(t.attrs).filter((a) => a.startsWith('on'))).toEqual([]);
      expect(t.attrs.src).toBeUndefined();
    }
    // A fødselsnummer is never on the page.
    const fnr = /fødselsnummer: "(\d{11})"/.exec(source)?.[1];
    if (fnr) expect(html).not.toContain(fnr);
  });

  it('puts the sections in the person-centred order', () => {
    const { html } = renderText(example('barn-med-iop.md'));
    expect(sectionOrder(html)).toEqual(['goals', 'participants', 'measures', 'coordinator', 'evaluations', 'consent', 'cooperation', 'transitions', 'text']);
    // "Mine mål" is the first section heading after the title.
    expect(/<h2[^>]*>([^<]*)<\/h2>/.exec(html)?.[1]).toBe('Mine mål');
  });

  it('sets lang from the plan and uses headings in that language', () => {
    const nb = renderText(example('barn-med-iop.md')).html;
    const nn = renderText(example('nynorsk-rehabilitering.md')).html;
    const en = renderText(example('utkast-forste-mote.md')).html;
    expect(nb).toContain('<html lang="nb">');
    expect(nb).toContain('>Mine mål</h2>');
    expect(nn).toContain('<html lang="nn">');
    expect(nn).toContain('>Måla mine</h2>');
    expect(nn).toContain('Kven som deltek, og kva dei bidreg med');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('>My goals</h2>');
    expect(en).toContain('<h1>Individual plan for Daniel Okafor</h1>');
  });

  it('names participants instead of ids, and writes dates in words', () => {
    const { html } = renderText(example('barn-med-iop.md'));
    // T1 is Anders Lie's (ansvarlig: anders); the cell shows his name and workplace, not the id.
    const row = /<tr role="row"><th scope="row" role="rowheader"><span>Spesialundervisning etter IOP<\/span>.*?<\/tr>/.exec(html)?.[0] ?? '';
    expect(row).toContain('<td role="cell" data-label="Ansvarlig">Anders Lie<span class="sub">Solbakken skole</span></td>');
    expect(row).not.toMatch(/>anders</);
    expect(html).toContain('<dt>Gitt av</dt><dd>Hanne Strand og Erik Strand</dd>');
    expect(html).toContain('<time datetime="2027-01-20">20. januar 2027</time>');
    const en = renderText(example('utkast-forste-mote.md')).html;
    expect(en).toContain('<time datetime="2026-11-10">10 November 2026</time>');
  });

  it('refers to goals by their text in quotation marks, not by their ids', () => {
    const { html } = renderText(example('bolig-og-arbeid.md'));
    const goal = 'Jeg vil bo i egen leilighet innen sommeren 2027.';
    const measures = /<section id="measures".*?<\/section>/s.exec(html)?.[0] ?? '';
    expect(measures).toContain(`<span class="sub">For mål: «<span>${goal}</span>»`);
    expect(measures).not.toContain('<span class="tag">M1</span>');
    // The evaluation that concerns M1 names the goal too.
    const held = /<tr><th scope="row"><time datetime="2026-11-15">.*?<\/tr>/.exec(html)?.[0] ?? '';
    // It names a sub-goal by its text too.
    expect(held).toContain(`<td>«<span>${goal}</span>» og «<span>Søknaden om kommunal bolig er sendt.</span>»</td>`);
    // In English, with English quotation marks; a reference to nothing is shown as written, marked.
    const en = renderText(example('bolig-og-arbeid.md').replace('språk: nb', 'språk: en').replace('gjelder: [M1, M1a]', 'gjelder: [M1, M9]')).html;
    expect(en).toContain(`For the goals: “<span>${goal}</span>” and “<span>Jeg har sett på minst tre leiligheter.</span>”`);
    expect(en).toContain(`<td>“<span>${goal}</span>” and M9 <span class="muted">(not in the plan)</span></td>`);
  });

  it('puts the plan id and the archive reference in a staff line at the bottom, not among the facts at the top', () => {
    const source = example('barn-med-iop.md').replace('status: aktiv\n', 'status: aktiv\narkiv: {system: Elements, referanse: "2026/1234"}\n');
    const { html } = renderText(source);
    const header = /<header>.*?<\/header>/s.exec(html)?.[0] ?? '';
    expect(header).not.toContain('IP-2026-0213');
    expect(header).not.toContain('2026/1234');
    expect(html).toContain('<footer><p class="staff">Plan-id: IP-2026-0213 · Arkiv: Elements, 2026/1234</p>');
  });

  it('says who is responsible for a sub-plan in words', () => {
    const { html } = renderText(example('barn-med-iop.md'));
    expect(html).toContain('<span class="sub">Delplan: Individuell opplæringsplan (IOP) «IOP 2026/27»</span><span class="sub">Ansvarlig for delplanen: Anders Lie</span>');
  });

  it.each([
    ['ti', 'nb', 'tigrinja'],
    ['sgn-NO', 'nb', 'norsk tegnspråk'],
    ['nsl', 'nn', 'norsk teiknspråk'],
    ['sgn-NO', 'en', 'Norwegian Sign Language'],
    ['xx-Zzzz', 'nb', 'xx-Zzzz'],
  ])('names the interpreter language %s in %s as %s', (tag, lang, name) => {
    const source = example('barn-med-iop.md')
      .replace('språk: nb', `språk: ${lang}`)
      .replace('  fødselsnummer: "04901660080"\n', `  fødselsnummer: "04901660080"\n  tolk: {språk: ${tag}, type: tegnspråk}\n`);
    const interpreter = /<div><dt>(?:Tolk|Interpreter)<\/dt><dd>([^<]*)<\/dd><\/div>/.exec(renderText(source).html)?.[1];
    expect(interpreter?.startsWith(`${name}, `)).toBe(true);
  });

  it('shows the coordinator with contact details', () => {
    const { html } = renderText(example('ettervern-til-nav.md'));
    const coordinator = /<section id="coordinator".*?<\/section>/s.exec(html)?.[0] ?? '';
    expect(coordinator).toContain('<p class="name">Lise Berg</p>');
    expect(coordinator).toContain('<a href="tel:+4741000001">+47 410 00 001</a>');
    expect(coordinator).toContain('<a href="mailto:lise.berg@example.no">lise.berg@example.no</a>');
  });

  it('marks the plan text with its own language when the headings cannot be in it', () => {
    const { html } = renderText(fixture('arabic.md'));
    expect(html).toContain('<html lang="nb">');
    expect(html).toContain('<p class="goal-text" lang="ar" dir="auto">أريد أن أتعلم النرويجية.</p>');
    expect(html).toContain('<div class="body" lang="ar" dir="auto">');
  });
});

describe('the next evaluation', () => {
  const source = example('barn-med-iop.md'); // E1 2027-01-20 evaluering, E2 2027-06-01 revisjon
  const row = (html: string, date: string) => new RegExp(`<tr[^>]*><th scope="row"><time datetime="${date}">.*?</tr>`).exec(html)?.[0] ?? '';

  it.each([
    { today: '2026-11-22', next: '2027-01-20', late: [] as string[] },
    { today: '2027-01-20', next: '2027-01-20', late: [] },
    { today: '2027-01-21', next: '2027-06-01', late: ['2027-01-20'] },
    { today: '2027-07-01', next: undefined, late: ['2027-01-20', '2027-06-01'] },
  ])('today $today → next $next', ({ today, next, late }) => {
    const { html } = renderText(source, today);
    const highlighted = [...html.matchAll(/<tr class="next"><th scope="row"><time datetime="([^"]+)">/g)].map((m) => m[1]);
    expect(highlighted).toEqual(next ? [next] : []);
    if (next) {
      expect(row(html, next)).toContain('<span class="badge">Neste</span>');
      expect(html).toContain(`<div class="next-fact"><dt>Neste evaluering</dt><dd><time datetime="${next}">`);
    } else expect(html).toContain('<dt>Neste evaluering</dt><dd><span class="muted">Ingen avtalt</span></dd>');
    for (const d of late) expect(row(html, d)).toContain('<span class="late">Ikke holdt ennå</span>');
  });

  it('counts an evaluation that was held as held, not next', () => {
    const held = source.replace('    dato: 2027-01-20\n    type: evaluering\n', '    dato: 2027-01-20\n    type: evaluering\n    utført: 2027-01-20\n');
    const { html } = renderText(held, '2027-01-20');
    expect(row(html, '2027-01-20')).toContain('Holdt <time datetime="2027-01-20">20. januar 2027</time>');
    expect(row(html, '2027-06-01')).toContain('class="next"');
  });
});

describe('a plan with errors still renders, with a banner by legal point', () => {
  it('lists what is missing under points a–i, in order, and the rest of the plan after it', () => {
    const { html, errors } = renderText(fixture('broken.md'));
    expect(errors).toBeGreaterThan(0);
    const banner = /<section class="banner banner-errors".*?<\/section>/s.exec(html)?.[0] ?? '';
    expect(banner).toContain('<h2 id="banner-1-h">Planen er ikke komplett</h2>');
    expect(banner).toContain('forskrift om individuell plan ved ytelse av velferdstjenester');
    const points = [...banner.matchAll(/<span class="banner-point">Bokstav ([a-i]):/g)].map((m) => m[1]);
    expect(points).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'i']);
    expect(banner).toContain('<li>Feltet «ressurser» mangler.</li>');
    expect(banner).toContain('<li>«tiltak T1: ansvarlig» viser til en deltaker som ikke finnes i planen.</li>');
    // The banner never carries a value from the plan.
    expect(banner).not.toContain('Testesen');
    expect(banner).not.toContain('17850250006');
    // The page goes on: the goal and the measure are there.
    expect(html).toContain('Jeg vil komme meg i jobb.');
    expect(html).toContain('Arbeidstrening');
    expect(html).not.toContain('17850250006');
  });

  it('renders a plan whose front matter cannot be read: banner and body, never a blank page', () => {
    const { html, errors } = renderText(fixture('yaml-error.md'));
    expect(errors).toBe(1);
    expect(html).toContain('Planen er ikke komplett');
    expect(html).toContain('Planen kunne ikke leses helt.');
    expect(html).toContain('YAML-feil');
    expect(html).toContain('<p>Teksten i planen kan fortsatt leses.</p>');
    expect(headingLevels(html).filter((l) => l === 1)).toHaveLength(1);
  });

  it('shows a draft what it needs before it can be active', () => {
    const { html, errors } = renderText(example('utkast-forste-mote.md'));
    expect(errors).toBe(0);
    const banner = /<section class="banner banner-draft".*?<\/section>/s.exec(html)?.[0] ?? '';
    expect(banner).toContain('<h2 id="banner-1-h">Draft</h2>');
    expect([...banner.matchAll(/<span class="banner-point">Point ([a-i]):/g)].map((m) => m[1])).toEqual(['a', 'c', 'e', 'g', 'i']);
    expect(html).not.toContain('class="banner banner-errors"');
  });

  it('marks bokmål messages on a nynorsk page as bokmål', () => {
    const broken = example('nynorsk-rehabilitering.md').replace(/^samarbeid: \[\]\n/m, '');
    const { html } = renderText(broken);
    expect(html).toContain('<h2 id="banner-1-h">Planen er ikkje komplett</h2>');
    expect(html).toMatch(/<ul lang="nb"><li>Feltet «samarbeid» mangler\.<\/li><\/ul>/);
  });

  it('has no banner for a complete plan', () => {
    expect(renderText(example('bolig-og-arbeid.md')).html).not.toContain('class="banner');
  });
});

describe('a closed plan', () => {
  it('says when and why it was closed, and shows no next evaluation', () => {
    const { html } = renderText(fixture('avsluttet.md'));
    expect(html).toContain('<p class="status">Avslutta <time datetime="2025-12-31">31. desember 2025</time> (måla er nådde)</p>');
    expect(html).not.toContain('Neste evaluering');
    expect(html).toContain('Halde <time datetime="2025-06-03">3. juni 2025</time>');
    expect(html).toContain('Det er ikkje behov for samarbeid med andre tenester eller etatar.');
  });

  it('marks no evaluation as next: one that was not held never will be', () => {
    const source = fixture('avsluttet.md').replace('samtykke:', '  - id: E2\n    dato: 2026-02-01\n    type: revisjon\nsamtykke:');
    const { html } = renderText(source, '2026-01-10');
    expect(html).not.toContain('class="next"');
    expect(html).not.toContain('class="badge"');
    expect(html).toContain('<td>Revisjon</td><td>Heile planen</td><td><span class="muted">Ikkje halde</span></td>');
  });
});

describe('the page is self-contained', () => {
  it('allows only its own stylesheet, by hash, and nothing else', () => {
    const { html } = renderText(example('barn-med-iop.md'));
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const hash = createHash('sha256').update(css, 'utf8').digest('base64');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`style-src 'sha256-${hash}'`);
    expect(csp).toContain("script-src 'none'");
    expect(csp).not.toContain('unsafe');
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/\sstyle="/);
    expect(css).not.toMatch(/url\(|@import/);
  });

  it('has a print stylesheet for A4 that keeps sections whole', () => {
    const { html } = renderText(example('barn-med-iop.md'));
    expect(html).toContain('size: A4;');
    expect(html).toMatch(/@media print \{[\s\S]*section \{ break-inside: avoid-page;/);
    expect(html).toContain('thead { display: table-header-group; }');
  });
});

describe('escaping', () => {
  it('escapes every value from the front matter', () => {
    const { html } = renderText(fixture('hostile.md'));
    const names = tags(html).map((t) => t.name);
    expect(names).not.toContain('script');
    expect(names).not.toContain('img');
    expect(names).not.toContain('iframe');
    expect(names).not.toContain('svg');
    expect(names).not.toContain('object');
    expect(names).not.toContain('embed');
    expect(names.filter((n) => n === 'link' || n === 'meta').length).toBe(names.filter((n) => n === 'meta').length);
    expect(names.filter((n) => n === 'meta')).toHaveLength(6); // the page's own six
    expect(names.filter((n) => n === 'style')).toHaveLength(1);
    for (const t of tags(html)) {
      expect(Object.keys(t.attrs).filter((a) => a.startsWith('on'))).toEqual([]);
      for (const value of Object.values(t.attrs)) expect(value).not.toMatch(/^\s*(javascript|data|vbscript):/i);
    }
    expect(html).toContain('<h1>Individuell plan for Kari &lt;script&gt;alert(&#39;navn&#39;)&lt;/script&gt; Nordmann</h1>');
    // `$&` and `$'` in a value are text, not replacement patterns.
    expect(html).toContain('bo i egen leilighet $&amp; $&#39; $1.');
    // A phone "number" that is not one is not a link.
    expect(html).toContain('Telefon: javascript:alert(1)<br>');
    // Table cells cannot be closed from inside.
    expect(html).toContain('Koordinerer &lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;');
  });

  it('escapes the plan id inside the print stylesheet', () => {
    const source = example('bolig-og-arbeid.md').replace(/^id: .*$/m, `id: '"; } body { display: none } @import "x'`);
    const { html } = renderText(source);
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    expect(css).not.toContain('@import');
    expect(css).not.toContain('display: none');
    expect(css).toContain('\\22 ');
  });

  it.each([
    ['<b>', '&lt;b&gt;'],
    ['a & b', 'a &amp; b'],
    [`"'`, '&quot;&#39;'],
    ['bell\u0007', 'bell\uFFFD'],
    [12, '12'],
    [true, 'true'],
    [null, ''],
    [{ a: 1 }, ''],
  ])('text(%j) = %j', (value, expected) => {
    expect(text(value)).toBe(expected);
  });

  it('writes CSS strings with only safe characters left as they are', () => {
    expect(cssString('IP-2026-0042')).toBe('"IP-2026-0042"');
    expect(cssString('a"b\\c')).toBe('"a\\22 b\\5c c"');
    expect(cssString('</style>')).toBe('"\\3c \\2f style\\3e "');
  });
});

describe('dates in words', () => {
  it.each([
    ['2027-01-14', 'nb', '14. januar 2027'],
    ['2027-01-14', 'nn', '14. januar 2027'],
    ['2027-01-14', 'en', '14 January 2027'],
    ['2026-05-01', 'nb', '1. mai 2026'],
    ['2026-12-31', 'en', '31 December 2026'],
    ['2028-02-29', 'nb', '29. februar 2028'],
  ] as const)('%s in %s is %s', (date, lang, expected) => {
    expect(longDate(date, lang)).toBe(expected);
  });

  it.each(['2027-02-29', '2027-13-01', '14.01.2027', '', 20270114, undefined])('%j is not a date', (value) => {
    expect(longDate(value, 'nb')).toBeUndefined();
  });
});

describe('page language', () => {
  it.each([
    ['nb', 'nb'],
    ['nn', 'nn'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['no', 'nb'],
    ['se', 'nb'],
    ['ar', 'nb'],
    [undefined, 'nb'],
  ])('%s → %s', (språk, expected) => {
    expect(pageLang(språk)).toBe(expected);
  });
});

describe('contrast', () => {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const ratio = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };

  it.each(CONTRAST_PAIRS.map(([fg, bg]) => [fg, bg]))('%s on %s meets WCAG AA (4.5:1)', (fg, bg) => {
    expect(ratio(PALETTE[fg], PALETTE[bg])).toBeGreaterThanOrEqual(4.5);
  });
});

describe('output names', () => {
  it('names files by plan id, else by source file name, never twice', () => {
    expect(
      outputNames([
        { id: 'IP-2026-0001', path: 'a/kari-nordmann.md' },
        { id: 'IP-2026-0002', path: 'b/plan.md' },
        { path: 'c/plan.md' },
        { path: 'd/plan.md' },
        { id: 'IP-2026-0009', path: 'e/one.md' },
        { id: 'ip-2026-0009', path: 'f/two.md' },
        { id: '../../etc/passwd', path: 'g/x.md' },
        { id: '...', path: 'h/.md' },
      ]),
    ).toEqual(['IP-2026-0001.html', 'IP-2026-0002.html', 'plan.html', 'plan-2.html', 'one.html', 'two.html', 'etc-passwd.html', 'md.html']);
  });

  it('uses the file name when two plans share an id', () => {
    expect(
      outputNames([
        { id: 'IP-1', path: 'x/first.md' },
        { id: 'IP-1', path: 'y/second.md' },
      ]),
    ).toEqual(['first.html', 'second.html']);
  });
});

describe('previous renders', () => {
  it('knows its own pages and nothing else', () => {
    const { html } = renderText(example('barn-med-iop.md'));
    expect(isPreviousRender(html.slice(0, 4096))).toBe(true);
    expect(isPreviousRender('<!DOCTYPE html><html><head><title>Mine notater</title>')).toBe(false);
    expect(isPreviousRender('# ip render\n<meta name="generator" content="ip render">')).toBe(false);
    expect(isPreviousRender('')).toBe(false);
  });
});
