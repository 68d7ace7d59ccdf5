/**
 * Whether the desk asks the central to compress a streamed download (zstd): always when told so,
 * else only for a central on another machine. A first download of 100,000 applications is about
 * 290 MB of NDJSON and some 45 MB compressed, which on a 100 Mbit/s office line is the difference
 * between half a minute and a few seconds. A central on this machine (development, tests, the
 * bench) has no line to save, and compressing would only cost both ends CPU.
 */
export function asksCompressedDownload(href: string, configured: boolean | undefined): boolean {
  if (configured !== undefined) return configured;
  return !isThisMachine(new URL(href).hostname);
}

function isThisMachine(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
