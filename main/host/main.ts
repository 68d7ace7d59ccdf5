import { join } from 'node:path';
import { plainSecretStore } from '../core/session/secret-store.ts';
import { readKioskCredential, wantsKiosk } from '../core/kiosk/credential.ts';
import { startSupervisedCore } from '../core/worker/supervised-core.ts';
import { appDataDir, dataLayout } from '../../node-shared/data-layout.ts';
import { startHost } from './server.ts';
import { idleLockMsFrom } from '../core/session/screen-lock.ts';

/**
 * `npm run host`: the core (in a worker thread) and the browser host, against the central named
 * by KUVA_CENTRAL_URL. Prints the address to open; Ctrl-C stops both. With KUVA_KIOSK=1 (or
 * --kiosk) it is a kiosk terminal's host, signed in with the terminal's configured credential.
 */
const centralUrl = process.env.KUVA_CENTRAL_URL;
if (!centralUrl) {
  console.error('KUVA_CENTRAL_URL is not set: point it at a central, e.g. KUVA_CENTRAL_URL=http://127.0.0.1:8787 (npm run central).');
  process.exit(2);
}
const port = Number(process.env.KUVA_HOST_PORT ?? 0);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`KUVA_HOST_PORT must be a port number, not "${process.env.KUVA_HOST_PORT}".`);
  process.exit(2);
}
const kiosk = wantsKiosk(process.argv, process.env);
const dataDir = kiosk ? join(appDataDir(), 'kiosk') : dataLayout(appDataDir()).desk;
const credential = kiosk ? await readKioskCredential(process.env, dataDir) : null;
if (credential && !credential.ok) {
  console.error(`Kiosk mode: ${credential.reason}`);
  process.exit(2);
}
const rendererDir = join(import.meta.dirname, '../../out/renderer');

const core = await startSupervisedCore(
  {
    dataDir,
    centralUrl,
    mode: 'browser',
    secretStore: plainSecretStore,
    idleLockMs: idleLockMsFrom(process.env.KUVA_IDLE_LOCK_MINUTES),
    workerUrl: new URL('../core/worker/core-worker.ts', import.meta.url),
    ...(credential?.ok ? { kiosk: { credential: credential.credential, appVersion: process.env.npm_package_version ?? '0.0.0', ...(credential.adminPin ? { adminPin: credential.adminPin } : {}) } } : {}),
  },
  { log: (message) => console.error(message) },
);
const host = await startHost({ core, dataDir, rendererDir, port, kiosk, log: (message) => console.error(message) }).catch(async (error: unknown) => {
  await core.close();
  throw error;
});
console.log(`KuVa Desk (browser host) for central ${centralUrl}, data in ${dataDir}`);
console.log(`Open: ${host.url}`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await host.close();
  await core.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
