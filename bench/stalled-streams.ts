/**
 * `node bench/stalled-streams.ts`: the central's memory (RSS of its own process) while 40
 * first downloads are open whose readers never read. Prints the figures; asserts nothing.
 *
 * 1. Limits raised so all 40 are served: what one stalled download holds, times 40.
 * 2. Default limits, 40 downloads of one user, then of four: how many are served, the rest refused.
 * 3. Limits raised on PostgreSQL (the production path), when its binaries are here.
 */
import net from 'node:net';
import { readFileSync } from 'node:fs';
import { signIn } from '../central/testing/api-client.ts';
import { pgAvailable, startPgCluster } from '../central/testing/pg-cluster.ts';
import { startCentralProcess, type CentralProcess } from '../central/testing/central-process.ts';

const STREAMS = 40;
const USERS = ['aino', 'eero', 'sanna', 'olli'];

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A download whose reader takes the status line and then nothing. */
function stalled(url: string, token: string): Promise<{ status: number; socket: net.Socket }> {
  const { port, hostname } = new URL(url);
  const socket = net.connect(Number(port), hostname);
  socket.write(`GET /api/v1/sync/stream HTTP/1.1\r\nHost: ${hostname}\r\nAuthorization: Bearer ${token}\r\n\r\n`);
  return new Promise((resolve, reject) => {
    socket.once('data', (chunk: Buffer) => {
      socket.pause();
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(chunk.toString('latin1'))?.[1] ?? 0), socket });
    });
    socket.once('error', reject);
  });
}

/** Samples the RSS until it has not grown for 5 s (the downloads have filled what they may hold). */
async function settledRss(pid: number): Promise<number> {
  let peak = rssMiB(pid);
  let since = Date.now();
  while (Date.now() - since < 5000) {
    await sleep(250);
    const now = rssMiB(pid);
    if (now > peak + 1) {
      peak = now;
      since = Date.now();
    }
  }
  return peak;
}

async function scenario(name: string, env: Record<string, string>, users: string[], databaseUrl?: string): Promise<void> {
  const central: CentralProcess = await startCentralProcess(databaseUrl, env);
  try {
    const tokens = await Promise.all(users.map((u) => signIn(central.url, u)));
    // One full download first, so the database's caches are as warm as in service.
    await (await fetch(`${central.url}/api/v1/sync/stream`, { headers: { authorization: `Bearer ${tokens[0]}` } })).text();
    await sleep(1000);
    const before = rssMiB(central.pid);
    const opened = await Promise.all(Array.from({ length: STREAMS }, (_, i) => stalled(central.url, tokens[i % tokens.length]!)));
    const after = await settledRss(central.pid);
    const served = opened.filter((o) => o.status === 200).length;
    const refused = opened.filter((o) => o.status === 429).length;
    console.log(`${name}: RSS ${before.toFixed(0)} MiB before, ${after.toFixed(0)} MiB with ${STREAMS} stalled downloads (${served} served, ${refused} refused with 429); +${((after - before) / Math.max(served, 1)).toFixed(1)} MiB per served download`);
    for (const o of opened) o.socket.destroy();
  } finally {
    await central.stop();
  }
}

const RAISED = { KUVA_STREAMS_PER_USER: String(STREAMS), KUVA_STREAMS_MAX: String(STREAMS), KUVA_STREAM_STALL_SECONDS: '600' };
await scenario('PGlite, limits raised, 4 users', RAISED, USERS);
await scenario('PGlite, default limits, 1 user', {}, ['aino']);
await scenario('PGlite, default limits, 4 users', {}, USERS);
if (pgAvailable()) {
  const cluster = await startPgCluster();
  try {
    await scenario('PostgreSQL, limits raised, 4 users', RAISED, USERS, cluster.databaseUrl);
  } finally {
    await cluster.stop();
  }
}
