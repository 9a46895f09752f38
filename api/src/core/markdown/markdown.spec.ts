import { decodeHTML } from 'entities';
import { Parser } from 'htmlparser2';
import { excerpt, renderMarkdown } from './markdown.js';
import { sanitizeRenderedHtml } from './sanitize.js';
import { XSS_CORPUS } from './xss-corpus.js';
import { ADVERSARIAL_MARKDOWN } from './adversarial-inputs.js';

interface ParsedElement {
  name: string;
  attribs: Record<string, string>;
}

/** Every element of an HTML fragment, parsed the way a browser-grade tokenizer sees it. */
function elementsOf(html: string): ParsedElement[] {
  const elements: ParsedElement[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        elements.push({ name, attribs });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return elements;
}

const ALLOWED: Record<string, readonly string[]> = {
  p: [],
  br: [],
  strong: [],
  em: [],
  del: [],
  s: [],
  code: ['class'],
  pre: [],
  blockquote: [],
  ul: [],
  ol: [],
  li: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  hr: [],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: [],
  td: [],
  a: ['href', 'title', 'class', 'rel', 'target'],
  img: ['src', 'alt', 'title'],
};

/** What a browser would see as the scheme: entities decoded, controls and whitespace dropped. */
function normalizedUrl(value: string): string {
  let decoded = value;
  for (let i = 0; i < 3; i++) decoded = decodeHTML(decoded);
  // eslint-disable-next-line no-control-regex
  return decoded.replace(/[\u0000-\u0020\u007f-\u009f\s]+/g, '').toLowerCase();
}

/** Everything in the HTML that breaks the policy; empty when the HTML is safe. */
function violations(html: string): string[] {
  const found: string[] = [];
  for (const { name, attribs } of elementsOf(html)) {
    const allowed = ALLOWED[name];
    if (!allowed) {
      found.push(`element <${name}>`);
      continue;
    }
    for (const [attribute, value] of Object.entries(attribs)) {
      const where = `<${name} ${attribute}="${value}">`;
      if (attribute.startsWith('on')) found.push(`event handler ${where}`);
      if (!allowed.includes(attribute)) found.push(`attribute ${where}`);
      if (/^(javascript|data|vbscript):/.test(normalizedUrl(value))) found.push(`url ${where}`);
    }
    if (name === 'a') {
      if (attribs.rel !== 'nofollow ugc noopener') found.push(`rel of <a href="${attribs.href}">`);
      if (!/^(https?:\/\/[^/]|mailto:|\/(?![/\\]))/i.test(attribs.href ?? '')) {
        found.push(`href "${attribs.href}"`);
      }
      if (attribs.class !== undefined && attribs.class !== 'mention') {
        found.push(`a class "${attribs.class}"`);
      }
      if (attribs.target !== undefined && attribs.target !== '_blank') {
        found.push(`a target "${attribs.target}"`);
      }
    }
    if (name === 'img' && !/^(https:\/\/[^/]|\/media\/)/.test(attribs.src ?? '')) {
      found.push(`img src "${attribs.src}"`);
    }
    if (
      name === 'code' &&
      attribs.class !== undefined &&
      !/^language-[\w-]+$/.test(attribs.class)
    ) {
      found.push(`code class "${attribs.class}"`);
    }
  }
  return found;
}

describe('XSS corpus', () => {
  it('has at least 80 payloads', () => {
    expect(XSS_CORPUS.length).toBeGreaterThanOrEqual(80);
  });

  it.each(XSS_CORPUS.map((payload, index) => [index, payload] as const))(
    'payload #%i renders inert: %j',
    (_index, payload) => {
      const { html } = renderMarkdown(payload);
      expect(violations(html)).toEqual([]);
    },
  );

  it.each(XSS_CORPUS.map((payload, index) => [index, payload] as const))(
    'sanitizer alone neutralizes payload #%i read as raw HTML',
    (_index, payload) => {
      expect(violations(sanitizeRenderedHtml(payload))).toEqual([]);
    },
  );

  it('shows raw HTML as text instead of dropping or running it', () => {
    const { html, text } = renderMarkdown('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(text).toBe('<script>alert(1)</script>');
  });

  it('keeps payloads inside code fences as escaped text', () => {
    const { html } = renderMarkdown('```html\n<img src=x onerror=alert(1)>\n```');
    expect(html).toBe(
      '<pre><code class="language-html">&lt;img src=x onerror=alert(1)&gt;\n</code></pre>\n',
    );
  });

  it('leaves javascript: links as literal text', () => {
    for (const source of ['[x](javascript:alert(1))', '[x](&#106;avascript:alert(1))']) {
      const { html } = renderMarkdown(source);
      expect(elementsOf(html).map((e) => e.name)).toEqual(['p']);
    }
  });

  it('keeps quotes in link titles inside the attribute', () => {
    const { html } = renderMarkdown('[a](https://x.com "\\" onmouseover=\\"alert(1)")');
    const link = elementsOf(html).find((e) => e.name === 'a');
    expect(link?.attribs).toEqual({
      href: 'https://x.com',
      title: '" onmouseover="alert(1)',
      rel: 'nofollow ugc noopener',
      target: '_blank',
    });
  });

  it('renders every adversarial input of the largest size, safely', () => {
    // How fast: bench/markdown.mjs.
    for (const input of ADVERSARIAL_MARKDOWN) {
      const { html } = renderMarkdown(input);
      expect(violations(html)).toEqual([]);
    }
  });

  it('caps the input at 50,000 characters', () => {
    const { text } = renderMarkdown('a'.repeat(60_000));
    expect(text).toHaveLength(50_000);
  });
});

describe('renderMarkdown', () => {
  it('renders GFM tables without alignment styles', () => {
    const { html } = renderMarkdown('| a | b |\n|:--|--:|\n| 1 | 2 |');
    expect(html).toBe(
      '<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n' +
        '<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>\n',
    );
  });

  it('renders strikethrough, emphasis and strong', () => {
    expect(renderMarkdown('~~old~~ *a* **b**').html).toBe(
      '<p><s>old</s> <em>a</em> <strong>b</strong></p>\n',
    );
  });

  it('renders fenced code with a language class and escapes it', () => {
    const { html, text } = renderMarkdown('```ts\nconst a: Array<number> = [];\n```');
    expect(html).toBe(
      '<pre><code class="language-ts">const a: Array&lt;number&gt; = [];\n</code></pre>\n',
    );
    expect(text).toBe('const a: Array<number> = [];');
  });

  it('drops language classes that are not plain words', () => {
    const { html } = renderMarkdown('```c++\nx\n```');
    expect(html).toBe('<pre><code>x\n</code></pre>\n');
  });

  it('renders lists', () => {
    expect(renderMarkdown('- a\n- b').html).toBe('<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n');
    expect(renderMarkdown('1. a\n2. b').html).toBe('<ol>\n<li>a</li>\n<li>b</li>\n</ol>\n');
  });

  it('renders blockquotes', () => {
    expect(renderMarkdown('> quoted').html).toBe('<blockquote>\n<p>quoted</p>\n</blockquote>\n');
  });

  it('shifts headings down by two levels, capped at h6', () => {
    expect(renderMarkdown('# One').html).toBe('<h3>One</h3>\n');
    expect(renderMarkdown('## Two').html).toBe('<h4>Two</h4>\n');
    expect(renderMarkdown('Setext\n===').html).toBe('<h3>Setext</h3>\n');
    expect(renderMarkdown('#### Four').html).toBe('<h6>Four</h6>\n');
    expect(renderMarkdown('###### Six').html).toBe('<h6>Six</h6>\n');
  });

  it('turns single line breaks into <br>', () => {
    expect(renderMarkdown('一行目\n二行目').html).toBe('<p>一行目<br />\n二行目</p>\n');
  });

  it('linkifies bare URLs with rel and target', () => {
    const { html } = renderMarkdown('see https://example.com/path?q=1 now');
    expect(html).toBe(
      '<p>see <a href="https://example.com/path?q=1" rel="nofollow ugc noopener" target="_blank">' +
        'https://example.com/path?q=1</a> now</p>\n',
    );
  });

  it('keeps same-site links without target and drops protocol-relative ones', () => {
    expect(renderMarkdown('[topic](/t/123)').html).toBe(
      '<p><a href="/t/123" rel="nofollow ugc noopener">topic</a></p>\n',
    );
    expect(renderMarkdown('[x](//evil.example/)').html).toBe('<p>[x](//evil.example/)</p>\n');
  });

  it('links mentions and returns them', () => {
    const result = renderMarkdown('@haruka_s さん、ありがとう');
    expect(result.html).toBe(
      '<p><a href="/members/haruka_s" class="mention" rel="nofollow ugc noopener">@haruka_s</a>' +
        ' さん、ありがとう</p>\n',
    );
    expect(result.mentions).toEqual(['haruka_s']);
  });

  it('lower-cases and deduplicates mentions in order of first appearance', () => {
    const result = renderMarkdown('@Bob_1 and @alice, then @bob_1 again\n\n> @ALICE @carol');
    expect(result.mentions).toEqual(['bob_1', 'alice', 'carol']);
    expect(result.html).toContain('<a href="/members/bob_1" class="mention"');
  });

  it('does not see mentions in code, links, e-mail addresses or too-short handles', () => {
    const result = renderMarkdown(
      '`@incode` and\n```\n@inblock\n```\nmail@example.com [@inlink](https://x.com) @ab x_@abc',
    );
    expect(result.mentions).toEqual([]);
    expect(result.html).not.toContain('class="mention"');
  });

  it('allows https and /media images and drops http ones, keeping alt text', () => {
    const result = renderMarkdown(
      '![cat](https://cdn.example/cat.png) ![dog](/media/abc/medium.webp) ![bad](http://x.example/a.png)',
    );
    expect(result.html).toBe(
      '<p><img src="https://cdn.example/cat.png" alt="cat" /> ' +
        '<img src="/media/abc/medium.webp" alt="dog" /> bad</p>\n',
    );
    expect(result.images).toEqual(['https://cdn.example/cat.png', '/media/abc/medium.webp']);
    expect(result.text).toBe('cat dog bad');
  });

  it('returns plain text without tags and keeps Japanese', () => {
    const { text } = renderMarkdown(
      '## 見出し\n\n**太字**と`コード`と[リンク](https://example.com)。\n\n- 項目1\n- 項目2\n\n&amp; &lt;b&gt;',
    );
    expect(text).toBe('見出し 太字とコードとリンク。 項目1 項目2 & <b>');
  });

  it('is deterministic', () => {
    const source = '# t\n\n@haruka_s https://example.com ![a](https://x.example/a.png)';
    expect(renderMarkdown(source)).toEqual(renderMarkdown(source));
  });
});

describe('excerpt', () => {
  it('returns short text unchanged, without an ellipsis', () => {
    expect(excerpt('短い文章です。')).toBe('短い文章です。');
    expect(excerpt('  spaced \n  out  ')).toBe('spaced out');
  });

  it('cuts Japanese text without spaces on a character boundary', () => {
    const text = 'あいうえおかきくけこ'.repeat(30);
    const result = excerpt(text);
    expect(result.endsWith('…')).toBe(true);
    expect(Array.from(result)).toHaveLength(160);
    expect(text.startsWith(result.slice(0, -1))).toBe(true);
  });

  it('prefers cutting after Japanese punctuation near the end', () => {
    const text = 'これはテストの文章です。'.repeat(20);
    const result = excerpt(text, 50);
    expect(result.endsWith('。…')).toBe(true);
    expect(Array.from(result).length).toBeLessThanOrEqual(50);
  });

  it('cuts English text on a word boundary', () => {
    const text = 'lorem ipsum dolor sit amet '.repeat(20);
    const result = excerpt(text, 40);
    expect(result).toBe('lorem ipsum dolor sit amet lorem ipsum…');
  });

  it('never splits emoji or surrogate pairs', () => {
    const result = excerpt('👍🏽'.repeat(200), 10);
    expect(result).toBe('👍🏽'.repeat(9) + '…');
  });
});
