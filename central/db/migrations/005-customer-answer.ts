/**
 * The customer's answer named for what happened: an accepted offer (and its application) waits for
 * payment and still holds its berth; a declined one leaves the application "declined by the
 * customer". The
 * generated status columns' checks and the one-holder indexes learn the new statuses.
 */
const ACTIVE_LEASE = `('drafted', 'offered', 'awaiting_payment', 'paid')`;

export const sql = `
ALTER TABLE application DROP CONSTRAINT application_status_check;
ALTER TABLE application ADD CONSTRAINT application_status_check
  CHECK (status IN ('pending', 'offer_sent', 'awaiting_payment', 'no_suitable_berths', 'handled', 'rejected', 'declined_by_customer', 'expired'));

ALTER TABLE lease DROP CONSTRAINT lease_status_check;
ALTER TABLE lease ADD CONSTRAINT lease_status_check
  CHECK (status IN ('drafted', 'offered', 'awaiting_payment', 'paid', 'refused', 'expired', 'cancelled', 'terminated'));

DROP INDEX lease_one_active_per_berth_season;
CREATE UNIQUE INDEX lease_one_active_per_berth_season ON lease (berth_id, season) WHERE status IN ${ACTIVE_LEASE};
DROP INDEX lease_one_active_per_application;
CREATE UNIQUE INDEX lease_one_active_per_application ON lease (application_id)
  WHERE application_id IS NOT NULL AND status IN ${ACTIVE_LEASE};
`;
