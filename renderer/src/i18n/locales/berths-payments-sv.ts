import type { berthPaymentsCommandsFi, berthPaymentsErrorsFi, berthPaymentsFi } from './berths-payments-fi.ts';

/** Unapplied payments, in Swedish. */
export const berthPaymentsSv: typeof berthPaymentsFi = {
  berthPayments: {
    nav: 'Oregistrerade betalningar',
    title: 'Oregistrerade betalningar',
    intro:
      'Kunders webbetalningar som ingen beställning eller faktura tog emot, till exempel samma erbjudande betalt två gånger. Pengarna finns hos betalningsförmedlaren: återbetala dem till kunden i betalningsförmedlarens tjänst och markera sedan betalningen som återbetald.',
    loading: 'Betalningarna hämtas…',
    emptyTitle: 'Inga oregistrerade betalningar',
    emptyText: 'Alla kunders webbetalningar har registrerats på beställningar och fakturor. Det finns inget att återbetala.',
    tableLabel: 'Oregistrerade betalningar, de som inte återbetalats först',
    openCount_one: '{{count}} betalning inte återbetald',
    openCount_other: '{{count}} betalningar inte återbetalda',
    allRefunded: 'Alla återbetalda',
    conflictPayment: 'Betalning',
    openList: 'Öppna oregistrerade betalningar ({{number}})',
    columns: { received: 'Inkom', customer: 'Kund', number: 'Beställning eller faktura', amount: 'Belopp', reason: 'Orsak', status: 'Status', action: 'Åtgärd' },
    kinds: { order: 'Båtplatsbeställning', winter_invoice: 'Vinterförvaringsfaktura' },
    reasons: {
      paid_already: 'Var redan betald med en annan betalning',
      expired: 'Förfallodagen hade passerat, erbjudandet förföll',
      cancelled: 'Beställningen hade annullerats eller avböjts',
      amount_changed: 'Beloppet hade ändrats',
      not_payable: 'Kan inte längre betalas',
    },
    statuses: { open: 'Inte återbetald', refunded: 'Återbetald' },
    refundedBy: '{{date}}, {{name}}',
    providerPayment: 'Betalning {{id}}',
    unknownCustomer: 'Inte på den här datorn',
    pending: 'Sparad, väntar på den centrala tjänstens bekräftelse',
    markRefunded: 'Markera som återbetald',
    markRefundedOf: 'Markera som återbetald: {{number}}, {{amount}}',
    customerSection: {
      title: 'Oregistrerade betalningar',
      open_one: '{{count}} betalning har inte återbetalats. Återbetala pengarna i betalningsförmedlarens tjänst och markera sedan betalningen som återbetald.',
      open_other: '{{count}} betalningar har inte återbetalats. Återbetala pengarna i betalningsförmedlarens tjänst och markera sedan betalningarna som återbetalda.',
      allRefunded: 'Alla kundens oregistrerade betalningar har återbetalats.',
      tableLabel: 'Kundens oregistrerade betalningar, de som inte återbetalats först',
    },
    dialog: {
      title: 'Markera betalningen som återbetald?',
      text: 'Betalning {{amount}}, {{number}}, kund {{customer}}. Markera först när du har återbetalat pengarna i betalningsförmedlarens tjänst. Markeringen kan inte ångras.',
      confirm: 'Markera som återbetald',
      keep: 'Markera inte',
    },
  },
};

export const berthPaymentsCommandsSv: typeof berthPaymentsCommandsFi = {
  markPaymentRefunded: 'Markering av en betalning som återbetald',
};

export const berthPaymentsErrorsSv: typeof berthPaymentsErrorsFi = {
  payment_issue_already_refunded: 'Betalningen är redan markerad som återbetald. Ingenting ändrades.',
};
