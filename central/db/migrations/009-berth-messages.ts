/**
 * Messages berth services sent to groups of customers, in the berth tables' style: the record
 * verbatim in `data`. A message is written once (version 1) and never changed or removed, like
 * application events (003): it is the trace of who sent what to whom.
 */
export const sql = `
CREATE TABLE berth_message (
  id uuid PRIMARY KEY,
  version int NOT NULL CHECK (version = 1),
  data jsonb NOT NULL,
  sent_at text GENERATED ALWAYS AS (data->>'sentAt') STORED NOT NULL
);
CREATE INDEX berth_message_sent_at ON berth_message (sent_at);
CREATE TRIGGER berth_message_append_only BEFORE UPDATE OR DELETE ON berth_message
  FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER berth_message_no_truncate BEFORE TRUNCATE ON berth_message
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
`;
