/**
 * Level 9: the customer search (main/core/berths/customer-search-index.ts) and the customer's
 * 360° view. The index is made of pieces, one per source row, so that each row's sidecar writes
 * its own piece without reading its neighbours (which a first download could not afford: its
 * secondary indexes are set aside): a customer's names, addresses and ids; each boat's
 * registration; each lease's berth. A piece's FTS rowid is its source row's rowid * 8 + the
 * source (0 customer, 1 boat, 2 lease; 3 is kept for winter storage stickers), and
 * customer_fts_owner says whose it is. A search term must match some piece of the customer.
 * Caches that already hold customers are filled at the next open (customer_fts_stale).
 */
export const sql = /* sql */ `
CREATE INDEX application_customer ON application (customer_id, received_ms);
CREATE INDEX lease_customer ON lease (json_extract(data, '$.customerId'), season);

CREATE VIRTUAL TABLE customer_fts USING fts5 (
  names, company, email, address, business_id, registration, berth, sticker,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);
CREATE TABLE customer_fts_owner (
  piece INTEGER PRIMARY KEY,
  customer_id TEXT NOT NULL
);
CREATE INDEX customer_fts_owner_customer ON customer_fts_owner (customer_id);
-- The customer's name as a Finnish sort key: results in a tier are listed alphabetically.
CREATE TABLE customer_fts_name (
  customer_id TEXT PRIMARY KEY,
  name_sort TEXT NOT NULL
) WITHOUT ROWID;
-- Lease pieces written before their berth, pier or harbour reached the cache: put again when it does.
CREATE TABLE customer_fts_waiting (
  resource_id TEXT NOT NULL,
  piece INTEGER NOT NULL,
  PRIMARY KEY (resource_id, piece)
) WITHOUT ROWID;
CREATE TABLE customer_fts_stale (singleton INTEGER PRIMARY KEY CHECK (singleton = 1));
INSERT INTO customer_fts_stale (singleton) VALUES (1);
`;
