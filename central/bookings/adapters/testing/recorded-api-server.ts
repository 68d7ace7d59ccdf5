import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RECORDED_FILES, readRecorded } from '../recorded.ts';

/**
 * A stand-in for the city's APIs on 127.0.0.1 that serves the recorded sample files the way the
 * real ones answer: Hauki's `/v1/date_period/?resource=<id>` (and, like Hauki, every period for an
 * id it does not know) and TPREK's `/unit/<id>`. `extra` answers chosen paths first, so a test can
 * make the API misbehave.
 */
export type ExtraAnswer = (res: ServerResponse, url: URL, baseUrl: string) => void;

export interface RecordedApiServer {
  baseUrl: string;
  requests: string[];
  close(): Promise<void>;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

export async function startRecordedApiServer(extra: Record<string, ExtraAnswer> = {}): Promise<RecordedApiServer> {
  const periods = readRecorded(RECORDED_FILES.haukiDatePeriods) as { resource: number }[];
  const units = readRecorded(RECORDED_FILES.tprekUnits) as { id: number }[];
  const requests: string[] = [];
  let baseUrl = '';
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', baseUrl);
    requests.push(`${url.pathname}${url.search}`);
    const special = extra[`${url.pathname}${url.search}`] ?? extra[url.pathname];
    if (special) return special(res, url, baseUrl);
    if (url.pathname === '/v1/date_period/') {
      const resource = Number(url.searchParams.get('resource'));
      const own = periods.filter((p) => p.resource === resource);
      return json(res, 200, own.length > 0 ? own : periods);
    }
    const unitId = /^\/unit\/(\d+)$/.exec(url.pathname)?.[1];
    const unit = units.find((u) => String(u.id) === unitId);
    if (unit) return json(res, 200, unit);
    json(res, 404, { detail: 'Not found.' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
