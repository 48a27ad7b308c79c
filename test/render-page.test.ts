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
import { mailto, renderPlan } from '../src/render/page.js';
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
    // The person's own text («Om meg») right after the goals.
    expect(sectionOrder(html)).toEqual(['goals', 'text', 'participants', 'measures', 'coordinator', 'evaluations', 'consent', 'cooperation', 'transitions']);
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
    expect(nn).toContain('Kven som er med, og kva dei gjer');
    // Nynorsk throughout: no bokmål word of the page's own slips through.
    expect(nn).not.toMatch(/>(?:Gjelder|Hvem|Hva|Ikke|Hele)\b/);
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('>My goals</h2>');
    expect(en).toContain('<h1>Individual plan for <bdi>Daniel Okafor</bdi></h1>');
  });

  it('names participants instead of ids, and writes dates in words', () => {
    const { html } = renderText(example('barn-med-iop.md'));
    // T1 is Anders Lie's (ansvarlig: anders); the cell shows his name and workplace, not the id.
    const row = /<tr role="row"><th scope="row" role="rowheader"><bdi>Spesialundervisning etter IOP<\/bdi><\/th>.*?<\/tr>/.exec(html)?.[0] ?? '';
    expect(row).toContain('<td role="cell" data-label="Hvem har ansvaret"><bdi>Anders Lie</bdi><span class="sub"><bdi>Solbakken skole</bdi></span></td>');
    expect(row).not.toMatch(/>anders</);
    expect(html).toContain('<dt>Gitt av</dt><dd><bdi>Hanne Strand</bdi> og <bdi>Erik Strand</bdi></dd>');
    // Dates with their weekday; a birth date without.
    expect(html).toContain('<time datetime="2027-01-20">onsdag 20. januar 2027</time>');
    expect(html).toContain('<dt>Født</dt><dd><time datetime="2016-10-04">4. oktober 2016</time></dd>');
    const en = renderText(example('utkast-forste-mote.md')).html;
    expect(en).toContain('<time datetime="2026-11-10">Tuesday 10 November 2026</time>');
  });

  it('refers to goals by their text in quotation marks, not by their ids', () => {
    const { html } = renderText(example('bolig-og-arbeid.md'));
    const goal = 'Jeg vil bo i egen leilighet innen sommeren 2027.';
    const measures = /<section id="measures".*?<\/section>/s.exec(html)?.[0] ?? '';
    expect(measures).toContain(`<td role="cell" data-label="Hjelper meg mot">«<bdi>${goal}</bdi>»`);
    expect(measures).not.toMatch(/\bM1\b/);
    // The evaluation that concerns M1 names the goal too.
    const held = /<tr role="row"><th scope="row" role="rowheader"><time datetime="2026-11-15">.*?<\/tr>/.exec(html)?.[0] ?? '';
    // It names a sub-goal by its text too.
    expect(held).toContain(`<td role="cell" data-label="Om">«<bdi>${goal}</bdi>» og «<bdi>Søknaden om kommunal bolig er sendt.</bdi>»</td>`);
    // In English, with English quotation marks; a reference to nothing is said in words, without its id.
    const en = renderText(example('bolig-og-arbeid.md').replace('språk: nb', 'språk: en').replace('gjelder: [M1, M1a]', 'gjelder: [M1, M9]')).html;
    expect(en).toContain(`<td role="cell" data-label="Helps me towards">“<bdi>${goal}</bdi>” and “<bdi>Jeg har sett på minst tre leiligheter.</bdi>”</td>`);
    expect(en).toContain(`<td role="cell" data-label="About">“<bdi>${goal}</bdi>” and <span class="muted">something not in the plan</span></td>`);
    expect(en).not.toContain('M9');
  });

  it('shortens a long goal where a measure names it', () => {
    const long = 'Jeg vil bo i egen leilighet innen sommeren 2027, nær jobben og vennene mine, med plass til sykkelen.';
    const { html } = renderText(example('bolig-og-arbeid.md').replace('tekst: Jeg vil bo i egen leilighet innen sommeren 2027.', `tekst: ${long}`));
    const measures = /<section id="measures".*?<\/section>/s.exec(html)?.[0] ?? '';
    expect(measures).toContain('«<bdi>Jeg vil bo i egen leilighet innen sommeren 2027, nær jobben…</bdi>»');
    // The goal itself stands whole.
    expect(html).toContain(`<p class="goal-text">${long}</p>`);
  });

  it('puts the plan id and the archive reference in a staff line at the bottom, not among the facts at the top', () => {
    const source = example('barn-med-iop.md').replace('status: aktiv\n', 'status: aktiv\narkiv: {system: Elements, referanse: "2026/1234"}\n');
    const { html } = renderText(source);
    const header = /<header>.*?<\/header>/s.exec(html)?.[0] ?? '';
    expect(header).not.toContain('IP-2026-0213');
    expect(header).not.toContain('2026/1234');
    expect(html).toContain('<footer><p class="staff">Plan-id: <bdi>IP-2026-0213</bdi> · Arkiv: <bdi>Elements</bdi>, <bdi>2026/1234</bdi></p>');
  });

  it('says who is responsible for a sub-plan in words', () => {
    const { html } = renderText(example('barn-med-iop.md'));
    expect(html).toContain('<span class="sub">Individuell opplæringsplan (IOP) «<bdi>IOP 2026/27</bdi>»</span><span class="sub">Ansvarlig for den: <bdi>Anders Lie</bdi></span>');
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
    const interpreter = /<div><dt>(?:Tolk|Interpreter)<\/dt><dd><bdi>([^<]*)<\/bdi>([^<]*)/.exec(renderText(source).html)?.slice(1).join('');
    expect(interpreter?.startsWith(`${name}, `)).toBe(true);
  });

  it('shows the coordinator with contact details', () => {
    const { html } = renderText(example('ettervern-til-nav.md'));
    const coordinator = /<section id="coordinator".*?<\/section>/s.exec(html)?.[0] ?? '';
    expect(coordinator).toContain('<p class="name"><bdi>Lise Berg</bdi></p>');
    expect(coordinator).toContain('<a href="tel:+4741000001"><bdi>+47 410 00 001</bdi></a>');
    expect(coordinator).toContain('<a class="email" href="mailto:lise.berg@example.no"><bdi>lise.berg@example.no</bdi></a>');
    // The phone is in the box at the top too.
    const header = /<header>.*?<\/header>/s.exec(html)?.[0] ?? '';
    expect(header).toContain('<dt>Koordinator</dt><dd><bdi>Lise Berg</bdi><span class="sub">telefon <a href="tel:+4741000001"><bdi>+47 410 00 001</bdi></a></span></dd>');
  });

  it('marks the plan text with its own language when the headings cannot be in it', () => {
    const { html } = renderText(fixture('arabic.md'));
    expect(html).toContain('<html lang="nb">');
    expect(html).toContain('<p class="goal-text" lang="ar" dir="auto">أريد أن أتعلم النرويجية.</p>');
    expect(html).toContain('<div class="body" lang="ar" dir="auto">');
  });
});

