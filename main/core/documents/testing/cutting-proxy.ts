import { createServer, request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** `drop`: the connection breaks before the central hears of the request; `hold`: no answer ever comes. */
export type Fault = 'drop' | 'hold' | null;

export interface CuttingProxy {
  url: string;
  /** `METHOD /path` of every request that came, in order. */
  seen: string[];
  /** What happens to a request; null passes it on. */
  fault: (req: IncomingMessage) => Fault;
  close(): Promise<void>;
}

/**
 * A pass-through in front of a real central on 127.0.0.1 that fails chosen requests as a broken
 * network does, and tells in which order the requests came.
 */
export async function startCuttingProxy(target: string): Promise<CuttingProxy> {
  const proxy: CuttingProxy = { url: '', seen: [], fault: () => null, close: async () => {} };
  const server = createServer((req, res) => {
    proxy.seen.push(`${req.method} ${new URL(req.url ?? '/', 'http://proxy').pathname}`);
    const fault = proxy.fault(req);
    if (fault === 'drop') return req.socket.destroy();
    if (fault === 'hold') return req.resume();
    const upstream = request(`${target}${req.url ?? '/'}`, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  return proxy;
}
