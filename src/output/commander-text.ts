import { Help, type CommandUnknownOpts } from '@commander-js/extra-typings';
import { maskDigitRuns } from '../plan/diagnostics/field-path.js';
import { shownText } from '../plan/text.js';
import type { Lang } from './lang.js';

/** The names in commander's placeholders (`--today <date>`, `[paths...]`, `[options]`), in bokmål. */
const NB_TERMS: Record<string, string> = {
  options: 'flagg',
  command: 'kommando',
  paths: 'stier',
  path: 'sti',
  file: 'fil',
  old: 'gammel',
  new: 'ny',
  date: 'dato',
  text: 'tekst',
  size: 'størrelse',
  name: 'navn',
  'name-or-email': 'navn-eller-epost',
  rev: 'versjon',
  lang: 'språk',
  who: 'hvem',
  spec: 'beskrivelse',
  number: 'nummer',
  duration: 'varighet',
};

/** `--today <date>` → `--today <dato>`, `[paths...]` → `[stier...]`: only names inside < > and [ ]. */
function placeholdersInBokmal(text: string): string {
  return text.replace(/([<[])([a-z-]+)/g, (whole, open: string, word: string) => (NB_TERMS[word] ? open + NB_TERMS[word] : whole));
}

/**
 * commander's help terms in bokmål, made before it lays the help out: each
 * description's column follows the length of its term, so translating the
 * finished text (as commanderText does for headings) would put it out of line.
 */
export function helpInBokmal(program: CommandUnknownOpts): void {
  const help = new Help();
  program.configureHelp({
    commandUsage: (cmd) => placeholdersInBokmal(help.commandUsage(cmd)),
    subcommandTerm: (cmd) => placeholdersInBokmal(help.subcommandTerm(cmd)),
    optionTerm: (option) => placeholdersInBokmal(help.optionTerm(option)),
    argumentTerm: (argument) => NB_TERMS[argument.name()] ?? argument.name(),
  });
}

/**
 * commander writes its own usage errors and help headings in English; the
 * tool's users read bokmål. These are the phrases it uses (commander 14), put
 * into bokmål where the message language is bokmål. Anything not matched is
 * left as commander wrote it.
 */
const NB: Array<[RegExp, string | ((match: string, ...groups: string[]) => string)]> = [
  [/^error: unknown option '(.+?)'/gm, 'feil: ukjent flagg «$1»'],
  [/^error: unknown command '(.+?)'/gm, 'feil: ukjent kommando «$1»'],
  [/\(Did you mean (.+?)\?\)/g, '(Mente du $1?)'],
  [/^error: option '(.+?)' argument '(.*?)' is invalid\. Allowed choices are (.+?)\./gm, (_m, flags: string, value: string, choices: string) => `feil: «${value}» er ingen gyldig verdi for ${placeholdersInBokmal(flags)}. Tillatte verdier: ${choices}.`],
  [/^error: missing required argument '(.+?)'/gm, (_m, name: string) => `feil: argumentet «${NB_TERMS[name] ?? name}» mangler`],
  [/^error: option '(.+?)' argument missing/gm, (_m, flags: string) => `feil: flagget ${placeholdersInBokmal(flags)} mangler en verdi`],
  [/^error: too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\./gm, 'feil: for mange argumenter (venter $2, fikk $3).'],
  [/^Usage:/gm, 'Bruk:'],
  [/^Options:/gm, 'Flagg:'],
  [/^Arguments:/gm, 'Argumenter:'],
  [/^Commands:/gm, 'Kommandoer:'],
  [/\(choices:(\s)/g, '(valg:$1'],
  [/\(default:(\s)/g, '(standard:$1'],
];

export function commanderText(text: string, lang: Lang): string {
  if (lang !== 'nb') return text;
  let out = text;
  for (const [pattern, replacement] of NB) out = typeof replacement === 'string' ? out.replace(pattern, replacement) : out.replace(pattern, replacement);
  return out;
}

/**
 * A usage error commander writes (its `outputError`), as it may be shown: in
 * bokmål where that is the language, and with the argument it echoes
 * (`unknown option '…'`, `argument '…' is invalid`) made safe. No control or
 * bidi character from an argument reaches the terminal, a line break in it
 * starts no line of its own, and no run of six or more digits is echoed,
 * since an argument typed in the wrong place may be a fødselsnummer. The
 * suggestion commander puts on a line of its own (`(Did you mean --lang?)`)
 * names our own flags and commands, and stays on its line.
 */
export function commanderError(text: string, lang: Lang): string {
  const [, message = text, suggestion = ''] = /^([\s\S]*?)(\n\(Did you mean [^\n]*\?\))?\n?$/.exec(text) ?? [];
  return `${maskDigitRuns(commanderText(shownText(message) + suggestion, lang), lang)}\n`;
}
