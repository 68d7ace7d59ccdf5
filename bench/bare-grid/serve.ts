import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** The same build of AG Grid the renderer bundles (the one installed), as its UMD file. */
const AG_GRID = path.join(ROOT, 'node_modules/ag-grid-community/dist/ag-grid-community.min.js');

export interface BareGridServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The bare grid's page, AG Grid's script and the rows, on loopback. Caching follows the host's:
 * the page is revalidated, the script kept (the host serves its hashed bundles as immutable).
 */
export async function serveBareGrid(rowsJson: string): Promise<BareGridServer> {
  const page = readFileSync(path.join(import.meta.dirname, 'index.html'));
  const script = readFileSync(AG_GRID);
  const rows = Buffer.from(rowsJson);
  const server = createServer((req, res) => {
    const url = (req.url ?? '/').split('?')[0];
    if (url === '/') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' }).end(page);
    else if (url === '/ag-grid-community.min.js') res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'public, max-age=31536000, immutable' }).end(script);
    else if (url === '/rows.json') res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(rows);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}
