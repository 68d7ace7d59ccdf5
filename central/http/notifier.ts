import type { Db } from '../db/db.ts';
import { CHANGES_CHANNEL } from '../sync/feed.ts';

/**
 * One LISTEN per process, fanned out to every open event stream. Pokes are coalesced: a burst
 * of commits within a few milliseconds becomes one poke.
 */
export class ChangeNotifier {
  readonly #subscribers = new Set<() => void>();
  #unlisten: (() => Promise<void>) | null = null;
  #pending: NodeJS.Timeout | null = null;

  async start(db: Db): Promise<void> {
    this.#unlisten = await db.listen(CHANGES_CHANNEL, () => this.#schedule());
  }

  #schedule(): void {
    if (this.#pending) return;
    this.#pending = setTimeout(() => {
      this.#pending = null;
      for (const s of this.#subscribers) s();
    }, 5);
  }

  subscribe(fn: () => void): () => void {
    this.#subscribers.add(fn);
    return () => this.#subscribers.delete(fn);
  }

  async stop(): Promise<void> {
    if (this.#pending) clearTimeout(this.#pending);
    this.#subscribers.clear();
    await this.#unlisten?.();
    this.#unlisten = null;
  }
}
