import { COMMON_TEXT, langOption, todayOption } from './common.js';
import { str, type CommandRegistration, type RawOptions } from './types.js';

const TEXT = {
  nb: {
    description: 'Lag en lesbar side (HTML) av en plan, til personen og til møtet, som også kan skrives ut.',
    paths: 'planer eller mapper med planer',
    output: 'hvor siden skal skrives: en fil, en mappe (slutter med /), eller - for standard output',
    force: 'erstatt filer som finnes selv om de ikke er laget av ip render',
    maxSize: 'største filstørrelse som leses',
  },
  en: {
    description: 'Make a readable, printable page (HTML) of a plan, for the person and the meeting.',
    paths: 'plans or folders of plans',
    output: 'where to write: a file, a folder (ending in /), or - for standard output',
    force: 'replace existing files even if ip render did not make them',
    maxSize: 'largest file size to read',
  },
};

export const renderCommand: CommandRegistration = {
  name: 'render',
  register(program, { ctx, lang, run }) {
    const t = TEXT[lang];
    return program
      .command('render')
      .description(t.description)
      .argument('[paths...]', t.paths)
      .option('-o, --output <path>', t.output)
      .option('--force', t.force)
      .option('--allow-empty', COMMON_TEXT[lang].allowEmpty)
      .addOption(todayOption(lang))
      .option('--max-size <size>', t.maxSize, '1M')
      .addOption(langOption(lang))
      .action((paths: string[], opts: RawOptions) =>
        run(async () => {
          const { render } = await import('../commands/render.js');
          return render(
            {
              paths,
              lang,
              output: str(opts.output),
              force: opts.force === true,
              allowEmpty: opts.allowEmpty === true,
              today: str(opts.today),
              maxSize: str(opts.maxSize),
            },
            ctx,
          );
        }),
      );
  },
};
