import { Option } from '@commander-js/extra-typings';
import { UsageError } from '../../context.js';
import { SHARED_TEXT } from '../messages.js';
import { formatOption, langOption, maxSizeOption, todayOption } from '../options.js';
import type { CommandDeclaration } from '../types.js';
import { HELP } from './help.js';
import { VALIDATE_ERRORS } from './messages.js';

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
      .option('-q, --quiet', t.quiet)
      .option('--names', t.names)
      .option('--no-names', t.noNames)
      .addOption(
        new Option('--max-warnings <n>', t.maxWarnings).argParser((value) => {
          if (!/^\d{1,9}$/.test(value)) throw new UsageError(VALIDATE_ERRORS[lang].maxWarnings, VALIDATE_ERRORS[lang].maxWarningsHint);
          return Number(value);
        }),
      )
      .option('--allow-empty', SHARED_TEXT[lang].allowEmpty)
      .option('--fix', t.fix)
      .option('--fix-dry-run', t.fixDryRun)
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
