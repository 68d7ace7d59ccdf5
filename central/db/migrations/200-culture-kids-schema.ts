/**
 * Culture Kids (issue 8): each row keeps the domain record verbatim in `data`, as bookings does;
 * the columns the database reasons about are generated from it. Ids are text (a guardian's row in
 * a cohort is `<guardian>@<cohort>`, a copied venue `<command>:<source>`), and every row names its
 * cohort: rights and sync are partitioned by it. `ck_cohort` holds the cohort id in `id`
 * (central/sync/user-scopes.ts lists the cohorts from it).
 *
 * The private halves of the ticket keys live in `ck_ticket_private_key`, which no feed reads.
 * A message's delivery counts follow the outbox: a statement trigger recounts the messages whose
 * deliveries changed and writes the new ck_message version and its feed line, numbered under the
 * feed lock like any push (central/sync/feed.ts numberChanges).
 */
const TABLES = [
  'ck_cohort',
  'ck_venue',
  'ck_event_group',
  'ck_event',
  'ck_occurrence',
  'ck_ticket_code',
  'ck_message',
  'ck_ticket_key',
  'ck_child',
  'ck_guardian',
  'ck_guardianship',
  'ck_enrolment',
  'ck_free_spot_subscription',
  'ck_guardian_contact',
  'ck_child_notes',
];

const col = (name: string, field: string) => `,\n  ${name} text GENERATED ALWAYS AS (data->>'${field}') STORED`;

const EXTRA: Record<string, string> = {
  ck_event: col('event_group_id', 'eventGroupId'),
  ck_occurrence: col('event_id', 'eventId'),
  ck_ticket_code: col('event_id', 'eventId') + col('child_id', 'childId'),
  ck_child: col('family_id', 'familyId'),
  ck_guardian: col('guardian_id', 'guardianId'),
  ck_guardianship: col('child_id', 'childId') + col('guardian_id', 'guardianId'),
  ck_enrolment: col('child_id', 'childId') + col('occurrence_id', 'occurrenceId') + col('event_id', 'eventId') + col('status', 'status'),
  ck_free_spot_subscription: col('child_id', 'childId') + col('occurrence_id', 'occurrenceId'),
  ck_guardian_contact: col('guardian_id', 'guardianId'),
  ck_child_notes: col('child_id', 'childId'),
};

const table = (name: string) => `
CREATE TABLE ${name} (
  id text PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 200),
  version int NOT NULL CHECK (version > 0),
  data jsonb NOT NULL,
  cohort_id text GENERATED ALWAYS AS (data->>'${name === 'ck_cohort' ? 'id' : 'cohortId'}') STORED NOT NULL${EXTRA[name] ?? ''}
);
CREATE INDEX ${name}_cohort ON ${name} (cohort_id);
CREATE TRIGGER ${name}_version_up BEFORE UPDATE ON ${name} FOR EACH ROW WHEN (NEW.version <= OLD.version) EXECUTE FUNCTION refuse_version_change('an update must raise the version');`;

export const sql = `
${TABLES.map(table).join('\n')}
CREATE INDEX ck_event_group_member ON ck_event (event_group_id);
CREATE INDEX ck_occurrence_event ON ck_occurrence (event_id);
CREATE INDEX ck_ticket_code_event ON ck_ticket_code (event_id) WHERE child_id IS NULL;
CREATE INDEX ck_guardian_guardian ON ck_guardian (guardian_id);
CREATE INDEX ck_guardianship_child ON ck_guardianship (child_id);
CREATE INDEX ck_guardianship_guardian ON ck_guardianship (guardian_id);
CREATE INDEX ck_enrolment_child ON ck_enrolment (child_id);
CREATE INDEX ck_enrolment_occurrence ON ck_enrolment (occurrence_id);
CREATE INDEX ck_free_spot_occurrence ON ck_free_spot_subscription (occurrence_id);
CREATE INDEX ck_free_spot_child ON ck_free_spot_subscription (child_id);
CREATE INDEX ck_guardian_contact_guardian ON ck_guardian_contact (guardian_id);
CREATE INDEX ck_child_notes_child ON ck_child_notes (child_id);
-- A unique guardian row per cohort and one year per cohort: the registry's own keys.
CREATE UNIQUE INDEX ck_cohort_year ON ck_cohort (((data->>'year')::int));

CREATE TABLE ck_ticket_private_key (
  cohort_id text PRIMARY KEY,
  key_id text NOT NULL,
  private_key text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION ck_message_delivery() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM changed WHERE workspace = 'culture-kids-message') THEN RETURN NULL; END IF;
  PERFORM pg_advisory_xact_lock(74210002);
  WITH ids AS (SELECT DISTINCT entity_id FROM changed WHERE workspace = 'culture-kids-message'),
  counts AS (
    SELECT o.entity_id,
           count(*) FILTER (WHERE o.state IN ('queued', 'sending')) AS queued,
           count(*) FILTER (WHERE o.state = 'sent') AS sent,
           count(*) FILTER (WHERE o.state = 'failed') AS failed
      FROM notification_outbox o JOIN ids USING (entity_id)
     WHERE o.workspace = 'culture-kids-message'
     GROUP BY o.entity_id),
  bumped AS (
    UPDATE ck_message m
       SET version = m.version + 1,
           data = jsonb_set(m.data, '{delivery}', jsonb_build_object('queued', c.queued, 'sent', c.sent, 'failed', c.failed))
      FROM counts c
     WHERE m.id = c.entity_id
       AND m.data->'delivery' IS DISTINCT FROM jsonb_build_object('queued', c.queued, 'sent', c.sent, 'failed', c.failed)
    RETURNING m.id, m.version, m.data)
  INSERT INTO sync_feed (entity, id, scope, op, version, data, seq)
  SELECT 'ck_message', b.id, 'culture-kids.program:' || (b.data->>'cohortId'), 'put', b.version, b.data, nextval('sync_feed_seq') FROM bumped b
  ON CONFLICT (entity, id) DO UPDATE
    SET seq = excluded.seq, scope = excluded.scope, op = 'put', version = excluded.version, data = excluded.data;
  PERFORM pg_notify('kuva_changes', '');
  RETURN NULL;
END $$;
CREATE TRIGGER ck_message_delivery AFTER UPDATE ON notification_outbox
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ck_message_delivery();
`;
