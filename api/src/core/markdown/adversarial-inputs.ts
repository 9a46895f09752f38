/**
 * Inputs of the largest allowed size built to make Markdown parsers backtrack or nest deeply.
 * The unit tests check each renders safely; bench/markdown.mjs times them.
 */
export const ADVERSARIAL_MARKDOWN: readonly string[] = [
  '['.repeat(25_000) + ']'.repeat(25_000),
  '*_'.repeat(25_000),
  '[a]('.repeat(12_500),
  '![['.repeat(16_000),
  '[]('.repeat(16_000),
  '[a]: /x\n' + '[a] '.repeat(12_000),
  'a|b\n-|-\n' + 'x\n'.repeat(20_000),
  '&#'.repeat(25_000),
  '<https://a.example/'.repeat(3_000),
  '> '.repeat(25_000) + 'x',
  '- '.repeat(25_000) + 'x',
  '`'.repeat(50_000),
  '<'.repeat(50_000),
  '@aaa '.repeat(10_000),
  '![x]('.repeat(10_000),
  '**a'.repeat(16_000) + '**',
  'a'.repeat(60_000),
];
