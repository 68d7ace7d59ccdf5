/**
 * Unapplied payments (decision 54). A payment attempt the provider says was paid but that no
 * payable took (paid already by another payment, expired, cancelled, another sum now) is settled
 * `unapplied` with its reason, in the transaction that refused it, instead of staying pending for
 * ever; `berth_payment_issue` is the synced record staff refund from, keyed by the attempt's id, in
 * the berth tables' style (the record in `data`, what the database reasons about generated).
 */
export const sql = `
ALTER TABLE payment_attempt DROP CONSTRAINT payment_attempt_status_check;
ALTER TABLE payment_attempt ADD CONSTRAINT payment_attempt_status_check CHECK (status IN ('pending', 'paid', 'cancelled', 'unapplied'));
ALTER TABLE payment_attempt ADD COLUMN unapplied_reason text
  CHECK (unapplied_reason IN ('paid_already', 'expired', 'cancelled', 'amount_changed', 'not_payable'));
ALTER TABLE payment_attempt ADD CONSTRAINT payment_attempt_unapplied_reason CHECK ((status = 'unapplied') = (unapplied_reason IS NOT NULL));

CREATE TABLE berth_payment_issue (
  id uuid PRIMARY KEY REFERENCES payment_attempt (id),
  version int NOT NULL CHECK (version > 0),
  data jsonb NOT NULL,
  customer_id uuid GENERATED ALWAYS AS ((data->>'customerId')::uuid) STORED NOT NULL,
  payable_id uuid GENERATED ALWAYS AS ((data->>'payableId')::uuid) STORED NOT NULL,
  status text GENERATED ALWAYS AS (data->>'status') STORED NOT NULL CHECK (status IN ('open', 'refunded'))
);
CREATE INDEX berth_payment_issue_customer ON berth_payment_issue (customer_id);
CREATE INDEX berth_payment_issue_open ON berth_payment_issue (status) WHERE status = 'open';

-- The write rule (003): an update must raise the version.
CREATE TRIGGER berth_payment_issue_version_up BEFORE UPDATE ON berth_payment_issue FOR EACH ROW WHEN (NEW.version <= OLD.version) EXECUTE FUNCTION refuse_version_change('an update must raise the version');
`;
