/**
 * Level 6. The Assistance workspace's read model (domain/assist/entities.ts). Every row keeps its
 * service point in `service_point_id`, so each query narrows to the points the user works at.
 * (A kiosk's projected rows go to its own tables, never here.)
 */
export const sql = /* sql */ `
CREATE TABLE as_service_point (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE as_helper_calendar (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  service_point_id TEXT NOT NULL,
  date TEXT NOT NULL
);
CREATE INDEX as_helper_calendar_day ON as_helper_calendar (service_point_id, date);

CREATE TABLE as_queue_ticket (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  service_point_id TEXT NOT NULL,
  service_date TEXT NOT NULL,
  status TEXT NOT NULL,
  queued_ms INTEGER NOT NULL
);
CREATE INDEX as_queue_ticket_day ON as_queue_ticket (service_point_id, service_date, queued_ms);
CREATE INDEX as_queue_ticket_queued ON as_queue_ticket (queued_ms);

CREATE TABLE as_help_session (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  service_point_id TEXT NOT NULL,
  occurred_ms INTEGER NOT NULL
);
CREATE INDEX as_help_session_point ON as_help_session (service_point_id, occurred_ms);
CREATE INDEX as_help_session_occurred ON as_help_session (occurred_ms);

CREATE TABLE as_appointment (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  service_point_id TEXT NOT NULL,
  calendar_id TEXT NOT NULL,
  starts_ms INTEGER NOT NULL
);
CREATE INDEX as_appointment_calendar ON as_appointment (calendar_id, starts_ms);
CREATE INDEX as_appointment_point ON as_appointment (service_point_id, starts_ms);

CREATE TABLE as_help_request (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  service_point_id TEXT NOT NULL,
  status TEXT NOT NULL
);
CREATE INDEX as_help_request_point ON as_help_request (service_point_id, status);
`;
