/** How long a goal's or measure's text may be where another part of the page names it. */
const SHORT = 60;

/**
 * A text cut at a word before `max` characters, with an ellipsis: a goal
 * named in a measure's row, a measure named in a notice. The whole text
 * stands where the goal or measure itself is shown.
 */
export function shorten(words: string, max = SHORT): string {
  const flat = words.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  if (chars.length <= max) return flat;
  const cut = chars.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}
