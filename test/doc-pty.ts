import { spawnSync } from 'node:child_process';
import { readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHOWN_HOME } from './doc-blocks.js';

/**
 * Runs one of the docs' terminal sessions (a ```` ```sh pty ```` block) in a
 * real pseudo-terminal, tmux, and types the answers the way a person would:
 * at each question, one line of keys and Enter. Returns what the terminal
 * shows, as the doc shows it.
 *
 * Needs tmux (Debian: apt-get install tmux); the test fails and says so
 * without it.
 */

/** A guard against a hang, not a timing assertion: a question that never comes fails the test with the screen. */
const WAIT_MS = 20_000;
const SPECIAL_KEY = /\{(Up|Down|BSpace|Enter)\}/g;

let sessions = 0;

interface Session {
  socket: string;
  tmux(...args: string[]): string;
  screen(): string;
}

function session(): Session {
  const socket = `ip-docs-pty-${process.pid}-${++sessions}`;
  const tmux = (...args: string[]) => {
    const r = spawnSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
    if (r.error) throw new Error(`The docs' terminal sessions run in tmux, which could not be started (${r.error.message}). Install it (Debian/Ubuntu: apt-get install tmux).`);
    if (r.status !== 0 && args[0] !== 'kill-server') throw new Error(`tmux ${args[0]} failed: ${r.stderr}`);
    return r.stdout;
  };
  return { socket, tmux, screen: () => tmux('capture-pane', '-p', '-J', '-t', 'doc', '-S', '-1000') };
}

/** Lines a question already answered shows (inquirer's ✔), and whether a question is waiting (its ?). */
function answered(screen: string): number {
  return screen.split('\n').filter((line) => line.startsWith('✔ ')).length;
}
function waiting(screen: string): boolean {
  return screen.split('\n').some((line) => line.startsWith('? '));
}

async function waitUntil(s: Session, what: string, ready: (screen: string) => boolean): Promise<string> {
  const end = Date.now() + WAIT_MS;
  for (;;) {
    const screen = s.screen();
    if (ready(screen)) return screen;
    if (Date.now() > end) throw new Error(`The terminal never showed ${what}. Screen:\n${screen}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** One line of keys: literal text, with {Up}, {Down}, {BSpace} as keys; {Enter} alone types nothing. Enter follows. */
function type(s: Session, line: string): void {
  let at = 0;
  for (const key of line.matchAll(SPECIAL_KEY)) {
    if (key.index > at) s.tmux('send-keys', '-t', 'doc', '-l', line.slice(at, key.index));
    if (key[1] !== 'Enter') s.tmux('send-keys', '-t', 'doc', key[1]!);
    at = key.index + key[0].length;
  }
  if (at < line.length) s.tmux('send-keys', '-t', 'doc', '-l', line.slice(at));
  s.tmux('send-keys', '-t', 'doc', 'Enter');
}

const shellQuote = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`;
const EXIT = '__doc_exit__=';

export interface PtyRun {
  command: string;
  /** One line of keys per question, in order. */
  keys: string[];
  /** The doc shows only the start of the session (its last line is …): stop with Ctrl-C at the next question. */
  partial: boolean;
}

export async function runPty(run: PtyRun, root: string, dir: string, env: Record<string, string>): Promise<string> {
  const script = join(root, `pty-${sessions + 1}.sh`);
  const exports = Object.entries({ ...env, TERM: 'xterm-256color' })
    .map(([name, value]) => `export ${name}=${shellQuote(value)}`)
    .join('\n');
  writeFileSync(script, `${exports}\ncd ${shellQuote(dir)}\n${run.command}\necho "${EXIT}$?"\nexec sleep 600\n`);
  const s = session();
  try {
    s.tmux('new-session', '-d', '-s', 'doc', '-x', '200', '-y', '50', `sh ${shellQuote(script)}`);
    for (const [i, keys] of run.keys.entries()) {
      await waitUntil(s, `question ${i + 1} (after ${i} answered)`, (screen) => answered(screen) === i && waiting(screen));
      type(s, keys);
    }
    let shown: string;
    if (run.partial) {
      const screen = await waitUntil(s, `question ${run.keys.length + 1}`, (screen) => answered(screen) === run.keys.length && waiting(screen));
      s.tmux('send-keys', '-t', 'doc', 'C-c');
      // What the doc shows: the screen up to the question it stops at.
      shown = screen.slice(0, screen.search(/^\? /m));
    } else {
      shown = await waitUntil(s, 'the end of the command', (screen) => screen.includes(EXIT));
      shown = shown.slice(0, shown.indexOf(EXIT));
    }
    // A blank answer leaves a trailing space on its line, which nobody sees and a doc cannot show.
    return shown.replaceAll(env.HOME!, SHOWN_HOME).replace(/[ \t]+$/gm, '').replace(/\n+$/, '');
  } finally {
    s.tmux('kill-server');
  }
}

/**
 * `ip new` names its file with a random id. The doc shows one id; the file
 * the run made is given that name, and the screen shows it, so the doc's
 * later blocks and the comparison both see the doc's id.
 */
export function nameAsShown(shown: string, expected: string, dir: string, before: ReadonlySet<string>): string {
  const ID = /IP-\d{4}-[0-9A-HJKMNP-TV-Z]{5}/;
  const made = readdirSync(dir).filter((name) => !before.has(name) && new RegExp(`^${ID.source}\\.md$`).test(name));
  const wanted = ID.exec(expected)?.[0];
  if (made.length !== 1 || !wanted) return shown;
  const id = made[0]!.slice(0, -3);
  renameSync(join(dir, made[0]!), join(dir, `${wanted}.md`));
  return shown.replaceAll(id, wanted);
}
