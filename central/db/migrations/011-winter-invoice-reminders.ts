/**
 * Reminders of unpaid winter storage invoices (central/berths/winter-jobs.ts), as
 * `berth_order_reminder` holds an offer's: each once per lease and threshold (7, 3, 1 days),
 * claimed in the transaction that queues its messages, so a second run sends nothing again.
 */
export const sql = `
CREATE TABLE winter_invoice_reminder (
  lease_id uuid NOT NULL REFERENCES winter_lease (id),
  days_before int NOT NULL CHECK (days_before IN (7, 3, 1)),
  sent_on date NOT NULL,
  PRIMARY KEY (lease_id, days_before)
);
`;
