/**
 * Small-cell suppression of a report table (issue 9, item 4): a count below the threshold is
 * hidden, and so is enough else that no hidden count can be worked out from what is shown. The
 * table is published with its row and column totals, so each row and each column (its cells with
 * its total) is one equation: a line holding exactly one hidden value gives it away. Hiding
 * continues until no line does. Zero is shown: an empty cell tells of nobody.
 */
export interface CountTable {
  rows: readonly string[];
  columns: readonly string[];
  /** counts[row][column] */
  counts: readonly (readonly number[])[];
}

export interface SuppressedTable {
  rows: readonly string[];
  columns: readonly string[];
  /** null: hidden. */
  cells: (number | null)[][];
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  total: number | null;
}

type Cell = [number, number];

/**
 * The table with the totals as an extra row and column; [r][c] of the extended grid. Lines are the
 * rows and columns of it, each one sum: its last member is the total of the others.
 */
export function suppress(table: CountTable, threshold: number): SuppressedTable {
  const R = table.rows.length;
  const C = table.columns.length;
  const value = (r: number, c: number): number => {
    if (r < R && c < C) return table.counts[r]?.[c] ?? 0;
    if (r < R) return sum(table.counts[r] ?? []);
    if (c < C) return sum(table.counts.map((row) => row[c] ?? 0));
    return sum(table.counts.map((row) => sum(row)));
  };
  const hidden = new Set<string>();
  const key = ([r, c]: Cell) => `${r},${c}`;
  for (let r = 0; r <= R; r++) for (let c = 0; c <= C; c++) if (value(r, c) > 0 && value(r, c) < threshold) hidden.add(key([r, c]));

  const lines: Cell[][] = [];
  for (let r = 0; r <= R; r++) lines.push(Array.from({ length: C + 1 }, (_, c): Cell => [r, c]));
  for (let c = 0; c <= C; c++) lines.push(Array.from({ length: R + 1 }, (_, r): Cell => [r, c]));

  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      if (line.filter((cell) => hidden.has(key(cell))).length !== 1) continue;
      const partner = complement(line, hidden, key, value, R, C);
      if (partner) {
        hidden.add(key(partner));
        changed = true;
      }
    }
  }

  const shown = (r: number, c: number) => (hidden.has(key([r, c])) ? null : value(r, c));
  return {
    rows: table.rows,
    columns: table.columns,
    cells: table.rows.map((_, r) => table.columns.map((_, c) => shown(r, c))),
    rowTotals: table.rows.map((_, r) => shown(r, C)),
    columnTotals: table.columns.map((_, c) => shown(R, c)),
    total: shown(R, C),
  };
}

/**
 * The cell to hide with a line's single hidden one: the smallest non-zero inner cell (hiding
 * the least information), then a total, then a zero as a last resort.
 */
function complement(line: readonly Cell[], hidden: Set<string>, key: (c: Cell) => string, value: (r: number, c: number) => number, R: number, C: number): Cell | undefined {
  const open = line.filter((cell) => !hidden.has(key(cell)));
  const inner = (cell: Cell) => cell[0] < R && cell[1] < C;
  const rank = (cell: Cell) => [value(...cell) === 0 ? 2 : inner(cell) ? 0 : 1, value(...cell)] as const;
  return open.sort((a, b) => rank(a)[0] - rank(b)[0] || rank(a)[1] - rank(b)[1])[0];
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** A one-dimensional count list (sessions by topic, say) with its total, suppressed the same way. */
export function suppressCounts(counts: ReadonlyMap<string, number>, threshold: number): { counts: Map<string, number | null>; total: number | null } {
  const keys = [...counts.keys()];
  const t = suppress({ rows: ['all'], columns: keys, counts: [keys.map((k) => counts.get(k) ?? 0)] }, threshold);
  return { counts: new Map(keys.map((k, i) => [k, t.cells[0]?.[i] ?? null])), total: t.rowTotals[0] ?? null };
}
