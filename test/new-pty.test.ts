import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

/**
 * The built binary in a real pseudo-terminal (tmux), answered by typing as a
 * person would. Needs tmux (Debian: apt-get install tmux) and a built dist/
 * (npm test builds first); without them the test fails and says so.
 */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'ip.js');
const TODAY = '2026-11-22';
/**
 * Each test gets its own tmux server: `kill-server` returns before the old
 * server has gone, and a new session on the same socket can then reach the
 * dying server ("server exited unexpectedly").
 */
let sessions = 0;
let socket = '';
/** A guard against a hang, not a timing assertion: a question that never comes fails the test with the screen. */
const WAIT_MS = 20_000;

function tmux(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

function screen(): string {
  return tmux('capture-pane', '-p', '-J', '-t', 'ipnew', '-S', '-200').stdout;
}

async function waitFor(text: string): Promise<void> {
  const end = Date.now() + WAIT_MS;
  while (Date.now() < end) {
    if (screen().includes(text)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`The terminal never showed "${text}". Screen:\n${screen()}`);
}

/** Wait for a question, then type the answer and press Enter (keys such as Down are sent as keys). */
async function answer(question: string, ...keys: string[]): Promise<void> {
  await waitFor(question);
  for (const key of keys) {
    if (/^(Down|Up|Enter|BSpace|C-c)$/.test(key)) tmux('send-keys', '-t', 'ipnew', key);
    else tmux('send-keys', '-t', 'ipnew', '-l', key);
  }
  tmux('send-keys', '-t', 'ipnew', 'Enter');
}

const dirs: string[] = [];
afterEach(() => {
  if (socket) tmux('kill-server');
  socket = '';
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

beforeAll(() => {
  const version = spawnSync('tmux', ['-V'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) {
    throw new Error('This test drives ip new through a real terminal and needs tmux, which is not installed. Install it (Debian/Ubuntu: apt-get install tmux).');
  }
  if (!existsSync(join(ROOT, 'dist', 'commands', 'new', 'new.js'))) throw new Error('dist/ is not built: run "npm run build" (npm test does) first.');
});

/** Start `ip new` in a fresh tmux session in `dir`; its exit code is printed as EXIT=n when it ends. */
function start(dir: string, lang: 'en' | 'nb'): void {
  socket = `ip-new-pty-${process.pid}-${++sessions}`;
  const command = `cd '${dir}' && env IP_LANG=${lang} IP_TODAY=${TODAY} TERM=xterm-256color '${process.execPath}' '${BIN}' new; echo "EXIT=$?"; exec sleep 600`;
  const r = tmux('new-session', '-d', '-s', 'ipnew', '-x', '150', '-y', '50', command);
  if (r.status !== 0) throw new Error(`tmux could not start a session: ${r.stderr}`);
}

describe('ip new in a real terminal', () => {
  it('asks, re-asks a mistyped fødselsnummer, and writes a plan ip validate accepts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ip-new-pty-'));
    dirs.push(dir);
    start(dir, 'en');
    await answer('Which language is the plan written in?', 'Up'); // from the offered English up to nynorsk
    await answer('What is the name of the person', 'Kari Nordmann');
    await answer('Birth date', '17.05.2002');
    await answer('Fødselsnummer or D-number', '17850250007');
    await waitFor('The check digits do not match.');
    // The rejected number stays, masked, for the person to correct: clear it and type it again.
    await answer('The check digits do not match.', ...Array<string>(11).fill('BSpace'), '17850250006');
    await answer('Does the person need an interpreter?'); // Enter: no
    await answer('When was consent to prepare the plan given?'); // today
    await answer('Who gave the consent?'); // the person
    await answer('Was the consent given in writing or orally?', 'oral'); // typed: there is no default
    await answer('What does the person contribute?');
    await answer('Name of participant 2', 'Ola Hansen');
    await answer('Role'); // tjenesteyter
    await answer('Organisation', 'NAV Sentrum');
    await answer('Phone and/or e-mail', 'ola.hansen@example.no');
    await answer('What does the participant contribute?', 'Koordinerer planarbeidet.');
    await answer('Name of participant 3');
    await answer('Who is the coordinator');
    await answer('Goal 1', 'Eg vil bu i eigen leilegheit.');
    await answer('Goal 2');
    await answer('Resource 1');
    await answer('Need 1');
    await answer('The plan period starts');
    await answer('The plan period ends');
    await answer('First evaluation');
    await waitFor('EXIT=');
    const shown = screen();
    expect(shown).toContain('EXIT=0');
    expect(shown).toContain('The plan is saved in IP-2026-');
    expect(shown).toContain('Fødselsnummer or D-number (11 digits; Enter to skip) saved');
    // Neither the number nor the mistyped one stays on the screen.
    expect(shown).not.toContain('17850250006');
    expect(shown).not.toContain('17850250007');

    const names = readdirSync(dir);
    expect(names).toEqual([expect.stringMatching(/^IP-2026-\w{5}\.md$/)]);
    const text = readFileSync(join(dir, names[0]!), 'utf8');
    const data = parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!);
    expect(data).toMatchObject({
      språk: 'nn',
      person: { navn: 'Kari Nordmann', fødselsdato: '2002-05-17', fødselsnummer: '17850250006' },
      deltakere: [{ id: 'kari', rolle: 'tjenestemottaker' }, { id: 'ola', rolle: 'tjenesteyter', kontakt: { epost: 'ola.hansen@example.no' } }],
      koordinator: 'ola',
      mål: [{ id: 'M1', tekst: 'Eg vil bu i eigen leilegheit.' }],
      planperiode: { fra: TODAY, til: '2027-11-22' },
      samtykke: { utarbeidelse: { dato: TODAY, gitt_av: 'kari', form: 'muntlig', grunnlag: 'egen' } },
    });
    const validate = spawnSync(process.execPath, [BIN, 'validate', names[0]!, '--format', 'json'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', IP_TODAY: TODAY } });
    expect(validate.status).toBe(0);
    expect(JSON.parse(validate.stdout).summary).toMatchObject({ files: 1, errors: 0 });
  });

  it('the fødselsnummer is masked while it is typed, after a rejection, and once given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ip-new-pty-'));
    dirs.push(dir);
    start(dir, 'nb');
    await answer('Hvilket språk skal planen skrives på?');
    await answer('Hva heter personen planen gjelder?', 'Kari Nordmann');
    await answer('Fødselsdato', '17.05.2002');
    await waitFor('Fødselsnummer');
    // Typed, not yet sent: each digit is a dot on the screen, and no key shows it (Ctrl-T reveals a password in inquirer).
    tmux('send-keys', '-t', 'ipnew', '-l', '17850250007');
    await waitFor('•••••••••••');
    tmux('send-keys', '-t', 'ipnew', 'C-t');
    expect(screen()).not.toMatch(/\d{6}/);
    tmux('send-keys', '-t', 'ipnew', 'Enter');
    await waitFor('Kontrollsifrene stemmer ikke.');
    expect(screen()).not.toMatch(/\d{6}/);
    for (let i = 0; i < 11; i++) tmux('send-keys', '-t', 'ipnew', 'BSpace');
    tmux('send-keys', '-t', 'ipnew', '-l', '17850250006');
    tmux('send-keys', '-t', 'ipnew', 'Enter');
    await waitFor('Trenger personen tolk?');
    const shown = screen();
    expect(shown).toMatch(/Fødselsnummer eller D-nummer .* lagret\n/);
    expect(shown).not.toMatch(/\d{6}/);
    tmux('send-keys', '-t', 'ipnew', 'C-c');
    await waitFor('EXIT=');
    expect(screen()).toContain('EXIT=130');
  });

  it('Ctrl-C at a question exits 130 and leaves nothing behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ip-new-pty-'));
    dirs.push(dir);
    start(dir, 'nb');
    await answer('Hvilket språk skal planen skrives på?');
    await answer('Hva heter personen planen gjelder?', 'Kari Nordmann');
    await waitFor('Fødselsdato');
    tmux('send-keys', '-t', 'ipnew', 'C-c');
    await waitFor('EXIT=');
    expect(screen()).toContain('Avbrutt. Ingen fil er skrevet.');
    expect(screen()).toContain('EXIT=130');
    expect(readdirSync(dir)).toEqual([]);
  });
});
