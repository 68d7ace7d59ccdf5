/**
 * The write rule in the schema itself (see docs/decisions.md, "Creating never overwrites"):
 * application events and stored commands are append-only, and an update of any synced entity
 * must raise its version, so neither a handler bug nor a hostile id can rewrite history or move
 * a version down. A new entity table adds its own `<table>_version_up` trigger in its migration
 * (a test fails for a synced entity without one). Commands also keep the hash of what they asked
 * for, binding their id to sender and payload, and the time the person issued them.
 */
const VERSIONED_TABLES = ['harbour', 'pier', 'berth', 'berth_product', 'switch_reason', 'customer', 'boat', 'application', 'lease'];

export const sql = `
CREATE FUNCTION refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'integrity_constraint_violation';
END $$;

CREATE TRIGGER application_event_append_only BEFORE UPDATE OR DELETE ON application_event
  FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER application_event_no_truncate BEFORE TRUNCATE ON application_event
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER commands_append_only BEFORE UPDATE OR DELETE ON commands
  FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER commands_no_truncate BEFORE TRUNCATE ON commands
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();

-- The WHEN clause is checked without calling the function: rows that obey cost next to nothing.
CREATE FUNCTION refuse_version_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% %: %, not from % to %', TG_TABLE_NAME, OLD.id, TG_ARGV[0], OLD.version, NEW.version
    USING ERRCODE = 'integrity_constraint_violation';
END $$;

${VERSIONED_TABLES.map((t) => `CREATE TRIGGER ${t}_version_up BEFORE UPDATE ON ${t} FOR EACH ROW WHEN (NEW.version <= OLD.version) EXECUTE FUNCTION refuse_version_change('an update must raise the version');`).join('\n')}

-- The feed carries each entity's latest state: its version never goes down either (numbering a
-- line rewrites it at the same version).
CREATE TRIGGER sync_feed_version_kept BEFORE UPDATE ON sync_feed
  FOR EACH ROW WHEN (NEW.version < OLD.version) EXECUTE FUNCTION refuse_version_change('the version may not go down');

ALTER TABLE commands ADD COLUMN payload_hash text, ADD COLUMN issued_at timestamptz;
`;
