/**
 * The notification outbox, a capability every workspace shares. A command handler inserts a
 * message in the transaction of its decision, so a message exists exactly when the decision
 * committed; senders on any number of central processes claim due messages under
 * FOR UPDATE SKIP LOCKED with a lease (claimed_until, claim_token), so a crashed sender's claims
 * come back and two senders never hold one message at once. The id is the SMTP Message-ID and the
 * SMS gateway's idempotency key: delivery is at least once, receivers dedupe by it.
 *
 * caught_message holds what the demo catcher (SMTP) and the demo SMS gateway received, so the
 * demo keeps its messages across a restart.
 */
export const sql = `
CREATE TABLE notification_outbox (
  id uuid PRIMARY KEY,
  channel text NOT NULL CHECK (channel IN ('email', 'sms')),
  recipient text NOT NULL CHECK (length(recipient) BETWEEN 1 AND 320),
  language text NOT NULL CHECK (language IN ('fi', 'sv', 'en')),
  template text NOT NULL CHECK (length(template) BETWEEN 1 AND 100),
  params jsonb NOT NULL,
  workspace text NOT NULL CHECK (length(workspace) BETWEEN 1 AND 50),
  entity_id text CHECK (length(entity_id) <= 200),
  created_at timestamptz NOT NULL,
  state text NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'failed')),
  attempts int NOT NULL CHECK (attempts >= 0),
  next_attempt_at timestamptz NOT NULL,
  claimed_until timestamptz,
  claim_token uuid,
  last_error text,
  sent_at timestamptz,
  CHECK ((state = 'sending') = (claimed_until IS NOT NULL AND claim_token IS NOT NULL)),
  CHECK ((state = 'sent') = (sent_at IS NOT NULL))
);
-- What a sender looks for: queued and due, or claimed by a sender whose lease ran out.
CREATE INDEX notification_outbox_due ON notification_outbox (next_attempt_at) WHERE state = 'queued';
CREATE INDEX notification_outbox_leased ON notification_outbox (claimed_until) WHERE state = 'sending';
-- A case's messages and their delivery status.
CREATE INDEX notification_outbox_entity ON notification_outbox (workspace, entity_id, created_at);

CREATE TABLE caught_message (
  seq bigserial PRIMARY KEY,
  channel text NOT NULL CHECK (channel IN ('email', 'sms')),
  message_id text NOT NULL,
  sender text NOT NULL,
  recipients text[] NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  caught_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX caught_message_message_id ON caught_message (message_id);
`;