describe('hostile names and addresses', () => {
  it('isolates names and texts from the plan, so a bidi override cannot reorder the words around them', () => {
    const rlo = '\u202E';
    const source = example('barn-med-iop.md')
      .replace('    navn: Kristin Moe\n', `    navn: "Kristin ${rlo}Moe"\n`)
      .replace('    tekst: Emil vil være med i friminuttene sammen med de andre.\n', `    tekst: "Emil vil ${rlo}være med"\n`)
      .replace('    tekst: Fysioterapi\n', `    tekst: "Fysio${rlo}terapi"\n`);
    const { html } = renderText(source);
    // Wherever the name or text stands inline among the page's words, it is inside <bdi>.
    for (const value of [`Kristin ${rlo}Moe`, `Emil vil ${rlo}være med`, `Fysio${rlo}terapi`]) {
      const at = [...html.matchAll(new RegExp(value, 'g'))].map((m) => m.index);
      expect(at.length).toBeGreaterThan(0);
      for (const i of at) {
        const before = html.slice(0, i);
        // Inside <bdi>, or a paragraph of its own (a goal's text).
        const isolated = /<bdi[^>]*>$/.test(before) || /<p class="(?:goal|subgoal)-text"[^>]*>$/.test(before);
        expect(isolated, `${JSON.stringify(value)} at …${JSON.stringify(before.slice(-60))}`).toBe(true);
      }
    }
    expect(html).toContain(`<dt>Koordinator</dt><dd><bdi>Kristin ${rlo}Moe</bdi>`);
    expect(html).toContain(`«<bdi>Emil vil ${rlo}være med</bdi>»`);
    // The stylesheet isolates <bdi> (and a cell or block holding only a value is a paragraph of its own).
    expect(html).toContain('bdi { unicode-bidi: isolate; }');
  });

  it.each([
    ['ola@example.no', 'mailto:ola@example.no'],
    ['o.hansen+ip@nav.example.no', 'mailto:o.hansen%2Bip@nav.example.no'],
    // Valid, but ? and = must not become a header of the mail (bcc).
    ['ola?bcc=eve@example.no', 'mailto:ola%3Fbcc%3Deve@example.no'],
  ])('links the valid address %s as %s', (address, href) => {
    expect(mailto(address)).toBe(href);
  });

  it.each(['ola', 'ola@', '@example.no', 'ola@example..no', 'ola hansen@example.no', 'ola@example.no?bcc=eve@example.no', 'x@example.no"><script>', 'ola@-example.no', 'javascript:alert(1)@x.no'])(
    'shows %j, which is not an e-mail address, as text, never as a mailto: link',
    (address) => {
      expect(mailto(address)).toBeUndefined();
      const source = example('ettervern-til-nav.md').replace('epost: lise.berg@example.no', `epost: ${JSON.stringify(address)}`);
      const { html } = renderText(source);
      // Lise Berg is the coordinator: her box has no mailto: link, only the text.
      const coordinator = /<section id="coordinator".*?<\/section>/s.exec(html)?.[0] ?? '';
      expect(coordinator).not.toContain('mailto:');
      expect(coordinator).toContain(`<span class="email"><bdi>${text(address)}</bdi></span>`);
    },
  );
});

