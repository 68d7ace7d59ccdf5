import { describe, expect, it } from 'vitest';
import { CONTRACT, type Method } from './contract.ts';
import { mayCall, sameUsername, signInMustBeFor } from './window-session.ts';

const AINO = 'user-aino';
const EERO = 'user-eero';
const METHODS = Object.keys(CONTRACT) as Method[];

describe('a window acts only for the user it shows', () => {
  it('lets every window ask who is signed in', () => {
    expect(mayCall('session.get', { userId: AINO }, EERO)).toBe(true);
    expect(mayCall('session.get', { userId: null }, EERO)).toBe(true);
  });

  it('refuses every other call from a window that shows someone else', () => {
    const others = METHODS.filter((m) => m !== 'session.get' && m !== 'session.login');
    expect(others.filter((m) => mayCall(m, { userId: AINO }, EERO))).toEqual([]);
    expect(others.filter((m) => mayCall(m, { userId: AINO }, null))).toEqual([]);
    expect(others.filter((m) => mayCall(m, { userId: null }, AINO))).toEqual([]);
    expect(others.filter((m) => !mayCall(m, { userId: AINO }, AINO))).toEqual([]);
  });

  it('never lets a sign-in push a signed-in user aside', () => {
    expect(mayCall('session.login', { userId: null }, AINO)).toBe(false);
    expect(mayCall('session.login', { userId: EERO }, AINO)).toBe(false);
    expect(mayCall('session.login', { userId: AINO }, AINO)).toBe(true);
    expect(mayCall('session.login', { userId: null }, null)).toBe(true);
    expect(mayCall('session.login', { userId: AINO }, null)).toBe(true);
  });

  it('makes a window that shows a user sign in that user again, and the sign-in page anyone', () => {
    expect(signInMustBeFor({ userId: AINO })).toBe(AINO);
    expect(signInMustBeFor({ userId: null })).toBe(null);
  });

  it('compares user names as the central does', () => {
    expect(sameUsername(' Aino ', 'aino')).toBe(true);
    expect(sameUsername('eero', 'aino')).toBe(false);
  });
});
