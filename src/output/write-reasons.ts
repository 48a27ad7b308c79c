import type { Lang } from './lang.js';

/** Why a write failed, in words, by the system's error code: shared by every command that writes. */
const REASONS: Record<Lang, Record<string, string>> = {
  nb: {
    ENOSPC: 'disken er full',
    EDQUOT: 'diskkvoten er brukt opp',
    EFBIG: 'filen blir større enn systemet tillater',
    EACCES: 'du har ikke skrivetilgang til mappen',
    EPERM: 'du har ikke skrivetilgang til mappen',
    EROFS: 'filsystemet er skrivebeskyttet',
    ENOENT: 'mappen finnes ikke',
    ENOTDIR: 'en del av stien er ikke en mappe',
    EISDIR: 'stien er en mappe',
  },
  en: {
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    EFBIG: 'the file would be larger than the system allows',
    EACCES: 'you may not write to the folder',
    EPERM: 'you may not write to the folder',
    EROFS: 'the file system is read-only',
    ENOENT: 'the folder does not exist',
    ENOTDIR: 'part of the path is not a folder',
    EISDIR: 'the path is a folder',
  },
};

/** The reason in words, or undefined for a code without one. */
export function writeReason(code: string, lang: Lang): string | undefined {
  return REASONS[lang][code];
}
