/**
 * Assistance (issue 9): each row keeps the domain record verbatim in `data`, as Culture Kids
 * does; the columns the database reasons about are generated from it. Every row names its service
 * point (`service_point_id`): rights and sync are partitioned by it. `as_service_point` holds its
 * id in `id` (central/sync/user-scopes.ts lists the points from it). Service points and helper
 * calendars are reference rows with stable text ids (`sp-oodi`); the rows commands create
 * (tickets, sessions, appointments, help requests) are keyed by the command's UUID.
 *
 * The invariants the deciders keep under row locks are held here too, so a race the locks missed
 * fails instead of storing a contradiction: one number per service point and day, one active
 * appointment per calendar slot, one open help request per kiosk.
 */
const table = (name: string, id: 'text' | 'uuid', columns: string) => `
CREATE TABLE ${name} (
  id ${id} PRIMARY KEY${id === 'text' ? ' CHECK (length(id) BETWEEN 1 AND 200)' : ''},
  version int NOT NULL CHECK (version > 0),
  data jsonb NOT NULL,
  service_point_id text GENERATED ALWAYS AS (data->>'${name === 'as_service_point' ? 'id' : 'servicePointId'}') STORED NOT NULL${columns}
);
CREATE TRIGGER ${name}_version_up BEFORE UPDATE ON ${name} FOR EACH ROW WHEN (NEW.version <= OLD.version) EXECUTE FUNCTION refuse_version_change('an update must raise the version');`;

const text = (name: string, field: string, notNull = true) => `,\n  ${name} text GENERATED ALWAYS AS (data->>'${field}') STORED${notNull ? ' NOT NULL' : ''}`;

export const sql = `
${table('as_service_point', 'text', '')}
${table('as_helper_calendar', 'text', text('calendar_date', 'date') + text('helper_id', 'helperId'))}
CREATE INDEX as_helper_calendar_point_day ON as_helper_calendar (service_point_id, calendar_date);
${table(
  'as_queue_ticket',
  'uuid',
  text('service_date', 'serviceDate') +
    `,\n  number int GENERATED ALWAYS AS ((data->>'number')::int) STORED NOT NULL` +
    text('status', 'status') +
    `\n  CHECK (status IN ('waiting', 'called', 'in_service', 'done', 'no_show', 'transferred'))`,
)}
CREATE UNIQUE INDEX as_queue_ticket_number ON as_queue_ticket (service_point_id, service_date, number);
${table('as_help_session', 'uuid', text('occurred_at', 'occurredAt') + text('note_expires_at', 'noteExpiresAt', false))}
CREATE INDEX as_help_session_point_time ON as_help_session (service_point_id, occurred_at);
CREATE INDEX as_help_session_note_expiry ON as_help_session (note_expires_at) WHERE note_expires_at IS NOT NULL;
${table(
  'as_appointment',
  'uuid',
  text('calendar_id', 'calendarId') + text('starts_at', 'startsAt') + text('ends_at', 'endsAt') + text('status', 'status') + `,\n  has_contact boolean GENERATED ALWAYS AS (jsonb_typeof(data->'contact') = 'object') STORED NOT NULL`,
)}
CREATE UNIQUE INDEX as_appointment_slot ON as_appointment (calendar_id, starts_at) WHERE status <> 'cancelled';
CREATE INDEX as_appointment_point_time ON as_appointment (service_point_id, starts_at);
CREATE INDEX as_appointment_contact_kept ON as_appointment (ends_at) WHERE has_contact;
${table('as_help_request', 'uuid', text('kiosk_id', 'kioskId') + text('status', 'status'))}
CREATE UNIQUE INDEX as_help_request_open_per_kiosk ON as_help_request (kiosk_id) WHERE status <> 'closed';
CREATE INDEX as_help_request_point ON as_help_request (service_point_id) WHERE status <> 'closed';
`;
