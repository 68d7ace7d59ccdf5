import type { BoatCertificate, BoatCertificateType } from '../../../domain/berths/boat-certificate-entity.ts';
import type { Boat } from '../../../domain/berths/entities.ts';
import { addDays } from '../../../domain/berths/seasons.ts';
import { DEMO_USERS } from '../../auth/users.ts';
import { Random } from '../../demo-data/random.ts';

export interface CertificateOptions {
  /** The Helsinki day the demo is set in: every check happened before it. */
  today: string;
  /** PRNG seed (default 2027); its own generator, so the other demo data stays as it was. */
  seed?: number;
}

const HANDLERS = DEMO_USERS.filter((u) => u.roles.includes('berth_handler')).map((u) => ({ id: u.id, name: u.name }));
const ISSUERS: Record<BoatCertificateType, readonly string[]> = {
  insurance: ['LähiTapiola', 'If Vahinkovakuutus', 'Pohjola Vakuutus', 'Fennia', 'Turva'],
  inspection: ['Suomen Purjehdus ja Veneily', 'Helsingfors Segelsällskap', 'Merenkävijät ry', 'Helsingin Moottorivenekerho'],
};
/** The share of boats that have shown each certificate. */
const SHARE: Record<BoatCertificateType, number> = { insurance: 0.45, inspection: 0.3 };

/**
 * Demo certificates for a share of the demo boats, at most one of each type per boat: most valid
 * for months yet, about one in six expired (up to half a year ago) and one in six expiring within
 * 30 days, so the customer 360° view shows every status. An inspection holds from its inspection
 * day for two years; an insurance policy for the year from its start day.
 */
export function generateCertificates(boats: readonly Boat[], options: CertificateOptions): BoatCertificate[] {
  const rng = new Random((options.seed ?? 2027) ^ 0x5ce27);
  const out: BoatCertificate[] = [];
  for (const boat of boats) {
    for (const type of ['inspection', 'insurance'] as const) {
      if (!rng.chance(SHARE[type])) continue;
      const roll = rng.next();
      const offset = roll < 1 / 6 ? -rng.int(1, 180) : roll < 2 / 6 ? rng.int(0, 30) : rng.int(31, 330);
      const validUntil = addDays(options.today, offset);
      const validFrom = type === 'inspection' ? addDays(validUntil, -729) : addDays(validUntil, -364);
      const handler = rng.pick(HANDLERS);
      const checkedOn = addDays(options.today, -rng.int(1, 60));
      out.push({
        id: rng.uuid(),
        boatId: boat.id,
        customerId: boat.customerId,
        certificateType: type,
        number: type === 'insurance' ? `VK-${rng.int(1_000_000, 9_999_999)}` : `KT-${rng.int(10_000, 99_999)}`,
        issuer: rng.pick(ISSUERS[type]),
        validFrom: validFrom < checkedOn ? validFrom : null,
        validUntil,
        checked: { actorId: handler.id, actorName: handler.name, at: `${checkedOn}T${String(rng.int(8, 15)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00+02:00` },
        removed: null,
      });
    }
  }
  return out;
}
