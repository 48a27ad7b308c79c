import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../src/plan/check.js';
import type { PlanData } from '../src/plan/types.js';
import { renderPlan } from '../src/render/page.js';
import { headingLevels, ROOT, tags } from './fixtures/render/harness.js';

/**
 * The plan in its life on the page: sub-goals, how each goal and sub-goal
 * has gone at the evaluations held, the decision that grants a measure, and
 * the log of the evaluations held (who took part, what was decided).
 * The plan is test/fixtures/life/evaluert.md, changed per case.
 */

const SOURCE = readFileSync(join(ROOT, 'test', 'fixtures', 'life', 'evaluert.md'), 'utf8');
const TODAY = '2026-11-22';
const checked = checkText(SOURCE, { explicit: true, today: TODAY });
const DATA = checked.data!;

type Obj = Record<string, unknown>;

/** A copy of the plan with `change` made to it. */
function plan(change: (data: Obj & { mål: Obj[]; tiltak: Obj[]; evalueringer: Obj[] }) => void = () => undefined, lang?: string): PlanData {
  const copy = structuredClone(DATA) as Obj & { mål: Obj[]; tiltak: Obj[]; evalueringer: Obj[] };
  if (lang) copy.språk = lang;
  change(copy);
  return copy;
}

function page(data: PlanData, today = TODAY): string {
  return renderPlan({ data, status: 'aktiv', ...(checked.body !== undefined ? { body: checked.body } : {}), diagnostics: [], today }).html;
}

/** The inner HTML of a section, by id. */
function sectionOf(html: string, id: string): string {
  return new RegExp(`<section id="${id}".*?</section>`, 's').exec(html)?.[0] ?? '';
}

/** A goal's list item in the goals section, by the start of its text. */
function goalItem(html: string, text: string): string {
  return new RegExp(`<li><p class="goal-text">${text}.*?(?=\\n<li><p class="goal-text">|\\n</ol>)`, 's').exec(sectionOf(html, 'goals'))?.[0] ?? '';
}

describe('the fixture', () => {
  it('is a valid plan with a held evaluation, with no findings', () => {
    expect(checked.diagnostics).toEqual([]);
  });
});

