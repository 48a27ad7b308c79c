import type { Lang } from '../lang.js';

/**
 * Plain words for the YAML parser's error codes: what is wrong, and what to
 * do, for the mistakes people make when they edit a plan by hand. The code
 * itself is kept at the end of the message, for searching and for support.
 * Codes without words here get the general message and hint.
 */

interface Words {
  what: string;
  fix: string;
}

const NB: Record<string, Words> = {
  BAD_INDENT: {
    what: 'Innrykket passer ikke her, eller en liste eller et sett med felt i klammer ([ ] eller { }) er ikke lukket',
    fix: 'Lukk klammen på samme linje som den åpnes, og gi felt på samme nivå like mange mellomrom foran.',
  },
  TAB_AS_INDENT: {
    what: 'Innrykket er laget med tabulator',
    fix: 'Bruk mellomrom til innrykk, ikke tabulator.',
  },
  BLOCK_AS_IMPLICIT_KEY: {
    what: 'En verdi inneholder «: », eller et felt har feil innrykk',
    fix: 'Sett verdien i anførselstegn («tekst: "Mål: bli bedre"»), eller gi feltet samme innrykk som feltene rundt.',
  },
  MULTILINE_IMPLICIT_KEY: {
    what: 'Et feltnavn ser ut til å gå over flere linjer, ofte fordi innrykket er feil eller et kolon mangler',
    fix: 'Skriv «navn: verdi» på én linje, og gi felt på samme nivå like mange mellomrom foran.',
  },
  MISSING_CHAR: {
    what: 'Et tegn mangler: et avsluttende anførselstegn eller en klamme, eller «- » foran et listeelement',
    fix: 'Lukk anførselstegn og klammer på samme linje, og start hvert listeelement med «- ».',
  },
  BAD_SCALAR_START: {
    what: 'En verdi starter med et tegn som har en egen betydning i YAML (for eksempel @, ` eller %)',
    fix: 'Sett verdien i anførselstegn.',
  },
  BLOCK_IN_FLOW: {
    what: 'Inne i klammer har en tekst «: » (kolon og mellomrom) i seg, eller innholdet går over flere linjer',
    fix: 'Sett teksten med kolon i anførselstegn (tekst: "Mål: søknaden er sendt."), og skriv innholdet i klammene på én linje, eller skriv en liste med «- » på hver linje.',
  },
  BAD_DQ_ESCAPE: {
    what: 'En tekst i doble anførselstegn har en skråstrek (\\) som ikke kan leses',
    fix: 'Skriv to skråstreker (\\\\), eller bruk enkle anførselstegn.',
  },
  MULTIPLE_DOCS: {
    what: 'Front matter inneholder en linje med bare «---» eller «...»',
    fix: 'Fjern linjen: en plan har ett sett med felt mellom de to «---»-linjene øverst.',
  },
  UNEXPECTED_TOKEN: {
    what: 'Det står noe her som ikke hører hjemme i et felt eller en liste',
    fix: 'Sjekk linjen og den før: innrykk, kolon etter feltnavn, og anførselstegn rundt tekst med spesialtegn.',
  },
};

const EN: Record<string, Words> = {
  BAD_INDENT: {
    what: 'The indentation does not fit here, or a list or set of fields in brackets ([ ] or { }) is not closed',
    fix: 'Close the bracket on the line it opens, and give fields on the same level the same number of spaces in front.',
  },
  TAB_AS_INDENT: {
    what: 'The indentation is made with tabs',
    fix: 'Indent with spaces, not tabs.',
  },
  BLOCK_AS_IMPLICIT_KEY: {
    what: 'A value contains ": ", or a field is indented wrongly',
    fix: 'Put the value in quotes (tekst: "Goal: do better"), or give the field the same indentation as the fields around it.',
  },
  MULTILINE_IMPLICIT_KEY: {
    what: 'A field name seems to run over several lines, often because the indentation is wrong or a colon is missing',
    fix: 'Write "name: value" on one line, and give fields on the same level the same number of spaces in front.',
  },
  MISSING_CHAR: {
    what: 'A character is missing: a closing quote or bracket, or "- " in front of a list item',
    fix: 'Close quotes and brackets on the same line, and start every list item with "- ".',
  },
  BAD_SCALAR_START: {
    what: 'A value starts with a character that means something else in YAML (such as @, ` or %)',
    fix: 'Put the value in quotes.',
  },
  BLOCK_IN_FLOW: {
    what: 'Inside brackets, a text has ": " (a colon and a space) in it, or the content runs over several lines',
    fix: 'Put a text with a colon in quotes (tekst: "Mål: søknaden er sendt."), and write what is in the brackets on one line, or write a list with "- " on each line.',
  },
  BAD_DQ_ESCAPE: {
    what: 'A text in double quotes has a backslash (\\) that cannot be read',
    fix: 'Write two backslashes (\\\\), or use single quotes.',
  },
  MULTIPLE_DOCS: {
    what: 'The front matter holds a line with only "---" or "..."',
    fix: 'Remove the line: a plan has one set of fields between the two "---" lines at the top.',
  },
  UNEXPECTED_TOKEN: {
    what: 'Something stands here that does not belong in a field or a list',
    fix: 'Check this line and the one before: indentation, a colon after each field name, and quotes around text with special characters.',
  },
};

