import type { BerthSuggestionRow } from '../../../domain/contract.ts';
import type { Application, Berth, BerthProduct, Customer, Harbour, Lease, Pier } from '../../../domain/berths/entities.ts';
import { pierName, suggestBerths as suggest } from '../../../domain/berths/matching.ts';
import { defaultBerthLeaseDates, helsinkiDate, offerSeason } from '../../../domain/berths/seasons.ts';
import { fail, ok, type Result } from '../../../domain/result.ts';
import { berthPrice, type Pricing } from '../../../domain/berths/pricing.ts';

import type { SqliteDatabase } from '../db/open-database.ts';
import { preparedFor } from '../cache/prepared.ts';

type Data = { data: string };
const statements = preparedFor((db: SqliteDatabase) => ({
  application: db.prepare<[string], Data>('SELECT data FROM application WHERE id = ?'),
  berths: db.prepare<[string], Data>('SELECT data FROM berth WHERE harbour_id IN (SELECT value FROM json_each(?))'),
  leases: db.prepare<[string, number, number], Data>(
    `SELECT l.data FROM lease l JOIN berth b ON b.id = l.berth_id
     WHERE b.harbour_id IN (SELECT value FROM json_each(?)) AND l.season IN (?, ?)`,
  ),
  piers: db.prepare<[string], Data>('SELECT data FROM pier WHERE harbour_id IN (SELECT value FROM json_each(?))'),
  harbours: db.prepare<[string], Data>('SELECT data FROM harbour WHERE id IN (SELECT value FROM json_each(?))'),
  products: db.prepare<[], Data>('SELECT data FROM berth_product'),
  customer: db.prepare<[string], Data>('SELECT data FROM customer WHERE id = ?'),
}));

const all = <T>(rows: Data[]): T[] => rows.map((r) => JSON.parse(r.data) as T);

/** No price is shown as none (the handler sees "no price"): never a price from another list. */
const priced = (p: Pricing) => (p.ok ? p.price.cents : null);

/**
 * Free berths for an application from local data, best first, with the price the customer would
 * pay. An application for a season after the one offers are made for on this Helsinki day has
 * none yet: which berths will be free then is not known, so the answer says why instead.
 */
export function suggestBerthsFor(db: SqliteDatabase, applicationId: string, now: Date): Result<BerthSuggestionRow[]> {
  const s = statements(db);
  const row = s.application.get(applicationId);
  if (!row) return fail('not_found', 'The application does not exist.');
  const app = JSON.parse(row.data) as Application;
  const today = helsinkiDate(now);
  const current = offerSeason(today);
  if (app.season > current) {
    return fail('season_not_open', `The application is for the ${app.season} season; offers are made for ${current} now.`, { season: app.season, offerSeason: current });
  }
  const chosen = JSON.stringify(app.harbourChoices);
  const berths = all<Berth>(s.berths.all(chosen));
  const leases = all<Lease>(s.leases.all(chosen, app.season, app.season - 1));
  const piers = new Map(all<Pier>(s.piers.all(chosen)).map((p) => [p.id, p]));
  const harbours = new Map(all<Harbour>(s.harbours.all(chosen)).map((h) => [h.id, h]));
  const products = all<BerthProduct>(s.products.all());
  const customerRow = s.customer.get(app.customerId);
  const customerKind = customerRow ? (JSON.parse(customerRow.data) as Customer).kind : 'private';
  const rows = suggest(app, berths, leases, piers).flatMap((sg): BerthSuggestionRow[] => {
    const pier = piers.get(sg.berth.pierId);
    const harbour = harbours.get(sg.berth.harbourId);
    if (!pier || !harbour) return [];
    return [
      {
        berthId: sg.berth.id,
        harbourId: harbour.id,
        harbourName: harbour.name,
        pier: pierName(pier.identifier) ?? '',
        number: sg.berth.number,
        width: sg.berth.width,
        length: sg.berth.length,
        mooringType: sg.berth.mooringType,
        choiceOrder: sg.choiceOrder,
        shorterThanBoat: sg.shorterThanBoat,
        spareWidth: sg.spareWidth,
        priceCents: priced(berthPrice(sg.berth, pier, harbour, products, customerKind, defaultBerthLeaseDates(today, app.season).startDate)),
      },
    ];
  });
  return ok(rows);
}
