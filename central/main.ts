import { appDataDir, dataLayout } from '../node-shared/data-layout.ts';
import { envConfig } from './env-config.ts';
import { notificationSettings } from './notifications/settings.ts';
import { startCentral } from './server.ts';

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  // The same folder as the embedded central of `npm start`: restarting it on its own keeps the database.
  const dataDir = databaseUrl ? undefined : dataLayout(appDataDir()).central;
  const { port, host, trustProxy, streams, seed } = envConfig();
  const central = await startCentral({ databaseUrl, dataDir, port, host, trustProxy, streams, seed, notifications: notificationSettings(), jobs: true, logger: process.env.KUVA_LOG === '1' });
  console.log(`KuVa central (${central.database}${dataDir ? ` in ${dataDir}` : ''}) listening on ${central.url}`);
  if (central.catcherUrl) console.log(`Demo mail catcher on ${central.catcherUrl}: messages are kept (GET /api/v1/notifications/caught), not delivered`);
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
