import type { Weighted } from '../../demo-data/names.ts';
import type { Random } from '../../demo-data/random.ts';

/**
 * A weighted list prepared once for many draws: cumulative weights and a binary search, where
 * Random.weighted walks the list each time. The registry draws a postal code, a language and
 * names for tens of thousands of children, so this keeps generating a full registry well under a
 * second. Draws use the generator exactly as Random.weighted does (one `next()` per draw).
 */
export function weightedPicker(list: Weighted): (rng: Random) => string {
  const values = list.map(([v]) => v);
  const ends: number[] = [];
  let total = 0;
  for (const [, w] of list) ends.push((total += w));
  return (rng) => {
    const r = rng.next() * total;
    let lo = 0;
    let hi = ends.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (r < ends[mid]!) hi = mid;
      else lo = mid + 1;
    }
    return values[lo]!;
  };
}
