import { example } from './helpers.js';

/**
 * The command line as a contract, one case per line of this table: the
 * arguments, the files in the folder it runs in, and exactly what comes back
 * (exit code, and standard output and error where they matter). Every case
 * runs both in-process and through the built binary (test/cli.test.ts),
 * with the suite's one fixed today (IP_TODAY, set by the run helpers).
 */

export interface CliCase {
  name: string;
  args: string[];
  files?: Record<string, string>;
  env?: Record<string, string>;
  code: number;
  /** Exact text, or a pattern it must match. */
  stdout?: string | RegExp;
  stderr?: string | RegExp;
}

const GOOD = example('barn-med-iop.md');
const BROKEN = example('bolig-og-arbeid.md').replace(/^ *omfang: 1 time per uke\n/m, '');
const DRAFT = example('utkast-forste-mote.md');
const NOTES = '# Notes\n';
const ADULT = example('bolig-og-arbeid.md');
const NO_PLANS_HINT = 'A plan is a Markdown file with "ip: 1" at the top of its front matter. Check the path, or use --allow-empty if having no plans here is fine.\n';

export const CLI_CASES: CliCase[] = [
  // validate
  { name: 'validate: valid plans', args: ['validate', '.'], files: { 'p.md': GOOD }, code: 0, stdout: 'Checked 1 plan: 0 errors, 0 warnings.\n', stderr: '' },
  { name: 'validate: a plan with errors', args: ['validate', '.'], files: { 'p.md': BROKEN }, code: 1, stdout: /^p\.md:60:5: error: .*\[point-missing\]\n/ },
  { name: 'validate: warnings only', args: ['validate', '.'], files: { 'p.md': DRAFT }, code: 0 },
  { name: 'validate: warnings with --strict', args: ['validate', '.', '--strict'], files: { 'p.md': DRAFT }, code: 1 },
  { name: 'validate: --quiet lists no warning, and the summary still counts them', args: ['validate', '.', '--quiet'], files: { 'p.md': DRAFT }, code: 0, stdout: 'Checked 1 plan: 0 errors, 7 warnings.\n', stderr: '' },
  { name: 'validate: --quiet still lists errors', args: ['validate', '.', '-q'], files: { 'p.md': BROKEN, 'd.md': DRAFT }, code: 1, stdout: /^p\.md:60:5: error: .*\[point-missing\]\n.*\n\nChecked 2 plans: 1 error, 7 warnings\.\nPlans with errors: 1\. Plans with warnings only: 1\.\nMost frequent: point-missing \(8\)\.\n/ },
  { name: 'validate: --max-warnings at the count passes', args: ['validate', '.', '--max-warnings', '7'], files: { 'p.md': DRAFT }, code: 0 },
  { name: 'validate: --max-warnings below the count fails', args: ['validate', '.', '--max-warnings', '6', '--quiet'], files: { 'p.md': DRAFT }, code: 1, stdout: 'Checked 1 plan: 0 errors, 7 warnings.\n' },
  {
    name: 'validate: --max-warnings that is not a whole number',
    args: ['validate', '.', '--max-warnings', '-1'],
    files: { 'p.md': DRAFT },
    code: 2,
    stdout: '',
    stderr: /^ip: --max-warnings must be a whole number, 0 or more\.\n.*--max-warnings 0/,
  },
  {
    name: 'validate: --format json, with the skipped files',
    args: ['validate', '--format', 'json'],
    files: { 'p.md': GOOD, 'README.md': NOTES },
    code: 0,
    stdout: /"summary": \{\n {4}"files": 1,\n {4}"skipped": 1,\n {4}"errors": 0,\n {4}"warnings": 0,\n {4}"skipped_files": \[\n {6}\{\n {8}"path": "README.md",\n {8}"reason": "no-front-matter"\n/,
  },
  { name: 'validate: a folder without plans exits 2 and says where it looked', args: ['validate', 'docs'], files: { 'docs/README.md': NOTES }, code: 2, stdout: '', stderr: `ip: Found no plans in "docs". The one Markdown file there is not a plan.\n${NO_PLANS_HINT}` },
  { name: 'validate: --allow-empty accepts a folder without plans', args: ['validate', 'docs', '--allow-empty'], files: { 'docs/README.md': NOTES }, code: 0, stderr: '' },
  { name: 'validate: a broken ip key in a folder is an error', args: ['validate', '.'], files: { 'p.md': GOOD.replace('ip: 1\n', 'IP: 1\n') }, code: 1, stdout: /^p\.md:2:1: error: .*\[broken-ip-key\]/ },
  { name: 'validate: empty front matter in a folder passes, with a warning', args: ['validate', '.'], files: { 'p.md': GOOD, 'e.md': '---\n---\n' }, code: 0, stdout: /^e\.md:1:1: warning: The front matter is empty\. \[empty-front-matter\]/ },
  { name: 'validate: empty front matter fails under --strict', args: ['validate', '.', '--strict'], files: { 'p.md': GOOD, 'e.md': '---\n---\n' }, code: 1 },
  { name: 'validate: --fix-dry-run on a plan with nothing to fix', args: ['validate', '--fix-dry-run', '.'], files: { 'p.md': GOOD }, code: 0, stdout: 'Nothing to fix. Nothing was written.\n\nChecked 1 plan: 0 errors, 0 warnings.\n', stderr: '' },
  { name: 'validate: --fix mends a date and reports the check after', args: ['validate', '--fix', '.', '--lang', 'nb'], files: { 'p.md': GOOD.replace('dato: 2027-01-20', 'dato: 20.1.2027') }, code: 0, stdout: 'Rettet 1 feil i p.md: date-form (1).\n\n1 plan sjekket: 0 feil, 0 advarsler.\n', stderr: '' },
  { name: 'validate: --fix and --fix-dry-run together is a usage error', args: ['validate', '--fix', '--fix-dry-run', '.'], files: { 'p.md': GOOD }, code: 2, stdout: '', stderr: 'ip: --fix and --fix-dry-run cannot be used together.\nUse --fix-dry-run to see what would be fixed, and --fix to fix it.\n' },
  // messages in the plan's own terms, with the line to write
  {
    name: 'validate: a near-miss role, by id of its measure and with the value meant',
    args: ['validate', 'p.md'],
    files: { 'p.md': ADULT.replace('rolle: pårørende', 'rolle: paaroerende') },
    code: 1,
    stdout: /^p\.md:\d+:\d+: error: "deltaker no\. 5: rolle" has a value that is not allowed\. Did you mean "pårørende"\? \[invalid-value\]\n {2}How to fix: Write "rolle: pårørende"\.\n/,
  },
  {
    name: 'validate: a coordinator named by name, piped: which participant, never the name',
    args: ['validate', 'p.md'],
    files: { 'p.md': ADULT.replace('koordinator: ola', 'koordinator: Ola Hansen') },
    code: 1,
    stdout: /How to fix: Write the id of participant no\. 2 \(tjenesteyter\), not the name: the id is on the line "id:" under the participant in "deltakere"\.\n/,
  },
  {
    name: 'validate: one tab is one error, named as a tab',
    args: ['validate', 'p.md'],
    files: { 'p.md': ADULT.replace('    omfang: 1 time per uke', '\tomfang: 1 time per uke') },
    code: 1,
    stdout: /^p\.md:\d+:1: error: A tab is in the indentation here\. YAML allows only spaces in indentation\. \[pasted-character\]\n {2}How to fix: Replace the tab with spaces: two spaces per level\.\n\nChecked 1 plan: 1 error, 0 warnings\.\n$/,
  },
  {
    name: 'validate: a date written the Norwegian way gets the date to write',
    args: ['validate', 'p.md', '--lang', 'nb'],
    files: { 'p.md': ADULT.replace('    til: 2027-03-01', '    til: 1.3.2027') },
    code: 1,
    stdout: /Slik retter du: Skriv «til: 2027-03-01»\.\n/,
  },
  { name: 'validate: --stdin-filename without --stdin', args: ['validate', '--stdin-filename', 'x.md'], code: 2, stderr: 'ip: --stdin-filename is only used with --stdin.\n' },
  // due
  { name: 'due: a caseload', args: ['due', '.', '--within', '365d'], files: { 'p.md': GOOD }, code: 0, stdout: /^Due as of 2026-11-22/ },
  { name: 'due: nothing in the folder is a plan', args: ['due', '.'], files: { 'README.md': NOTES }, code: 2, stdout: '', stderr: `ip: Found no plans in ".". The one Markdown file there is not a plan.\n${NO_PLANS_HINT}` },
  { name: 'due: --allow-empty', args: ['due', '.', '--allow-empty'], files: { 'README.md': NOTES }, code: 0, stdout: /Found no open plans/ },
  { name: 'due: a bad --within', args: ['due', '.', '--within', 'soon'], files: { 'p.md': GOOD }, code: 2, stderr: /^ip: --within/ },
  // render
  { name: 'render: one plan to standard output', args: ['render', 'p.md', '-o', '-'], files: { 'p.md': GOOD }, code: 0, stdout: /^<!doctype html>/i, stderr: '' },
  { name: 'render: without -o', args: ['render', 'p.md'], files: { 'p.md': GOOD }, code: 2, stdout: '', stderr: /^ip: Missing -o: say where the page should be written\.\n/ },
  { name: 'render: no plans in the folder', args: ['render', 'docs', '-o', 'out/'], files: { 'docs/README.md': NOTES }, code: 2, stderr: `ip: Found no plans in "docs". The one Markdown file there is not a plan.\n${NO_PLANS_HINT}` },
  // report
  { name: 'report: JSON of one plan', args: ['report', '.', '--format', 'json'], files: { 'p.md': GOOD }, code: 0, stdout: /^\{\n {2}"version": 1,\n {2}"today": "2026-11-22",\n {2}"plans": \{\n {4}"total": 1,/, stderr: '' },
  { name: 'report: nothing in the folder is a plan', args: ['report', '.'], files: { 'README.md': NOTES }, code: 2, stdout: '', stderr: `ip: Found no plans in ".". The one Markdown file there is not a plan.\n${NO_PLANS_HINT}` },
  { name: 'report: --allow-empty', args: ['report', '.', '--allow-empty'], files: { 'README.md': NOTES }, code: 0, stdout: /^Caseload report as of 2026-11-22: 0 plans\n/ },
  { name: 'report: --excel with --format json', args: ['report', '.', '--excel', '--format', 'json'], files: { 'p.md': GOOD }, code: 2, stdout: '', stderr: 'ip: --excel is for CSV, but --format is json.\nUse --format csv --excel, or just --excel.\n' },
  { name: 'report: -o onto a file that exists', args: ['report', 'p.md', '-o', 'r.html'], files: { 'p.md': GOOD, 'r.html': 'mine' }, code: 2, stdout: '', stderr: 'ip: Not writing: r.html already exists.\nChoose another name with -o, or use --force to replace the file.\n' },
  // diff
  { name: 'diff: two files, no change', args: ['diff', 'a.md', 'b.md', '--exit-code'], files: { 'a.md': GOOD, 'b.md': GOOD }, code: 0, stdout: /No changes/ },
  { name: 'diff: two files, a change, --exit-code', args: ['diff', 'a.md', 'b.md', '--exit-code'], files: { 'a.md': GOOD, 'b.md': GOOD.replace('ip: 1\n', 'ip: 1\n').replace(/^status: aktiv$/m, 'status: utkast') }, code: 1 },
  // log
  { name: 'log: a plan outside git', args: ['log', 'p.md'], files: { 'p.md': GOOD }, code: 2, stdout: '', stderr: /^ip: "p\.md" is not in a git repository, so it has no history to show\.\n/ },
  { name: 'log: a path that does not exist', args: ['log', 'nope.md'], code: 2, stdout: '', stderr: 'ip: File not found: "nope.md".\nCheck the path and spelling. "ip log PLAN.md" shows the history of one plan.\n' },
  { name: 'log: a bad --max-count', args: ['log', 'p.md', '-n', '0'], files: { 'p.md': GOOD }, code: 2, stderr: 'ip: --max-count must be a whole number of 1 or more.\nFor example: -n 20\n' },
  // evaluate
  { name: 'evaluate: a dry run from flags', args: ['evaluate', 'p.md', '--status', 'M1=nådd', '--yes', '--dry-run', '--held', '2026-11-20'], files: { 'p.md': example('bolig-og-arbeid.md') }, code: 0, stdout: /^p\.md: working copy → after the evaluation\n\nEvaluations\n {2}~ evaluation E2 \(2027-02-15, evaluering\)\n {6}\+ utført: 2026-11-20\n/, stderr: '' },
  { name: 'evaluate: no terminal, no --yes or --answers', args: ['evaluate', 'p.md'], files: { 'p.md': example('bolig-og-arbeid.md') }, code: 2, stderr: /^ip: No terminal to ask in/ },
  // usage, shared by every command
  { name: 'an unknown flag', args: ['validate', '--bogus'], code: 2, stderr: /unknown option '--bogus'/ },
  { name: 'an unknown command', args: ['frobnicate'], code: 2, stderr: /unknown command 'frobnicate'/ },
  { name: 'no command', args: [], code: 2, stderr: /Usage: ip/ },
  { name: 'a bad --format', args: ['validate', '--format', 'xml'], code: 2, stderr: /argument 'xml' is invalid/ },
  { name: 'a bad --lang (reported in bokmål, as any unknown language is)', args: ['validate', '--lang', 'de'], code: 2, stderr: /«de» er ingen gyldig verdi for --lang/ },
  { name: 'a bad --max-size', args: ['validate', '--max-size', 'lots'], code: 2, stderr: /--max-size must be a size/ },
  { name: 'a bad IP_TODAY', args: ['validate', '.'], env: { IP_TODAY: 'tomorrow' }, code: 2, stderr: /^ip: IP_TODAY must be a date written YYYY-MM-DD or DD\.MM\.YYYY\./ },
  { name: 'a path that does not exist', args: ['validate', 'missing.md'], code: 2, stderr: 'ip: Nothing matches "missing.md".\nCheck the path, or put globs in quotes.\n' },
  { name: 'a path that does not exist, for due', args: ['due', 'missing'], code: 2, stderr: 'ip: Nothing matches "missing".\nCheck the path, or put globs in quotes.\n' },
  { name: '--help', args: ['--help'], code: 0, stdout: /^Usage: ip/ },
  { name: '--version', args: ['--version'], code: 0, stdout: /^\d+\.\d+\.\d+\n$/ },
];
