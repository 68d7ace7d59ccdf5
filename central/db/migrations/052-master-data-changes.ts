/**
 * The audit of berth master data edits: who changed which harbour, pier, berth or price band,
 * when, and each field before and after. Append-only like the audit of reads (051), so neither a
 * handler bug nor an administrator's slip rewrites who changed what. One row per record a command
 * wrote; `changed_at` is when the person acted (never after `recorded_at`, the central's time).
 */
export const sql = `
CREATE TABLE master_data_change (
  id uuid PRIMARY KEY,
  command_id uuid NOT NULL,
  actor_id uuid NOT NULL,
  actor_name text NOT NULL,
  changed_at timestamptz NOT NULL,
  recorded_at timestamptz NOT NULL,
  entity text NOT NULL CHECK (entity IN ('harbour', 'pier', 'berth', 'berth_product')),
  entity_id uuid NOT NULL,
  version int NOT NULL CHECK (version > 0),
  changes jsonb NOT NULL CHECK (jsonb_typeof(changes) = 'array'),
  CHECK (changed_at <= recorded_at),
  UNIQUE (command_id, entity_id)
);
-- The history of one record, newest first; what one person changed.
CREATE INDEX master_data_change_entity ON master_data_change (entity_id, changed_at);
CREATE INDEX master_data_change_actor ON master_data_change (actor_id, changed_at);

CREATE TRIGGER master_data_change_append_only BEFORE UPDATE OR DELETE ON master_data_change
  FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER master_data_change_no_truncate BEFORE TRUNCATE ON master_data_change
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
`;
