import { randomBytes } from 'node:crypto';
import type { FastifyReply } from 'fastify';

/**
 * The customer-facing pages the central serves (the offer page, the demo bank): plain
 * server-rendered HTML in the Helsinki Design System look, with no external resources. The only
 * style is one inline block allowed by a per-response nonce; no script runs at all.
 */
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** HDS tokens: black text, Bus blue for actions, Coat of arms blue for the focus ring. */
const STYLE = `
*{box-sizing:border-box}
body{margin:0;font-family:HelsinkiGrotesk,Arial,"Helvetica Neue",sans-serif;font-size:1rem;line-height:1.5;color:#1a1a1a;background:#f2f2f2}
header{background:#fff;border-bottom:4px solid #0000bf;padding:1rem 1.5rem;display:flex;justify-content:space-between;align-items:center;flex-wrap:wrap;gap:1rem}
header .brand{font-weight:700;font-size:1.25rem}
nav ul{list-style:none;margin:0;padding:0;display:flex;gap:.75rem}
nav a{color:#0000bf;font-weight:500}
nav a[aria-current]{color:#1a1a1a;font-weight:700;text-decoration:none}
main{max-width:48rem;margin:2rem auto;padding:0 1.5rem}
h1{font-size:2rem;line-height:1.2;margin:0 0 1.5rem}
h2{font-size:1.5rem;margin:2rem 0 1rem}
section{background:#fff;padding:1.5rem;margin-bottom:1.5rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.5rem 1.5rem;margin:0}
dt{font-weight:700}
dd{margin:0}
table{border-collapse:collapse;width:100%}
caption{text-align:left;font-weight:700;padding-bottom:.5rem}
th,td{text-align:left;padding:.5rem;border-bottom:1px solid #b2b2b2}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
tfoot td,tfoot th{font-weight:700;border-bottom:2px solid #1a1a1a}
.actions{display:flex;gap:1rem;flex-wrap:wrap;margin-top:1.5rem}
form{margin:0}
button{font:inherit;font-weight:500;min-height:56px;padding:0 1.5rem;border:2px solid #0000bf;background:#0000bf;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#0000bf}
button:hover{background:#00005e;border-color:#00005e;color:#fff}
a:focus,button:focus{outline:3px solid #0072c6;outline-offset:3px}
.notice{border-left:8px solid #0072c6;background:#e5f2fa;padding:1rem 1.5rem;margin-bottom:1.5rem}
.notice.success{border-color:#007a64;background:#e6f5f0}
.notice.alert{border-color:#b01038;background:#fbe9ee}
.status{font-weight:700}
`;

export interface PageParts {
  lang: 'fi' | 'sv' | 'en';
  title: string;
  /** The site name in the header. */
  brand: string;
  /** Trusted HTML: built with escapeHtml by the caller. */
  nav: string;
  main: string;
}

export function htmlDocument(parts: PageParts, nonce: string): string {
  return `<!doctype html>
<html lang="${parts.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>${escapeHtml(parts.title)}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<header><span class="brand">${escapeHtml(parts.brand)}</span>${parts.nav}</header>
<main id="main">
${parts.main}
</main>
</body>
</html>`;
}

/**
 * Sends a page with a strict policy: nothing loads from anywhere, forms post only to the central
 * itself (and to a payment provider's own origins), no framing. The link carries a capability
 * token, so it is never cached and never sent as a referrer to another site.
 */
export function sendPage(reply: FastifyReply, status: number, parts: PageParts, formOrigins: readonly string[] = []): FastifyReply {
  const nonce = randomBytes(16).toString('base64');
  const formAction = ["'self'", ...formOrigins].join(' ');
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header(
      'content-security-policy',
      `default-src 'none'; style-src 'nonce-${nonce}'; img-src 'self'; form-action ${formAction}; frame-ancestors 'none'; base-uri 'none'`,
    )
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'same-origin')
    .header('cache-control', 'no-store')
    .send(htmlDocument(parts, nonce));
}

/** Forms post urlencoded; the pages' routes parse it themselves, in their own scope only. */
export function formFields(body: unknown): URLSearchParams {
  return typeof body === 'string' ? new URLSearchParams(body) : new URLSearchParams();
}
