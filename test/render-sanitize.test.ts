import { describe, expect, it } from 'vitest';
import { checkText } from '../src/plan/check.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { renderPlan } from '../src/render/page.js';
import { example, fixture, tags, TODAY } from './fixtures/render/harness.js';

/**
 * Hostile plan bodies: whatever the Markdown says, the page carries no
 * script, no event handler, no frame, no javascript:/data: link and nothing
 * that loads from anywhere.
 */

const TITLE = 'Individuell plan for Kari Nordmann';

const FORBIDDEN_TAGS = ['script', 'style', 'iframe', 'frame', 'img', 'picture', 'source', 'video', 'audio', 'object', 'embed', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'svg', 'math', 'template', 'noscript'];
const URL_ATTRS = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'cite', 'longdesc'];

function assertInert(html: string): void {
  for (const t of tags(html)) {
    expect(FORBIDDEN_TAGS, `<${t.name}> in ${html}`).not.toContain(t.name);
    for (const [name, value] of Object.entries(t.attrs)) {
      expect(name.startsWith('on'), `${name} in ${html}`).toBe(false);
      expect(name, html).not.toBe('style');
      if (URL_ATTRS.includes(name)) {
        // Only plain links survive: http(s), mailto, tel, or a relative path.
        expect(name, html).toBe('href');
        expect(value, html).toMatch(/^(https?:\/\/|mailto:|tel:|[^:]*$)/i);
      }
    }
  }
  // Escaped text may read "onclick=" or "&lt;script"; a real tag may not.
  expect(html).not.toMatch(/<\s*script/i);
}

