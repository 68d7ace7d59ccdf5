/**
 * The change feed (one row per entity, its latest state, ordered by commit), the command store
 * (idempotency and audit trail of every decision) and staff sign-in.
 */
export const sql = `
CREATE SEQUENCE sync_feed_seq AS bigint;

CREATE TABLE sync_feed (
  entity text NOT NULL,
  id text NOT NULL,
  -- NULL only inside the writing transaction; numbered under an advisory lock just before commit.
  seq bigint UNIQUE,
  scope text NOT NULL,
  op text NOT NULL CHECK (op IN ('put', 'delete')),
  version int NOT NULL,
  data jsonb,
  PRIMARY KEY (entity, id)
);
CREATE INDEX sync_feed_unnumbered ON sync_feed (entity) WHERE seq IS NULL;

CREATE TABLE users (
  id uuid PRIMARY KEY,
  username text NOT NULL UNIQUE,
  name text NOT NULL,
  roles text[] NOT NULL,
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);

CREATE TABLE commands (
  id uuid PRIMARY KEY,
  client_id uuid NOT NULL,
  seq bigint NOT NULL,
  user_id uuid REFERENCES users (id),
  type text NOT NULL,
  payload jsonb NOT NULL,
  base_version int,
  status text NOT NULL CHECK (status IN ('applied', 'rejected', 'conflict')),
  code text,
  message text,
  result jsonb NOT NULL,
  received_at timestamptz NOT NULL,
  decided_at timestamptz NOT NULL
);
CREATE INDEX commands_client ON commands (client_id, seq);
`;
