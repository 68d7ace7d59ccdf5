/**
 * Reads a byte stream as text lines as they arrive, without holding the whole body in memory.
 * `onLine` may return false to stop reading early. A trailing line without a newline is passed too.
 */
export async function readLines(
  body: ReadableStream<Uint8Array>,
  onLine: (line: string) => boolean | void,
  onChunk?: () => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      onChunk?.();
      carry += decoder.decode(value, { stream: true });
      let start = 0;
      let nl = carry.indexOf('\n', start);
      while (nl !== -1) {
        const end = nl > start && carry.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
        if (onLine(carry.slice(start, end)) === false) return;
        start = nl + 1;
        nl = carry.indexOf('\n', start);
      }
      carry = carry.slice(start);
    }
    carry += decoder.decode();
    if (carry.length > 0) onLine(carry.endsWith('\r') ? carry.slice(0, -1) : carry);
  } finally {
    reader.releaseLock();
    // Stops the download when we leave early (a bad line, a stop request).
    body.cancel().catch(() => undefined);
  }
}
