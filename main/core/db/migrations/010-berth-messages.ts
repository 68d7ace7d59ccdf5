/** Level 10: the messages berth services sent to groups of customers, newest first in their list. */
export const sql = /* sql */ `
CREATE TABLE berth_message (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 0,
  sent_ms INTEGER NOT NULL
);
CREATE INDEX berth_message_sent ON berth_message (sent_ms);
`;
