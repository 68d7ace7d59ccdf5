import { describe, expect, it } from 'vitest';
import type { HarbourOption } from '../../../../domain/contract.ts';
import { describeCurrent } from './describe-current.ts';

const harbours: HarbourOption[] = [
  { id: 'h1', name: { fi: 'Puotilan venesatama', sv: 'Botby båthamn', en: 'Puotila boat harbour' }, region: 'east', berthCount: 120 },
];

describe('describeCurrent', () => {
  it('names the berth and harbour of a taken berth by its occupancy', () => {
    const current = { berth: { number: '12', harbourId: 'h1' }, occupancy: { free: false, reason: 'offered', lease: {} } };
    expect(describeCurrent(current, harbours, 'en')).toEqual({ key: 'conflicts.berthOffered', params: { number: '12', harbour: 'Puotila boat harbour' } });
    expect(describeCurrent({ ...current, occupancy: { free: false, reason: 'leased' } }, harbours, 'sv').key).toBe('conflicts.berthLeased');
  });

  it('describes an application changed by someone else', () => {
    const d = describeCurrent({ application: { reference: 'VP27-000001', status: 'offer_sent' }, version: 5 }, harbours, 'fi');
    expect(d).toEqual({ key: 'conflicts.applicationNow', params: { reference: 'VP27-000001', version: 5 }, nestedKeys: { status: 'statuses.offer_sent' } });
  });

  it('falls back when the shape is unknown or missing', () => {
    expect(describeCurrent(null, harbours, 'fi').key).toBe('conflicts.noCurrent');
    expect(describeCurrent({ berth: { number: '1' }, occupancy: { reason: 'weird' } }, harbours, 'fi').key).toBe('conflicts.noCurrent');
  });

  it('keeps going when the harbour is unknown', () => {
    const d = describeCurrent({ berth: { number: '7', harbourId: 'nope' }, occupancy: { reason: 'renewal' } }, harbours, 'fi');
    expect(d.params).toEqual({ number: '7', harbour: '?' });
  });

  it('counts the bookings in the way of a booking, and the taken dates of a series', () => {
    const blocker = { reservationId: 'r1', reservationUnitId: 'ru', relation: 'space', beginsAt: '2027-01-11T15:00:00Z', endsAt: '2027-01-11T17:00:00Z', cause: { kind: 'time' } };
    expect(describeCurrent({ free: false, blockers: [blocker, blocker] }, harbours, 'fi')).toEqual({ key: 'conflicts.bookingTimeTaken', params: { count: 2 } });
    expect(describeCurrent([{ date: '2027-01-11', status: 'conflict' }], harbours, 'fi')).toEqual({ key: 'conflicts.seriesDatesTaken', params: { count: 1 } });
  });
});
