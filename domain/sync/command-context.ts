/** What every workspace's deciders are given besides their state and payload. */
export interface CommandContext {
  commandId: string;
  actor: { id: string; name: string };
  /**
   * When the person acted (the command's issuedAt), ISO with offset: what the records show, also
   * for work done offline. The central never lets it be later than `recordedAt`.
   */
  now: string;
  /** When the central received the command; null while it is only on the client. */
  recordedAt: string | null;
  /** Today in Helsinki, YYYY-MM-DD, for the rules: on the central its own date, never the client's. */
  today: string;
  baseVersion: number | null;
}

/** A synced record with the version the decider saw; a write raises it by one. */
export interface Versioned<T> {
  record: T;
  version: number;
}
