import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { checkBody } from '../plan/body-limits.js';

/**
 * The plan's free Markdown, as safe HTML for the page.
 *
 * Two locks: remark-rehype drops every raw HTML node (no `allowDangerousHtml`),
 * and rehype-sanitize then allows only a small set of elements and URL
 * protocols. On top of GitHub's schema this one drops images and every other
 * element that loads something (the page makes no requests), and allows
 * links to http, https, mailto and tel only (so no `javascript:`/`data:`).
 *
 * A body past the limits in src/plan/body-limits.ts is not parsed at all:
 * those limits keep the parser's recursion and its work on runs of marks
 * bounded. The walks over the tree here use a stack of their own, not the
 * call stack.
 */

// Minimal tree shapes: mdast and hast nodes as far as this module touches them.
interface Node {
  type: string;
  children?: Node[];
  [key: string]: unknown;
}

const LOADING_TAGS = new Set(['img', 'picture', 'source', 'input', 'video', 'audio', 'iframe', 'object', 'embed']);

export const SANITIZE_SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => !LOADING_TAGS.has(t)),
  attributes: Object.fromEntries(Object.entries(defaultSchema.attributes ?? {}).filter(([tag]) => !LOADING_TAGS.has(tag))),
  protocols: { href: ['http', 'https', 'mailto', 'tel'], cite: ['http', 'https'] },
  required: {},
  strip: ['script', 'style', 'template', 'noscript', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes'],
};

/** The nodes under `root`, depth first, in document order. */
function* walk(root: Node): Generator<Node> {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

function headingText(node: Node): string {
  let text = '';
  for (const n of walk(node)) if (typeof n.value === 'string') text += n.value;
  return text;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** A first-line `# Individuell plan for …` repeats the page's own title, which the page already shows as its one h1. */
function isTitle(node: Node | undefined, title: string): boolean {
  if (!node || node.type !== 'heading' || node.depth !== 1) return false;
  const t = norm(headingText(node));
  return t === norm(title) || /^(individuell|individual) plan\b/.test(t);
}

/** Images become their alt text: a picture would be a request, and the page makes none. */
function replaceImages(root: Node): void {
  for (const node of walk(root)) {
    if (!node.children) continue;
    // Replaced before the walk goes below this node, so it never visits an image.
    node.children = node.children.flatMap((child): Node[] => {
      if (child.type !== 'image' && child.type !== 'imageReference') return [child];
      const alt = typeof child.alt === 'string' ? child.alt : '';
      return alt ? [{ type: 'text', value: alt }] : [];
    });
  }
}

/**
 * Body headings sit under the page's h2 for the body, so they start at h3 and
 * never skip a level (a `####` after a `##` becomes the next level down).
 */
function fitHeadings(root: Node): void {
  const headings = [...walk(root)].filter((n) => n.type === 'heading');
  if (headings.length === 0) return;
  // A loop, not Math.min(...): a body can have more headings than a call takes arguments.
  let min = 6;
  for (const h of headings) min = Math.min(min, Number(h.depth));
  let previous = 2;
  for (const h of headings) {
    const wanted = Math.min(6, Math.max(3, Number(h.depth) - min + 3));
    h.depth = Math.min(wanted, previous + 1);
    previous = h.depth as number;
  }
}

/** An HTML block that holds only comments: a template's guidance for whoever writes the plan. */
const isComment = (n: Node) => n.type === 'html' && typeof n.value === 'string' && /^\s*(?:<!--[\s\S]*?-->\s*)+$/.test(n.value);

/**
 * Headings with nothing under them go: a template's sections that hold only
 * guidance comments (dropped anyway, as raw HTML) would otherwise stand as
 * empty headings. Walked from the end, so a heading whose only content is
 * an empty sub-heading goes too.
 */
function dropEmptySections(root: Node): void {
  const list = root.children;
  if (!list) return;
  for (let i = list.length - 1; i >= 0; i--) {
    const node = list[i]!;
    if (node.type !== 'heading') continue;
    const next = list[i + 1];
    if (next === undefined || (next.type === 'heading' && Number(next.depth) <= Number(node.depth))) list.splice(i, 1);
  }
}

function shapeBody(title: string) {
  return (tree: Node) => {
    if (tree.children) tree.children = tree.children.filter((n) => !isComment(n));
    if (tree.children && isTitle(tree.children[0], title)) tree.children.shift();
    dropEmptySections(tree);
    replaceImages(tree);
    fitHeadings(tree);
  };
}

const isBlank = (n: Node) => n.type === 'text' && typeof n.value === 'string' && n.value.trim() === '';

/**
 * After sanitising: links leave no trace of where they were followed from
 * and cannot reach back into this page; paragraphs left empty by removed
 * HTML go.
 */
function tidy() {
  return (tree: Node) => {
    for (const n of walk(tree)) {
      if (n.type === 'element' && n.tagName === 'a') {
        const props = (n.properties ?? {}) as Record<string, unknown>;
        props.rel = ['noopener', 'noreferrer'];
        n.properties = props;
      }
      if (n.children) n.children = n.children.filter((c) => !(c.type === 'element' && c.tagName === 'p' && (c.children ?? []).every(isBlank)));
    }
  };
}

/**
 * The body as HTML; undefined when it passes a limit in
 * src/plan/body-limits.ts, or when the parser runs out of stack all the same
 * (a RangeError): the page then says the text is left out, and the other
 * plans of the run are rendered as usual.
 */
export function renderMarkdown(markdown: string, title: string): string | undefined {
  if (checkBody(markdown)) return undefined;
  try {
    const file = unified()
      .use(remarkParse)
      .use(shapeBody, title)
      .use(remarkRehype)
      .use(rehypeSanitize, SANITIZE_SCHEMA)
      .use(tidy)
      .use(rehypeStringify)
      .processSync(markdown);
    return String(file);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}
