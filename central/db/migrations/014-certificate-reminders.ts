/**
 * Reminders of boat certificates running out (central/berths/certificate-reminder-job.ts,
 * decision 50): each once per certificate, kind and last day, claimed in the transaction that
 * queues its messages, so a second run, or a second central beside this one, sends nothing again.
 * The last day is part of the key: a certificate a handler renews (a new last day) is reminded again.
 */
export const sql = `
CREATE TABLE boat_certificate_reminder (
  certificate_id uuid NOT NULL REFERENCES boat_certificate (id),
  kind text NOT NULL CHECK (kind IN ('expiring', 'expired')),
  valid_until text NOT NULL CHECK (valid_until ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  customer_id uuid NOT NULL REFERENCES customer (id),
  sent_on date NOT NULL,
  PRIMARY KEY (certificate_id, kind, valid_until)
);
`;
