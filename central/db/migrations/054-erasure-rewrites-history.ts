/**
 * The one exception to the append-only case history (decisions 12, 51 and 52): a berth customer's
 * GDPR erasure rewrites the personal data in their application and winter events and in the
 * commands the central stored. Every UPDATE and DELETE of those tables is still refused, except
 * an UPDATE of a row the erasure named in the transaction-local setting `kuva.erasure` (the ids
 * it rewrites, comma-separated, set with `set_config(..., true)` in the erasure's savepoint), and
 * then only of the personal parts: an event's `note`, `changes` and `customerLink` at its next
 * version, a command's `payload` and `result`. Ids, times, kinds, actors and versions downward
 * are refused even then; TRUNCATE stays refused. A winter event's version may now go past 1.
 */
export const sql = `
ALTER TABLE winter_event DROP CONSTRAINT winter_event_version_check;
ALTER TABLE winter_event ADD CONSTRAINT winter_event_version_check CHECK (version > 0);

CREATE FUNCTION refuse_rewrite_but_erasure() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.id::text = ANY(string_to_array(coalesce(current_setting('kuva.erasure', true), ''), ',')) THEN
    IF TG_TABLE_NAME = 'commands' THEN
      IF (to_jsonb(NEW) - '{payload,result}'::text[]) = (to_jsonb(OLD) - '{payload,result}'::text[]) THEN RETURN NEW; END IF;
    ELSIF NEW.id = OLD.id AND NEW.version = OLD.version + 1
      AND (NEW.data - '{note,changes,customerLink}'::text[]) = (OLD.data - '{note,changes,customerLink}'::text[]) THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION '% %: an erasure rewrites only personal data, never ids, times, kinds or versions', TG_TABLE_NAME, OLD.id
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'integrity_constraint_violation';
END $$;

${['application_event', 'winter_event', 'commands']
  .map(
    (t) => `DROP TRIGGER ${t}_append_only ON ${t};
CREATE TRIGGER ${t}_append_only BEFORE UPDATE OR DELETE ON ${t} FOR EACH ROW EXECUTE FUNCTION refuse_rewrite_but_erasure();`,
  )
  .join('\n')}
`;
