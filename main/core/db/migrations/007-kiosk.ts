/**
 * Level 7. The kiosk's tables. `kiosk_terminal` and `kiosk_event` hold the kiosk entities (whole
 * rows in a staff cache, projected ones in a kiosk's). The `kiosk_pub_*` tables hold the public
 * parts of other workspaces' rows as the central's kiosk feed sends them (domain/kiosk/public-data.ts):
 * a kiosk's cache keeps them apart from the staff tables, whose columns and search indexes expect
 * whole rows. `kiosk_customer` remembers what the current customer asked for, until the wipe.
 */
const pub = (table: string, extra = '') => `
CREATE TABLE ${table} (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0${extra}
);`;

export const sql = /* sql */ `
${pub('kiosk_terminal', ',\n  service_point_id TEXT')}
${pub('kiosk_event', ',\n  service_point_id TEXT,\n  starts_ms INTEGER')}
${pub('kiosk_pub_booking_unit')}
${pub('kiosk_pub_booking_space')}
${pub('kiosk_pub_reservation_unit', ',\n  unit_id TEXT')}
${pub('kiosk_pub_opening_hours', ',\n  unit_id TEXT')}
${pub('kiosk_pub_reservation', ',\n  reservation_unit_id TEXT,\n  begins_ms INTEGER,\n  ends_ms INTEGER')}
${pub('kiosk_pub_service_point')}
${pub('kiosk_pub_helper_calendar', ',\n  service_point_id TEXT,\n  date TEXT')}
${pub('kiosk_pub_queue_ticket', ',\n  service_point_id TEXT,\n  service_date TEXT')}
${pub('kiosk_pub_appointment', ',\n  calendar_id TEXT')}

CREATE TABLE kiosk_customer (
  command_id TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  target_id TEXT,
  issued_at TEXT NOT NULL
);

CREATE TABLE kiosk_state (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  wiped_at TEXT
);
`;
