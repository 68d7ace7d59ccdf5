import { z } from 'zod';
import type { ApplicationStatus, Lease } from './entities.ts';
import type { BerthOrder } from './order-entity.ts';
import { Uuid } from './record-primitives.ts';

/**
 * One order (invoice) with what its actions are decided on (berths.getOrder, decision 41): the
 * order, its lease and, when the lease has one, its application's status. The customer's 360°
 * view opens an invoice with it; the application detail has the same in `ApplicationDetail.order`.
 */
export const GetOrderInput = z.object({ id: Uuid }).strict();

export interface OrderDetail {
  order: BerthOrder;
  lease: Lease;
  /** The order or its lease has a change of this desk the central has not confirmed yet. */
  pending: boolean;
  /** null for a lease made without an application. */
  applicationId: string | null;
  applicationStatus: ApplicationStatus | null;
}
