/**
 * Level 16: unapplied payments (decision 54), money the provider took that no order or winter
 * invoice took. The list reads them all, open ones first and the newest first within.
 */
export const sql = /* sql */ `
CREATE TABLE berth_payment_issue (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  customer_id TEXT NOT NULL,
  status TEXT NOT NULL,
  received_ms INTEGER NOT NULL
);
CREATE INDEX berth_payment_issue_list ON berth_payment_issue (status, received_ms);
CREATE INDEX berth_payment_issue_customer ON berth_payment_issue (customer_id);
`;
