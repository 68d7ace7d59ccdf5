/**
 * How often one terminal may report. A kiosk beats every 30 s; a few more (a restart, a reconnect
 * burst) are fine, a loop hammering the central is not: each heartbeat writes a row and pokes
 * every desk's event stream.
 */
export interface HeartbeatRate {
  perWindow: number;
  windowMs: number;
}

export const DEFAULT_HEARTBEAT_RATE: HeartbeatRate = { perWindow: 10, windowMs: 60_000 };

/** Fixed windows per terminal, in memory: a restarted central forgets, which costs a kiosk nothing. */
export class HeartbeatLimiter {
  private readonly windows = new Map<string, { startMs: number; count: number }>();
  private readonly rate: HeartbeatRate;

  constructor(rate: HeartbeatRate = DEFAULT_HEARTBEAT_RATE) {
    this.rate = rate;
  }

  /** Null when the heartbeat may go on, else the seconds until the terminal's window reopens. */
  take(terminalId: string, nowMs: number): number | null {
    const w = this.windows.get(terminalId);
    if (!w || nowMs - w.startMs >= this.rate.windowMs) {
      // Old windows go when any terminal reports: the map never holds more than the fleet.
      for (const [id, old] of this.windows) if (nowMs - old.startMs >= this.rate.windowMs) this.windows.delete(id);
      this.windows.set(terminalId, { startMs: nowMs, count: 1 });
      return null;
    }
    if (w.count >= this.rate.perWindow) return Math.max(1, Math.ceil((w.startMs + this.rate.windowMs - nowMs) / 1000));
    w.count++;
    return null;
  }
}