describe('the next evaluation', () => {
  const source = example('barn-med-iop.md'); // E1 2027-01-20 evaluering, E2 2027-06-01 revisjon
  const row = (html: string, date: string) => new RegExp(`<tr[^>]*><th scope="row" role="rowheader"><time datetime="${date}">.*?</tr>`).exec(html)?.[0] ?? '';

  it.each([
    { today: '2026-11-22', next: '2027-01-20', late: [] as string[] },
    { today: '2027-01-20', next: '2027-01-20', late: [] },
    { today: '2027-01-21', next: '2027-06-01', late: ['2027-01-20'] },
    { today: '2027-07-01', next: undefined, late: ['2027-01-20', '2027-06-01'] },
  ])('today $today → next $next', ({ today, next, late }) => {
    const { html } = renderText(source, today);
    const highlighted = [...html.matchAll(/<tr role="row" class="next"><th scope="row" role="rowheader"><time datetime="([^"]+)">/g)].map((m) => m[1]);
    expect(highlighted).toEqual(next ? [next] : []);
    const fact = /<div class="next-fact"><dt>Neste møte om planen<\/dt><dd>(.*?)<\/dd>/.exec(html)?.[1] ?? '';
    if (next) {
      expect(row(html, next)).toContain('<span class="badge">Neste</span>');
      expect(fact).toContain(`<time datetime="${next}">`);
      // Only the date: no «(Evaluering)» after it.
      expect(fact).not.toContain('Evaluering');
    }
    for (const d of late) expect(row(html, d)).toContain('<span class="late">Forsinket: ikke holdt</span>');
    // The earliest overdue meeting is said to be overdue at the top, not «none agreed».
    if (late.length) expect(fact).toMatch(new RegExp(`^<span class="late">Forsinket</span>: skulle vært holdt <time datetime="${late[0]}">`));
    else if (!next) expect(html).toContain('<dt>Neste møte om planen</dt><dd><span class="muted">Ikke avtalt ennå</span></dd>');
    expect(html).not.toContain('Ingen avtalt');
  });

  it('counts an evaluation that was held as held, not next', () => {
    const held = source.replace('    dato: 2027-01-20\n    type: evaluering\n', '    dato: 2027-01-20\n    type: evaluering\n    utført: 2027-01-20\n');
    const { html } = renderText(held, '2027-01-20');
    expect(row(html, '2027-01-20')).toContain('Holdt <time datetime="2027-01-20">onsdag 20. januar 2027</time>');
    expect(row(html, '2027-06-01')).toContain('class="next"');
  });
});

