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
  /** Left of the page number in the printed footer, e.g. the plan id. */
  label?: string;
  page: string;
  of: string;
}

export function stylesheet(footer: PrintFooter): string {
  const c = PALETTE;
  const label = footer.label ? `${cssString(footer.label)} "  ·  " ` : '';
  return `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { font-size: 106.25%; -webkit-text-size-adjust: 100%; }
body { margin: 0; background: ${c.background}; color: ${c.text};
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", Arial, sans-serif;
  line-height: 1.55; overflow-wrap: break-word; }
.page { max-width: 50rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; color: ${c.accent}; }
h1 { font-size: 2rem; margin: 0.25rem 0 1rem; }
h2 { font-size: 1.45rem; margin: 0 0 0.75rem; padding-bottom: 0.3rem; border-bottom: 2px solid ${c.rule}; }
h3 { font-size: 1.15rem; margin: 1.25rem 0 0.5rem; }
h4, h5, h6 { font-size: 1rem; margin: 1rem 0 0.4rem; }
p { margin: 0 0 0.75rem; }
a { color: ${c.link}; text-decoration: underline; text-underline-offset: 0.15em; }
a:focus-visible { outline: 3px solid ${c.accent}; outline-offset: 2px; }
section { margin: 0 0 2.25rem; }
ul, ol { padding-left: 1.4rem; margin: 0 0 0.75rem; }
li { margin: 0.2rem 0; }
.muted { color: ${c.muted}; }
.status { display: inline-block; margin: 0; font-weight: 600; color: ${c.muted}; text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.85rem; }
.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr)); gap: 0.5rem 1.5rem; margin: 0 0 2rem; padding: 1rem 1.25rem; border: 1px solid ${c.rule}; border-radius: 6px; }
.facts div { min-width: 0; }
.facts dt { font-size: 0.85rem; color: ${c.muted}; }
.facts dd { margin: 0; font-weight: 600; }
.facts .next-fact { background: ${c.next}; border-left: 4px solid ${c.nextRule}; padding: 0.25rem 0.6rem; border-radius: 4px; }
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
.tag { display: inline-block; padding: 0 0.4rem; border-radius: 4px; background: ${c.tag}; color: ${c.tagText}; font-size: 0.85rem; font-weight: 600; white-space: nowrap; }
.table-wrap { overflow-x: auto; margin: 0 0 1rem; }
table { width: 100%; border-collapse: collapse; font-size: 0.95rem; }
th, td { text-align: start; vertical-align: top; padding: 0.55rem 0.6rem; border-bottom: 1px solid ${c.rule}; }
thead th { background: ${c.tableHead}; font-size: 0.85rem; }
tbody th { font-weight: 600; }
td .sub, th .sub { display: block; font-weight: 400; font-size: 0.88rem; color: ${c.muted}; }
tr.next td, tr.next th { background: ${c.next}; }
tr.next th { box-shadow: inset 4px 0 0 ${c.nextRule}; }
.badge { display: inline-block; padding: 0.05rem 0.5rem; border-radius: 999px; background: ${c.accent}; color: ${c.badgeText}; font-weight: 700; font-size: 0.85rem; }
.late { color: ${c.late}; font-weight: 600; }
.card { border: 1px solid ${c.rule}; border-radius: 6px; padding: 1rem 1.25rem; }
.card p:last-child { margin-bottom: 0; }
.name { font-weight: 700; font-size: 1.1rem; }
dl.pairs { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0 0 0.75rem; }
dl.pairs dt { color: ${c.muted}; }
dl.pairs dd { margin: 0; }
.transitions { list-style: none; padding: 0; }
.transitions li { margin: 0 0 1rem; padding-left: 1rem; border-left: 4px solid ${c.rule}; }
.banner { padding: 1rem 1.25rem; border-radius: 6px; margin: 0 0 2rem; }
.banner h2 { border: 0; padding: 0; }
.banner-errors { background: ${c.errorBg}; border: 2px solid ${c.errorRule}; }
.banner-errors h2 { color: ${c.errorText}; }
.banner-draft { background: ${c.draftBg}; border: 2px solid ${c.accent}; }
.banner-groups { list-style: none; padding: 0; margin: 0; }
.banner-groups > li { margin: 0 0 0.6rem; }
.banner-point { font-weight: 700; }
.body blockquote { margin: 0 0 0.75rem; padding-left: 1rem; border-left: 4px solid ${c.rule}; }
.body pre { overflow-x: auto; padding: 0.75rem; background: ${c.tableHead}; }
footer { border-top: 1px solid ${c.rule}; padding-top: 1rem; font-size: 0.85rem; color: ${c.muted}; }
@media screen and (max-width: 46em) {
  table.stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  table.stack, table.stack tbody, table.stack tr, table.stack th, table.stack td { display: block; }
  table.stack tr { border: 1px solid ${c.rule}; border-radius: 6px; margin: 0 0 0.9rem; }
  table.stack th, table.stack td { border: 0; padding: 0.35rem 0.75rem; }
  table.stack tbody th { padding-top: 0.65rem; font-size: 1.05rem; }
  table.stack td:last-child { padding-bottom: 0.65rem; }
  table.stack td[data-label]::before { content: attr(data-label); display: block; font-size: 0.85rem; font-weight: 600; color: ${c.muted}; }
}
@media (max-width: 36rem) {
  .page { padding: 1.25rem 0.85rem 2rem; }
  h1 { font-size: 1.6rem; }
  dl.pairs { grid-template-columns: 1fr; }
  dl.pairs dd { margin-bottom: 0.4rem; }
  th, td { padding: 0.45rem 0.4rem; }
}
@page {
  size: A4;
  margin: 16mm 15mm 18mm;
  @bottom-center { content: ${label}${cssString(footer.page)} " " counter(page) " " ${cssString(footer.of)} " " counter(pages); font-family: system-ui, "Noto Sans", "Liberation Sans", "DejaVu Sans", Arial, sans-serif; font-size: 8.5pt; color: ${c.muted}; }
}
@media print {
  html { font-size: 10.5pt; }
  .page { max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  section { break-inside: avoid-page; margin-bottom: 1.5rem; }
  h1, h2, h3, h4 { break-after: avoid-page; }
  tr, li, .card, dl.pairs, .facts { break-inside: avoid; }
  thead { display: table-header-group; }
  .table-wrap { overflow: visible; }
  a { color: ${c.text}; text-decoration: none; }
  .body a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; color: ${c.muted}; }
  footer { break-before: avoid; }
}
`.trimStart();
}
