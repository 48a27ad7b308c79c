import { cssString } from './html.js';

/**
 * The page's only stylesheet, inline. Colours are named once so a test can
 * check every text/background pair against WCAG AA (4.5:1).
 */

export const PALETTE = {
  text: '#1b1b1b',
  muted: '#4a4a4a',
  background: '#ffffff',
  accent: '#1f4e79',
  link: '#0b57a4',
  rule: '#c9cfd6',
  tableHead: '#eef2f6',
  tag: '#e6ecf3',
  tagText: '#1f3550',
  next: '#fff1b8',
  nextRule: '#8a6100',
  late: '#8c1d18',
  errorBg: '#fdeceb',
  errorRule: '#b3261e',
  errorText: '#8c1d18',
  draftBg: '#eaf2fb',
  badgeText: '#ffffff',
  reached: '#1b5e20',
  partly: '#6b4a00',
  changed: '#1f4e79',
} as const;

/** Text on background pairs the stylesheet uses; the contrast test walks this list. */
export const CONTRAST_PAIRS: ReadonlyArray<readonly [keyof typeof PALETTE, keyof typeof PALETTE]> = [
  ['text', 'background'],
  ['muted', 'background'],
  ['accent', 'background'],
  ['link', 'background'],
  ['text', 'tableHead'],
  ['muted', 'tableHead'],
  ['tagText', 'tag'],
  ['text', 'next'],
  ['muted', 'next'],
  ['link', 'next'],
  ['badgeText', 'accent'],
  ['late', 'background'],
  ['text', 'errorBg'],
  ['errorText', 'errorBg'],
  ['text', 'draftBg'],
  ['accent', 'draftBg'],
  ['tagText', 'next'],
  // The assessment statuses, on the page and in a goal's box.
  ['reached', 'background'],
  ['reached', 'tableHead'],
  ['partly', 'background'],
  ['partly', 'tableHead'],
  ['late', 'tableHead'],
  ['changed', 'background'],
  ['changed', 'tableHead'],
];

export interface PrintFooter {
  /** Whose plan it is: the page's title, at the foot of every printed page. */
  who: string;
  page: string;
  of: string;
  /** For a draft: the word (UTKAST) at the head of every printed page. */
  draft?: string;
}

/**
 * Sizes are in rem, so the print rule `html { font-size: 12pt }` sets the
 * body to 12 pt and the smallest text (0.85rem) to 10.2 pt; the browser test
 * measures it. The printed head and foot of each page are CSS page-margin
 * boxes (Chromium 131 and later, so Chrome and Edge, print them; a browser
 * without them prints its own header and footer, with the page's title,
 * which names the person and says UTKAST for a draft, and page numbers).
 */
