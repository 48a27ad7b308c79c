import { join } from 'node:path';
import { Command } from '@commander-js/extra-typings';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { maxSizeOption, todayOf, todayOption, withinOption } from '../src/commands/options.js';
import { UsageError, type Context } from '../src/context.js';
import { ROOT, TODAY } from './helpers.js';

/**
 * The options several commands share are parsed once, as commander reads
 * them, into typed values; the environment's defaults come from the Context.
 */

function parse(args: string[]) {
  return new Command('probe').exitOverride().addOption(todayOption('en')).addOption(maxSizeOption('en')).addOption(withinOption('en')).parse(args, { from: 'user' }).opts();
}

function ctx(env: Record<string, string>, now?: Date): Context {
  return { cwd: '/', env, stdout: { write: () => true }, stderr: { write: () => true }, ...(now ? { now: () => now } : {}) };
}

describe('shared options', () => {
  it('parse into a date, a byte count and a duration, with the defaults the help shows', () => {
    expect(parse([])).toEqual({ maxSize: 1024 * 1024, within: { years: 0, months: 0, weeks: 0, days: 30 } });
    expect(parse(['--today', '2027-01-14', '--max-size', '1.5k', '--within', 'P3M'])).toEqual({
      today: '2027-01-14',
      maxSize: 1536,
      within: { years: 0, months: 3, weeks: 0, days: 0 },
    });
    expect(parse(['--max-size', '2MiB']).maxSize).toBe(2 * 1024 * 1024);
  });

  it.each([
    [['--today', '2027-02-30'], '--today must be a date written YYYY-MM-DD or DD.MM.YYYY.', 'For example: --today 2027-01-14'],
    [['--max-size', 'lots'], '--max-size must be a size, for example 1M or 512k.', undefined],
    [['--max-size', '0'], '--max-size must be greater than 0.', undefined],
    [['--within', '3x'], '--within must be a duration, for example 30d, 6w, 3m, 1y or P3M.', 'Use days (d), weeks (w), months (m) or years (y), or an ISO 8601 duration without a time part (P1Y2M10D).'],
  ])('%j is a usage error with its message and hint', (args, message, hint) => {
    const error = (() => {
      try {
        parse(args);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UsageError);
    expect(error).toMatchObject({ message, hint });
  });

  it('today: --today, else IP_TODAY (checked when it is used), else the clock in Oslo', () => {
    const late = new Date('2027-03-01T23:30:00Z'); // already 2 March in Oslo
    expect(todayOf('2027-01-14', ctx({ IP_TODAY: 'not a date' }), 'en')).toBe('2027-01-14');
    expect(todayOf(undefined, ctx({ IP_TODAY: '2027-01-15' }), 'en')).toBe('2027-01-15');
    expect(todayOf(undefined, ctx({}, late), 'en')).toBe('2027-03-02');
    // An empty --today sets IP_TODAY aside.
    expect(todayOf('', ctx({ IP_TODAY: '2027-01-15' }, late), 'en')).toBe('2027-03-02');
    // As ip new reads dates: D.M.YYYY and DD.MM.YYYY too, never slashes.
    expect(todayOf(undefined, ctx({ IP_TODAY: '15.01.2027' }), 'nb')).toBe('2027-01-15');
    expect(todayOf(undefined, ctx({ IP_TODAY: '5.1.2027' }), 'nb')).toBe('2027-01-05');
    expect(() => todayOf(undefined, ctx({ IP_TODAY: '01/15/2027' }), 'nb')).toThrow('IP_TODAY må være en dato skrevet ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ.');
  });

  it('reach the command as parsed: ip due reports the day it was given', async () => {
    let out = '';
    const context: Context = { ...ctx({ IP_LANG: 'en', IP_TODAY: TODAY }), cwd: join(ROOT, 'examples'), stdout: { write: (s: string) => (out += s) } };
    const code = await main(['node', 'ipplan', 'due', '--today', '2027-01-14', '--format', 'json', '--within', '2w'], context);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ version: 1, today: '2027-01-14' });
  });
});