const WORDS: Record<Lang, Record<string, Words>> = { nb: NB, en: EN };

/** Words built from a finding's parameters: an open bracket, an indentation (yaml-cascade.ts), the errors counted on it. */
interface BuiltWords {
  unclosed: (bracket: '[' | '{') => Words;
  indent: (indent: number, expected: number) => Words;
  followOn: (n: number) => string;
}

const BUILT: Record<Lang, BuiltWords> = {
  nb: {
    unclosed: (bracket) =>
      bracket === '['
        ? { what: '«[» åpnes her, men lukkes ikke på samme linje', fix: 'Lukk med «]» på samme linje (for eksempel «behov: [a, b]»), eller skriv en liste med «- » på hver linje.' }
        : { what: '«{» åpnes her, men lukkes ikke på samme linje', fix: 'Lukk med «}» på samme linje (for eksempel «planperiode: {fra: …, til: …}»), eller skriv ett felt per linje, med innrykk.' },
    indent: (indent, expected) =>
      expected === 0
        ? { what: `Linjen har ${indent} mellomrom foran, men feltene rundt står helt til venstre`, fix: 'Fjern mellomrommene foran feltet, så det står helt til venstre som feltene rundt.' }
        : { what: `Linjen har ${indent} mellomrom foran, men feltene rundt har ${expected}`, fix: `Skriv ${expected} mellomrom foran, like mange som feltene på samme nivå.` },
    followOn: (n) => ` ${n} feil til i linjene under kommer trolig av denne.`,
  },
  en: {
    unclosed: (bracket) =>
      bracket === '['
        ? { what: '"[" opens here but is not closed on the same line', fix: 'Close it with "]" on the same line (such as "behov: [a, b]"), or write a list with "- " on each line.' }
        : { what: '"{" opens here but is not closed on the same line', fix: 'Close it with "}" on the same line (such as "planperiode: {fra: …, til: …}"), or write one field per line, indented.' },
    indent: (indent, expected) =>
      expected === 0
        ? { what: `The line has ${indent} spaces in front, but the fields around it start at the left edge`, fix: 'Remove the spaces in front of the field, so it starts at the left edge as the fields around it do.' }
        : { what: `The line has ${indent} spaces in front, but the fields around it have ${expected}`, fix: `Write ${expected} spaces in front, as many as the fields on the same level.` },
    followOn: (n) => (n === 1 ? ' 1 more error in the lines below probably follows from this one.' : ` ${n} more errors in the lines below probably follow from this one.`),
  },
};

/** The errors left out because they follow from this one, said in a sentence; '' when none. */
export function followOnWords(params: Record<string, string | number>, lang: Lang): string {
  const n = Number(params.followOn ?? 0);
  return n > 0 ? BUILT[lang].followOn(n) : '';
}

/** The words for a YAML error, or undefined for the general message. */
export function yamlErrorWords(params: Record<string, string | number>, lang: Lang): Words | undefined {
  if (params.unclosed === '[' || params.unclosed === '{') return BUILT[lang].unclosed(params.unclosed);
  if (typeof params.indent === 'number' && typeof params.expected === 'number') return BUILT[lang].indent(params.indent, params.expected);
  return typeof params.yamlCode === 'string' ? WORDS[lang][params.yamlCode] : undefined;
}
