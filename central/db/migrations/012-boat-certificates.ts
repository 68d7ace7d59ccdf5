/**
 * Boat certificates (brief 2.2 BoatCertificate) in the berth tables' style: the record verbatim
 * in `data`, the columns the database reasons about generated from it. One inspection and one
 * insurance certificate per boat at a time (a removed one keeps its row and frees its type): the
 * unique index decides what the boat's row lock already keeps apart, whatever the code does.
 */
export const sql = `
CREATE TABLE boat_certificate (
  id uuid PRIMARY KEY,
  version int NOT NULL CHECK (version > 0),
  data jsonb NOT NULL,
  boat_id uuid GENERATED ALWAYS AS ((data->>'boatId')::uuid) STORED NOT NULL REFERENCES boat (id),
  customer_id uuid GENERATED ALWAYS AS ((data->>'customerId')::uuid) STORED NOT NULL REFERENCES customer (id),
  certificate_type text GENERATED ALWAYS AS (data->>'certificateType') STORED NOT NULL CHECK (certificate_type IN ('inspection', 'insurance')),
  -- Text, not date: a cast to date depends on the session's DateStyle, so it cannot be generated.
  valid_from text GENERATED ALWAYS AS (data->>'validFrom') STORED,
  valid_until text GENERATED ALWAYS AS (data->>'validUntil') STORED NOT NULL,
  removed boolean GENERATED ALWAYS AS (jsonb_typeof(data->'removed') = 'object') STORED NOT NULL,
  CHECK (valid_from IS NULL OR valid_from <= valid_until)
);
CREATE INDEX boat_certificate_boat ON boat_certificate (boat_id);
CREATE INDEX boat_certificate_customer ON boat_certificate (customer_id);
CREATE UNIQUE INDEX boat_certificate_one_per_type ON boat_certificate (boat_id, certificate_type) WHERE NOT removed;

-- The write rule (003): an update must raise the version.
CREATE TRIGGER boat_certificate_version_up BEFORE UPDATE ON boat_certificate FOR EACH ROW WHEN (NEW.version <= OLD.version) EXECUTE FUNCTION refuse_version_change('an update must raise the version');
`;