describe('a plan with errors still renders, with a notice in plain words', () => {
  it('names what is wrong by the goal\'s or measure\'s text, never by an id or a path, and the rest of the plan after it', () => {
    const { html, errors } = renderText(fixture('broken.md'));
    expect(errors).toBeGreaterThan(0);
    const banner = /<section class="banner banner-errors".*?<\/section>/s.exec(html)?.[0] ?? '';
    expect(banner).toContain('<h2 id="banner-1-h">Planen er ikke ferdig</h2>');
    expect(banner).toContain('<li>Hva jeg er god til mangler.</li>');
    expect(banner).toContain('<li>Tiltaket «<bdi>Arbeidstrening</bdi>»: hvor ofte og hvor mye mangler.</li>');
    expect(banner).toContain('<li>Tiltaket «<bdi>Arbeidstrening</bdi>»: hvem som har ansvaret viser til noen eller noe som ikke står i planen.</li>');
    // No id, no path, no letter of the regulation.
    expect(banner).not.toMatch(/\bT1\b|\[\d+\]|Bokstav/);
    expect(banner).not.toContain('17850250006');
    // The page goes on: the goal and the measure are there.
    expect(html).toContain('Jeg vil komme meg i jobb.');
    expect(html).toContain('Arbeidstrening');
    expect(html).not.toContain('17850250006');
  });

  it('renders a plan whose front matter cannot be read: banner and body, never a blank page', () => {
    const { html, errors } = renderText(fixture('yaml-error.md'));
    expect(errors).toBe(1);
    expect(html).toContain('Planen er ikke ferdig');
    expect(html).toContain('Planen kunne ikke leses helt.');
    expect(html).toContain('YAML-feil');
    expect(html).toContain('<p>Teksten i planen kan fortsatt leses.</p>');
    expect(headingLevels(html).filter((l) => l === 1)).toHaveLength(1);
  });

  it('tells a draft what will be agreed at the next meeting, in plain words', () => {
    const { html, errors } = renderText(example('utkast-forste-mote.md'));
    expect(errors).toBe(0);
    const banner = /<section class="banner banner-draft".*?<\/section>/s.exec(html)?.[0] ?? '';
    expect(banner).toContain('<h2 id="banner-1-h">Draft</h2><p>This is a draft. This is what we agree on at the next meeting:</p>');
    expect([...banner.matchAll(/<li>([^<]*)<\/li>/g)].map((m) => m[1])).toEqual([
      'my goals, what I am good at, and what I need help with',
      'who will be my coordinator',
      'what will be done, how often and how much, and who is responsible',
      'how long the plan will run, and when we look at it together',
      'who else we will work with',
    ]);
    expect(html).not.toContain('class="banner banner-errors"');
    const nb = renderText(example('utkast-forste-mote.md').replace('språk: en', 'språk: nb')).html;
    expect(nb).toContain('<p>Dette er et utkast. Dette avtaler vi på neste møte:</p><ul><li>målene mine, hva jeg er god til, og hva jeg trenger hjelp til</li>');
  });

  it('writes a nynorsk notice in nynorsk', () => {
    const broken = example('nynorsk-rehabilitering.md').replace(/^samarbeid: \[\]\n/m, '');
    const { html } = renderText(broken);
    expect(html).toContain('<h2 id="banner-1-h">Planen er ikkje ferdig</h2><p>Dette manglar eller må rettast. Koordinatoren kan rette det:</p><ul><li>Samarbeid med andre manglar.</li></ul>');
  });

  it('has no banner for a complete plan', () => {
    expect(renderText(example('bolig-og-arbeid.md')).html).not.toContain('class="banner');
  });
});

