/**
 * Text helpers every workspace's list shares: a Finnish sort key for plain BINARY ordering, and
 * the handler's search text as an FTS5 query (the indexes fold diacritics: `remove_diacritics 2`).
 */

/** Finnish alphabetical order with a BINARY collation: å ä ö sort after z, as in the Finnish alphabet. */
export function finnishSortKey(text: string): string {
  return text
    .toLocaleLowerCase('fi')
    .replaceAll('å', '{')
    .replaceAll('ä', '|')
    .replaceAll('ö', '}')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** What a handler's search text asks of the search index. */
export type SearchMatch = { kind: 'all' } | { kind: 'none' } | { kind: 'match'; query: string };

/** Letters and digits only: "ABC-123" and "1234567-8" are found typed without their dash or spaces. */
export const compactText = (s: string): string => s.replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The words of what a handler typed, as the index splits them (at most 12). FTS5 syntax in the
 * input (AND, NEAR, ", *, -) is only punctuation here, never an operator.
 */
export function searchTerms(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .slice(0, 12);
}

/**
 * Turns what a handler typed into an FTS5 query: every word is a prefix term, all must match.
 * Quoting each term keeps FTS5 syntax (AND, NEAR, ", *, -) in the input from being interpreted.
 * Text with no letters or digits at all (`%`, `_`, an emoji) is taken literally: the index holds
 * only words, so nothing can match it, and the answer is an empty list, never every row.
 */
export function searchMatch(text: string | undefined): SearchMatch {
  if (!text || text.trim() === '') return { kind: 'all' };
  const terms = searchTerms(text);
  if (terms.length === 0) return { kind: 'none' };
  return { kind: 'match', query: terms.map((t) => `"${t}"*`).join(' ') };
}
