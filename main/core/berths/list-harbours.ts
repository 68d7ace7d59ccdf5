import type { HarbourOption } from '../../../domain/contract.ts';
import type { Harbour } from '../../../domain/berths/entities.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { preparedFor } from '../cache/prepared.ts';
import { finnishSortKey } from './tables.ts';

const statements = preparedFor((db: SqliteDatabase) => ({
  harbours: db.prepare<[], { data: string; berth_count: number }>(
    `SELECT h.data, (SELECT COUNT(*) FROM berth b WHERE b.harbour_id = h.id AND b.is_active = 1) AS berth_count FROM harbour h`,
  ),
}));

/** Harbours in Finnish alphabetical order; berthCount counts the berths in use. */
export function listHarbours(db: SqliteDatabase): HarbourOption[] {
  return statements(db)
    .harbours.all()
    .map((r) => {
      const h = JSON.parse(r.data) as Harbour;
      return { id: h.id, name: h.name, region: h.region, berthCount: r.berth_count };
    })
    .sort((a, b) => {
      const ka = finnishSortKey(a.name.fi);
      const kb = finnishSortKey(b.name.fi);
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
}