export function stylesheet(footer: PrintFooter): string {
  const c = PALETTE;
  const font = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", Arial, sans-serif';
  const draft = footer.draft
    ? `\n  @top-right { content: ${cssString(footer.draft)}; font-family: ${font}; font-size: 12pt; font-weight: 700; letter-spacing: 0.1em; color: ${c.errorText}; }`
    : '';
  return `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { font-size: 106.25%; -webkit-text-size-adjust: 100%; }
body { margin: 0; background: ${c.background}; color: ${c.text};
  font-family: ${font};
  line-height: 1.55; overflow-wrap: break-word; }
bdi { unicode-bidi: isolate; }
.page { max-width: 60rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; color: ${c.accent}; overflow-wrap: anywhere; }
h1 { font-size: 2rem; margin: 0.25rem 0 1rem; }
h2 { font-size: 1.45rem; margin: 0 0 0.75rem; padding-bottom: 0.3rem; border-bottom: 2px solid ${c.rule}; }
h3 { font-size: 1.15rem; margin: 1.25rem 0 0.5rem; }
h4, h5, h6 { font-size: 1rem; margin: 1rem 0 0.4rem; }
p { margin: 0 0 0.75rem; }
a { color: ${c.link}; text-decoration: underline; text-underline-offset: 0.15em; }
a:focus-visible { outline: 3px solid ${c.accent}; outline-offset: 2px; }
.email, a[href^="mailto:"], a[href^="http"] { overflow-wrap: anywhere; }
section { margin: 0 0 2.25rem; }
ul, ol { padding-left: 1.4rem; margin: 0 0 0.75rem; }
li { margin: 0.2rem 0; }
.muted { color: ${c.muted}; }
.status { display: inline-block; margin: 0; font-weight: 600; color: ${c.muted}; text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.85rem; }
.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(13rem, 100%), 1fr)); gap: 0.5rem 1.5rem; margin: 0 0 2rem; padding: 1rem 1.25rem; border: 1px solid ${c.rule}; border-radius: 6px; }
.facts div { min-width: 0; }
.facts dt { font-size: 0.85rem; color: ${c.muted}; }
.facts dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
.facts .sub { display: block; font-weight: 400; }
.facts .next-fact { background: ${c.next}; border: 1px solid ${c.nextRule}; border-left-width: 4px; padding: 0.25rem 0.6rem; border-radius: 4px; }
.facts .next-fact dt { color: ${c.muted}; }
.goals { list-style: none; padding: 0; margin: 0 0 1rem; }
.goals li { margin: 0 0 0.9rem; padding: 0.75rem 1rem; border-left: 4px solid ${c.accent}; background: ${c.tableHead}; border-radius: 0 6px 6px 0; }
.goal-text { font-size: 1.2rem; margin: 0 0 0.25rem; }
.goal-meta { margin: 0; font-size: 0.9rem; color: ${c.muted}; }
.subgoals { list-style: none; margin: 0.6rem 0 0; padding: 0 0 0 0.9rem; border-left: 3px solid ${c.rule}; }
.goals .subgoals li { margin: 0 0 0.6rem; padding: 0; border: 0; background: none; border-radius: 0; }
.subgoal-text { font-size: 1.05rem; margin: 0 0 0.15rem; }
.course-h { margin: 0.5rem 0 0.15rem; font-size: 0.9rem; font-weight: 600; color: ${c.muted}; }
.course ul { list-style: none; padding: 0; margin: 0; }
.goals .course li { margin: 0.15rem 0; padding: 0; border: 0; background: none; border-radius: 0; }
.assess { font-weight: 700; white-space: nowrap; }
.assess-reached { color: ${c.reached}; }
.assess-partly { color: ${c.partly}; }
.assess-not-reached { color: ${c.late}; }
.assess-changed { color: ${c.changed}; }
.log { list-style: none; padding: 0; }
.log > li { margin: 0 0 1.25rem; padding-left: 1rem; border-left: 4px solid ${c.rule}; }
.log h3 { margin-top: 0; }
dl.pairs dd ul { margin: 0; padding-left: 1.2rem; }
table { width: 100%; border-collapse: collapse; font-size: 0.95rem; margin: 0 0 1rem; }
th, td { text-align: start; vertical-align: top; padding: 0.55rem 0.6rem; border-bottom: 1px solid ${c.rule}; }
thead th { background: ${c.tableHead}; font-size: 0.85rem; }
tbody th { font-weight: 600; }
td .sub, th .sub { display: block; font-weight: 400; font-size: 0.88rem; color: ${c.muted}; }
tr.next td, tr.next th { background: ${c.next}; border-top: 2px solid ${c.nextRule}; border-bottom: 2px solid ${c.nextRule}; }
tr.next th { border-left: 5px solid ${c.nextRule}; }
.badge { display: inline-block; padding: 0.05rem 0.5rem; border-radius: 999px; border: 1px solid ${c.accent}; background: ${c.accent}; color: ${c.badgeText}; font-weight: 700; font-size: 0.85rem; }
.late { color: ${c.late}; font-weight: 600; }
.card { border: 1px solid ${c.rule}; border-radius: 6px; padding: 1rem 1.25rem; }
.card p:last-child { margin-bottom: 0; }
.name { font-weight: 700; font-size: 1.1rem; }
dl.pairs { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0 0 0.75rem; }
dl.pairs dt { color: ${c.muted}; }
dl.pairs dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
.transitions { list-style: none; padding: 0; }
.transitions li { margin: 0 0 1rem; padding-left: 1rem; border-left: 4px solid ${c.rule}; }
.banner { padding: 1rem 1.25rem; border-radius: 6px; margin: 0 0 2rem; }
.banner h2 { border: 0; padding: 0; }
.banner ul { margin: 0; }
.banner-errors { background: ${c.errorBg}; border: 2px solid ${c.errorRule}; }
.banner-errors h2 { color: ${c.errorText}; }
.banner-draft { background: ${c.draftBg}; border: 2px solid ${c.accent}; }
.body blockquote { margin: 0 0 0.75rem; padding-left: 1rem; border-left: 4px solid ${c.rule}; }
.body pre { overflow-x: auto; padding: 0.75rem; background: ${c.tableHead}; white-space: pre-wrap; overflow-wrap: anywhere; }
footer { border-top: 1px solid ${c.rule}; padding-top: 1rem; font-size: 0.85rem; color: ${c.muted}; }
@media (forced-colors: active) {
  /* Backgrounds are dropped in Windows high-contrast mode; the borders that mark the next meeting stay. */
  tr.next td, tr.next th, .facts .next-fact, .badge { border-color: Highlight; }
}
@media screen and (max-width: 46em) {
  /* Every table becomes a list of cards: nothing needs sideways scrolling on a phone or at 400 % zoom. */
  table.stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  table.stack, table.stack tbody, table.stack tr, table.stack th, table.stack td { display: block; }
  table.stack tr { border: 1px solid ${c.rule}; border-radius: 6px; margin: 0 0 0.9rem; }
  table.stack th, table.stack td { border: 0; padding: 0.35rem 0.75rem; }
  table.stack tbody th { padding-top: 0.65rem; font-size: 1.05rem; }
  table.stack td:last-child { padding-bottom: 0.65rem; }
  table.stack td:empty { display: none; }
  table.stack tr.next { border: 3px solid ${c.nextRule}; background: ${c.next}; }
  table.stack tr.next th, table.stack tr.next td { border: 0; }
  /* The column's name above each cell; "/ ''" gives it no text for screen readers, which already read the column header. */
  table.stack td[data-label]::before { content: attr(data-label) / ""; display: block; font-size: 0.85rem; font-weight: 600; color: ${c.muted}; }
}
@media (max-width: 36rem) {
  .page { padding: 1.25rem 0.85rem 2rem; }
  h1 { font-size: 1.6rem; }
  .facts { padding: 0.75rem 0.85rem; }
  dl.pairs { grid-template-columns: 1fr; }
  dl.pairs dd { margin-bottom: 0.4rem; }
  .goals li { padding: 0.6rem 0.75rem; }
}
@page {
  size: A4;
  margin: 16mm 15mm 18mm;
  @bottom-left { content: ${cssString(footer.who)}; font-family: ${font}; font-size: 10pt; color: ${c.muted}; }
  @bottom-right { content: ${cssString(footer.page)} " " counter(page) " " ${cssString(footer.of)} " " counter(pages); font-family: ${font}; font-size: 10pt; color: ${c.muted}; }${draft}
}
@media print {
  html { font-size: 12pt; }
  .page { max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  /* A section may run on to the next page: no half-empty pages. Rows, cards and goals stay whole. */
  section { margin-bottom: 1.25rem; }
  h1, h2, h3, h4 { break-after: avoid-page; }
  tr, .goals > li, .card, .facts, .banner, .log > li { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: ${c.text}; text-decoration: none; }
  .body a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; color: ${c.muted}; }
}
`.trimStart();
}
