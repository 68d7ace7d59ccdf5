/**
 * Incremental Server-Sent Events reader: feed it text chunks as they arrive, it calls back with
 * the data of each complete event. Comments (":" lines, used as keep-alives) are skipped.
 */
export function createSseParser(onData: (data: string) => void): { push(chunk: string): void } {
  let buffer = '';
  let dataLines: string[] = [];
  const line = (raw: string) => {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text === '') {
      if (dataLines.length > 0) onData(dataLines.join('\n'));
      dataLines = [];
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') dataLines.push(value);
  };
  return {
    push(chunk: string) {
      buffer += chunk;
      let nl = buffer.indexOf('\n');
      while (nl !== -1) {
        line(buffer.slice(0, nl));
        buffer = buffer.slice(nl + 1);
        nl = buffer.indexOf('\n');
      }
    },
  };
}

/** Wait before the n-th reconnect (0-based): 0.5 s doubling up to 15 s, so a restarted host is found fast. */
export function reconnectDelay(attempt: number): number {
  return Math.min(15_000, 500 * 2 ** Math.max(0, attempt));
}
