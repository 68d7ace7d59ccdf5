/**
 * Ticket codes as staff paste them or read them from a CSV file: one a line, the first column of a
 * CSV (comma or semicolon, quotes allowed), blank lines and a "code" header skipped, repeats
 * counted and dropped (the central refuses a code it already holds with its own reason).
 */
export function parseTicketCodes(text: string): { codes: string[]; duplicates: number } {
  const seen = new Set<string>();
  let duplicates = 0;
  for (const line of text.split(/\r?\n/)) {
    const first = line.split(/[;,\t]/)[0] ?? '';
    const code = first.trim().replace(/^"(.*)"$/, '$1').trim();
    if (code === '' || /^(code|koodi|kod)$/i.test(code)) continue;
    if (seen.has(code)) duplicates += 1;
    else seen.add(code);
  }
  return { codes: [...seen], duplicates };
}
