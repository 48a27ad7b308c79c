import { SHARED_TEXT } from '../messages.js';
import { langOption, maxSizeOption, todayOption } from '../options.js';
import type { CommandDeclaration } from '../types.js';
import { HELP } from './help.js';

export const renderCommand: CommandDeclaration = {
  name: 'render',
  declare(program, { ctx, lang, run }) {
    const t = HELP[lang];
    program
      .command('render')
      .description(t.description)
      .argument('[paths...]', t.paths)
      .option('-o, --output <path>', t.output)
      .option('--force', t.force)
      .option('--verbose', t.verbose)
      .option('--allow-empty', SHARED_TEXT[lang].allowEmpty)
      .addOption(todayOption(lang))
      .addOption(maxSizeOption(lang))
      .addOption(langOption(lang))
      .action((paths, options) =>
        run(async () => {
          const { render } = await import('./render.js');
          return render({ ...options, paths, lang }, ctx);
        }),
      );
  },
};
