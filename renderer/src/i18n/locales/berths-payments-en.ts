import type { berthPaymentsCommandsFi, berthPaymentsErrorsFi, berthPaymentsFi } from './berths-payments-fi.ts';

/** Unapplied payments, in English. */
export const berthPaymentsEn: typeof berthPaymentsFi = {
  berthPayments: {
    nav: 'Unapplied payments',
    title: 'Unapplied payments',
    intro:
      'Customers’ online payments that no order or invoice took, for example one offer paid twice. The money is held by the payment provider: refund it to the customer in the provider’s service, then mark the payment refunded.',
    loading: 'Loading payments…',
    emptyTitle: 'No unapplied payments',
    emptyText: 'Every online payment by a customer has been recorded on an order or an invoice. There is nothing to refund.',
    tableLabel: 'Unapplied payments, those not refunded first',
    openCount_one: '{{count}} payment not refunded',
    openCount_other: '{{count}} payments not refunded',
    allRefunded: 'All refunded',
    conflictPayment: 'Payment',
    openList: 'Open unapplied payments ({{number}})',
    columns: { received: 'Received', customer: 'Customer', number: 'Order or invoice', amount: 'Amount', reason: 'Reason', status: 'Status', action: 'Action' },
    kinds: { order: 'Berth order', winter_invoice: 'Winter storage invoice' },
    reasons: {
      paid_already: 'Already paid by another payment',
      expired: 'Past its due date, the offer had lapsed',
      cancelled: 'The order had been cancelled or declined',
      amount_changed: 'The amount had changed',
      not_payable: 'No longer payable',
    },
    statuses: { open: 'Not refunded', refunded: 'Refunded' },
    refundedBy: '{{date}}, {{name}}',
    providerPayment: 'Payment {{id}}',
    unknownCustomer: 'Not on this computer',
    pending: 'Saved, waiting for the central service to confirm',
    markRefunded: 'Mark as refunded',
    markRefundedOf: 'Mark as refunded: {{number}}, {{amount}}',
    customerSection: {
      title: 'Unapplied payments',
      open_one: '{{count}} payment not refunded. Refund the money in the payment provider’s service, then mark the payment refunded.',
      open_other: '{{count}} payments not refunded. Refund the money in the payment provider’s service, then mark the payments refunded.',
      allRefunded: 'All of the customer’s unapplied payments have been refunded.',
      tableLabel: 'The customer’s unapplied payments, those not refunded first',
    },
    dialog: {
      title: 'Mark the payment as refunded?',
      text: 'Payment of {{amount}}, {{number}}, customer {{customer}}. Mark it only once you have refunded the money in the payment provider’s service. The mark cannot be undone.',
      confirm: 'Mark as refunded',
      keep: 'Do not mark',
    },
  },
};

export const berthPaymentsCommandsEn: typeof berthPaymentsCommandsFi = {
  markPaymentRefunded: 'Marking a payment refunded',
};

export const berthPaymentsErrorsEn: typeof berthPaymentsErrorsFi = {
  payment_issue_already_refunded: 'The payment has been marked refunded already. Nothing was changed.',
};
