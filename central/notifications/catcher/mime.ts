/**
 * Just enough MIME to show what nodemailer sent as text: unfolded headers with RFC 2047 encoded
 * words, and a single-part body in quoted-printable, base64 or 7/8 bit, as UTF-8. A multipart
 * message keeps its body undecoded; the outbox sends plain text only.
 */
export interface ParsedMail {
  headers: Map<string, string>;
  subject: string;
  messageId: string;
  body: string;
}

const hexValue = (code: number): number => (code >= 48 && code <= 57 ? code - 48 : code >= 65 && code <= 70 ? code - 55 : code >= 97 && code <= 102 ? code - 87 : -1);

/**
 * Quoted-printable (or RFC 2047 "Q") text to its bytes: =XX is a byte, anything else stands for
 * itself as UTF-8. One pass over char codes into one buffer: a bulk send parses hundreds of these.
 */
function decodeQ(text: string, underscoreIsSpace: boolean): Buffer {
  // Never longer than the text's own UTF-8: "=XX" is three characters for one byte.
  const out = Buffer.allocUnsafe(Buffer.byteLength(text, 'utf8'));
  let n = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code === 0x3d) {
      const high = hexValue(text.charCodeAt(i + 1));
      const low = high < 0 ? -1 : hexValue(text.charCodeAt(i + 2));
      if (low >= 0) {
        out[n++] = high * 16 + low;
        i += 3;
        continue;
      }
    }
    if (code < 0x80) {
      out[n++] = code === 0x5f && underscoreIsSpace ? 0x20 : code;
      i++;
    } else {
      const char = String.fromCodePoint(text.codePointAt(i)!);
      n += out.write(char, n, 'utf8');
      i += char.length;
    }
  }
  return out.subarray(0, n);
}

const ENCODED_WORD = /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g;

/** Decodes encoded words; whitespace between two of them is dropped, as RFC 2047 says. */
export function decodeHeaderValue(value: string): string {
  const joined = value.replace(/(\?=)\s+(=\?)/g, '$1$2');
  return joined.replace(ENCODED_WORD, (_, _charset: string, encoding: string, text: string) =>
    (encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : decodeQ(text, true)).toString('utf8'),
  );
}

function decodeBody(body: string, transferEncoding: string): string {
  switch (transferEncoding.toLowerCase()) {
    case 'quoted-printable':
      return decodeQ(body.replace(/=\r?\n/g, ''), false).toString('utf8');
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    default:
      return body;
  }
}

export function parseMail(raw: Buffer): ParsedMail {
  const text = raw.toString('utf8');
  const split = text.search(/\r?\n\r?\n/);
  const head = split === -1 ? text : text.slice(0, split);
  const rawBody = split === -1 ? '' : text.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const body = decodeBody(rawBody, headers.get('content-transfer-encoding') ?? '7bit').replace(/\r\n/g, '\n').replace(/\n$/, '');
  return {
    headers,
    subject: decodeHeaderValue(headers.get('subject') ?? ''),
    messageId: headers.get('message-id') ?? '',
    body,
  };
}
