/**
 * Space bookings: each row keeps the domain record verbatim in `data` (as berths do); the columns
 * the database reasons about are generated from it. Every row that belongs to a unit names it
 * (`unit_id`): rights and sync are partitioned by unit. Reservation events are append-only and
 * every versioned table only lets a version go up (decision 6, "creating never overwrites").
 */
const VERSIONED = ['booking_unit', 'booking_unit_group', 'booking_space', 'booking_resource', 'reservation_unit', 'deny_reason', 'booking_opening_hours', 'reservation_series', 'reservation'];

const table = (name: string, columns = '') => `
CREATE TABLE ${name} (
  id uuid PRIMARY KEY,
  version int NOT NULL CHECK (version > 0),
  data jsonb NOT NULL${columns}
);`;

const unitColumn = `,
  unit_id uuid GENERATED ALWAYS AS ((data->>'unitId')::uuid) STORED NOT NULL`;

export const sql = `
${table('booking_unit')}
${table('booking_unit_group')}
${table('booking_space', `${unitColumn},
  parent_id uuid GENERATED ALWAYS AS ((data->>'parentId')::uuid) STORED`)}
CREATE INDEX booking_space_unit ON booking_space (unit_id);
${table('booking_resource', unitColumn)}
CREATE INDEX booking_resource_unit ON booking_resource (unit_id);
${table('reservation_unit', unitColumn)}
CREATE INDEX reservation_unit_unit ON reservation_unit (unit_id);
${table('deny_reason')}
${table('booking_opening_hours', unitColumn)}
CREATE INDEX booking_opening_hours_unit ON booking_opening_hours (unit_id);
${table('reservation_series', `${unitColumn},
  reservation_unit_id uuid GENERATED ALWAYS AS ((data->>'reservationUnitId')::uuid) STORED NOT NULL`)}
CREATE INDEX reservation_series_unit ON reservation_series (unit_id);
${table('reservation', `${unitColumn},
  reservation_unit_id uuid GENERATED ALWAYS AS ((data->>'reservationUnitId')::uuid) STORED NOT NULL,
  series_id uuid GENERATED ALWAYS AS ((data->>'seriesId')::uuid) STORED,
  state text GENERATED ALWAYS AS (data->>'state') STORED NOT NULL
    CHECK (state IN ('CREATED', 'WAITING_FOR_PAYMENT', 'REQUIRES_HANDLING', 'CONFIRMED', 'DENIED', 'CANCELLED')),
  type text GENERATED ALWAYS AS (data->>'type') STORED NOT NULL CHECK (type IN ('NORMAL', 'BEHALF', 'STAFF', 'BLOCKED', 'SEASONAL')),
  begins_at text GENERATED ALWAYS AS (data->>'beginsAt') STORED NOT NULL,
  ends_at text GENERATED ALWAYS AS (data->>'endsAt') STORED NOT NULL`)}
CREATE INDEX reservation_unit_time ON reservation (reservation_unit_id, begins_at);
CREATE INDEX reservation_by_unit ON reservation (unit_id, begins_at);
CREATE INDEX reservation_series_member ON reservation (series_id) WHERE series_id IS NOT NULL;
CREATE INDEX reservation_to_handle ON reservation (unit_id, begins_at) WHERE state = 'REQUIRES_HANDLING';
${table('reservation_event', `${unitColumn},
  reservation_id uuid GENERATED ALWAYS AS ((data->>'reservationId')::uuid) STORED NOT NULL REFERENCES reservation (id)`)}
CREATE INDEX reservation_event_reservation ON reservation_event (reservation_id);

CREATE TRIGGER reservation_event_append_only BEFORE UPDATE OR DELETE ON reservation_event
  FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER reservation_event_no_truncate BEFORE TRUNCATE ON reservation_event
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
${VERSIONED.map((t) => `CREATE TRIGGER ${t}_version_up BEFORE UPDATE ON ${t} FOR EACH ROW WHEN (NEW.version <= OLD.version) EXECUTE FUNCTION refuse_version_change('an update must raise the version');`).join('\n')}
`;
