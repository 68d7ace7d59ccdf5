/**
 * Level 8. A berth lease's order (the invoice): found by its lease, its application and its
 * status (the order actions a handler is offered depend on it).
 */
export const sql = /* sql */ `
CREATE TABLE berth_order (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  lease_id TEXT NOT NULL,
  application_id TEXT,
  status TEXT NOT NULL
);
CREATE INDEX berth_order_lease ON berth_order (lease_id);
CREATE INDEX berth_order_application ON berth_order (application_id);
`;
