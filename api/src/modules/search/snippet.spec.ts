import { normalizeText, tokens } from '../../core/search/grams.js';
import { textProblem } from '../../core/validation/input-values.js';
import { normalizeWithMap, snippet } from './snippet.js';

const terms = (q: string) => tokens(normalizeText(q));

describe('snippet', () => {
  it('marks matches in the original text: full-width letters, case and all', () => {
    expect(snippet('ＮＰＳとは何か、簡単に説明します', terms('npsとは'))).toBe(
      '<mark>ＮＰＳとは</mark>何か、簡単に説明します',
    );
    expect(snippet('Our Loyal customers', terms('loyal'))).toBe('Our <mark>Loyal</mark> customers');
    expect(snippet('ﾛｲﾔﾙカスタマー', terms('ロイヤル'))).toBe('<mark>ﾛｲﾔﾙ</mark>カスタマー');
  });

  it('escapes the text around and inside the marks', () => {
    expect(snippet('<b>ファン</b> & "fans"', terms('ファン'))).toBe(
      '&lt;b&gt;<mark>ファン</mark>&lt;/b&gt; &amp; &quot;fans&quot;',
    );
  });

  it('shows a window around the first match, with ellipses where it was cut', () => {
    const text = `${'あ'.repeat(200)}珈琲${'い'.repeat(200)}`;
    const html = snippet(text, terms('珈琲'), 60);
    expect(html.startsWith('…')).toBe(true);
    expect(html.endsWith('…')).toBe(true);
    expect(html).toContain('<mark>珈琲</mark>');
    expect(html.replace(/<\/?mark>|…/g, '')).toHaveLength(60);
  });

  it('never splits a character outside the basic plane', () => {
    const text = `${'😀'.repeat(100)}珈琲`;
    const html = snippet(text, terms('珈琲'), 31);
    expect(textProblem(html.replace(/<\/?mark>|…/g, ''))).toBeNull();
  });

  it('maps the normalised text back to the original, whitespace collapsed', () => {
    const m = normalizeWithMap('  Ａ\u3000b  ｃ ')!;
    expect(m.normalized).toBe(normalizeText('  Ａ\u3000b  ｃ '));
    expect(m.normalized).toBe('a b c');
    expect(m.from.map((f, i) => [f, m.to[i]])).toEqual([
      [2, 3],
      [3, 4],
      [4, 5],
      [5, 7],
      [7, 8],
    ]);
  });
});
