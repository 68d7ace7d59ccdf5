import { writeFileSync } from 'node:fs';

/** One measured figure. `baseline` is a same-run reference where one exists. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** e.g. '>= 0.25 of baseline', '<= 50 ms'. */
  target: string | null;
  met: boolean | null;
  baseline?: { name: string; value: number; unit: string } | undefined;
  ratio?: number | undefined;
  /** The target as a ratio to the baseline, when the figure has one. */
  targetRatio?: RatioTarget | undefined;
  database?: 'postgres' | 'pglite' | undefined;
  note?: string | undefined;
}

/** A target as a ratio to the same-run baseline: at least (more is better) or at most (less is better). */
export type RatioTarget = { atLeast: number } | { atMost: number };

/**
 * A figure measured against a same-run baseline: met when the ratio reaches `atLeast` (rates,
 * where more is better) or stays within `atMost` (times, where less is better). The ratio is
 * value / baseline unless the measurement has a better one (e.g. the median of paired runs).
 */
export function againstBaseline(
  f: Pick<Figure, 'name' | 'database' | 'value' | 'unit' | 'note'> & { baseline: NonNullable<Figure['baseline']>; ratio?: number } & RatioTarget,
): Figure {
  const { ratio = f.value / f.baseline.value, name, database, value, unit, note, baseline } = f;
  const targetRatio: RatioTarget = 'atLeast' in f ? { atLeast: f.atLeast } : { atMost: f.atMost };
  const [target, met] = 'atLeast' in targetRatio ? [`>= ${targetRatio.atLeast} of baseline`, ratio >= targetRatio.atLeast] : [`<= ${targetRatio.atMost} x baseline`, ratio <= targetRatio.atMost];
  return { name, database, value, unit, note, baseline, ratio, targetRatio, target, met };
}

const fmt = (n: number) => (Math.abs(n) >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(n >= 10 ? 1 : 2));

export function printTable(figures: readonly Figure[]): void {
  const rows = figures.map((f) => [
    f.name,
    f.database ?? '',
    `${fmt(f.value)} ${f.unit}`,
    f.baseline ? `${fmt(f.baseline.value)} ${f.baseline.unit}` : '',
    f.ratio !== undefined ? f.ratio.toFixed(2) : '',
    f.target ?? '',
    f.met === null ? '' : f.met ? 'met' : 'MISSED',
    f.note ?? '',
  ]);
  const head = ['figure', 'db', 'value', 'baseline (same run)', 'ratio', 'target', '', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

export function writeResults(file: string, figures: readonly Figure[], meta: Record<string, unknown>): void {
  writeFileSync(file, JSON.stringify({ ...meta, figures }, null, 2) + '\n');
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
