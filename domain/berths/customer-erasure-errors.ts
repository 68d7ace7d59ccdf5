/**
 * Refusals of a customer's GDPR erasure (customer-erasure.ts). Each is a stable code the renderer
 * translates (errors.<code>); domain/errors.ts takes them into ERROR_CODES.
 */
export const CUSTOMER_ERASURE_ERROR_CODES = [
  /** The customer's personal data was erased already. */
  'customer_already_erased',
  /** A berth or winter lease that has not ended: the customer still holds a place. */
  'customer_lease_active',
  /** An invoice drafted, offered, in error or with a refund pending: money still moves. */
  'customer_order_open',
  /** An unapplied payment not refunded yet (decision 54): money is still owed back to the customer. */
  'customer_payment_unrefunded',
  /** A berth or winter application still in process (queued, offered, awaiting payment). */
  'customer_application_open',
] as const;
