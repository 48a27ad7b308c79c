import { formatOption, langOption, todayOption } from '../options.js';
import type { CommandDeclaration } from '../types.js';
import { HELP } from './help.js';

/** Repeatable options collect into a list; unset stays undefined, so "not given" is not "none". */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export const evaluateCommand: CommandDeclaration = {
  name: 'evaluate',
  declare(program, { ctx, lang, run }) {
    const t = HELP[lang];
    program
      .command('evaluate')
      .description(t.description)
      .argument('<plan>', t.plan)
      .argument('[id]', t.id)
      .option('--held <date>', t.held)
      .option('--took-part <ids>', t.tookPart, collect)
      .option('--status <id=status>', t.status, collect)
      .option('--note <id=text>', t.note, collect)
      .option('--decision <text>', t.decision, collect)
      .option('--next <date|none>', t.next)
      .option('--answers <file>', t.answers)
      .option('-y, --yes', t.yes)
      .option('--dry-run', t.dryRun)
      .addOption(formatOption(lang, ['text', 'json', 'markdown']))
      .addOption(todayOption(lang))
      .addOption(langOption(lang))
      .action((plan, id, options) =>
        run(async () => {
          const { runEvaluate } = await import('./evaluate.js');
          const { answers, yes, dryRun, today, format, lang: _messages, ...rest } = options;
          const flags = { held: rest.held, tookPart: rest.tookPart, status: rest.status, note: rest.note, decision: rest.decision, next: rest.next };
          return runEvaluate({ lang, plan, ...(id !== undefined ? { id } : {}), flags, answers, yes, dryRun, today, format }, ctx);
        }),
      );
  },
};
