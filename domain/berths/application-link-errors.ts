/**
 * Refusals of linking a berth application to another customer (application-link.ts). Each is a
 * stable code the renderer translates (errors.<code>); domain/errors.ts takes them into ERROR_CODES.
 */
export const APPLICATION_LINK_ERROR_CODES = [
  /** The application has an offer (drafted, sent or accepted): it is withdrawn first. */
  'customer_link_offer_out',
  /** The application is decided (handled, rejected, expired): it stays with its customer. */
  'customer_link_decided',
  /** The application already belongs to the customer named. */
  'customer_link_same',
  /** The customer named does not exist (or is not in this cache). */
  'customer_link_unknown',
  /** A switch application rests on its customer's current lease: it stays with that customer. */
  'customer_link_switch',
  /** The application's boat is also on another application or lease of its customer, and the new customer has no boat with its registration number. */
  'customer_link_boat_shared',
] as const;
