import { formatOption, langOption, maxSizeOption, todayOption } from '../options.js';
import type { CommandDeclaration } from '../types.js';
import { HELP } from './help.js';

export const diffCommand: CommandDeclaration = {
  name: 'diff',
  declare(program, { ctx, lang, run }) {
    const t = HELP[lang];
    program
      .command('diff')
      .description(t.description)
      .argument('<old>', t.old)
      .argument('[new]', t.new)
      .option('--from <rev>', t.from)
      .option('--to <rev>', t.to)
      .addOption(formatOption(lang, ['text', 'json', 'markdown']))
      .option('--exit-code', t.exitCode)
      .addOption(todayOption(lang, t.today))
      .addOption(maxSizeOption(lang))
      .addOption(langOption(lang))
      .action((old, next, options) =>
        run(async () => {
          const { diff } = await import('./diff.js');
          return diff({ ...options, files: next === undefined ? [old] : [old, next], lang }, ctx);
        }),
      );
  },
};