describe('goals: sub-goals and how each has gone', () => {
  it('shows each sub-goal with its text, id and deadline, under its goal', () => {
    const goal = goalItem(page(DATA), 'Jeg vil klare å handle mat selv');
    expect(goal).toContain('<p class="course-h">Steg på veien</p><ul class="subgoals">');
    expect(goal).toContain(
      '<li><p class="subgoal-text">Jeg handler alene i nærbutikken.</p><p class="goal-meta">Innen <time datetime="2027-03-31">onsdag 31. mars 2027</time></p></li>',
    );
  });

  it('shows the course: the day held, the status in words with its sign, and the note', () => {
    const html = page(DATA);
    const goal = goalItem(html, 'Jeg vil klare å handle mat selv');
    // The goal's own course stands before its sub-goals; each sub-goal's under it.
    expect(goal).toContain(
      '<div class="course"><p class="course-h">Slik har det gått</p><ul><li><time datetime="2026-11-12">torsdag 12. november 2026</time>: <strong class="assess assess-partly"><span aria-hidden="true">◐</span> Delvis nådd</strong> – <bdi>Hun handler med følge.</bdi></li></ul></div><p class="course-h">Steg på veien</p>',
    );
    expect(goal).toContain(
      '<p class="subgoal-text">Jeg lager en handleliste hver uke.</p><p class="goal-meta">Innen <time datetime="2026-12-15">tirsdag 15. desember 2026</time></p><div class="course"><p class="course-h">Slik har det gått</p><ul><li><time datetime="2026-11-12">torsdag 12. november 2026</time>: <strong class="assess assess-reached"><span aria-hidden="true">✓</span> Nådd</strong> – <bdi>Maja skriver handleliste hver søndag.</bdi></li></ul></div>',
    );
    // No note: the status alone.
    expect(goalItem(html, 'Jeg vil sove bedre om natta')).toContain(
      '<li><time datetime="2026-11-12">torsdag 12. november 2026</time>: <strong class="assess assess-not-reached"><span aria-hidden="true">✗</span> Ikke nådd</strong></li>',
    );
    // A goal or sub-goal not assessed yet has no course.
    expect(goal).not.toMatch(/nærbutikken\.<\/p><p class="goal-meta">.*?<\/p><div class="course">/);
  });

  it('puts the course in the order the evaluations were held, whatever the order in the file', () => {
    const data = plan((d) => {
      // E2 held later than E1 but listed first; an evaluation not held yet comes last.
      const e2 = d.evalueringer[1]!;
      Object.assign(e2, { utført: '2027-02-11', vurderinger: [{ gjelder: 'M2', status: 'delvis', merknad: 'Sover bedre i helgene.' }] });
      d.evalueringer.unshift(d.evalueringer.splice(1, 1)[0]!);
      d.evalueringer.push({ id: 'E4', dato: '2026-10-01', type: 'evaluering', utført: '2026-10-02', vurderinger: [{ gjelder: 'M2', status: 'endret', merknad: 'Målet ble skrevet om.' }] });
    });
    const course = goalItem(page(data, '2027-03-01'), 'Jeg vil sove bedre om natta');
    const days = [...course.matchAll(/<li><time datetime="([^"]+)">/g)].map((m) => m[1]);
    expect(days).toEqual(['2026-10-02', '2026-11-12', '2027-02-11']);
    expect(course).toContain('<strong class="assess assess-changed"><span aria-hidden="true">↻</span> Endret</strong> – <bdi>Målet ble skrevet om.</bdi>');
  });

  it.each([
    ['nn', 'Slik har det gått', 'Steg på vegen', 'Ikkje nådd', 'Endra'],
    ['en', 'How it has gone', 'Steps on the way', 'Not reached', 'Changed'],
  ])('speaks the page language (%s)', (lang, course, sub, notReached, changed) => {
    const html = page(
      plan((d) => {
        (d.evalueringer[0]!.vurderinger as Obj[]).push({ gjelder: 'M1b', status: 'endret' });
      }, lang),
    );
    expect(html).toContain(`<p class="course-h">${course}</p>`);
    expect(html).toContain(`<p class="course-h">${sub}</p>`);
    expect(html).toContain(`<span aria-hidden="true">✗</span> ${notReached}</strong>`);
    expect(html).toContain(`<span aria-hidden="true">↻</span> ${changed}</strong>`);
  });

  it('names a sub-goal a measure serves by its text, in quotation marks', () => {
    const html = page(plan((d) => (d.tiltak[0]!.mål = ['M1a', 'M1b'])));
    expect(sectionOf(html, 'measures')).toContain('<td role="cell" data-label="Hjelper meg mot">«<bdi>Jeg lager en handleliste hver uke.</bdi>» og «<bdi>Jeg handler alene i nærbutikken.</bdi>»</td>');
  });
});

describe('the decision that grants a measure', () => {
  it('says it in plain words: reference, date, and until when it holds', () => {
    const measures = sectionOf(page(DATA), 'measures');
    expect(measures).toContain(
      '<span class="sub">Vedtak: «<bdi>2026/4411</bdi>», datert <time datetime="2026-08-25">tirsdag 25. august 2026</time>, gjelder til <time datetime="2027-02-28">søndag 28. februar 2027</time></span>',
    );
  });

  it('says "gjaldt til" once its last day has passed, in words, not by colour', () => {
    expect(sectionOf(page(DATA, '2027-03-01'), 'measures')).toContain('gjaldt til <time datetime="2027-02-28">søndag 28. februar 2027</time></span>');
    expect(sectionOf(page(DATA, '2027-02-28'), 'measures')).toContain('gjelder til <time datetime="2027-02-28">søndag 28. februar 2027</time></span>');
  });

  it.each([
    ['nn', 'Vedtak: «<bdi>2026/4411</bdi>», datert <time datetime="2026-08-25">tysdag 25. august 2026</time>, gjeld til'],
    ['en', 'Decision (<span lang="nb">vedtak</span>): “<bdi>2026/4411</bdi>”, dated <time datetime="2026-08-25">Tuesday 25 August 2026</time>, valid until'],
  ])('in %s', (lang, words) => {
    expect(sectionOf(page(plan(() => undefined, lang)), 'measures')).toContain(words);
  });

  it('shows what the plan has of it, and nothing for an empty one', () => {
    const onlyEnd = sectionOf(page(plan((d) => (d.tiltak[0]!.vedtak = { til: '2027-02-28' }))), 'measures');
    expect(onlyEnd).toContain('<span class="sub">Vedtak: gjelder til <time datetime="2027-02-28">søndag 28. februar 2027</time></span>');
    const empty = sectionOf(page(plan((d) => (d.tiltak[0]!.vedtak = {}))), 'measures');
    // Only T2's decision is left.
    expect(empty.match(/Vedtak:/g)).toEqual(['Vedtak:']);
    expect(empty).toContain('Vedtak: «<bdi>2026/4412</bdi>»');
  });
});

