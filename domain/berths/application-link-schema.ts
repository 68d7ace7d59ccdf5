import { z } from 'zod';
import { Uuid } from './record-primitives.ts';

/**
 * Linking a berth application to an existing customer (issue 10): the applicant turned out to be
 * a customer the register already has, and intake made a duplicate. The payload names the
 * application and the customer it now belongs to; the decider is application-link.ts.
 */
export const LinkApplicationCustomerPayload = z.object({ applicationId: Uuid, customerId: Uuid });
export type LinkApplicationCustomerPayload = z.infer<typeof LinkApplicationCustomerPayload>;

/** A `customer_linked` event's record of the move: the customers (with their names as they were) and the boats. */
export const CustomerLink = z.object({
  fromCustomerId: Uuid,
  fromName: z.string(),
  toCustomerId: Uuid,
  toName: z.string(),
  fromBoatId: Uuid,
  toBoatId: Uuid,
  /** The boat record moved to the new customer (false: the application now names the new customer's own boat). */
  boatMoved: z.boolean(),
});
export type CustomerLink = z.infer<typeof CustomerLink>;

/** A customer as a person reads it in the history: the company's name, else first and last name. */
export const linkName = (c: { companyName: string | null; firstName: string; lastName: string }): string =>
  c.companyName?.trim() || `${c.firstName} ${c.lastName}`.trim();

/** Registration numbers compared as people type them: case, spaces and dashes aside. */
export const sameRegistration = (a: string, b: string): boolean => {
  const norm = (s: string) => s.toUpperCase().replace(/[\s-]/g, '');
  return norm(a) !== '' && norm(a) === norm(b);
};
