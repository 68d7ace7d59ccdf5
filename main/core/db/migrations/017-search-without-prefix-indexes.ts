/**
 * Level 17. The berths' two search indexes lose their prefix indexes (`prefix = '2 3'` and
 * `'1 2 3'`): every word went in three or four times, once whole and once per short prefix, and a
 * first download spent a tenth to a sixth of its CPU on that (decision 69). A short prefix is now
 * found by scanning the index's own terms: 20 ms at most at 100,000 applications. FTS5 tables cannot drop an
 * option, so both are made anew and filled from the rows at the next open (their stale marks).
 */
export const sql = /* sql */ `
DROP TABLE application_fts;
CREATE VIRTUAL TABLE application_fts USING fts5 (
  names, company, email, phone, registration, boat_name, model, reference, application_code, address,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);
INSERT OR IGNORE INTO application_fts_stale (singleton) VALUES (1);

DROP TABLE customer_fts;
CREATE VIRTUAL TABLE customer_fts USING fts5 (
  names, company, email, address, business_id, registration, berth, sticker,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);
DELETE FROM customer_fts_owner;
DELETE FROM customer_fts_waiting;
INSERT OR IGNORE INTO customer_fts_stale (singleton) VALUES (1);
`;
