/**
 * Refusals of the unapplied payment commands (payment-issue-decider.ts). Each is a stable code the
 * renderer translates (errors.<code>); domain/errors.ts takes them into ERROR_CODES.
 */
export const PAYMENT_ISSUE_ERROR_CODES = [
  /** The payment was marked refunded already (by this handler or another). */
  'payment_issue_already_refunded',
] as const;
