/**
 * The berth order (the invoice of a lease, brief 2.5 and 3.3) in the berth tables' style: the
 * record verbatim in `data`, the columns the database reasons about generated from it. The lease
 * learns `error` (an order failed; the lease still holds its berth, brief 3.2) and the
 * application `offer_generated` (a drafted order not sent: a paper-invoice customer's).
 */
const ACTIVE_LEASE = `('drafted', 'offered', 'awaiting_payment', 'paid', 'error')`;

export const sql = `
ALTER TABLE application DROP CONSTRAINT application_status_check;
ALTER TABLE application ADD CONSTRAINT application_status_check
  CHECK (status IN ('pending', 'offer_generated', 'offer_sent', 'awaiting_payment', 'no_suitable_berths', 'handled', 'rejected', 'declined_by_customer', 'expired'));

ALTER TABLE lease DROP CONSTRAINT lease_status_check;
ALTER TABLE lease ADD CONSTRAINT lease_status_check
  CHECK (status IN ('drafted', 'offered', 'awaiting_payment', 'paid', 'error', 'refused', 'expired', 'cancelled', 'terminated'));

DROP INDEX lease_one_active_per_berth_season;
CREATE UNIQUE INDEX lease_one_active_per_berth_season ON lease (berth_id, season) WHERE status IN ${ACTIVE_LEASE};
DROP INDEX lease_one_active_per_application;
CREATE UNIQUE INDEX lease_one_active_per_application ON lease (application_id)
  WHERE application_id IS NOT NULL AND status IN ${ACTIVE_LEASE};

CREATE TABLE berth_order (
  id uuid PRIMARY KEY,
  version int NOT NULL CHECK (version > 0),
  data jsonb NOT NULL,
  lease_id uuid GENERATED ALWAYS AS ((data->>'leaseId')::uuid) STORED NOT NULL REFERENCES lease (id),
  application_id uuid GENERATED ALWAYS AS ((data->>'applicationId')::uuid) STORED REFERENCES application (id),
  customer_id uuid GENERATED ALWAYS AS ((data->>'customerId')::uuid) STORED NOT NULL REFERENCES customer (id),
  season int GENERATED ALWAYS AS ((data->>'season')::int) STORED NOT NULL,
  status text GENERATED ALWAYS AS (data->>'status') STORED NOT NULL
    CHECK (status IN ('drafted', 'offered', 'rejected', 'cancelled', 'expired', 'error', 'paid', 'paid_man', 'refunded')),
  total_cents int GENERATED ALWAYS AS ((data->>'totalCents')::int) STORED NOT NULL CHECK (total_cents >= 0),
  -- Text, not date: a cast to date depends on the session's DateStyle, so it cannot be generated.
  due_date text GENERATED ALWAYS AS (data->>'dueDate') STORED,
  invoicing_type text GENERATED ALWAYS AS (data->>'invoicingType') STORED NOT NULL
    CHECK (invoicing_type IN ('online_payment', 'paper_invoice')),
  -- Brief 3.3: an offered order has a due date.
  CHECK (status <> 'offered' OR due_date IS NOT NULL)
);
CREATE INDEX berth_order_lease ON berth_order (lease_id);
CREATE INDEX berth_order_application ON berth_order (application_id);
CREATE INDEX berth_order_customer ON berth_order (customer_id);
CREATE INDEX berth_order_offered_due ON berth_order (status, due_date);
-- Secrets the central makes for itself (the offer links' signing key), kept across restarts.
CREATE TABLE central_secret (name text PRIMARY KEY, value text NOT NULL);

-- The write rule (003): an update must raise the version.
CREATE TRIGGER berth_order_version_up BEFORE UPDATE ON berth_order FOR EACH ROW WHEN (NEW.version <= OLD.version)
  EXECUTE FUNCTION refuse_version_change('an update must raise the version');
`;
