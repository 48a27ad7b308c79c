import { spawn } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { constants } from 'node:os';

/**
 * On Linux `ip` is also iproute2, and npm's bin folder usually comes first on
 * PATH. Calls that are not ours (`ip addr`, `ip -4 route`) are handed to the
 * system's `ip` with the same arguments, stdio and exit code.
 */

export const SYSTEM_IP_CANDIDATES = ['/usr/sbin/ip', '/sbin/ip', '/usr/bin/ip', '/bin/ip'];
/** Set in the child's environment: if we ever see it, the handoff came back to us. */
export const HANDOFF_GUARD = 'IPPLAN_HANDED_OFF';

function real(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/** The first system `ip` that exists and is not this program. */
export function findSystemIp(self: string, candidates: readonly string[] = SYSTEM_IP_CANDIDATES): string | undefined {
  const selfReal = real(self) ?? self;
  for (const candidate of candidates) {
    if (!existsSync(candidate)) continue;
    const target = real(candidate);
    if (target && target !== selfReal) return candidate;
  }
  return undefined;
}

export function handOff(target: string, args: string[], env: Record<string, string | undefined>): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(target, args, { stdio: 'inherit', env: { ...env, [HANDOFF_GUARD]: '1' } });
    // The terminal sends Ctrl-C to both of us: let the child decide, and report how it ended.
    const ignore = () => undefined;
    process.on('SIGINT', ignore);
    process.on('SIGTERM', ignore);
    const done = (code: number) => {
      process.off('SIGINT', ignore);
      process.off('SIGTERM', ignore);
      resolve(code);
    };
    child.on('error', () => done(127));
    child.on('exit', (code, signal) => {
      if (signal) done(128 + (constants.signals[signal] ?? 0));
      else done(code ?? 0);
    });
  });
}
