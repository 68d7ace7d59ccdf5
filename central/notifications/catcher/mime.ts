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

function decodeQ(text: string, underscoreIsSpace: boolean): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const hex = text.slice(i + 1, i + 3);
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else if (c === '_' && underscoreIsSpace) bytes.push(0x20);
    else bytes.push(...Buffer.from(c, 'utf8'));
  }
  return Buffer.from(bytes);
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
