import { esc } from '../../render/html.js';

/**
 * Horizontal bar charts as inline SVG, drawn with plain arithmetic: a row per
 * bar, its label on the left, the bar scaled to the largest value, the value
 * written after it. One dark grey on white, so a chart reads the same in
 * grey-scale and on paper. No script, no style attribute (the page's
 * Content-Security-Policy allows only its own stylesheet): presentation
 * attributes and classes only.
 */

export interface Bar {
  label: string;
  value: number;
}

const LABEL_WIDTH = 200;
const BAR_WIDTH = 280;
const VALUE_WIDTH = 60;
const ROW = 22;
const LABEL_CHARS = 30;

function shortLabel(label: string): string {
  const chars = [...label];
  return chars.length > LABEL_CHARS ? `${chars.slice(0, LABEL_CHARS - 1).join('')}…` : label;
}

/** The chart: `titleId` names the heading that titles it, for screen readers. */
export function barChart(bars: readonly Bar[], title: string, titleId: string): string {
  let max = 0;
  for (const b of bars) if (b.value > max) max = b.value;
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
  const height = Math.max(1, bars.length) * ROW + 4;
  const rows = bars.map((b, i) => {
    const y = i * ROW + 2;
    const w = max > 0 ? Math.round((b.value / max) * BAR_WIDTH * 10) / 10 : 0;
    // A bar above zero is always visible, however small beside the largest.
    const shown = b.value > 0 ? Math.max(w, 1) : 0;
    return (
      `<g class="bar" data-label="${esc(b.label)}" data-value="${b.value}">` +
      `<text x="${LABEL_WIDTH - 6}" y="${y + 15}" text-anchor="end">${esc(shortLabel(b.label))}</text>` +
      `<rect x="${LABEL_WIDTH}" y="${y + 3}" width="${shown}" height="${ROW - 6}" fill="#404040"></rect>` +
      `<text x="${LABEL_WIDTH + shown + 6}" y="${y + 15}">${b.value}</text></g>`
    );
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${titleId}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-size="12" font-family="sans-serif" fill="#000">` +
    `<title>${esc(title)}</title>` +
    `<line x1="${LABEL_WIDTH}" y1="0" x2="${LABEL_WIDTH}" y2="${height}" stroke="#000" stroke-width="1"></line>` +
    rows.join('') +
    '</svg>'
  );
}
