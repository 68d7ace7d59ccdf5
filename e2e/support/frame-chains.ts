import type { Page } from '@playwright/test';

export interface FrameChains {
  /** Chains still running: a frame asked for and not yet drawn or cancelled. */
  live: number;
  /** The longest chain drawn so far, in frames. */
  longest: number;
}

/**
 * Watches the page's animation frames from its first script on. A frame asked for inside a
 * frame's callback continues that frame's chain. An animation is a chain that ends when the
 * animation does; a scheduler that asks for the next frame whatever happens (react-spring's
 * before 9.4) is a chain that never ends, and keeps Chromium drawing 60 frames a second on an
 * idle window all day.
 */
export async function watchFrameChains(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const chains = { live: 0, longest: 0 };
    (window as unknown as { __frameChains: typeof chains }).__frameChains = chains;
    const request = window.requestAnimationFrame.bind(window);
    const cancel = window.cancelAnimationFrame.bind(window);
    const pending = new Set<number>();
    // While a frame's callback runs: its length, and how many frames it has asked for.
    let running: { length: number; asked: number } | null = null;
    window.requestAnimationFrame = (callback) => {
      const length = running ? running.length + 1 : 1;
      if (running) running.asked++;
      else chains.live++;
      const id = request((time) => {
        pending.delete(id);
        chains.longest = Math.max(chains.longest, length);
        running = { length, asked: 0 };
        try {
          callback(time);
        } finally {
          // No frame asked for: this chain ends here. Two: it goes on as two.
          chains.live += running.asked - 1;
          // Frame callbacks never nest: outside one, nothing is running.
          running = null;
        }
      });
      pending.add(id);
      return id;
    };
    window.cancelAnimationFrame = (id) => {
      if (pending.delete(id)) chains.live--;
      cancel(id);
    };
  });
}

/** What the page's frames have done since it loaded (watchFrameChains first). */
export function frameChains(page: Page): Promise<FrameChains> {
  return page.evaluate(() => ({ ...(window as unknown as { __frameChains: FrameChains }).__frameChains }));
}
