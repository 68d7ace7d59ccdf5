/**
 * Payments of berth orders through a payment provider, and the offer reminders sent.
 * `payment_attempt` is the central's own record of each payment it asked a provider for: the
 * answer a provider sends back is matched to it (provider, id, amount, reference) before anything
 * is believed, and its status moves pending -> paid | cancelled once. `demo_bank_payment` is the
 * demo provider's side (the "bank"), kept apart so the central's side never reads it.
 * `berth_order_reminder` holds each reminder once per order and threshold (7, 3, 1 days).
 */
export const sql = `
CREATE TABLE payment_attempt (
  id uuid PRIMARY KEY,
  order_id uuid NOT NULL,
  provider text NOT NULL CHECK (length(provider) BETWEEN 1 AND 40),
  provider_payment_id text NOT NULL CHECK (length(provider_payment_id) BETWEEN 1 AND 200),
  reference text NOT NULL CHECK (length(reference) BETWEEN 1 AND 100),
  amount_cents int NOT NULL CHECK (amount_cents > 0),
  currency text NOT NULL CHECK (currency = 'EUR'),
  status text NOT NULL CHECK (status IN ('pending', 'paid', 'cancelled')),
  created_at timestamptz NOT NULL,
  settled_at timestamptz,
  UNIQUE (provider, provider_payment_id),
  CHECK ((status = 'pending') = (settled_at IS NULL))
);
CREATE INDEX payment_attempt_order ON payment_attempt (order_id);

CREATE TABLE demo_bank_payment (
  id uuid PRIMARY KEY,
  reference text NOT NULL,
  amount_cents int NOT NULL CHECK (amount_cents > 0),
  currency text NOT NULL,
  description text NOT NULL,
  language text NOT NULL CHECK (language IN ('fi', 'sv', 'en')),
  return_url text NOT NULL,
  cancel_url text NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'paid', 'cancelled')),
  created_at timestamptz NOT NULL,
  settled_at timestamptz
);

CREATE TABLE berth_order_reminder (
  order_id uuid NOT NULL,
  days_before int NOT NULL CHECK (days_before IN (7, 3, 1)),
  sent_on date NOT NULL,
  PRIMARY KEY (order_id, days_before)
);
`;
