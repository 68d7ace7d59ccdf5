/**
 * Level 3. The queue is counted per season (an application extended to the next season leaves
 * this season's queue), offers are found by due date (overdue ones), and applicants by street
 * address. FTS5 tables cannot gain a column, so the search index is made anew; its rows are
 * written again from the applications when the cache opens (application_fts_stale, tables.ts).
 */
export const sql = /* sql */ `
CREATE INDEX application_season_queue ON application (status, season, priority DESC, received_ms, id);

ALTER TABLE lease ADD COLUMN due_date TEXT;
UPDATE lease SET due_date = json_extract(data, '$.dueDate');
CREATE INDEX lease_offered_due ON lease (status, due_date, application_id);

DROP TABLE application_fts;
CREATE VIRTUAL TABLE application_fts USING fts5 (
  names, company, email, phone, registration, boat_name, model, reference, application_code, address,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE TABLE application_fts_stale (singleton INTEGER PRIMARY KEY CHECK (singleton = 1));
INSERT INTO application_fts_stale (singleton) VALUES (1);
`;
