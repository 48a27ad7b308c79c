import { basename } from 'node:path';
import { Command, CommanderError, type CommandUnknownOpts } from '@commander-js/extra-typings';
import { DECLARATIONS } from './commands/index.js';
import { langOption } from './commands/options.js';
import { EXIT, UsageError, type Context } from './context.js';
import { packageVersion } from './fs/version.js';
import { commanderError, commanderText, helpInBokmal } from './output/commander-text.js';
import { isHelpTopic } from './output/help/topics.js';
import { resolveLang, type Lang } from './output/lang.js';
import { writeReason } from './output/write-reasons.js';

/**
 * The command line: parse, dispatch, map every outcome to an exit code in one
 * place. Each command's modules load only when it runs, so `--help` and
 * `--version` cost little more than starting Node.
 */

/** Our commands. Under the name `ip`, any other first argument belongs to iproute2 (and `help` too, unless a topic follows). */
export const COMMANDS: readonly string[] = DECLARATIONS.map((d) => d.name);
const OWN_FLAGS = ['--help', '-h', '--version', '-V'];

export interface MainOptions {
  /** Where to look for the system's iproute2 (tests point this elsewhere). */
  systemIpCandidates?: readonly string[];
}

/** The word after `help`, passing over our one option that may come first (`ip help --lang en felt`). */
function helpTopicOf(args: string[]): string | undefined {
  for (let i = 1; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--lang') i++;
    else if (!arg.startsWith('--lang=')) return arg;
  }
  return undefined;
}

function isOurs(args: string[]): boolean {
  const first = args[0];
  if (first === undefined) return false;
  // `ip help` alone or with anything but one of our topics is iproute2's help.
  if (first === 'help') return isHelpTopic(helpTopicOf(args));
  if (COMMANDS.includes(first)) return true;
  return args.length === 1 && OWN_FLAGS.includes(first);
}

const TEXT = {
  nb: {
    description: 'Individuelle planer som Markdown-filer: sjekk, lag og følg opp.',
    help: 'vis hjelp',
    version: 'vis versjonen',
    helpHint: '(«ip --help» eller «ip <kommando> --help» viser hjelp)',
    bug: 'Dette er en feil i ip, ikke i planen din. Meld den gjerne, med teksten under:',
    output: (reason: string) => `Utdata kunne ikke skrives (${reason}). Send dem til en fil på en disk med plass, eller til et annet program.`,
  },
  en: {
    description: 'Individual plans (individuell plan) as Markdown files: check, create and follow up.',
    help: 'show help',
    version: 'show the version',
    helpHint: '("ip --help" or "ip <command> --help" shows help)',
    bug: 'This is a bug in ip, not in your plan. Please report it with the text below:',
    output: (reason: string) => `The output could not be written (${reason}). Send it to a file on a disk with room, or to another program.`,
  },
};

function langFromArgs(args: string[], ctx: Context): Lang {
  const i = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const flag = i < 0 ? undefined : args[i]!.includes('=') ? args[i]!.split('=')[1] : args[i + 1];
  return resolveLang(flag, ctx.env);
}

function buildProgram(ctx: Context, lang: Lang, run: (action: () => Promise<number>) => void): CommandUnknownOpts {
  const t = TEXT[lang];
  const output = {
    writeOut: (s: string) => ctx.stdout.write(commanderText(s, lang)),
    writeErr: (s: string) => ctx.stderr.write(commanderText(s, lang)),
    outputError: (s: string, write: (s: string) => void) => write(commanderError(s, lang)),
  };
  const program = new Command('ip')
    .description(t.description)
    .version(packageVersion(), '-V, --version', t.version)
    .helpOption('-h, --help', t.help)
    .helpCommand(false)
    .showHelpAfterError(t.helpHint)
    .exitOverride()
    .configureOutput(output)
    .addOption(langOption(lang));
  if (lang === 'nb') helpInBokmal(program);

  for (const declaration of DECLARATIONS) declaration.declare(program, { ctx, lang, run });

  for (const cmd of program.commands) {
    cmd.helpOption('-h, --help', t.help).exitOverride().configureOutput(output).showHelpAfterError(t.helpHint);
  }
  return program;
}

/**
 * Standard output failed after main() had written to it: the reader closed
 * the pipe (`ip due | head`, which is no error: the run just stops), or the
 * disk is full. Says why where it matters; returns the exit code (output that
 * cannot be written is a usage error). Without this, Node ends the run with
 * its own stack trace.
 */
export function outputFailed(error: unknown, argv: string[], ctx: Context): number {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'ERROR';
  if (code !== 'EPIPE') {
    const lang = langFromArgs(argv.slice(2), ctx);
    ctx.stderr.write(`ip: ${TEXT[lang].output(writeReason(code, lang) ?? code)}\n`);
  }
  return EXIT.usage;
}

function reportBug(error: unknown, ctx: Context, lang: Lang): number {
  ctx.stderr.write(`ip: ${TEXT[lang].bug}\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return EXIT.bug;
}

/** Run the command line. `argv` is the whole `process.argv`; returns the exit code. */
export async function main(argv: string[], ctx: Context, options: MainOptions = {}): Promise<number> {
  const args = argv.slice(2);
  const invokedAs = basename(argv[1] ?? 'ipplan');
  const lang = langFromArgs(args, ctx);

  if (invokedAs === 'ip' && !isOurs(args)) {
    const { findSystemIp, handOff, HANDOFF_GUARD } = await import('./handoff.js');
    const target = ctx.env[HANDOFF_GUARD] ? undefined : findSystemIp(argv[1] ?? '', options.systemIpCandidates);
    if (target) return handOff(target, args, ctx.env);
    // No iproute2 here (or it led back to us): fall through to our own usage error.
  }

  let pending: Promise<number> | undefined;
  const program = buildProgram(ctx, lang, (action) => {
    pending = action();
  });
  if (args.length === 0) {
    // No command: the help, as a usage error (scripts that forget the command should fail).
    ctx.stderr.write(commanderText(program.helpInformation(), lang));
    return EXIT.usage;
  }
  try {
    await program.parseAsync(args, { from: 'user' });
    if (!pending) {
      // No command given: show help, as a usage error.
      ctx.stderr.write(program.helpInformation());
      return EXIT.usage;
    }
    return await pending;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    if (error instanceof UsageError) {
      ctx.stderr.write(`ip: ${error.message}\n${error.hint ? `${error.hint}\n` : ''}`);
      return EXIT.usage;
    }
    return reportBug(error, ctx, lang);
  }
}
