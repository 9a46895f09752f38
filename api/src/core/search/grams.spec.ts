import { indexGrams, normalizeText, queryGrams, tokens } from './grams.js';

const matches = (text: string, query: string) => {
  const index = new Set(indexGrams(normalizeText(text)));
  return queryGrams(normalizeText(query)).every((g) => index.has(g));
};

describe('search grams', () => {
  it('folds width and case', () => {
    expect(normalizeText('ＮＰＳとは　ﾛｲﾔﾙ')).toBe('npsとは ロイヤル');
  });

  it('splits on spaces and punctuation, not inside Japanese words', () => {
    expect(tokens(normalizeText('珈琲、好き！ Coffee-lover'))).toEqual([
      '珈琲',
      '好き',
      'coffee',
      'lover',
    ]);
  });

  it('matches prefixes, two-character words and mixed scripts', () => {
    expect(matches('ロイヤルカスタマーの育て方', 'ロイヤル')).toBe(true);
    expect(matches('今朝の珈琲はエチオピア', '珈琲')).toBe(true);
    expect(matches('NPSとは何か、簡単に', 'NPSとは')).toBe(true);
    expect(matches('今朝のコーヒー', '珈琲')).toBe(false);
    expect(matches('豆を挽く', '豆')).toBe(true);
  });
});
