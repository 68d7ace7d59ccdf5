import os from 'node:os';
import path from 'node:path';
import { startCentral } from './server.ts';

/** Where an installed app keeps its data on this platform, + kuva-desk/central. */
export function defaultDataDir(): string {
  const home = os.homedir();
  const base =
    process.platform === 'win32'
      ? (process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
      : process.platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (process.env.XDG_DATA_HOME ?? path.join(home, '.local', 'share'));
  return path.join(base, 'kuva-desk', 'central');
}

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const dataDir = databaseUrl ? undefined : (process.env.KUVA_DATA_DIR || defaultDataDir());
  const port = Number(process.env.KUVA_CENTRAL_PORT ?? 8787);
  const host = process.env.KUVA_CENTRAL_HOST || '127.0.0.1';
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`KUVA_CENTRAL_PORT is not a port: ${process.env.KUVA_CENTRAL_PORT}`);
  const central = await startCentral({ databaseUrl, dataDir, port, host, seed: true, logger: process.env.KUVA_LOG === '1' });
  console.log(`KuVa central (${central.database}${dataDir ? ` in ${dataDir}` : ''}) listening on ${central.url}`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping the central`);
    central.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
