/**
 * The PDF's font is the viewer's own Helvetica (a PDF standard font: nothing embedded, nothing
 * to license) in WinAnsi encoding, which covers Finnish and Swedish (äöå ÄÖÅ, š ž é ü) and €.
 * A character outside it would print as garbage, so it prints as "?" instead.
 */
const EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

export function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0)!;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || EXTRA.includes(ch)) out += ch;
    else if (code === 0x09 || code === 0x0a || code === 0x0d) out += ' ';
    else out += '?';
  }
  return out;
}
