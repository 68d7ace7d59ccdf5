/**
 * Winter storage (brief 2.1, 2.3, 2.4, 2.6) in the berth tables' style: each record verbatim in
 * `data`, the columns the database reasons about generated from it. The rules that decide races
 * live here too: a marked place holds one active lease a winter, an application one active lease,
 * and a sticker number is given once a winter. Winter events are the audit trail: append-only.
 */
const ACTIVE_LEASE = `('drafted', 'offered', 'awaiting_payment', 'paid', 'error')`;
const APPLICATION_STATUSES = `('pending', 'offer_generated', 'offer_sent', 'awaiting_payment', 'no_suitable_berths', 'handled', 'rejected', 'declined_by_customer', 'expired')`;
const LEASE_STATUSES = `('drafted', 'offered', 'awaiting_payment', 'paid', 'error', 'refused', 'expired', 'cancelled', 'terminated')`;
const INVOICE_STATUSES = `('drafted', 'offered', 'rejected', 'cancelled', 'expired', 'error', 'paid', 'paid_man', 'refunded')`;
const VERSIONED = ['winter_area', 'winter_section', 'winter_place', 'winter_application', 'winter_lease'];

export const sql = `
CREATE TABLE winter_area (
  id uuid PRIMARY KEY,
  version int NOT NULL CHECK (version > 0),
  data jsonb NOT NULL,
  region text GENERATED ALWAYS AS (data->>'region') STORED CHECK (region IN ('east', 'west'))
);

CREATE TABLE winter_section (
  id uuid PRIMARY KEY,
  version int NOT NULL CHECK (version > 0),
  data jsonb NOT NULL,
  area_id uuid GENERATED ALWAYS AS ((data->>'areaId')::uuid) STORED NOT NULL REFERENCES winter_area (id),
  identifier text GENERATED ALWAYS AS (data->>'identifier') STORED NOT NULL
);
CREATE INDEX winter_section_area ON winter_section (area_id);

CREATE TABLE winter_place (
  id uuid PRIMARY KEY,
  version int NOT NULL CHECK (version > 0),
  data jsonb NOT NULL,
  area_id uuid GENERATED ALWAYS AS ((data->>'areaId')::uuid) STORED NOT NULL REFERENCES winter_area (id),
  section_id uuid GENERATED ALWAYS AS ((data->>'sectionId')::uuid) STORED NOT NULL REFERENCES winter_section (id),
  number int GENERATED ALWAYS AS ((data->>'number')::int) STORED NOT NULL CHECK (number > 0),
  width numeric GENERATED ALWAYS AS ((data->>'width')::numeric) STORED NOT NULL CHECK (width > 0),
  is_active boolean GENERATED ALWAYS AS ((data->>'isActive')::boolean) STORED NOT NULL
);
CREATE INDEX winter_place_area ON winter_place (area_id);
-- A place's number names it on the area's map: one per section.
CREATE UNIQUE INDEX winter_place_number ON winter_place (section_id, number);

CREATE TABLE winter_application (
  id uuid PRIMARY KEY,
  version int NOT NULL CHECK (version > 0),
  data jsonb NOT NULL,
  customer_id uuid GENERATED ALWAYS AS ((data->>'customerId')::uuid) STORED NOT NULL REFERENCES customer (id),
  boat_id uuid GENERATED ALWAYS AS ((data->>'boatId')::uuid) STORED REFERENCES boat (id),
  winter int GENERATED ALWAYS AS ((data->>'winter')::int) STORED NOT NULL,
  area_type text GENERATED ALWAYS AS (data->>'areaType') STORED NOT NULL CHECK (area_type IN ('marked', 'unmarked')),
  status text GENERATED ALWAYS AS (data->>'status') STORED NOT NULL CHECK (status IN ${APPLICATION_STATUSES}),
  reference text GENERATED ALWAYS AS (data->>'reference') STORED NOT NULL UNIQUE
);
CREATE INDEX winter_application_customer ON winter_application (customer_id);
CREATE INDEX winter_application_winter ON winter_application (winter, status);

CREATE TABLE winter_lease (
  id uuid PRIMARY KEY,
  version int NOT NULL CHECK (version > 0),
  data jsonb NOT NULL,
  area_type text GENERATED ALWAYS AS (data->>'areaType') STORED NOT NULL CHECK (area_type IN ('marked', 'unmarked')),
  area_id uuid GENERATED ALWAYS AS ((data->>'areaId')::uuid) STORED NOT NULL REFERENCES winter_area (id),
  section_id uuid GENERATED ALWAYS AS ((data->>'sectionId')::uuid) STORED NOT NULL REFERENCES winter_section (id),
  place_id uuid GENERATED ALWAYS AS ((data->>'placeId')::uuid) STORED REFERENCES winter_place (id),
  customer_id uuid GENERATED ALWAYS AS ((data->>'customerId')::uuid) STORED NOT NULL REFERENCES customer (id),
  boat_id uuid GENERATED ALWAYS AS ((data->>'boatId')::uuid) STORED REFERENCES boat (id),
  application_id uuid GENERATED ALWAYS AS ((data->>'applicationId')::uuid) STORED REFERENCES winter_application (id),
  winter int GENERATED ALWAYS AS ((data->>'winter')::int) STORED NOT NULL,
  status text GENERATED ALWAYS AS (data->>'status') STORED NOT NULL CHECK (status IN ${LEASE_STATUSES}),
  invoice_status text GENERATED ALWAYS AS (data->'invoice'->>'status') STORED NOT NULL CHECK (invoice_status IN ${INVOICE_STATUSES}),
  -- Text, not date: a cast to date depends on the session's DateStyle, so it cannot be generated.
  due_date text GENERATED ALWAYS AS (data->'invoice'->>'dueDate') STORED,
  sticker_number int GENERATED ALWAYS AS ((data->>'stickerNumber')::int) STORED CHECK (sticker_number > 0),
  -- A marked lease is on a place; an unmarked one on its area, with the winter's sticker once paid.
  CHECK ((area_type = 'marked') = (place_id IS NOT NULL)),
  CHECK (sticker_number IS NULL OR area_type = 'unmarked'),
  -- As for berth orders (brief 3.3): an invoice sent has a due date.
  CHECK (invoice_status <> 'offered' OR due_date IS NOT NULL)
);
CREATE INDEX winter_lease_customer ON winter_lease (customer_id);
CREATE INDEX winter_lease_place ON winter_lease (place_id, winter);
CREATE INDEX winter_lease_winter ON winter_lease (winter, area_type, status);
-- The rule that decides races between handlers: one holder (or offer) per marked place and winter.
CREATE UNIQUE INDEX winter_lease_one_active_per_place ON winter_lease (place_id, winter)
  WHERE place_id IS NOT NULL AND status IN ${ACTIVE_LEASE};
-- An application carries at most one live lease.
CREATE UNIQUE INDEX winter_lease_one_active_per_application ON winter_lease (application_id)
  WHERE application_id IS NOT NULL AND status IN ${ACTIVE_LEASE};
-- Two boats never carry the same sticker in one winter, whatever the code does.
CREATE UNIQUE INDEX winter_lease_sticker ON winter_lease (winter, sticker_number) WHERE sticker_number IS NOT NULL;

CREATE TABLE winter_event (
  id uuid PRIMARY KEY,
  version int NOT NULL CHECK (version = 1),
  data jsonb NOT NULL,
  lease_id uuid GENERATED ALWAYS AS ((data->>'leaseId')::uuid) STORED NOT NULL REFERENCES winter_lease (id),
  application_id uuid GENERATED ALWAYS AS ((data->>'applicationId')::uuid) STORED REFERENCES winter_application (id),
  kind text GENERATED ALWAYS AS (data->>'kind') STORED NOT NULL,
  -- The series of a winter counts every number ever given, a reassigned sticker's too.
  sticker_number int GENERATED ALWAYS AS ((data->>'stickerNumber')::int) STORED
);
CREATE INDEX winter_event_lease ON winter_event (lease_id);
CREATE INDEX winter_event_application ON winter_event (application_id);
CREATE TRIGGER winter_event_append_only BEFORE UPDATE OR DELETE ON winter_event
  FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER winter_event_no_truncate BEFORE TRUNCATE ON winter_event
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();

-- The write rule (003): an update must raise the version.
${VERSIONED.map((t) => `CREATE TRIGGER ${t}_version_up BEFORE UPDATE ON ${t} FOR EACH ROW WHEN (NEW.version <= OLD.version) EXECUTE FUNCTION refuse_version_change('an update must raise the version');`).join('\n')}
`;
