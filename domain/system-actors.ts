/**
 * Actors that are not staff: the customer acting on the offer page, the payment provider, and the
 * central's own jobs. Their records keep the name they were written with (history is never
 * rewritten), so screens show these actors in the reader's language by their id, or by that
 * stored name where a record keeps no id (an order's own log).
 */
export const SYSTEM_ACTORS = {
  offerPage: { id: '6a1f3c52-7d41-4c0e-9b1a-0000000000c1', name: 'Asiakas verkossa (tarjoussivu)' },
  orderJob: { id: '6a1f3c52-7d41-4c0e-9b1a-0000000000c3', name: 'Automaattinen vanhentuminen' },
  paymentProvider: { id: 'payment-provider', name: 'Payment provider' },
  cultureKidsRetention: { id: 'system:culture-kids-retention', name: 'Culture Kids retention' },
} as const;

export type SystemActor = keyof typeof SYSTEM_ACTORS;

const BY_ID = new Map<string, SystemActor>(Object.entries(SYSTEM_ACTORS).map(([key, a]) => [a.id, key as SystemActor]));
const BY_NAME = new Map<string, SystemActor>(Object.entries(SYSTEM_ACTORS).map(([key, a]) => [a.name, key as SystemActor]));

/** Which system actor a record names, if any: by id first, by the stored name when there is no id. */
export function systemActorOf(actorId: string | null | undefined, actorName: string | null | undefined): SystemActor | null {
  if (actorId) return BY_ID.get(actorId) ?? null;
  return actorName ? (BY_NAME.get(actorName) ?? null) : null;
}
