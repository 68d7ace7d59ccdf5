/**
 * Level 4. The bookings workspace's read model (domain/bookings/entities.ts). Instants are kept
 * as epoch milliseconds beside the JSON, because the calendars and the list compare and sort
 * them; `*_sort` columns hold Finnish alphabetical keys (see main/core/cache/search-text.ts).
 */
export const sql = /* sql */ `
CREATE TABLE booking_unit (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  name_sort TEXT NOT NULL
);

CREATE TABLE booking_unit_group (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE booking_space (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  unit_id TEXT NOT NULL
);
CREATE INDEX booking_space_unit ON booking_space (unit_id);

CREATE TABLE booking_resource (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  unit_id TEXT NOT NULL
);
CREATE INDEX booking_resource_unit ON booking_resource (unit_id);

CREATE TABLE reservation_unit (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  unit_id TEXT NOT NULL,
  name_sort TEXT NOT NULL
);
CREATE INDEX reservation_unit_unit ON reservation_unit (unit_id, name_sort);

CREATE TABLE deny_reason (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  rank INTEGER NOT NULL
);

-- reservation_unit_id NULL: the unit's own hours.
CREATE TABLE booking_opening_hours (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  unit_id TEXT NOT NULL,
  reservation_unit_id TEXT,
  from_date TEXT NOT NULL,
  to_date TEXT NOT NULL
);
CREATE INDEX booking_opening_hours_unit ON booking_opening_hours (unit_id, reservation_unit_id, from_date);

CREATE TABLE reservation_series (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  unit_id TEXT NOT NULL,
  reservation_unit_id TEXT NOT NULL
);
CREATE INDEX reservation_series_unit ON reservation_series (unit_id);

-- payment: the payment status, 'FREE' when there is no payment order (the list's filter word).
CREATE TABLE reservation (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  unit_id TEXT NOT NULL,
  reservation_unit_id TEXT NOT NULL,
  series_id TEXT,
  state TEXT NOT NULL,
  type TEXT NOT NULL,
  begins_ms INTEGER NOT NULL,
  ends_ms INTEGER NOT NULL,
  created_ms INTEGER NOT NULL,
  name_sort TEXT NOT NULL,
  reservee_sort TEXT NOT NULL,
  price_cents INTEGER NOT NULL,
  payment TEXT NOT NULL,
  user_id TEXT
);
-- One index per sortable column, ties by id, so a sorted page is read straight off an index.
CREATE INDEX reservation_begins ON reservation (begins_ms, id);
CREATE INDEX reservation_created ON reservation (created_ms, id);
CREATE INDEX reservation_name ON reservation (name_sort, begins_ms, id);
CREATE INDEX reservation_reservee ON reservation (reservee_sort, begins_ms, id);
CREATE INDEX reservation_price ON reservation (price_cents, begins_ms, id);
CREATE INDEX reservation_state_begins ON reservation (state, begins_ms, id);
CREATE INDEX reservation_unit_begins ON reservation (unit_id, begins_ms, id);
-- Every filter column (and the sort's ties): counting, or sorting by a unit's name, reads this
-- narrow index instead of the wide rows (queries steer to it with unary + on their terms).
CREATE INDEX reservation_filter ON reservation (state, type, payment, price_cents, unit_id, reservation_unit_id, series_id, begins_ms, created_ms, id);
-- The calendars and the conflict check: a reservation unit's bookings that end after a moment.
CREATE INDEX reservation_ru_ends ON reservation (reservation_unit_id, ends_ms);
CREATE INDEX reservation_series_member ON reservation (series_id);

CREATE TABLE reservation_event (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  reservation_id TEXT NOT NULL,
  at_ms INTEGER NOT NULL
);
CREATE INDEX reservation_event_reservation ON reservation_event (reservation_id, at_ms);

-- Free-text search over bookings; rowid = reservation.rowid, contentless like application_fts.
CREATE VIRTUAL TABLE reservation_fts USING fts5 (
  name, reservee, organisation, contact, ids,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
`;
