import { SHARED_TEXT } from '../messages.js';
import { formatOption, langOption, maxSizeOption, todayOption, withinOption } from '../options.js';
import type { CommandDeclaration } from '../types.js';
import { HELP } from './help.js';

export const dueCommand: CommandDeclaration = {
  name: 'due',
  declare(program, { ctx, lang, run }) {
    const t = HELP[lang];
    program
      .command('due')
      .description(t.description)
      .argument('[paths...]', SHARED_TEXT[lang].paths)
      .addOption(withinOption(lang))
      .option('--coordinator <name-or-email>', t.coordinator)
      .option('--names', t.names)
      .option('--no-names', t.noNames)
      .option('--fail-on-overdue', t.failOnOverdue)
      .option('--allow-empty', SHARED_TEXT[lang].allowEmpty)
      .addOption(formatOption(lang, ['text', 'json', 'ics', 'markdown']))
      .addOption(todayOption(lang))
      .addOption(maxSizeOption(lang))
      .addOption(langOption(lang))
      .action((paths, options) =>
        run(async () => {
          const { due } = await import('./due.js');
          return due({ ...options, paths, lang }, ctx);
        }),
      );
  },
};
