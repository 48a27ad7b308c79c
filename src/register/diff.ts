import { Option } from 'commander';
import { formatOption, langOption } from './common.js';
import { str, type CommandRegistration, type RawOptions } from './types.js';

const TEXT = {
  nb: {
    description: 'Vis hva som er endret mellom to versjoner av en plan: to filer, eller én fil i git.',
    old: 'den gamle planen, eller planen i git (sammenlignes da med siste commit)',
    new: 'den nye planen (når to filer sammenlignes)',
    from: 'sammenlign med planen i denne git-revisjonen (commit, tag, HEAD~2 …)',
    to: 'sammenlign med planen i denne git-revisjonen i stedet for filen på disken',
    exitCode: 'gi exit-kode 1 når det er endringer (som git diff --exit-code)',
    today: 'datoen endringsloggen føres under (ÅÅÅÅ-MM-DD; også IP_TODAY)',
    maxSize: 'største filstørrelse som leses',
  },
  en: {
    description: 'Show what changed between two versions of a plan: two files, or one file in git.',
    old: 'the old plan, or the plan in git (then compared with its last commit)',
    new: 'the new plan (when comparing two files)',
    from: 'compare with the plan in this git revision (commit, tag, HEAD~2 …)',
    to: 'compare with the plan in this git revision instead of the file on disk',
    exitCode: 'exit 1 when there are changes (like git diff --exit-code)',
    today: 'the date the change log is written under (YYYY-MM-DD; also IP_TODAY)',
    maxSize: 'largest file size to read',
  },
};

export const diffCommand: CommandRegistration = {
  name: 'diff',
  register(program, { ctx, lang, run }) {
    const t = TEXT[lang];
    return program
      .command('diff')
      .description(t.description)
      .argument('<old>', t.old)
      .argument('[new]', t.new)
      .option('--from <rev>', t.from)
      .option('--to <rev>', t.to)
      .addOption(formatOption(lang, ['text', 'json', 'markdown']))
      .option('--exit-code', t.exitCode)
      .addOption(new Option('--today <date>', t.today))
      .option('--max-size <size>', t.maxSize, '1M')
      .addOption(langOption(lang))
      .action((old: string, next: string | undefined, opts: RawOptions) =>
        run(async () => {
          const { diff } = await import('../commands/diff.js');
          return diff(
            {
              files: next === undefined ? [old] : [old, next],
              lang,
              from: str(opts.from),
              to: str(opts.to),
              format: str(opts.format),
              exitCode: opts.exitCode === true,
              today: str(opts.today),
              maxSize: str(opts.maxSize),
            },
            ctx,
          );
        }),
      );
  },
};
