import { EXIT, UsageError, type Context } from '../../context.js';
import { codeInfo, codesText } from '../../output/help/koder.js';
import { fieldsText } from '../../output/help/felt.js';
import { consentText } from '../../output/help/samtykke.js';
import { isHelpTopic } from '../../output/help/topics.js';
import type { Lang } from '../../output/lang.js';
import { HELP_MESSAGES as M } from './messages.js';

export interface HelpOptions {
  topic?: string;
  code?: string;
  lang: Lang;
  /** The program's own help, for `ipplan help` with no topic: the topics first, then the commands. */
  programHelp: () => string;
}

/** `ip help [emne] [kode]`: a topic, or the list of topics and commands. Works offline: every text is in the tool. */
export function helpTopic(options: HelpOptions, ctx: Pick<Context, 'stdout'>): number {
  const { topic, code, lang } = options;
  const fail = (m: { message: string; hint: string }): never => {
    throw new UsageError(m.message, m.hint);
  };
  if (topic === undefined) {
    ctx.stdout.write(`${M[lang].topics}\n${options.programHelp()}`);
    return EXIT.ok;
  }
  if (!isHelpTopic(topic)) return fail(M[lang].unknownTopic());
  if (code !== undefined && topic !== 'koder') return fail(M[lang].codeOnlyWithKoder());
  if (topic === 'felt') ctx.stdout.write(fieldsText(lang));
  else if (topic === 'samtykke') ctx.stdout.write(consentText(lang));
  else {
    const info = code === undefined ? undefined : (codeInfo(code) ?? fail(M[lang].unknownCode()));
    ctx.stdout.write(codesText(lang, info?.code));
  }
  return EXIT.ok;
}
