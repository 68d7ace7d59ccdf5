import { describe, expect, it } from 'vitest';
import { createScreenLock, idleLockMsFrom } from './screen-lock.ts';

function clocked(afterMs = 60_000) {
  let t = 1_000_000;
  const changes: boolean[] = [];
  const lock = createScreenLock({ afterMs, now: () => t, onChange: (l) => changes.push(l), timer: false });
  return { lock, changes, pass: (ms: number) => void (t += ms) };
}

describe('the screen lock', () => {
  it('locks once nobody has been at a window for its time, and each activity starts the time again', () => {
    const { lock, changes, pass } = clocked();
    pass(59_000);
    lock.check();
    expect(lock.locked()).toBe(false);
    lock.activity();
    pass(59_000);
    lock.check();
    expect(lock.locked()).toBe(false);
    pass(1_000);
    lock.check();
    expect(lock.locked()).toBe(true);
    expect(changes).toEqual([true]);
  });

  it('opens only by unlock: activity while locked is ignored, and after unlocking the time starts anew', () => {
    const { lock, changes, pass } = clocked();
    lock.lock();
    lock.activity();
    lock.check();
    expect(lock.locked()).toBe(true);
    pass(120_000);
    lock.unlock();
    lock.check();
    expect(lock.locked()).toBe(false);
    pass(60_000);
    lock.check();
    expect(changes).toEqual([true, false, true]);
  });

  it('a new user starts open, and telling the same state twice tells nobody', () => {
    const { lock, changes } = clocked();
    lock.lock();
    lock.lock();
    lock.reset();
    lock.reset();
    expect(changes).toEqual([true, false]);
  });

  it('without a time it locks only when asked', () => {
    let t = 0;
    const changes: boolean[] = [];
    const lock = createScreenLock({ afterMs: null, now: () => t, onChange: (l) => changes.push(l), timer: false });
    t += 86_400_000;
    lock.check();
    expect(lock.locked()).toBe(false);
    lock.lock();
    expect(changes).toEqual([true]);
  });

  it('reads its time from KUVA_IDLE_LOCK_MINUTES: 15 minutes unset, never with 0, an error for nonsense', () => {
    expect(idleLockMsFrom(undefined)).toBe(900_000);
    expect(idleLockMsFrom('')).toBe(900_000);
    expect(idleLockMsFrom('5')).toBe(300_000);
    expect(idleLockMsFrom('0.5')).toBe(30_000);
    expect(idleLockMsFrom('0')).toBeNull();
    for (const bad of ['ten', '-1', '1441', 'Infinity']) expect(() => idleLockMsFrom(bad)).toThrow(/KUVA_IDLE_LOCK_MINUTES/);
  });
});