describe('a closed plan', () => {
  it('says when and why it was closed, and shows no next evaluation', () => {
    const { html } = renderText(fixture('avsluttet.md'));
    expect(html).toContain('<p class="status">Avslutta <time datetime="2025-12-31">onsdag 31. desember 2025</time> (måla er nådde)</p>');
    expect(html).not.toContain('Neste møte om planen');
    expect(html).toContain('Halde <time datetime="2025-06-03">tysdag 3. juni 2025</time>');
    expect(html).toContain('Det trengst ikkje samarbeid med andre tenester eller etatar.');
  });

  it('marks no evaluation as next: one that was not held never will be', () => {
    const source = fixture('avsluttet.md').replace('samtykke:', '  - id: E2\n    dato: 2026-02-01\n    type: revisjon\nsamtykke:');
    const { html } = renderText(source, '2026-01-10');
    expect(html).not.toContain('class="next"');
    expect(html).not.toContain('class="badge"');
    expect(html).toContain('<td role="cell" data-label="Kva">Revisjon</td><td role="cell" data-label="Om">Heile planen</td><td role="cell" data-label="Status"><span class="muted">Ikkje halde</span></td>');
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

  it('has a print stylesheet for A4: 12 pt, sections that may break, whose plan and the page number on every page', () => {
    const { html } = renderText(example('barn-med-iop.md'));
    expect(html).toContain('size: A4;');
    expect(html).toContain('html { font-size: 12pt; }');
    // Sections run on across pages (no half-empty pages); rows and cards stay whole.
    expect(html).not.toMatch(/section \{[^}]*break-inside/);
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toMatch(/@bottom-left \{ content: "Individuell plan for Emil Strand"; [^}]*font-size: 10pt;/);
    expect(html).toMatch(/@bottom-right \{ content: "Side" " " counter\(page\) " " "av" " " counter\(pages\); [^}]*font-size: 10pt;/);
    expect(html).not.toContain('@top-right');
    // A draft says so at the head of every page, and in its title (which a browser prints in its own header).
    const draft = renderText(example('barn-med-iop.md').replace('status: aktiv', 'status: utkast')).html;
    expect(draft).toMatch(/@top-right \{ content: "UTKAST"; /);
    expect(draft).toContain('<title>UTKAST – Individuell plan for Emil Strand</title>');
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
    expect(html).toContain('<h1>Individuell plan for <bdi>Kari &lt;script&gt;alert(&#39;navn&#39;)&lt;/script&gt; Nordmann</bdi></h1>');
    // `$&` and `$'` in a value are text, not replacement patterns.
    expect(html).toContain('bo i egen leilighet $&amp; $&#39; $1.');
    // A phone "number" that is not one is not a link.
    expect(html).toContain('Telefon: <bdi>javascript:alert(1)</bdi><br>');
    // Table cells cannot be closed from inside.
    expect(html).toContain('Koordinerer &lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;');
  });

  it("escapes the person's name inside the print stylesheet", () => {
    const source = example('bolig-og-arbeid.md').replace(/^ {2}navn: Jonas Fjellvang$/m, `  navn: '"; } body { display: none } @import "x'`);
    const { html } = renderText(source);
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    expect(css).not.toContain('@import');
    expect(css).not.toContain('body { display: none }');
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
    ['2027-01-14', 'nb', 'torsdag 14. januar 2027'],
    ['2027-01-14', 'nn', 'torsdag 14. januar 2027'],
    ['2027-01-14', 'en', 'Thursday 14 January 2027'],
    ['2026-05-01', 'nb', 'fredag 1. mai 2026'],
    ['2026-12-31', 'en', 'Thursday 31 December 2026'],
    ['2028-02-29', 'nb', 'tirsdag 29. februar 2028'],
    ['2026-11-24', 'nn', 'tysdag 24. november 2026'],
    ['2026-11-28', 'nn', 'laurdag 28. november 2026'],
  ] as const)('%s in %s is %s', (date, lang, expected) => {
    expect(longDate(date, lang)).toBe(expected);
  });

  it('leaves out the weekday when told (a birth date)', () => {
    expect(longDate('2016-10-04', 'nb', false)).toBe('4. oktober 2016');
    expect(longDate('2016-10-04', 'en', false)).toBe('4 October 2016');
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
