import { SHARED_TEXT } from '../messages.js';
import { formatOption, langOption, maxSizeOption, todayOption } from '../options.js';
import type { CommandDeclaration } from '../types.js';
import { HELP } from './help.js';

export const validateCommand: CommandDeclaration = {
  name: 'validate',
  declare(program, { ctx, lang, run }) {
    const t = HELP[lang];
    program
      .command('validate')
      .description(t.description)
      .argument('[paths...]', SHARED_TEXT[lang].paths)
      .option('--stdin', t.stdin)
      .option('--stdin-filename <name>', t.stdinFilename)
      .option('--strict', t.strict)
      .option('--verbose', t.verbose)
      .option('--allow-empty', SHARED_TEXT[lang].allowEmpty)
      .addOption(formatOption(lang, ['text', 'json', 'github']))
      .addOption(todayOption(lang))
      .addOption(maxSizeOption(lang))
      .addOption(langOption(lang))
      .action((paths, options) =>
        run(async () => {
          const { validate } = await import('./validate.js');
          return validate({ ...options, paths, lang }, ctx);
        }),
      );
  },
};
