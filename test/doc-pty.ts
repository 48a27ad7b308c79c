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

/**
 * A guard against a hang, not a timing assertion: a session that has not
 * ended by then fails with its screen. One deadline for the whole session,
 * well inside the test's own timeout, so the failure says where it stopped.
 */
export const SESSION_MS = 45_000;
const SPECIAL_KEY = /\{(Up|Down|BSpace|Space|Enter)\}/g;
const TMUX_KEYS: Record<string, string> = { Up: 'Up', Down: 'Down', BSpace: 'BSpace', Space: 'Space' };

let sessions = 0;

interface Session {
  socket: string;
  tmux(...args: string[]): string;
  screen(): string;
}

/** A tmux server of its own, started with the doc's environment only (as runShown runs its commands). */
function session(env: Record<string, string>): Session {
  const socket = `ip-docs-pty-${process.pid}-${++sessions}`;
  const tmux = (...args: string[]) => {
    const r = spawnSync('tmux', ['-L', socket, ...args], { encoding: 'utf8', env });
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

async function waitUntil(s: Session, end: number, what: string, ready: (screen: string) => boolean): Promise<string> {
  for (;;) {
    const screen = s.screen();
    if (ready(screen)) return screen;
    if (Date.now() > end) throw new Error(`The terminal never showed ${what}. Screen:\n${screen}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * One line of keys: literal text, with {Up}, {Down}, {BSpace} and {Space} as
 * keys; {Enter} types nothing. Enter follows. Text is sent as its UTF-8
 * bytes (send-keys -H), so nothing in it, a leading - or a trailing ;, is
 * read by tmux as a flag or a command separator.
 */
function type(s: Session, line: string): void {
  const text = (part: string) => {
    if (part.length > 0) s.tmux('send-keys', '-t', 'doc', '-H', ...Buffer.from(part, 'utf8').toString('hex').match(/../g)!);
  };
  let at = 0;
  for (const key of line.matchAll(SPECIAL_KEY)) {
    text(line.slice(at, key.index));
    if (key[1] !== 'Enter') s.tmux('send-keys', '-t', 'doc', TMUX_KEYS[key[1]!]!);
    at = key.index + key[0].length;
  }
  text(line.slice(at));
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

/** What the terminal showed, as the doc shows it, and the exit code (undefined for a session stopped at a question). */
export async function runPty(run: PtyRun, root: string, dir: string, env: Record<string, string>): Promise<{ shown: string; exit?: number }> {
  const script = join(root, `pty-${sessions + 1}.sh`);
  const sessionEnv = { ...env, TERM: 'xterm-256color' };
  const exports = Object.entries(sessionEnv)
    .map(([name, value]) => `export ${name}=${shellQuote(value)}`)
    .join('\n');
  writeFileSync(script, `${exports}\ncd ${shellQuote(dir)}\n${run.command}\necho "${EXIT}$?"\nexec sleep 600\n`);
  const s = session(sessionEnv);
  const end = Date.now() + SESSION_MS;
  try {
    s.tmux('new-session', '-d', '-s', 'doc', '-x', '200', '-y', '50', `sh ${shellQuote(script)}`);
    for (const [i, keys] of run.keys.entries()) {
      await waitUntil(s, end, `question ${i + 1} (after ${i} answered)`, (screen) => answered(screen) === i && waiting(screen));
      type(s, keys);
    }
    let shown: string;
    let exit: number | undefined;
    if (run.partial) {
      const screen = await waitUntil(s, end, `question ${run.keys.length + 1}`, (screen) => answered(screen) === run.keys.length && waiting(screen));
      s.tmux('send-keys', '-t', 'doc', 'C-c');
      // What the doc shows: the screen up to the question it stops at.
      shown = screen.slice(0, screen.search(/^\? /m));
    } else {
      const screen = await waitUntil(s, end, 'the end of the command', (screen) => new RegExp(`^${EXIT}\\d+$`, 'm').test(screen));
      shown = screen.slice(0, screen.indexOf(EXIT));
      exit = Number(new RegExp(`^${EXIT}(\\d+)$`, 'm').exec(screen)![1]);
    }
    // A blank answer leaves a trailing space on its line, which nobody sees and a doc cannot show.
    shown = shown.replaceAll(env.HOME!, SHOWN_HOME).replace(/[ \t]+$/gm, '').replace(/\n+$/, '');
    return exit === undefined ? { shown } : { shown, exit };
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
