import { describe, expect, it } from 'vitest';
import { queueDisplayHash, queueDisplayPointOf } from './display-address.ts';

describe('the queue display address', () => {
  it('names one service point and reads back to it', () => {
    expect(queueDisplayHash('sp-oodi')).toBe('#/queue-display/sp-oodi');
    expect(queueDisplayPointOf(queueDisplayHash('sp-kallio'))).toBe('sp-kallio');
    expect(queueDisplayPointOf('#/queue-display/sp-malmi/')).toBe('sp-malmi');
  });

  it('is not a display for any other hash, or for an id that is not a service point id', () => {
    for (const hash of ['', '#', '#/queue', '#/queue-display/', '#/queue-display/%E0%A4%A', '#/queue-display/sp oodi', '#/queue-display/a/b', `#/queue-display/${'x'.repeat(65)}`, '#/other/sp-oodi']) {
      expect(queueDisplayPointOf(hash), hash).toBeNull();
    }
  });
});
