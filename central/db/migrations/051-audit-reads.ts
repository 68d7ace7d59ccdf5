/**
 * The audit of reads of personal data (domain/audit), a capability every workspace shares.
 * Append-only like the application events (003): a trigger refuses UPDATE, DELETE and TRUNCATE,
 * so neither a handler bug nor an administrator's slip rewrites who read what. `actor_id` is the
 * signed-in user who read (a desk never names it); `read_at` is when the person read (never after
 * `recorded_at`, the central's receive time); `command_id` the desk command that carried the row
 * (null for the central's own reads).
 */
export const sql = `
CREATE TABLE audit_read (
  id uuid PRIMARY KEY,
  actor_id uuid NOT NULL,
  actor_name text NOT NULL,
  read_at timestamptz NOT NULL,
  recorded_at timestamptz NOT NULL,
  source text NOT NULL CHECK (source IN ('desk', 'central')),
  command_id uuid,
  subject_kind text NOT NULL CHECK (length(subject_kind) BETWEEN 1 AND 50),
  subject_ids text[] NOT NULL CHECK (cardinality(subject_ids) <= 200),
  workspace text NOT NULL CHECK (length(workspace) BETWEEN 1 AND 50),
  partition text CHECK (length(partition) BETWEEN 1 AND 64),
  purpose text NOT NULL CHECK (purpose IN ('family_request', 'check_in', 'data_correction', 'gdpr_request', 'statistics', 'event_management', 'other')),
  purpose_text text CHECK (length(purpose_text) <= 500),
  detail jsonb,
  CHECK (read_at <= recorded_at),
  CHECK (purpose <> 'other' OR length(purpose_text) > 0),
  CHECK ((source = 'desk') = (command_id IS NOT NULL))
);
-- Who read this child or guardian: by subject; a read of a whole partition has no subject ids.
CREATE INDEX audit_read_subject ON audit_read USING gin (subject_ids);
CREATE INDEX audit_read_partition ON audit_read (workspace, partition, read_at);
-- What this person read, and when.
CREATE INDEX audit_read_actor ON audit_read (actor_id, read_at);

CREATE TRIGGER audit_read_append_only BEFORE UPDATE OR DELETE ON audit_read
  FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER audit_read_no_truncate BEFORE TRUNCATE ON audit_read
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
`;
