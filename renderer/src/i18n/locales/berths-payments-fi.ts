/** Unapplied payments (decision 54): money the payment provider took that no order or invoice took, in Finnish (the source language). */
export const berthPaymentsFi = {
  berthPayments: {
    nav: 'Kohdistamattomat maksut',
    title: 'Kohdistamattomat maksut',
    intro:
      'Asiakkaiden verkkomaksuja, joita mikään tilaus tai lasku ei ottanut vastaan, esimerkiksi sama tarjous maksettu kahdesti. Rahat ovat maksunvälittäjällä: palauta ne asiakkaalle maksunvälittäjän palvelussa ja merkitse maksu sitten palautetuksi.',
    loading: 'Haetaan maksuja…',
    emptyTitle: 'Ei kohdistamattomia maksuja',
    emptyText: 'Kaikki asiakkaiden verkkomaksut on kirjattu tilauksille ja laskuille. Palautettavaa ei ole.',
    tableLabel: 'Kohdistamattomat maksut, palauttamattomat ensin',
    openCount_one: '{{count}} maksu palauttamatta',
    openCount_other: '{{count}} maksua palauttamatta',
    allRefunded: 'Kaikki palautettu',
    conflictPayment: 'Maksu',
    openList: 'Avaa kohdistamattomat maksut ({{number}})',
    columns: { received: 'Saapui', customer: 'Asiakas', number: 'Tilaus tai lasku', amount: 'Summa', reason: 'Syy', status: 'Tila', action: 'Toiminto' },
    kinds: { order: 'Venepaikan tilaus', winter_invoice: 'Talvisäilytyksen lasku' },
    reasons: {
      paid_already: 'Oli jo maksettu toisella maksulla',
      expired: 'Eräpäivä oli mennyt, tarjous rauennut',
      cancelled: 'Tilaus oli peruttu tai hylätty',
      amount_changed: 'Summa oli muuttunut',
      not_payable: 'Ei enää maksettavissa',
    },
    statuses: { open: 'Palauttamatta', refunded: 'Palautettu' },
    refundedBy: '{{date}}, {{name}}',
    providerPayment: 'Maksu {{id}}',
    unknownCustomer: 'Ei tällä koneella',
    pending: 'Tallennettu, odottaa keskuspalvelun vahvistusta',
    markRefunded: 'Merkitse palautetuksi',
    markRefundedOf: 'Merkitse palautetuksi: {{number}}, {{amount}}',
    customerSection: {
      title: 'Kohdistamattomat maksut',
      open_one: '{{count}} maksu palauttamatta. Palauta rahat maksunvälittäjän palvelussa ja merkitse maksu sitten palautetuksi.',
      open_other: '{{count}} maksua palauttamatta. Palauta rahat maksunvälittäjän palvelussa ja merkitse maksut sitten palautetuiksi.',
      allRefunded: 'Kaikki asiakkaan kohdistamattomat maksut on palautettu.',
      tableLabel: 'Asiakkaan kohdistamattomat maksut, palauttamattomat ensin',
    },
    dialog: {
      title: 'Merkitäänkö maksu palautetuksi?',
      text: 'Maksu {{amount}}, {{number}}, asiakas {{customer}}. Merkitse vasta, kun olet palauttanut rahat maksunvälittäjän palvelussa. Merkintää ei voi perua.',
      confirm: 'Merkitse palautetuksi',
      keep: 'Älä merkitse',
    },
  },
};

export const berthPaymentsCommandsFi = {
  markPaymentRefunded: 'Maksun merkitseminen palautetuksi',
};

export const berthPaymentsErrorsFi = {
  payment_issue_already_refunded: 'Maksu on jo merkitty palautetuksi. Mitään ei muutettu.',
};
