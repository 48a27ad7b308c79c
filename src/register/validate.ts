import { formatOption, langOption, todayOption, COMMON_TEXT } from './common.js';
import { str, type CommandRegistration, type RawOptions } from './types.js';

const TEXT = {
  nb: {
    description: 'Sjekk planer: alle punkter a–i, henvisninger, datoer og samtykke.',
    stdin: 'les en plan fra standard input',
    stdinFilename: 'navnet som brukes for planen fra standard input',
    strict: 'la advarsler også gi exit-kode 1',
    verbose: 'list alle filer som ble hoppet over, og hvorfor',
    maxSize: 'største filstørrelse som leses',
  },
  en: {
    description: 'Check plans: every point a–i, references, dates and consent.',
    stdin: 'read one plan from standard input',
    stdinFilename: 'the name used for the plan read from standard input',
    strict: 'make warnings exit 1 too',
    verbose: 'list every file that was skipped, and why',
    maxSize: 'largest file size to read',
  },
};

export const validateCommand: CommandRegistration = {
  name: 'validate',
  register(program, { ctx, lang, run }) {
    const t = TEXT[lang];
    return program
      .command('validate')
      .description(t.description)
      .argument('[paths...]', COMMON_TEXT[lang].paths)
      .option('--stdin', t.stdin)
      .option('--stdin-filename <name>', t.stdinFilename)
      .option('--strict', t.strict)
      .option('--verbose', t.verbose)
      .option('--allow-empty', COMMON_TEXT[lang].allowEmpty)
      .addOption(formatOption(lang, ['text', 'json', 'github']))
      .addOption(todayOption(lang))
      .option('--max-size <size>', t.maxSize, '1M')
      .addOption(langOption(lang))
      .action((paths: string[], opts: RawOptions) =>
        run(async () => {
          const { validate } = await import('../commands/validate.js');
          return validate(
            {
              paths,
              lang,
              stdin: opts.stdin === true,
              strict: opts.strict === true,
              verbose: opts.verbose === true,
              allowEmpty: opts.allowEmpty === true,
              stdinFilename: str(opts.stdinFilename),
              format: str(opts.format),
              today: str(opts.today),
              maxSize: str(opts.maxSize),
            },
            ctx,
          );
        }),
      );
  },
};
