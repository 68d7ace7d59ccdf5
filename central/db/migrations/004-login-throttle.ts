/**
 * Sign-in throttling. In the database, not in process memory, so every central process behind a
 * load balancer counts the same attempts. One row per throttled key: a user name (hashed, so a
 * password typed into the user field is never stored) or a client address.
 */
export const sql = `
CREATE TABLE login_throttle (
  key text PRIMARY KEY,
  -- Attempts since the last reset, counted when they start (so a burst cannot outrun the count).
  attempts int NOT NULL CHECK (attempts >= 0),
  last_attempt_at timestamptz NOT NULL,
  locked_until timestamptz
);
CREATE INDEX login_throttle_last_attempt ON login_throttle (last_attempt_at);
`;
