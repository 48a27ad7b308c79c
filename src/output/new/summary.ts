import { basename } from 'node:path';
import { INTERVIEW_TEXT } from '../../new/interview-text.js';
import { POINT_SUMMARY, REGULATION, type LegalPoint } from '../../plan/legal.js';
import type { Diagnostic } from '../../plan/types.js';
import { toJson } from '../json.js';
import type { Lang } from '../lang.js';
import { shownPath } from '../path.js';
import { renderDiagnostic } from '../../plan/diagnostics/messages.js';
import type { Paint } from '../style.js';
import { SUMMARY_TEXT } from './messages.js';

/**
 * What `ip new` says when the plan is written: where it is, which points a–i
 * are still missing before it can be active, and the commands to run next.
 * The path is the plan id unless the user chose another; no value from the
 * plan is shown.
 */

export interface NewResult {
  /** As shown to the user (relative to the current folder where it lies inside it). */
  path: string;
  id: string;
  planLang: 'nb' | 'nn' | 'en';
  missing: LegalPoint[];
  warnings: Diagnostic[];
  leftover?: string;
}

/** A path as it can be pasted into a shell. */
export function shellQuote(path: string): string {
  return /^[\w./@%+=:,-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

export function formatNewText(result: NewResult, lang: Lang, paint: Paint): string {
  const t = SUMMARY_TEXT[lang];
  const lines: string[] = [];
  // A path from -o is the user's argument, shown as every printed path is (a control character as ?).
  const path = shownPath(result.path);
  lines.push(paint('green', t.written(paint('bold', path), INTERVIEW_TEXT[lang].langNames[result.planLang])));
  if (result.leftover) lines.push(paint('yellow', t.leftoverAfterWrite(shownPath(result.leftover))));
  lines.push('');
  if (result.missing.length > 0) {
    lines.push(t.missingIntro(REGULATION[lang]));
    for (const p of result.missing) lines.push(`  ${paint('bold', p)}  ${POINT_SUMMARY[p][lang]}`);
  } else lines.push(t.noneMissing);
  if (result.warnings.length > 0) {
    lines.push('', t.otherWarnings);
    for (const d of result.warnings) lines.push(`  ${paint('yellow', renderDiagnostic(d, lang).message)}`);
  }
  const file = shellQuote(path);
  // Never beside the plan: a rendered copy in the plans folder is one more copy of health data.
  const html = `~/${t.printFolder}/${shellQuote(`${basename(path).replace(/\.md$/i, '')}.html`)}`;
  lines.push(
    '',
    t.nextSteps,
    `  1. ${t.stepEdit(path)}`,
    `  2. ${t.stepValidate} ${paint('cyan', `ip validate ${file}`)}`,
    `  3. ${t.stepActive}`,
    `  4. ${t.stepRender} ${paint('cyan', `ip render ${file} -o ${html}`)}`,
  );
  return lines.join('\n') + '\n';
}

/** `--format json`: for scripts that make plans in bulk. */
export function formatNewJson(result: NewResult, lang: Lang): string {
  return toJson({
    version: 1,
    path: result.path,
    id: result.id,
    status: 'utkast',
    language: result.planLang,
    missingPoints: result.missing,
    warnings: result.warnings.map((d) => ({ code: d.code, message: renderDiagnostic(d, lang).message, line: d.line, column: d.column, ...(d.point ? { point: d.point } : {}) })),
    ...(result.leftover ? { leftover: result.leftover } : {}),
  });
}
