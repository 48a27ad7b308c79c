import type { Lang } from '../plan/lang.js';

export type { Lang };

/**
 * The message language: `--lang`, else IP_LANG, else the locale variables in
 * POSIX order. nb, nn and no mean bokmål; en means English; anything else,
 * C included, means bokmål (the tool's users are Norwegian).
 */
export function resolveLang(flag: string | undefined, env: Record<string, string | undefined>): Lang {
  const candidates = [flag, env.IP_LANG, env.LC_ALL, env.LC_MESSAGES, env.LANG];
  for (const value of candidates) {
    if (!value) continue;
    const tag = value.toLowerCase().split(/[_.@-]/)[0];
    if (tag === 'en') return 'en';
    return 'nb';
  }
  return 'nb';
}

