import type { Change } from '../../../../domain/sync/protocol.ts';
import type { ReservationState, ReservationType } from '../../../../domain/bookings/vocabulary.ts';
import type { Space, Unit, UnitGroup } from '../../../../domain/bookings/entities.ts';
import { reservation, reservationUnit } from '../../../../domain/bookings/handling-fixtures.test-support.ts';
import { put } from './fixtures.ts';

const FIRST = ['Aili', 'Matti', 'Åsa', 'Jörg', 'Sanna', 'Pekka', 'Liisa', 'Ville', 'Öhman', 'Eero'];
const LAST = ['Mäkinen', 'Virtanen', 'Jönsson', 'Korhonen', 'Nieminen', 'Lindström', 'Heikkinen', 'Koskinen', 'Järvinen', 'Salo'];
const NAMES = ['Lukupiiri', 'Kuoroharjoitus', 'Syntymäpäivät', 'Kokous', 'Bändiharjoitus', 'Joogatunti', 'Shakkikerho', 'Työpaja'];
const STATES: ReservationState[] = ['CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'REQUIRES_HANDLING', 'CANCELLED', 'DENIED', 'WAITING_FOR_PAYMENT'];
const TYPES: ReservationType[] = ['NORMAL', 'NORMAL', 'NORMAL', 'BEHALF', 'STAFF', 'BLOCKED', 'SEASONAL'];
const t = (fi: string) => ({ fi, sv: fi, en: fi });

/** A deterministic pseudo-random sequence (mulberry32), so every run builds the same cache. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `units` units of five reservation units each (in one group), and `count` bookings over two
 * years from 2026-01-01, spread over them: the load the list must stay fast on.
 */
export function generatedBookings(count: number, units = 20, seed = 7): { changes: Change[]; unitIds: string[] } {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const changes: Change[] = [];
  const unitIds: string[] = [];
  const ruIds: { id: string; unitId: string }[] = [];
  for (let u = 0; u < units; u++) {
    const id = `gen-unit-${u}`;
    unitIds.push(id);
    const unit: Unit = { id, tprekId: `tprek-${u}`, name: t(`Toimipiste ${u}`), shortDescription: t(''), streetAddress: '', zipCode: '', city: 'Helsinki', email: '', phone: '', webPage: '', haukiResourceId: null };
    changes.push(put('booking_unit', unit));
    for (let r = 0; r < 5; r++) {
      const space: Space = { id: `gen-space-${u}-${r}`, unitId: id, parentId: null, name: t(`Tila ${r}`), code: '', surfaceAreaM2: null, maxPersons: null };
      changes.push(put('booking_space', space));
      const ru = reservationUnit({ id: `gen-ru-${u}-${r}`, unitId: id, spaceIds: [space.id], name: t(`Tila ${u}.${r}`) });
      ruIds.push({ id: ru.id, unitId: id });
      changes.push(put('reservation_unit', ru));
    }
  }
  const group: UnitGroup = { id: 'gen-all', name: t('Kaikki'), unitIds };
  changes.push(put('booking_unit_group', group));
  const start = Date.parse('2026-01-01T06:00:00Z');
  for (let i = 0; i < count; i++) {
    const ru = pick(ruIds);
    const begins = start + Math.floor(rnd() * 730) * 86_400_000 + Math.floor(rnd() * 28) * 1_800_000;
    const first = pick(FIRST);
    const last = pick(LAST);
    const price = Math.floor(rnd() * 20) * 1000;
    changes.push(
      put(
        'reservation',
        reservation({
          id: `gen-res-${i}`,
          reservationUnitId: ru.id,
          unitId: ru.unitId,
          seriesId: rnd() < 0.2 ? `gen-series-${i % 500}` : null,
          state: pick(STATES),
          type: pick(TYPES),
          name: `${pick(NAMES)} ${i}`,
          beginsAt: new Date(begins).toISOString(),
          endsAt: new Date(begins + (1 + Math.floor(rnd() * 4)) * 1_800_000).toISOString(),
          reserveeFirstName: first,
          reserveeLastName: last,
          reserveeOrganisation: rnd() < 0.3 ? `${last}n yhdistys ry` : null,
          reserveeKind: 'individual',
          reserveeEmail: `${first}.${last}@example.fi`.toLowerCase(),
          reserveePhone: `+35840${String(1_000_000 + i).slice(-7)}`,
          priceCents: price,
          undiscountedPriceCents: price,
          paymentStatus: price === 0 ? null : pick(['PAID', 'PENDING', 'PAID_BY_INVOICE'] as const),
          createdAt: new Date(begins - Math.floor(rnd() * 60) * 86_400_000).toISOString(),
        }),
      ),
    );
  }
  return { changes, unitIds };
}
