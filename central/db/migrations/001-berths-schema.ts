/**
 * Berth entities: each row keeps the domain record verbatim in `data`; the columns the database
 * must reason about (keys, statuses, seasons) are generated from it, so they can never disagree.
 */
const ACTIVE_LEASE = `('drafted', 'offered', 'paid')`;

export const sql = `
CREATE TABLE harbour (
  id uuid PRIMARY KEY,
  version int NOT NULL CHECK (version > 0),
  data jsonb NOT NULL,
  region text GENERATED ALWAYS AS (data->>'region') STORED CHECK (region IN ('east', 'west'))
);

CREATE TABLE pier (
  id uuid PRIMARY KEY,
  version int NOT NULL CHECK (version > 0),
  data jsonb NOT NULL,
  harbour_id uuid GENERATED ALWAYS AS ((data->>'harbourId')::uuid) STORED NOT NULL REFERENCES harbour (id),
  price_tier int GENERATED ALWAYS AS ((data->>'priceTier')::int) STORED CHECK (price_tier BETWEEN 1 AND 3)
);
CREATE INDEX pier_harbour ON pier (harbour_id);

CREATE TABLE berth (
  id uuid PRIMARY KEY,
  version int NOT NULL CHECK (version > 0),
  data jsonb NOT NULL,
  harbour_id uuid GENERATED ALWAYS AS ((data->>'harbourId')::uuid) STORED NOT NULL REFERENCES harbour (id),
  pier_id uuid GENERATED ALWAYS AS ((data->>'pierId')::uuid) STORED NOT NULL REFERENCES pier (id),
  width numeric GENERATED ALWAYS AS ((data->>'width')::numeric) STORED CHECK (width > 0),
  is_active boolean GENERATED ALWAYS AS ((data->>'isActive')::boolean) STORED NOT NULL
);
CREATE INDEX berth_pier ON berth (pier_id);
CREATE INDEX berth_harbour ON berth (harbour_id);

CREATE TABLE berth_product (
  id uuid PRIMARY KEY,
  version int NOT NULL CHECK (version > 0),
  data jsonb NOT NULL,
  pricing_category text GENERATED ALWAYS AS (data->>'pricingCategory') STORED
    CHECK (pricing_category IN ('default', 'dinghy', 'trailer', 'vasikkasaari'))
);

CREATE TABLE switch_reason (
  id text PRIMARY KEY,
  version int NOT NULL CHECK (version > 0),
  data jsonb NOT NULL
);

CREATE TABLE customer (
  id uuid PRIMARY KEY,
  version int NOT NULL CHECK (version > 0),
  data jsonb NOT NULL,
  kind text GENERATED ALWAYS AS (data->>'kind') STORED
    CHECK (kind IN ('private', 'company', 'internal', 'non_billable', 'association'))
);

CREATE TABLE boat (
  id uuid PRIMARY KEY,
  version int NOT NULL CHECK (version > 0),
  data jsonb NOT NULL,
  customer_id uuid GENERATED ALWAYS AS ((data->>'customerId')::uuid) STORED NOT NULL REFERENCES customer (id)
);
CREATE INDEX boat_customer ON boat (customer_id);

CREATE TABLE application (
  id uuid PRIMARY KEY,
  version int NOT NULL CHECK (version > 0),
  data jsonb NOT NULL,
  customer_id uuid GENERATED ALWAYS AS ((data->>'customerId')::uuid) STORED NOT NULL REFERENCES customer (id),
  boat_id uuid GENERATED ALWAYS AS ((data->>'boatId')::uuid) STORED NOT NULL REFERENCES boat (id),
  season int GENERATED ALWAYS AS ((data->>'season')::int) STORED NOT NULL,
  status text GENERATED ALWAYS AS (data->>'status') STORED NOT NULL
    CHECK (status IN ('pending', 'offer_sent', 'no_suitable_berths', 'handled', 'rejected', 'expired')),
  priority int GENERATED ALWAYS AS ((data->>'priority')::int) STORED CHECK (priority BETWEEN 0 AND 2),
  reference text GENERATED ALWAYS AS (data->>'reference') STORED NOT NULL UNIQUE
);
CREATE INDEX application_customer ON application (customer_id);
CREATE INDEX application_boat ON application (boat_id);

CREATE TABLE lease (
  id uuid PRIMARY KEY,
  version int NOT NULL CHECK (version > 0),
  data jsonb NOT NULL,
  berth_id uuid GENERATED ALWAYS AS ((data->>'berthId')::uuid) STORED NOT NULL REFERENCES berth (id),
  customer_id uuid GENERATED ALWAYS AS ((data->>'customerId')::uuid) STORED NOT NULL REFERENCES customer (id),
  boat_id uuid GENERATED ALWAYS AS ((data->>'boatId')::uuid) STORED REFERENCES boat (id),
  application_id uuid GENERATED ALWAYS AS ((data->>'applicationId')::uuid) STORED REFERENCES application (id),
  season int GENERATED ALWAYS AS ((data->>'season')::int) STORED NOT NULL,
  status text GENERATED ALWAYS AS (data->>'status') STORED NOT NULL
    CHECK (status IN ('drafted', 'offered', 'paid', 'refused', 'expired', 'cancelled', 'terminated'))
);
CREATE INDEX lease_berth_season ON lease (berth_id, season);
CREATE INDEX lease_application ON lease (application_id);
CREATE INDEX lease_customer ON lease (customer_id);
-- The rule that decides races between handlers: one holder (or offer) per berth and season.
CREATE UNIQUE INDEX lease_one_active_per_berth_season ON lease (berth_id, season) WHERE status IN ${ACTIVE_LEASE};
-- An application carries at most one live offer.
CREATE UNIQUE INDEX lease_one_active_per_application ON lease (application_id)
  WHERE application_id IS NOT NULL AND status IN ${ACTIVE_LEASE};

CREATE TABLE application_event (
  id uuid PRIMARY KEY,
  version int NOT NULL CHECK (version > 0),
  data jsonb NOT NULL,
  application_id uuid GENERATED ALWAYS AS ((data->>'applicationId')::uuid) STORED NOT NULL REFERENCES application (id),
  kind text GENERATED ALWAYS AS (data->>'kind') STORED NOT NULL
);
CREATE INDEX application_event_application ON application_event (application_id);
`;
