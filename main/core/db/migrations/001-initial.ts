/**
 * The local cache, level 1. Read-model tables mirror the central's entities: `data` is the domain
 * record as JSON, `version` the server's version, `pending` = the row currently shows an
 * optimistic effect. Typed columns exist only where a query filters, sorts or joins.
 * No foreign keys between read-model tables: rows arrive in the central's commit order, filtered
 * by scope, so a child may legitimately arrive without its parent.
 */
export const sql = /* sql */ `
CREATE TABLE harbour (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  name_fi TEXT NOT NULL
);

CREATE TABLE pier (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  harbour_id TEXT NOT NULL,
  identifier TEXT NOT NULL
);
CREATE INDEX pier_harbour ON pier (harbour_id);

CREATE TABLE berth (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  harbour_id TEXT NOT NULL,
  pier_id TEXT NOT NULL,
  number TEXT NOT NULL,
  width REAL NOT NULL,
  length REAL NOT NULL,
  is_active INTEGER NOT NULL
);
CREATE INDEX berth_harbour ON berth (harbour_id);
CREATE INDEX berth_pier ON berth (pier_id);

CREATE TABLE berth_product (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE switch_reason (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE customer (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  kind TEXT NOT NULL
);

CREATE TABLE boat (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  customer_id TEXT NOT NULL
);
CREATE INDEX boat_customer ON boat (customer_id);

-- received_ms: epoch milliseconds, because ISO strings with different offsets do not sort.
-- applicant_sort: lower-cased "last first" with å ä ö mapped after z, so a plain BINARY sort is Finnish order.
CREATE TABLE application (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  reference TEXT NOT NULL,
  kind TEXT NOT NULL,
  status TEXT NOT NULL,
  priority INTEGER NOT NULL,
  received_ms INTEGER NOT NULL,
  season INTEGER NOT NULL,
  customer_id TEXT NOT NULL,
  applicant_sort TEXT NOT NULL,
  boat_width REAL NOT NULL,
  boat_length REAL NOT NULL,
  first_choice_id TEXT,
  choice_count INTEGER NOT NULL
);
CREATE INDEX application_queue ON application (priority DESC, received_ms, id);
CREATE INDEX application_status_queue ON application (status, priority DESC, received_ms, id);
-- One index per sortable column, ties in queue order, so a sorted page is read straight off an index.
CREATE INDEX application_reference ON application (reference, priority DESC, received_ms, id);
CREATE INDEX application_received ON application (received_ms, id);
CREATE INDEX application_applicant ON application (applicant_sort, priority DESC, received_ms, id);
CREATE INDEX application_boat_width ON application (boat_width, priority DESC, received_ms, id);
CREATE INDEX application_boat_length ON application (boat_length, priority DESC, received_ms, id);

CREATE TABLE application_choice (
  application_id TEXT NOT NULL,
  choice_order INTEGER NOT NULL,
  harbour_id TEXT NOT NULL,
  PRIMARY KEY (application_id, choice_order)
) WITHOUT ROWID;
CREATE INDEX application_choice_harbour ON application_choice (harbour_id, application_id);

CREATE TABLE lease (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  berth_id TEXT NOT NULL,
  application_id TEXT,
  season INTEGER NOT NULL,
  status TEXT NOT NULL
);
CREATE INDEX lease_berth ON lease (berth_id, season);
CREATE INDEX lease_application ON lease (application_id);

CREATE TABLE application_event (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  application_id TEXT NOT NULL,
  at_ms INTEGER NOT NULL
);
CREATE INDEX application_event_application ON application_event (application_id, at_ms);

-- Free-text search over applicants; rowid = application.rowid. Contentless: the text lives in
-- application.data, the index only points at it.
CREATE VIRTUAL TABLE application_fts USING fts5 (
  names, company, email, phone, registration, boat_name, model, reference, application_code,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);

-- The server copy of rows an optimistic effect overwrote; version NULL = the row exists only
-- optimistically (drop it when effects are taken off).
CREATE TABLE shadow (
  entity TEXT NOT NULL,
  id TEXT NOT NULL,
  version INTEGER,
  data TEXT,
  PRIMARY KEY (entity, id)
) WITHOUT ROWID;

CREATE TABLE outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  payload TEXT NOT NULL,
  base_version INTEGER,
  issued_at TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  aggregate_id TEXT,
  actor_id TEXT NOT NULL,
  actor_name TEXT NOT NULL
);
CREATE INDEX outbox_aggregate ON outbox (aggregate_id);

CREATE TABLE sync_state (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  client_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  cursor TEXT,
  last_sync_at TEXT
);

CREATE TABLE conflicts (
  command_id TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  payload TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('conflict', 'rejected')),
  code TEXT NOT NULL,
  message TEXT NOT NULL,
  current TEXT,
  aggregate_id TEXT,
  created_at TEXT NOT NULL,
  dismissed_at TEXT
);
CREATE INDEX conflicts_open ON conflicts (dismissed_at, created_at);
`;
