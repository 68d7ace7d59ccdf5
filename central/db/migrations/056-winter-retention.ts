/**
 * The ten-year retention of an erased berth customer's winter storage bookkeeping (decision 51):
 * a winter invoice lives on its lease, whose events point at it, so once the Accounting Act's ten
 * years are over the daily job removes the lease and its events together. Winter events stay
 * append-only otherwise: a DELETE is refused unless the row's id is in the transaction-local
 * setting `kuva.retention` (the ids the job removes, comma-separated, set with
 * `set_config(..., true)`), so no other statement, nor a later one in another transaction, can ride
 * on it. An UPDATE keeps 054's erasure rule; TRUNCATE stays refused (010's trigger).
 */
export const sql = `
CREATE FUNCTION refuse_delete_but_retention() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.id::text = ANY(string_to_array(coalesce(current_setting('kuva.retention', true), ''), ',')) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'integrity_constraint_violation';
END $$;

DROP TRIGGER winter_event_append_only ON winter_event;
CREATE TRIGGER winter_event_append_only BEFORE UPDATE ON winter_event FOR EACH ROW EXECUTE FUNCTION refuse_rewrite_but_erasure();
CREATE TRIGGER winter_event_delete_only_retention BEFORE DELETE ON winter_event FOR EACH ROW EXECUTE FUNCTION refuse_delete_but_retention();
`;
