/**
 * `npm run bench`: the figures the issues name, each beside a same-run baseline where one exists.
 * Sync figures run against the central on a real PostgreSQL (a throwaway cluster on loopback, the
 * production path) and, beside them, on PGlite. Writes bench/results.json.
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
import { startCentralProcess } from './central-process.ts';
import { filesFigures } from './files-figures.ts';
import { bookingConflictFigures } from './booking-conflict-figures.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const GRID_APPLICATIONS = Number(process.env.KUVA_BENCH_APPLICATIONS ?? 100_000);

async function main() {
  if (!existsSync(path.join(ROOT, 'out/renderer/index.html'))) {
    console.log('building the renderer first…');
    execFileSync('npm', ['run', 'build:renderer'], { cwd: ROOT, stdio: 'inherit' });
  }
  const figures: Figure[] = [];
  const notes: string[] = [];
  const cluster = pgAvailable() ? await startPgCluster() : null;
  if (!cluster) notes.push('PostgreSQL 15 binaries not found: sync figures on PGlite only.');
  try {
    const targets: { database: 'postgres' | 'pglite'; databaseUrl?: string }[] = [];
    if (cluster) targets.push({ database: 'postgres', databaseUrl: cluster.databaseUrl });
    targets.push({ database: 'pglite' });

    for (const t of targets) {
      console.log(`sync figures on ${t.database}…`);
      const central = await startCentralProcess(t.databaseUrl);
      try {
        figures.push(...(await syncFigures(central.url, t.database)));
      } finally {
        await central.stop();
      }
    }

    // The grid figure needs a central with 100,000 applications: a fresh database for it.
    const gridDb = cluster ? await startPgCluster() : null;
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
  } finally {
    await cluster?.stop();
  }

  console.log(`xlsx export figures (${GRID_APPLICATIONS.toLocaleString('en-US')} applications)…`);
  figures.push(...filesFigures(GRID_APPLICATIONS));

  console.log('booking conflict figures…');
  figures.push(...bookingConflictFigures());

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
