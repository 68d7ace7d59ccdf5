/**
 * Level 11: winter storage. Areas, sections and marked places (master data), the applications
 * and unmarked notices, the winter leases with their invoice and sticker, and the audit trail.
 * Typed columns are what the winter queries filter and join on: the inbox by winter and received
 * time, the places of the chosen areas, the leases on a place or of an application, the winter's
 * sticker series (given numbers live on leases and, once replaced, on the events).
 */
export const sql = /* sql */ `
CREATE TABLE winter_area (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE winter_section (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  area_id TEXT NOT NULL,
  identifier TEXT NOT NULL
);
CREATE INDEX winter_section_area ON winter_section (area_id, identifier);

CREATE TABLE winter_place (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  area_id TEXT NOT NULL,
  section_id TEXT NOT NULL
);
CREATE INDEX winter_place_area ON winter_place (area_id);

-- received_ms: epoch milliseconds, because ISO strings with different offsets do not sort.
CREATE TABLE winter_application (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  reference TEXT NOT NULL,
  winter INTEGER NOT NULL,
  area_type TEXT NOT NULL,
  status TEXT NOT NULL,
  received_ms INTEGER NOT NULL,
  customer_id TEXT NOT NULL
);
CREATE INDEX winter_application_inbox ON winter_application (winter, received_ms, id);
CREATE INDEX winter_application_customer ON winter_application (customer_id);

CREATE TABLE winter_lease (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  application_id TEXT,
  place_id TEXT,
  winter INTEGER NOT NULL,
  status TEXT NOT NULL,
  sticker_number INTEGER
);
CREATE INDEX winter_lease_application ON winter_lease (application_id);
CREATE INDEX winter_lease_place ON winter_lease (place_id, winter);
CREATE INDEX winter_lease_sticker ON winter_lease (winter, sticker_number);

CREATE TABLE winter_event (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  application_id TEXT,
  lease_id TEXT NOT NULL,
  at_ms INTEGER NOT NULL,
  sticker_number INTEGER
);
CREATE INDEX winter_event_application ON winter_event (application_id, at_ms);
CREATE INDEX winter_event_lease ON winter_event (lease_id);
`;
