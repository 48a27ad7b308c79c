import type { Lang } from './lang.js';

/**
 * commander writes its own usage errors and help headings in English; the
 * tool's users read bokmål. These are the phrases it uses (commander 14), put
 * into bokmål where the message language is bokmål. Anything not matched is
 * left as commander wrote it.
 */
const NB: Array<[RegExp, string]> = [
  [/^error: unknown option '(.+?)'/gm, 'feil: ukjent flagg «$1»'],
  [/^error: unknown command '(.+?)'/gm, 'feil: ukjent kommando «$1»'],
  [/\(Did you mean (.+?)\?\)/g, '(Mente du $1?)'],
  [/^error: option '(.+?)' argument '(.*?)' is invalid\. Allowed choices are (.+?)\./gm, 'feil: «$2» er ingen gyldig verdi for $1. Tillatte verdier: $3.'],
  [/^error: missing required argument '(.+?)'/gm, 'feil: argumentet «$1» mangler'],
  [/^error: option '(.+?)' argument missing/gm, 'feil: flagget $1 mangler en verdi'],
  [/^error: too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\./gm, 'feil: for mange argumenter (venter $2, fikk $3).'],
  [/^Usage:/gm, 'Bruk:'],
  [/^Options:/gm, 'Flagg:'],
  [/^Arguments:/gm, 'Argumenter:'],
  [/^Commands:/gm, 'Kommandoer:'],
  [/\(choices:(\s)/g, '(valg:$1'],
  [/\(default:(\s)/g, '(standard:$1'],
  [/\[options\]/g, '[flagg]'],
  [/\[command\]/g, '[kommando]'],
];

export function commanderText(text: string, lang: Lang): string {
  if (lang !== 'nb') return text;
  let out = text;
  for (const [pattern, replacement] of NB) out = out.replace(pattern, replacement);
  return out;
}
