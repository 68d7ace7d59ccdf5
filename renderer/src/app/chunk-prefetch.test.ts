import { describe, expect, it } from 'vitest';
import { chunkOfView } from './lazy-workspaces.ts';
import { chunksToFetch } from './use-chunk-prefetch.ts';

describe('chunksToFetch', () => {
  it('names each chunk once, in navigation order, and leaves out the chunks already in', async () => {
    const views = ['bookingQueue', 'bookingList', 'bookingCalendar', 'conflicts', 'bookingMessages'] as const;
    expect(chunksToFetch(views)).toEqual([chunkOfView('bookingQueue'), chunkOfView('conflicts')]);
    await chunkOfView('conflicts').load();
    expect(chunksToFetch(views)).toEqual([chunkOfView('bookingQueue')]);
    expect(chunksToFetch([])).toEqual([]);
  });
});
