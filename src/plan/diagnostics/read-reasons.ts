import type { Lang } from '../lang.js';

/**
 * Why a path named as a plan could not be read, in words, where the reason
 * is the kind of thing it is (src/fs/read.ts): shared by the read-error
 * diagnostic and ip diff's message. Other reasons are system error codes,
 * shown as they are.
 */
const REASONS: Record<Lang, Record<string, string>> = {
  nb: {
    FIFO: 'den er et navngitt rør (FIFO), ikke en vanlig fil',
    SOCKET: 'den er en socket, ikke en vanlig fil',
    DEVICE: 'den er en enhetsfil, ikke en vanlig fil',
  },
  en: {
    FIFO: 'it is a named pipe (FIFO), not a regular file',
    SOCKET: 'it is a socket, not a regular file',
    DEVICE: 'it is a device, not a regular file',
  },
};

/** The reason in words, or undefined for a system error code. */
export function readReason(code: string, lang: Lang): string | undefined {
  return REASONS[lang][code];
}
