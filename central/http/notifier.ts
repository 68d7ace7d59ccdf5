import type { Db } from '../db/db.ts';
import { FLEET_CHANGES_CHANNEL } from '../kiosk/heartbeat-pokes.ts';
import { CHANGES_CHANNEL } from '../sync/feed.ts';

/** What a subscriber wants to hear of besides every ordinary change. */
export interface PokeInterest {
  /** Kiosk heartbeats, which only the fleet's scopes receive (central/kiosk/heartbeat-pokes.ts). */
  heartbeats: boolean;
}

/**
 * One LISTEN per channel and process, fanned out to the open event streams that care. Pokes are
 * coalesced per channel: a burst of commits within a few milliseconds becomes one poke.
 */
export class ChangeNotifier {
  readonly #subscribers = new Map<() => void, PokeInterest>();
  readonly #unlisten: (() => Promise<void>)[] = [];
  readonly #pending = new Map<string, NodeJS.Timeout>();

  async start(db: Db): Promise<void> {
    this.#unlisten.push(await db.listen(CHANGES_CHANNEL, () => this.#schedule(CHANGES_CHANNEL, () => true)));
    this.#unlisten.push(await db.listen(FLEET_CHANGES_CHANNEL, () => this.#schedule(FLEET_CHANGES_CHANNEL, (i) => i.heartbeats)));
  }

  #schedule(channel: string, wants: (interest: PokeInterest) => boolean): void {
    if (this.#pending.has(channel)) return;
    this.#pending.set(
      channel,
      setTimeout(() => {
        this.#pending.delete(channel);
        for (const [s, interest] of this.#subscribers) if (wants(interest)) s();
      }, 5),
    );
  }

  subscribe(fn: () => void, interest: PokeInterest = { heartbeats: false }): () => void {
    this.#subscribers.set(fn, interest);
    return () => this.#subscribers.delete(fn);
  }

  async stop(): Promise<void> {
    for (const timer of this.#pending.values()) clearTimeout(timer);
    this.#pending.clear();
    this.#subscribers.clear();
    for (const unlisten of this.#unlisten.splice(0)) await unlisten();
  }
}
