import { Option } from '@commander-js/extra-typings';
import { UsageError } from '../../context.js';
import { parseDateInput } from '../../plan/dates.js';
import { formatOption, langOption, maxSizeOption } from '../options.js';
import type { CommandDeclaration } from '../types.js';
import { HELP } from './help.js';
import { LOG_MESSAGES as M } from './messages.js';

export const logCommand: CommandDeclaration = {
  name: 'log',
  declare(program, { ctx, lang, run }) {
    const t = HELP[lang];
    const fail = (m: { message: string; hint: string }) => {
      throw new UsageError(m.message, m.hint);
    };
    program
      .command('log')
      .description(t.description)
      .argument('<plan>', t.plan)
      .addOption(
        new Option('-n, --max-count <n>', t.maxCount).argParser((value) => {
          if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) fail(M[lang].badCount());
          return Number(value);
        }),
      )
      .addOption(new Option('--since <date>', t.since).argParser((value) => parseDateInput(value) ?? fail(M[lang].badSince())))
      .addOption(formatOption(lang, ['text', 'json', 'markdown']))
      .addOption(maxSizeOption(lang))
      .addOption(langOption(lang))
      .action((plan, options) =>
        run(async () => {
          const { log } = await import('./log.js');
          return log({ ...options, file: plan, lang }, ctx);
        }),
      );
  },
};
