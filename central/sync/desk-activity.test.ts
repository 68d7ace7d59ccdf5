import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDeskActivity } from './desk-activity.ts';

describe('desk activity: background work waits for desks', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  const settled = async (p: Promise<void>) => {
    let done = false;
    void p.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    return () => done;
  };

  it('lets background work run at once when no desk has asked anything', async () => {
    const desks = createDeskActivity({ quietMs: 250, maxWaitMs: 5000 });
    expect((await settled(desks.quiet()))()).toBe(true);
  });

  it('holds it while a push runs and for the quiet moment after, then lets it go', async () => {
    const desks = createDeskActivity({ quietMs: 250, maxWaitMs: 5000 });
    let finish!: () => void;
    const push = desks.during(() => new Promise<void>((resolve) => (finish = resolve)));
    const done = await settled(desks.quiet());
    await vi.advanceTimersByTimeAsync(1000);
    expect(done()).toBe(false);
    finish();
    await push;
    await vi.advanceTimersByTimeAsync(200);
    expect(done()).toBe(false);
    // A second push inside the quiet moment starts it again.
    await desks.during(async () => {});
    await vi.advanceTimersByTimeAsync(200);
    expect(done()).toBe(false);
    await vi.advanceTimersByTimeAsync(60);
    expect(done()).toBe(true);
  });

  it('stops waiting after the longest wait even when desks never go quiet', async () => {
    const desks = createDeskActivity({ quietMs: 250, maxWaitMs: 2000 });
    void desks.during(() => new Promise<void>(() => {}));
    const done = await settled(desks.quiet());
    await vi.advanceTimersByTimeAsync(1999);
    expect(done()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done()).toBe(true);
  });

  it('counts a failed request as ended', async () => {
    const desks = createDeskActivity({ quietMs: 250, maxWaitMs: 5000 });
    await expect(desks.during(() => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    const done = await settled(desks.quiet());
    expect(done()).toBe(false);
    await vi.advanceTimersByTimeAsync(250);
    expect(done()).toBe(true);
  });
});
