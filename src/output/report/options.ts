import type { Lang } from '../lang.js';
import type { Paint } from '../style.js';

/** What every `ip report` formatter gets besides the report. */
export interface ReportFormatOptions {
  lang: Lang;
  paint: Paint;
  /** CSV for spreadsheets in Norwegian locales: a BOM and `;` between cells. */
  excel: boolean;
}

/** How many ids or lines a list in text or Markdown shows before it counts the rest (JSON, CSV and HTML have them all). */
export const LIST_LIMIT = 20;
