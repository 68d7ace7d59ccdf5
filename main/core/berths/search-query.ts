/**
 * Turns what a handler typed into an FTS5 query: every word is a prefix term, all must match.
 * Quoting each term keeps FTS5 syntax (AND, NEAR, ", *, -) in the input from being interpreted.
 */
export function ftsQuery(text: string): string | null {
  const terms = text
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .slice(0, 12);
  if (terms.length === 0) return null;
  return terms.map((t) => `"${t}"*`).join(' ');
}
