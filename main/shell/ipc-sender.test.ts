import { describe, expect, it } from 'vitest';
import { checkIpcSender } from './ipc-sender.ts';

const ourWindow = { windowId: 7 };
const windowIdOf = (sender: unknown) => (sender as { windowId?: number }).windowId ?? null;
const trusted = new Set([7]);

describe('checkIpcSender', () => {
  it('accepts the top frame of our window on app://kuva', () => {
    expect(checkIpcSender({ senderFrame: { url: 'app://kuva/index.html', parent: null }, sender: ourWindow }, windowIdOf, trusted)).toEqual({ ok: true });
  });

  it('refuses a missing frame, a subframe, a foreign origin and an unknown window', () => {
    const cases: [Parameters<typeof checkIpcSender>[0], string][] = [
      [{ senderFrame: null, sender: ourWindow }, 'no sender frame'],
      [{ senderFrame: { url: 'app://kuva/index.html', parent: {} }, sender: ourWindow }, 'not the top frame'],
      [{ senderFrame: { url: 'https://evil.example/', parent: null }, sender: ourWindow }, 'foreign origin'],
      [{ senderFrame: { url: 'app://kuva.evil.example/', parent: null }, sender: ourWindow }, 'foreign origin'],
      [{ senderFrame: { url: 'file:///app/out/renderer/index.html', parent: null }, sender: ourWindow }, 'foreign origin'],
      [{ senderFrame: { url: 'app://kuva/index.html', parent: null }, sender: { windowId: 8 } }, 'unknown window'],
      [{ senderFrame: { url: 'app://kuva/index.html', parent: null }, sender: {} }, 'unknown window'],
    ];
    for (const [event, reason] of cases) {
      expect(checkIpcSender(event, windowIdOf, trusted)).toEqual({ ok: false, reason });
    }
  });
});
