import { readFileSync, writeFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';

/**
 * A V8 heap snapshot (the .heapsnapshot format DevTools reads), indexed for diffing: what each
 * constructor holds and which path from the GC roots keeps a given object alive.
 */
export interface HeapSnapshot {
  count: number;
  /** Per node: "type:name" (e.g. "object:FiberNode", "closure:onKey", "string"). */
  kind: (i: number) => string;
  id: (i: number) => number;
  selfSize: (i: number) => number;
  /** The shortest strong path from a GC root to node i, as "Name.edge → Name.edge → …". */
  retainerPath: (i: number, maxSteps?: number) => string;
}

/** Takes a snapshot of the page's heap through CDP after a forced GC; `saveTo` keeps the file (DevTools opens it). */
export async function takeHeapSnapshot(cdp: CDPSession, saveTo?: string): Promise<HeapSnapshot> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const text = chunks.join('');
  if (saveTo) writeFileSync(saveTo, text);
  return indexSnapshot(JSON.parse(text) as RawSnapshot);
}

export function readHeapSnapshot(file: string): HeapSnapshot {
  return indexSnapshot(JSON.parse(readFileSync(file, 'utf8')) as RawSnapshot);
}

interface RawSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]]; edge_fields: string[]; edge_types: [string[], ...unknown[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

function indexSnapshot(raw: RawSnapshot): HeapSnapshot {
  const { meta } = raw.snapshot;
  const nf = meta.node_fields.length;
  const ef = meta.edge_fields.length;
  const [nType, nName, nId, nSize, nEdges] = ['type', 'name', 'id', 'self_size', 'edge_count'].map((f) => meta.node_fields.indexOf(f)) as [number, number, number, number, number];
  const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((f) => meta.edge_fields.indexOf(f)) as [number, number, number];
  const nodeTypes = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const { nodes, edges, strings } = raw;
  const count = nodes.length / nf;
  const firstEdge = new Uint32Array(count + 1);
  for (let i = 0, e = 0; i < count; i++) {
    firstEdge[i] = e;
    e += nodes[i * nf + nEdges]! * ef;
    firstEdge[i + 1] = e;
  }
  const edgeName = (e: number) => {
    const t = edgeTypes[edges[e + eType]!];
    const n = edges[e + eName]!;
    return t === 'element' || t === 'hidden' ? `[${n}]` : strings[n]!;
  };
  // Breadth-first from the root over strong edges: the parent edge gives each node's shortest path.
  const parentEdge = new Int32Array(count).fill(-1);
  const parentNode = new Int32Array(count).fill(-1);
  const seen = new Uint8Array(count);
  const queue = new Int32Array(count);
  let head = 0;
  let tail = 0;
  queue[tail++] = 0;
  seen[0] = 1;
  while (head < tail) {
    const i = queue[head++]!;
    for (let e = firstEdge[i]!; e < firstEdge[i + 1]!; e += ef) {
      if (edgeTypes[edges[e + eType]!] === 'weak') continue;
      const to = edges[e + eTo]! / nf;
      if (seen[to]) continue;
      seen[to] = 1;
      parentEdge[to] = e;
      parentNode[to] = i;
      queue[tail++] = to;
    }
  }
  const kind = (i: number) => {
    const t = nodeTypes[nodes[i * nf + nType]!]!;
    return t === 'string' || t === 'concatenated string' || t === 'sliced string' || t === 'number' ? t : `${t}:${strings[nodes[i * nf + nName]!]!.slice(0, 60)}`;
  };
  return {
    count,
    kind,
    id: (i) => nodes[i * nf + nId]!,
    selfSize: (i) => nodes[i * nf + nSize]!,
    retainerPath: (i, maxSteps = 14) => {
      const steps: string[] = [];
      for (let at = i; parentNode[at]! >= 0 && steps.length < maxSteps; at = parentNode[at]!) {
        steps.unshift(`${kind(parentNode[at]!)}.${edgeName(parentEdge[at]!)}`);
      }
      return parentNode[i]! < 0 && i !== 0 ? '(unreachable from the roots)' : steps.join(' → ');
    },
  };
}

/** What grew from `before` to `after`: per kind, the objects new since `before` and their bytes. */
export function diffSnapshots(before: HeapSnapshot, after: HeapSnapshot, top = 25): string {
  const old = new Set<number>();
  for (let i = 0; i < before.count; i++) old.add(before.id(i));
  const tally = (s: HeapSnapshot) => {
    const m = new Map<string, { n: number; bytes: number }>();
    for (let i = 0; i < s.count; i++) {
      const k = s.kind(i);
      const t = m.get(k) ?? { n: 0, bytes: 0 };
      t.n++;
      t.bytes += s.selfSize(i);
      m.set(k, t);
    }
    return m;
  };
  const a = tally(before);
  const b = tally(after);
  const fresh = new Map<string, number[]>();
  for (let i = 0; i < after.count; i++) {
    if (old.has(after.id(i))) continue;
    const k = after.kind(i);
    const list = fresh.get(k) ?? [];
    list.push(i);
    fresh.set(k, list);
  }
  const total = (m: Map<string, { bytes: number }>) => [...m.values()].reduce((s, t) => s + t.bytes, 0);
  const rows = [...b.keys(), ...[...a.keys()].filter((k) => !b.has(k))]
    .map((k) => ({ k, dn: (b.get(k)?.n ?? 0) - (a.get(k)?.n ?? 0), db: (b.get(k)?.bytes ?? 0) - (a.get(k)?.bytes ?? 0), fresh: fresh.get(k) ?? [] }))
    .sort((x, y) => y.db - x.db);
  const ca = byCategory(before);
  const cb = byCategory(after);
  const out = [
    `self sizes: ${total(a)} → ${total(b)} bytes (${total(b) - total(a)}); nodes ${before.count} → ${after.count}`,
    ...(Object.keys(cb) as Category[]).map((c) => `  ${c}: ${ca[c]} → ${cb[c]} bytes (${cb[c] - ca[c] >= 0 ? '+' : ''}${cb[c] - ca[c]})`),
    '',
    'Δbytes  Δcount  kind',
  ];
  for (const r of rows.slice(0, top)) out.push(`${String(r.db).padStart(7)} ${String(r.dn).padStart(7)}  ${r.k}`);
  // Objects new since the first snapshot, grouped by where they hang (their retainer path's last
  // steps, with indices, ids and UUIDs blanked so one growing collection reads as one line).
  const byPlace = new Map<string, { n: number; bytes: number; sample: number }>();
  for (const list of fresh.values()) {
    for (const i of list) {
      const place = normalisePath(after.retainerPath(i, 7));
      const t = byPlace.get(place) ?? { n: 0, bytes: 0, sample: i };
      t.n++;
      t.bytes += after.selfSize(i);
      byPlace.set(place, t);
    }
  }
  out.push('', 'objects new since the first snapshot, by where they hang (bytes, count, path from the roots):');
  for (const [place, t] of [...byPlace].sort((x, y) => y[1].bytes - x[1].bytes).slice(0, top)) {
    out.push(`${String(t.bytes).padStart(8)} ${String(t.n).padStart(6)}  ${place}`, `${' '.repeat(16)}e.g. ${after.retainerPath(t.sample, 30).slice(-400)}`);
  }
  // The page's own objects (not compiled code, not the browser's): net change per place, both
  // snapshots counted, so a collection that grows shows even when each object in it is small.
  const places = (s: HeapSnapshot) => {
    const m = new Map<string, number>();
    for (let i = 0; i < s.count; i++) {
      if (!isPageObject(s.kind(i))) continue;
      const place = normalisePath(s.retainerPath(i, 5));
      m.set(place, (m.get(place) ?? 0) + 1);
    }
    return m;
  };
  const pa = places(before);
  const pb = places(after);
  const grown = [...pb].map(([place, n]) => ({ place, dn: n - (pa.get(place) ?? 0) })).filter((r) => r.dn > 0).sort((x, y) => y.dn - x.dn);
  out.push('', "the page's objects (no code, no browser internals): net count change by place:");
  for (const r of grown.slice(0, top)) out.push(`${String(r.dn).padStart(6)}  ${r.place}`);
  return out.join('\n');
}

type Category = 'compiled code and its metadata (V8)' | "the page's objects (V8)" | 'browser internals (Blink, DevTools)';

/** Self bytes per category: what V8 compiled, what the page's script allocated, and Blink's own. */
export function byCategory(s: HeapSnapshot): Record<Category, number> {
  const out: Record<Category, number> = { 'compiled code and its metadata (V8)': 0, "the page's objects (V8)": 0, 'browser internals (Blink, DevTools)': 0 };
  for (let i = 0; i < s.count; i++) {
    const k = s.kind(i);
    const c: Category = k.startsWith('code:') ? 'compiled code and its metadata (V8)' : k.startsWith('native:') || k.startsWith('synthetic:') ? 'browser internals (Blink, DevTools)' : "the page's objects (V8)";
    out[c] += s.selfSize(i);
  }
  return out;
}

const isPageObject = (kind: string) => /^(object|closure|array|string|concatenated string|sliced string|regexp|number):?/.test(kind) && !kind.startsWith('object shape');

const normalisePath = (p: string) =>
  p
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>')
    .replace(/\[\d+\]/g, '[n]')
    .replace(/@\d+/g, '@n')
    .replace(/\.\d+\b/g, '.n');
