import { describe, expect, it } from 'vitest';
import { commandHash } from './command-identity.ts';

// The command store keeps these hashes: a command pushed again after an upgrade is recognised only
// while the same command gives the same hash.
describe('commandHash', () => {
  it('gives the hashes the command store already holds', () => {
    const offer = { applicationId: 'cb774392-2d35-40cf-b910-fac9bdcd635d', berthId: '445da502-68e4-4740-84a9-717b83fa5269', acceptShorter: false, dueDate: '2026-12-20' };
    expect(commandHash('berths.offerBerth', offer, 3)).toBe('5e9f23a07857f53b1c4fbfc19f86b8aa0d6b5f62abc5516d7c57a906c3006a02');
    const note = { note: 'Soitti: "ääkköset" ja \\ \n rivit', applicationId: 'cb774392-2d35-40cf-b910-fac9bdcd635d' };
    expect(commandHash('berths.addNote', note, null)).toBe('faefb9dc4356a5a77ed75657651ab8e328b702f7bf3cb0b3b8d7e0f0a88020ab');
    const nested = { b: [1, { z: null, a: [true, 'x'], m: undefined }, [2.5, -0]], a: { '10': 'ten', '2': 'two', B: 1, a: 2 }, u: undefined };
    expect(commandHash('x.nested', nested, 0)).toBe('405a5a10c555fd249c7ff2d820d6261a45a666c28dc2e91f825732d319eb747d');
  });

  it('does not depend on the order of keys, and leaves out what is undefined', () => {
    const a = commandHash('t', { x: 1, y: { b: 2, a: [3, { d: 4, c: 5 }] } }, null);
    expect(commandHash('t', { y: { a: [3, { c: 5, d: 4 }], b: 2 }, x: 1, z: undefined }, null)).toBe(a);
  });

  it('tells apart the type, the payload and the version the command saw', () => {
    const base = commandHash('t', { x: 1 }, 1);
    expect(new Set([base, commandHash('u', { x: 1 }, 1), commandHash('t', { x: 2 }, 1), commandHash('t', { x: 1 }, 2), commandHash('t', { x: 1 }, null)]).size).toBe(5);
    expect(commandHash('t', { x: [1, 2] }, null)).not.toBe(commandHash('t', { x: [2, 1] }, null));
  });
});
