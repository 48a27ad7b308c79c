import { SHARED_TEXT } from '../messages.js';
import { formatOption, langOption, maxSizeOption, todayOption } from '../options.js';
import type { CommandDeclaration } from '../types.js';
import { HELP } from './help.js';

export const reportCommand: CommandDeclaration = {
  name: 'report',
  declare(program, { ctx, lang, run }) {
    const t = HELP[lang];
    program
      .command('report')
      .description(t.description)
      .argument('[paths...]', SHARED_TEXT[lang].paths)
      .addOption(formatOption(lang, ['text', 'json', 'csv', 'markdown', 'html']))
      .option('-o, --output <file>', t.output)
      .option('--force', t.force)
      .option('--excel', t.excel)
      .option('--names', t.names)
      .option('--no-names', t.noNames)
      .option('--allow-empty', SHARED_TEXT[lang].allowEmpty)
      .addOption(todayOption(lang))
      .addOption(maxSizeOption(lang))
      .addOption(langOption(lang))
      .action((paths, options) =>
        run(async () => {
          const { report } = await import('./report.js');
          return report({ ...options, paths, lang }, ctx);
        }),
      );
  },
};