describe('the log of evaluations held', () => {
  it('ends the page, after the plan text', () => {
    const html = page(DATA);
    expect([...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]).at(-1)).toBe('log');
    expect(sectionOf(html, 'log')).toContain('<h2 id="log-h">Møtene vi har hatt</h2>');
  });

  it('shows each evaluation held: the day, when it was planned, what it concerned, who took part by name, and what was decided', () => {
    const log = sectionOf(page(DATA), 'log');
    expect(log).toContain(
      '<li><h3>Evaluering <time datetime="2026-11-12">torsdag 12. november 2026</time></h3>\n<dl class="pairs"><dt>Avtalt til</dt><dd><time datetime="2026-11-10">tirsdag 10. november 2026</time></dd><dt>Om</dt><dd>Hele planen</dd><dt>Disse var med</dt><dd><bdi>Maja Solheim</bdi>, <bdi>Tor Ellingsen</bdi> og <bdi>Lene Vik</bdi></dd><dt>Dette bestemte vi</dt><dd><ul><li>Lene fortsetter to dager i uka.</li><li>Tor spør fastlegen om søvnen.</li></ul></dd></dl></li>',
    );
    // Evaluations not held are not in the log; ids are not on the page.
    expect(log).not.toContain('2027-02-10');
    expect(log).not.toMatch(/>(maja|tor|lene)</);
  });

  it('lists them oldest first, and marks a participant the plan does not have', () => {
    const data = plan((d) => {
      Object.assign(d.evalueringer[1]!, { utført: '2027-02-12', deltok: ['maja', 'ukjent'], gjelder: ['M1a'] });
      d.evalueringer.reverse();
    });
    const log = sectionOf(page(data, '2027-03-01'), 'log');
    expect([...log.matchAll(/<h3>Evaluering <time datetime="([^"]+)">/g)].map((m) => m[1])).toEqual(['2026-11-12', '2027-02-12']);
    expect(log).toContain('<dt>Om</dt><dd>«<bdi>Jeg lager en handleliste hver uke.</bdi>»</dd><dt>Disse var med</dt><dd><bdi>Maja Solheim</bdi> og <bdi>ukjent</bdi> <span class="muted">(ukjent deltaker)</span></dd>');
  });

  it('shows an assessment of something that is not a goal or sub-goal in the log, so none is left out', () => {
    const data = plan((d) => {
      (d.evalueringer[0]!.vurderinger as Obj[]).push({ gjelder: 'T2', status: 'nådd', merknad: 'Samtalene hjelper.' }, { gjelder: 'M9', status: 'delvis' });
    });
    const log = sectionOf(page(data), 'log');
    expect(log).toContain(
      '<dt>Slik gikk det</dt><dd><ul><li><bdi>Samtaler om søvn</bdi>: <time datetime="2026-11-12">torsdag 12. november 2026</time>: <strong class="assess assess-reached"><span aria-hidden="true">✓</span> Nådd</strong> – <bdi>Samtalene hjelper.</bdi></li><li><span class="muted">noe som ikke står i planen</span>: <time datetime="2026-11-12">torsdag 12. november 2026</time>: <strong class="assess assess-partly"><span aria-hidden="true">◐</span> Delvis nådd</strong></li></ul></dd>',
    );
  });

  it('lists an evaluation with a record but no day held, saying so', () => {
    const data = plan((d) => Object.assign(d.evalueringer[1]!, { beslutninger: ['Neste møte hjemme hos Maja.'] }));
    const log = sectionOf(page(data), 'log');
    expect(log).toContain('<li><h3>Evaluering <time datetime="2027-02-10">onsdag 10. februar 2027</time></h3>\n<p class="muted">Det står ikke når møtet ble holdt.</p><dl class="pairs"><dt>Om</dt>');
  });

  it('is left out when no evaluation has been held', () => {
    const html = page(plan((d) => (d.evalueringer = d.evalueringer.slice(1))));
    expect(html).not.toContain('<section id="log"');
  });

  it.each([
    ['nn', '<h2 id="log-h">Møta vi har hatt</h2>', '<dt>Avtalt til</dt>', '<dt>Desse var med</dt>', '<dt>Dette bestemte vi</dt>'],
    ['en', '<h2 id="log-h">The meetings we have had</h2>', '<h3>Evaluation on <time datetime="2026-11-12">Thursday 12 November 2026</time></h3>', '<dt>Who took part</dt>', '<dt>What we decided</dt>'],
  ])('speaks the page language (%s)', (lang, ...words) => {
    const log = sectionOf(page(plan(() => undefined, lang)), 'log');
    for (const w of words) expect(log).toContain(w);
  });
});

