/**
 * The part of the Server-Sent Events format our two event streams need (the central's pokes to
 * the core, the browser host's events to the renderer): as in the HTML spec, an event is
 * dispatched at a blank line only when it had a data field (`data:` may be empty). Comments
 * (": heartbeat") and a lone `retry:` are not events. Fed one line at a time, a trailing CR allowed.
 */
export interface SseEvent {
  event: string;
  data: string;
}

export function createSseParser(onEvent: (event: SseEvent) => void): (line: string) => void {
  let event = '';
  let data: string[] = [];
  let seen = false;
  return (raw) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line === '') {
      if (seen) onEvent({ event: event || 'message', data: data.join('\n') });
      event = '';
      data = [];
      seen = false;
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') {
      data.push(value);
      seen = true;
    }
  };
}
