/**
 * Japanese has no spaces between words, so words cannot be indexed. Instead every text is indexed
 * by its character unigrams and bigrams (a GIN index over a text[] column): a query matches when
 * the text holds all the query's grams, then a substring check confirms it. This finds ロイヤル in
 * ロイヤルカスタマー, two-character words such as 珈琲 and mixed text such as "NPSとは".
 */

/** Width, case and composition folded the same way for texts and queries. */
export function normalizeText(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

const SEPARATORS = /[\s\p{P}\p{S}]+/u;

export function tokens(normalized: string): string[] {
  return normalized.split(SEPARATORS).filter(Boolean);
}

/** Distinct unigrams and bigrams of every token. */
export function indexGrams(normalized: string): string[] {
  const grams = new Set<string>();
  for (const token of tokens(normalized)) {
    const chars = [...token];
    for (let i = 0; i < chars.length; i++) {
      grams.add(chars[i]);
      if (i + 1 < chars.length) grams.add(chars[i] + chars[i + 1]);
    }
  }
  return [...grams];
}

/** The grams a query needs: bigrams for longer tokens (they imply the unigrams), else the character. */
export function queryGrams(normalizedQuery: string): string[] {
  const grams = new Set<string>();
  for (const token of tokens(normalizedQuery)) {
    const chars = [...token];
    if (chars.length === 1) grams.add(chars[0]);
    for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1]);
  }
  return [...grams];
}