describe('an accessible page', () => {
  it('keeps one h1, headings in order, and headers on every table cell that heads', () => {
    const html = page(DATA);
    const levels = headingLevels(html);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
    for (const th of tags(html).filter((t) => t.name === 'th')) expect(['col', 'row']).toContain(th.attrs.scope);
  });

  it('never tells a status by colour alone: each has its own sign and its word', () => {
    const html = page(
      plan((d) => {
        (d.evalueringer[0]!.vurderinger as Obj[]).push({ gjelder: 'M1b', status: 'endret' });
      }),
    );
    const statuses = [...html.matchAll(/<strong class="assess assess-([a-z-]+)"><span aria-hidden="true">(.)<\/span> ([^<]+)<\/strong>/g)].map((m) => m.slice(1));
    expect(new Set(statuses.map((s) => s.join(' ')))).toEqual(new Set(['partly ◐ Delvis nådd', 'reached ✓ Nådd', 'changed ↻ Endret', 'not-reached ✗ Ikke nådd']));
  });
});

describe('escaping', () => {
  const HOSTILE = '<script>alert(1)</script> & "quotes" \'x\' $& \u0007';
  it('escapes sub-goals, notes, decisions, decision references and unknown participant ids', () => {
    const data = plan((d) => {
      (d.mål[0]!.delmål as Obj[])[0]!.tekst = `Delmål ${HOSTILE}`;
      (d.evalueringer[0]!.vurderinger as Obj[])[0]!.merknad = `Merknad ${HOSTILE}`;
      d.evalueringer[0]!.beslutninger = [`Beslutning ${HOSTILE}`];
      d.evalueringer[0]!.deltok = ['maja', `<b>${HOSTILE}</b>`];
      d.tiltak[0]!.vedtak = { referanse: `Ref ${HOSTILE}`, til: '2027-02-28' };
    });
    const html = page(data);
    const names = tags(html).map((t) => t.name);
    expect(names).not.toContain('script');
    expect(names).not.toContain('b');
    const escaped = '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;x&#39; $&amp; \uFFFD';
    for (const what of ['Delmål', 'Merknad', 'Beslutning']) expect(html).toContain(`${what} ${escaped}`);
    expect(html).toContain(`Vedtak: «<bdi>Ref ${escaped}</bdi>»`);
    expect(html).toContain(`<bdi>&lt;b&gt;${escaped}&lt;/b&gt;</bdi> <span class="muted">(ukjent deltaker)</span>`);
    expect(html).not.toContain('\u0007');
  });
});
