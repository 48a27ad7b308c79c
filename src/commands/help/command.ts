import { commanderText } from '../../output/commander-text.js';
import { langOption } from '../options.js';
import type { CommandDeclaration } from '../types.js';
import { HELP } from './help.js';

/**
 * `ip help <emne>`. Under the name `ip`, `help` is ours only before one of
 * the topics (src/cli.ts); `ip help` alone belongs to iproute2.
 */
export const helpCommand: CommandDeclaration = {
  name: 'help',
  declare(program, { ctx, lang, run }) {
    const t = HELP[lang];
    program
      .command('help')
      .description(t.description)
      .argument('[emne]', t.topic)
      .argument('[kode]', t.code)
      .addOption(langOption(lang))
      .action((topic, code) =>
        run(async () => {
          const { helpTopic } = await import('./help-topic.js');
          return helpTopic({ topic, code, lang, programHelp: () => commanderText(program.helpInformation(), lang) }, ctx);
        }),
      );
  },
};
