/**
 * What holds the kiosk page's growing heap: runs the bench's customer sessions in batches of 50
 * and takes a heap snapshot (after a forced GC) after the batches named in KUVA_HEAP_AT
 * (default "4,20"), then prints what grew between consecutive snapshots, per constructor, with the
 * shortest retainer path of a few objects that are new. `npm run build` first.
 *
 * KUVA_HEAP_SAVE=dir keeps the snapshots (batch-N.heapsnapshot, DevTools opens them); given two
 * saved files instead, the script only diffs them.
 *
 *   node bench/kiosk-heap-diff.ts            KUVA_HEAP_AT=4,20,40 node bench/kiosk-heap-diff.ts
 *   node bench/kiosk-heap-diff.ts a.heapsnapshot b.heapsnapshot
 */
import path from 'node:path';
import { diffSnapshots, readHeapSnapshot, takeHeapSnapshot, type HeapSnapshot } from './heap-snapshot.ts';
import { sessions, withKioskPage } from './kiosk-sessions.ts';

const BATCH = 50;
const at = (process.env.KUVA_HEAP_AT ?? '4,20').split(',').map(Number);
if (at.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('KUVA_HEAP_AT: batch numbers (1 = after the first 50 sessions), e.g. 4,20');

const saved = process.argv.slice(2);
if (saved.length === 2) console.log(diffSnapshots(readHeapSnapshot(saved[0]!), readHeapSnapshot(saved[1]!)));
else await withKioskPage(async ({ page, cdp, heap }) => {
  // What the page logs is kept by the browser (and by DevTools while it listens): count it.
  const logged = new Map<string, number>();
  page.on('console', (m) => {
    const key = `${m.type()}: ${m.text().slice(0, 160)}`;
    logged.set(key, (logged.get(key) ?? 0) + 1);
  });
  let previous: { batch: number; snapshot: HeapSnapshot } | null = null;
  const last = Math.max(...at);
  for (let batch = 1; batch <= last; batch++) {
    await sessions(page, (batch - 1) * BATCH, BATCH);
    const used = await heap();
    console.log(`batch ${batch}: JS ${(used.js / 2 ** 20).toFixed(2)} MiB, Blink ${(used.embedder / 2 ** 20).toFixed(2)} MiB`);
    if (!at.includes(batch)) continue;
    const saveDir = process.env.KUVA_HEAP_SAVE;
    const snapshot = await takeHeapSnapshot(cdp, saveDir ? path.join(saveDir, `batch-${batch}.heapsnapshot`) : undefined);
    if (previous) console.log(`\n== batch ${previous.batch} → batch ${batch} ==\n${diffSnapshots(previous.snapshot, snapshot)}\n`);
    previous = { batch, snapshot };
  }
  console.log('console messages from the page:');
  for (const [text, n] of logged) console.log(`${String(n).padStart(6)}  ${text}`);
});
