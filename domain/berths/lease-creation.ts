import { z } from 'zod';
import { IsoDateTime } from './record-primitives.ts';

/**
 * Who made a lease without an application, when and why (lease-create.ts): the lease's own audit
 * entry, kept on the lease as `direct`, since an application's history needs an application.
 */
export const LeaseCreation = z.object({
  reason: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  at: IsoDateTime,
});
export type LeaseCreation = z.infer<typeof LeaseCreation>;
