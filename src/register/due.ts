import { formatOption, langOption, todayOption, COMMON_TEXT } from './common.js';
import { str, type CommandRegistration, type RawOptions } from './types.js';

const TEXT = {
  nb: {
    description: 'Vis forfalte og kommende evalueringer, revisjoner og andre frister i planene.',
    within: 'hvor langt fram du vil se: 14d, 6w, 3m, 1y eller ISO 8601 som P3M',
    coordinator: 'bare planer med denne koordinatoren (navn eller e-post)',
    names: 'vis navn også når utdata ikke går til en terminal',
    noNames: 'vis plan-id i stedet for navn, også i en terminal',
    failOnOverdue: 'gi exit-kode 1 når noe er forfalt',
    maxSize: 'største filstørrelse som leses',
  },
  en: {
    description: 'List overdue and upcoming evaluations, revisions and other dates in the plans.',
    within: 'how far ahead to look: 14d, 6w, 3m, 1y or ISO 8601 such as P3M',
    coordinator: "only plans with this coordinator (name or e-mail)",
    names: 'show names even when output does not go to a terminal',
    noNames: 'show plan ids instead of names, even on a terminal',
    failOnOverdue: 'exit 1 when anything is overdue',
    maxSize: 'largest file size to read',
  },
};

export const dueCommand: CommandRegistration = {
  name: 'due',
  register(program, { ctx, lang, run }) {
    const t = TEXT[lang];
    return program
      .command('due')
      .description(t.description)
      .argument('[paths...]', COMMON_TEXT[lang].paths)
      .option('--within <duration>', t.within, '30d')
      .option('--coordinator <name-or-email>', t.coordinator)
      .option('--names', t.names)
      .option('--no-names', t.noNames)
      .option('--fail-on-overdue', t.failOnOverdue)
      .option('--allow-empty', COMMON_TEXT[lang].allowEmpty)
      .addOption(formatOption(lang, ['text', 'json', 'ics', 'markdown']))
      .addOption(todayOption(lang))
      .option('--max-size <size>', t.maxSize, '1M')
      .addOption(langOption(lang))
      .action((paths: string[], opts: RawOptions) =>
        run(async () => {
          const { due } = await import('../commands/due.js');
          return due(
            {
              paths,
              lang,
              format: str(opts.format),
              today: str(opts.today),
              within: str(opts.within),
              coordinator: str(opts.coordinator),
              names: typeof opts.names === 'boolean' ? opts.names : undefined,
              failOnOverdue: opts.failOnOverdue === true,
              allowEmpty: opts.allowEmpty === true,
              maxSize: str(opts.maxSize),
            },
            ctx,
          );
        }),
      );
  },
};