const HOSTILE: Array<[string, string, string?]> = [
  ['script block', '<script>alert(1)</script>'],
  ['script inline', 'Hei <script>alert(1)</script> du'],
  ['script split over lines', '<scr\nipt>alert(1)</script>'],
  ['img onerror', '<img src=x onerror=alert(1)>'],
  ['img inline onerror', 'tekst <img src="x" onerror="alert(1)"> tekst'],
  ['event handler on allowed tag', '<b onclick="alert(1)">fet</b> og <p onmouseover="alert(1)">avsnitt</p>'],
  ['iframe', '<iframe src="https://evil.example/"></iframe>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ['javascript: link', '[klikk](javascript:alert(1))', 'klikk'],
  ['javascript: link, upper case', '[klikk](JAVASCRIPT:alert(1))', 'klikk'],
  ['javascript: link with entity', '[klikk](jav&#x09;ascript:alert(1))', 'klikk'],
  ['javascript: link, leading space', '[klikk]( javascript:alert(1))', 'klikk'],
  ['javascript: autolink', '<javascript:alert(1)>'],
  ['javascript: reference link', '[klikk][x]\n\n[x]: javascript:alert(1)', 'klikk'],
  ['javascript: in raw anchor', '<a href="javascript:alert(1)">klikk</a>', 'klikk'],
  ['vbscript: link', '[klikk](vbscript:msgbox(1))', 'klikk'],
  ['data: link', '[klikk](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', 'klikk'],
  ['remote image', '![sporing](https://evil.example/pixel.png)', 'sporing'],
  ['remote image by reference', '![sporing][p]\n\n[p]: https://evil.example/pixel.png', 'sporing'],
  ['data image', '![bilde](data:image/png;base64,iVBORw0KGgo=)', 'bilde'],
  ['image inside a link', '[![bilde](https://evil.example/p.png)](https://example.no/)', 'bilde'],
  ['style element', '<style>body{background:url(https://evil.example/bg.png)}</style>'],
  ['style attribute', '<span style="background:url(https://evil.example/bg.png)">tekst</span>'],
  ['stylesheet link', '<link rel="stylesheet" href="https://evil.example/x.css">'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">'],
  ['base href', '<base href="https://evil.example/">'],
  ['form', '<form action="https://evil.example/"><input name="fnr"><button>Send</button></form>'],
  ['svg onload', '<svg onload="alert(1)"><circle r="10"/></svg>'],
  ['svg script', '<svg><script>alert(1)</script></svg>'],
  ['math', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>'],
  ['object and embed', '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x">'],
  ['video and audio', '<video src="https://evil.example/v.mp4" poster="https://evil.example/p.png"></video><audio src="https://evil.example/a.mp3"></audio>'],
  ['picture and source', '<picture><source srcset="https://evil.example/x.png"><img src="https://evil.example/x.png"></picture>'],
  ['template and noscript', '<template><script>alert(1)</script></template><noscript><img src=x onerror=alert(1)></noscript>'],
  ['html comment trick', '<!--><script>alert(1)</script>-->'],
  ['CDATA trick', '<![CDATA[<script>alert(1)</script>]]>'],
  ['quoted attribute break-out', '<a href="https://example.no/" title=\'"><script>alert(1)</script>\'>lenke</a>'],
  ['id clobbering', '<a id="banner-1" name="goals">x</a>\n\n# Mål {#goals}'],
  ['front matter fence inside the body', '---\nip: 1\n---\n<script>alert(1)</script>'],
  // As deep as the body limits allow (src/plan/body-limits.ts); deeper is not rendered at all.
  ['deeply nested', `${'> '.repeat(16)}<script>alert(1)</script>`],
];

describe('the body Markdown cannot inject anything', () => {
  it.each([
    '<img src=x onerror=alert(1)>',
    '<p onclick="alert(1)">x</p>',
    "<a href='javascript:alert(1)'>x</a>",
    '<a href=data:text/html,x>x</a>',
    '<span style="color:red">x</span>',
    '<SCRIPT>alert(1)</SCRIPT>',
  ])('the checker itself catches %s', (raw) => {
    expect(() => assertInert(raw)).toThrow();
  });

  it.each(HOSTILE)('%s', (_name, body, survives) => {
    const html = renderMarkdown(body, TITLE);
    expect(html).toBeDefined();
    assertInert(html!);
    if (survives) expect(html).toContain(survives);
  });

  it('keeps ordinary Markdown: emphasis, lists, quotes, code, plain links', () => {
    const html = renderMarkdown('## Om meg\n\nJeg *liker* **fotball**.\n\n- en\n- to\n\n> sitat\n\n`kode`\n\n[NAV](https://www.nav.no/) og [e-post](mailto:kari@example.no)', TITLE);
    expect(html).toContain('<h3>Om meg</h3>');
    expect(html).toContain('<em>liker</em>');
    expect(html).toContain('<strong>fotball</strong>');
    expect(html).toContain('<li>en</li>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<code>kode</code>');
    expect(html).toContain('<a href="https://www.nav.no/" rel="noopener noreferrer">NAV</a>');
    expect(html).toContain('<a href="mailto:kari@example.no" rel="noopener noreferrer">e-post</a>');
  });

  it('drops the title line that repeats the page title, and fits headings under the body heading', () => {
    const html = renderMarkdown('# Individuell plan for Kari Nordmann\n\n## Om meg\n\ntekst\n\n#### Dypt\n\nmer\n\n# Senere tittel\n\nslutt', TITLE);
    expect(html).not.toContain('Individuell plan for Kari Nordmann');
    // ## → h3, #### (a skipped level) → h4, a later # → h3: never above h3, never skipping.
    expect([...html.matchAll(/<h(\d)>([^<]*)</g)].map((m) => `${m[1]}:${m[2]}`)).toEqual(['3:Om meg', '4:Dypt', '3:Senere tittel']);
  });

  it('leaves out a heading with nothing under it but guidance comments, as a template has', () => {
    const template = '## Om meg\n\n<!--\nSkriv med personens egne ord.\n-->\n\n## Målene mine\n\n<!-- Målene står i feltet «mål». -->\n\n## Tiltak\n\n### Mer\n\n<!-- ingenting -->\n';
    expect(renderMarkdown(template, TITLE)).toBe('');
    // A section with text keeps its heading, and so does one whose sub-section has text.
    const filled = renderMarkdown('## Om meg\n\n<!-- hjelp -->\n\nJeg liker å tegne.\n\n## Tiltak\n\n### Bolig\n\nSøknad sendt.\n\n## Tom\n\n<!-- bare hjelp -->', TITLE)!;
    expect([...filled.matchAll(/<h(\d)>([^<]*)</g)].map((m) => `${m[1]}:${m[2]}`)).toEqual(['3:Om meg', '3:Tiltak', '4:Bolig']);
  });

  it('keeps a first heading that is not the title', () => {
    expect(renderMarkdown('# Om meg\n\ntekst', TITLE)).toContain('<h3>Om meg</h3>');
  });
});

describe('the whole page with a hostile plan', () => {
  function page(source: string) {
    const checked = checkText(source, { explicit: true, today: TODAY });
    return renderPlan({
      ...(checked.data ? { data: checked.data } : {}),
      ...(checked.status ? { status: checked.status } : {}),
      ...(checked.body !== undefined ? { body: checked.body } : {}),
      diagnostics: checked.diagnostics,
      today: TODAY,
    }).html;
  }

  it('renders the hostile fixture inert, apart from the page head', () => {
    const html = page(fixture('hostile.md'));
    const body = html.slice(html.indexOf('<body>'));
    assertInert(body);
    expect(body).toContain('<a href="https://example.no/" rel="noopener noreferrer">vanlig lenke</a>');
  });

  it.each(HOSTILE)('body: %s', (_name, hostileBody) => {
    const html = page(`${example('bolig-og-arbeid.md').replace(/\n---\n[\s\S]*$/, '\n---\n')}${hostileBody}\n`);
    assertInert(html.slice(html.indexOf('<body>')));
  });
});
