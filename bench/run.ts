/**
 * `npm run bench`: the figures the issues name, each beside a same-run baseline where one exists.
 * Sync figures run against the central on a real PostgreSQL (a throwaway cluster on loopback, the
 * production path) and, beside them, on PGlite. Writes bench/results.json.
 *
 * KUVA_BENCH_ONLY=sync,grid,files,bookings,culture-kids,kiosk,allocation,customers,bulk-send runs only those groups (all when unset); results.json
 * then holds only their figures.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { startCentral } from '../central/server.ts';
import { pgAvailable, startPgCluster } from '../central/testing/pg-cluster.ts';
import { printTable, writeResults, type Figure } from './report.ts';
import { syncFigures } from './sync-figures.ts';
import { gridFigures } from './grid-figures.ts';
import { startBenchCentral } from './bench-central.ts';
import { filesFigures } from './files-figures.ts';
import { bookingConflictFigures } from './booking-conflict-figures.ts';
import { bookingCentralFigures } from './booking-central-figures.ts';
import { bookingCalendarFigures } from './booking-calendar-figures.ts';
import { cultureKidsFigures } from './culture-kids-figures.ts';
import { cultureKidsCentralFigures } from './culture-kids-central-figures.ts';
import { kioskSessionFigures } from './kiosk-sessions.ts';
import { allocationFigures } from './allocation-figures.ts';
import { customerSearchFigures } from './customer-search-figures.ts';
import { bulkSendFigures } from './bulk-send-figures.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const GRID_APPLICATIONS = Number(process.env.KUVA_BENCH_APPLICATIONS ?? 100_000);
const GROUPS = ['sync', 'grid', 'files', 'bookings', 'culture-kids', 'kiosk', 'allocation', 'customers', 'bulk-send'] as const;
const only = process.env.KUVA_BENCH_ONLY?.split(',').map((g) => g.trim()).filter(Boolean);
const unknownGroup = only?.find((g) => !(GROUPS as readonly string[]).includes(g));
if (unknownGroup) throw new Error(`KUVA_BENCH_ONLY: no group ${unknownGroup} (${GROUPS.join(', ')})`);
const runs = (group: (typeof GROUPS)[number]) => !only || only.includes(group);

async function main() {
  if ((runs('grid') || runs('bookings') || runs('kiosk')) && !existsSync(path.join(ROOT, 'out/renderer/index.html'))) {
    console.log('building the renderer first…');
    execFileSync('npm', ['run', 'build:renderer'], { cwd: ROOT, stdio: 'inherit' });
  }
  const figures: Figure[] = [];
  const notes: string[] = [];
  const postgres = pgAvailable() && (runs('sync') || runs('grid') || runs('bookings') || runs('culture-kids') || runs('bulk-send'));
  if (!pgAvailable()) notes.push('PostgreSQL 15 binaries not found: central figures on PGlite only.');
  // The databases a central figure runs on: a fresh throwaway cluster each, then PGlite.
  const databases = async (each: (database: 'postgres' | 'pglite', databaseUrl?: string) => Promise<void>) => {
    if (postgres) {
      const cluster = await startPgCluster();
      try {
        await each('postgres', cluster.databaseUrl);
      } finally {
        await cluster.stop();
      }
    }
    await each('pglite');
  };

  if (runs('sync')) {
    await databases(async (database, databaseUrl) => {
      console.log(`sync figures on ${database}…`);
      const central = await startBenchCentral(databaseUrl);
      try {
        figures.push(...(await syncFigures(central)));
      } finally {
        await central.stop();
        central.remove();
      }
    });
  }

  if (runs('grid')) {
    // The grid figure needs a central with 100,000 applications: a fresh database for it.
    const gridDb = postgres ? await startPgCluster() : null;
    try {
      console.log(`seeding ${GRID_APPLICATIONS.toLocaleString('en-US')} applications for the grid figure…`);
      const t0 = performance.now();
      const central = await startCentral({ databaseUrl: gridDb?.databaseUrl, seed: { applications: GRID_APPLICATIONS } });
      notes.push(`seeding ${GRID_APPLICATIONS} applications took ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      try {
        figures.push(...(await gridFigures(central.url, central.database, GRID_APPLICATIONS)));
      } finally {
        await central.close();
      }
    } finally {
      await gridDb?.stop();
    }
  }

  if (runs('files')) {
    console.log(`xlsx export figures (${GRID_APPLICATIONS.toLocaleString('en-US')} applications)…`);
    figures.push(...filesFigures(GRID_APPLICATIONS));
  }

  if (runs('bookings')) {
    console.log('booking conflict figures (client)…');
    figures.push(...bookingConflictFigures());
    await databases(async (database, databaseUrl) => {
      console.log(`booking conflict figure on the central (${database})…`);
      figures.push(...(await bookingCentralFigures(database, databaseUrl)));
    });
    // The calendar reads the app's cache: which database the central runs on hardly matters.
    const calendarDb = postgres ? await startPgCluster() : null;
    try {
      console.log('week calendar figure in Chromium…');
      figures.push(...(await bookingCalendarFigures(calendarDb ? 'postgres' : 'pglite', calendarDb?.databaseUrl)));
    } finally {
      await calendarDb?.stop();
    }
  }

  if (runs('culture-kids')) {
    console.log('Culture Kids figures (client: registry search, offline ticket check)…');
    figures.push(...cultureKidsFigures());
    await databases(async (database, databaseUrl) => {
      console.log(`Culture Kids publishing figure on the central (${database})…`);
      figures.push(...(await cultureKidsCentralFigures(database, databaseUrl)));
    });
  }

  if (runs('kiosk')) {
    console.log(`kiosk figures (${process.env.KUVA_BENCH_KIOSK_SESSIONS ?? 1000} customer sessions in Chromium)…`);
    figures.push(...(await kioskSessionFigures()));
  }

  if (runs('allocation')) figures.push(...allocationFigures());
  if (runs('bulk-send')) {
    await databases(async (database, databaseUrl) => {
      console.log(`bulk send figures on ${database}…`);
      figures.push(...(await bulkSendFigures(database, databaseUrl)));
    });
  }
  if (runs('customers')) figures.push(...customerSearchFigures());

  console.log('');
  printTable(figures);
  for (const n of notes) console.log(`note: ${n}`);
  const file = path.join(ROOT, 'bench/results.json');
  writeResults(file, figures, {
    at: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    notes,
  });
  console.log(`\nwritten ${path.relative(ROOT, file)}`);
  const missed = figures.filter((f) => f.met === false);
  if (missed.length) console.log(`targets missed: ${missed.map((f) => f.name).join('; ')}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
