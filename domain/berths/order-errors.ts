/**
 * The refusals of the berth order and invoice cycle. Each is a stable code the renderer
 * translates (errors.<code>); domain/errors.ts takes them into ERROR_CODES.
 */
export const BERTH_ORDER_ERROR_CODES = [
  /** A paper-invoice customer's order is invoiced on paper, never sent digitally. */
  'order_paper_invoice',
  /** An order cannot be offered without a due date (brief 3.3). */
  'due_date_required',
  /** A refund for an order that is not paid online with its lease paid. */
  'order_not_paid',
  /** A refund while another one waits for the payment provider. */
  'refund_pending',
  /** The payment provider confirmed another sum than the order's total. */
  'payment_amount_mismatch',
  /** A termination date before the lease begins or after it ends. */
  'end_date_out_of_range',
  /** The payment provider's confirmation comes through the central's payment route, never from staff. */
  'payment_not_staff',
] as const;
