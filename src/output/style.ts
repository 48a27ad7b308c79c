import { styleText } from 'node:util';
import type { Context } from '../context.js';

export type Style = 'red' | 'yellow' | 'green' | 'dim' | 'bold' | 'cyan';
export type Paint = (style: Style, text: string) => string;

/** Colour only on a terminal, and never under NO_COLOR (https://no-color.org). */
export function painter(ctx: Pick<Context, 'env' | 'stdout'>): Paint {
  const on = ctx.stdout.isTTY === true && !('NO_COLOR' in ctx.env && ctx.env.NO_COLOR !== '') && ctx.env.TERM !== 'dumb';
  if (!on) return (_style, text) => text;
  // styleText checks the stream itself in newer Node versions; we decided above.
  return (style, text) => styleText(style, text, { validateStream: false });
}
