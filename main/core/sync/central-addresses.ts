/**
 * The central's address as configured (KUVA_CENTRAL_URL, resources/kuva.json): one, or several
 * separated by commas or spaces for centrals that share one database without a load balancer in
 * front of them. Each must be an http(s) address without a query; the order is kept, duplicates
 * dropped, trailing slashes trimmed.
 */
export function centralAddresses(configured: string): string[] {
  const out: string[] = [];
  for (const part of configured.split(/[\s,]+/)) {
    if (part === '') continue;
    let url: URL;
    try {
      url = new URL(part);
    } catch {
      throw new Error(`The central's address "${part}" is not an address (e.g. http://127.0.0.1:8787).`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`The central's address "${part}" must start with http:// or https://.`);
    if (url.search || url.hash) throw new Error(`The central's address "${part}" must not carry a query or a fragment.`);
    const address = part.replace(/\/+$/, '');
    if (!out.includes(address)) out.push(address);
  }
  if (out.length === 0) throw new Error("No central address is configured (e.g. http://127.0.0.1:8787).");
  return out;
}
