import { UsageError } from '../context.js';
import type { Caseload } from '../caseload.js';
import { noPlansMessage, unmatchedMessage } from '../output/caseload.js';
import type { Lang } from '../output/lang.js';

/**
 * A run must find what it was pointed at: an argument that matches nothing is
 * a usage error (exit 2), and so is a run that finds no plan at all, unless
 * `--allow-empty` says that is fine (as ESLint and markdownlint-cli2 do for
 * patterns that match nothing).
 */
export function requireFound(caseload: Caseload<unknown>, lang: Lang, allowEmpty: boolean): void {
  if (caseload.unmatched.length > 0) {
    const { message, hint } = unmatchedMessage(caseload.unmatched, lang);
    throw new UsageError(message, hint);
  }
  if (caseload.plans.length === 0 && !allowEmpty) {
    const { message, hint } = noPlansMessage(caseload.looked, caseload.skipped.length, lang);
    throw new UsageError(message, hint);
  }
}
