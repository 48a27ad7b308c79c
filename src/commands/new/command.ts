import { formatOption, langOption, todayOption } from '../options.js';
import type { CommandDeclaration } from '../types.js';
import { HELP } from './help.js';

/** Repeatable options collect into a list; unset stays undefined, so "not given" is not "none". */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export const newCommand: CommandDeclaration = {
  name: 'new',
  declare(program, { ctx, lang, run }) {
    const t = HELP[lang];
    program
      .command('new')
      .description(t.description)
      .option('--plan-lang <lang>', t.planLang)
      .option('--person <name>', t.person)
      .option('--birth-date <date>', t.birthDate)
      .option('--fodselsnummer <number>', t.fodselsnummer)
      .option('--interpreter <lang[:type]>', t.interpreter)
      .option('--person-contribution <text>', t.personContribution)
      .option('--consent-date <date>', t.consentDate)
      .option('--consent-by <who>', t.consentBy)
      .option('--consent-by-name <name>', t.consentByName, collect)
      .option('--consent-form <form>', t.consentForm)
      .option('--participant <spec>', t.participant, collect)
      .option('--coordinator <name>', t.coordinator)
      .option('--goal <text>', t.goal, collect)
      .option('--resource <text>', t.resource, collect)
      .option('--need <text>', t.need, collect)
      .option('--from <date>', t.from)
      .option('--to <date>', t.to)
      .option('--evaluation <date>', t.evaluation)
      .option('--answers <file>', t.answers)
      .option('-y, --yes', t.yes)
      .option('--force', t.force)
      .option('-o, --output <path>', t.output)
      .addOption(formatOption(lang, ['text', 'json']))
      .addOption(todayOption(lang))
      .addOption(langOption(lang))
      .action((options) =>
        run(async () => {
          const { runNew } = await import('./new.js');
          // The answer flags go to the answers; the rest say how to run.
          const { answers, yes, force, output, today, format, lang: _messages, ...flags } = options;
          return runNew({ lang, flags, answers, yes, force, output, today, format }, ctx);
        }),
      );
  },
};
