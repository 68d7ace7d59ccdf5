/**
 * Level 13: boat certificates (inspection and insurance, one of each per boat at a time). The
 * customer's 360° view reads them by customer; an add is decided on the boat's certificates.
 */
export const sql = /* sql */ `
CREATE TABLE boat_certificate (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  boat_id TEXT NOT NULL,
  customer_id TEXT NOT NULL
);
CREATE INDEX boat_certificate_boat ON boat_certificate (boat_id);
CREATE INDEX boat_certificate_customer ON boat_certificate (customer_id);
`;
