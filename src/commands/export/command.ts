import { SHARED_TEXT } from '../messages.js';
import { formatOption, langOption, maxSizeOption, todayOption } from '../options.js';
import type { CommandDeclaration } from '../types.js';
import { HELP } from './help.js';

export const exportCommand: CommandDeclaration = {
  name: 'export',
  declare(program, { ctx, lang, run }) {
    const t = HELP[lang];
    program
      .command('export')
      .description(t.description)
      .argument('[paths...]', SHARED_TEXT[lang].paths)
      .addOption(formatOption(lang, ['fhir']))
      .option('--ndjson', t.ndjson)
      .option('-o, --output <path>', t.output)
      .option('--include-identifiers', t.includeIdentifiers)
      .option('--allow-invalid', t.allowInvalid)
      .option('--force', t.force)
      .option('--allow-empty', SHARED_TEXT[lang].allowEmpty)
      .addOption(todayOption(lang))
      .addOption(maxSizeOption(lang))
      .addOption(langOption(lang))
      .action((paths, options) =>
        run(async () => {
          const { exportPlans } = await import('./export.js');
          return exportPlans({ ...options, paths, lang }, ctx);
        }),
      );
  },
};
