import { describe, expect, it } from 'vitest';
import { childrenWithActiveGuardian, dueFreeSpotNotices, FREE_SPOT_HOLD_HOURS, subscribeRefusal, subscriptionsClearedByEnrolment, type QueueFacts } from './free-spot.ts';
import { enrolment, event, guardian, NOW, occurrence, other, subscription } from './fixtures.test-support.ts';

const full = [other(1), other(2)];
const facts = (o: Partial<QueueFacts> = {}): QueueFacts => ({ event: event(), occurrence: occurrence(), occurrenceEnrolments: full, childEnrolments: [], childSubscriptions: [], ...o });
const code = (o: Partial<QueueFacts> = {}, now = NOW) => subscribeRefusal(facts(o), 'child-1', now)?.code ?? null;

describe('joining the free-spot queue', () => {
  it('is open on a full, published, upcoming occurrence', () => {
    expect(code()).toBeNull();
  });

  it('is only for full occurrences, once, and not when the child is enrolled in the event', () => {
    expect(code({ occurrenceEnrolments: [other(1)] })).toBe('ck_free_spot_not_full');
    expect(code({ childSubscriptions: [subscription()] })).toBe('ck_free_spot_already_subscribed');
    expect(code({ childEnrolments: [enrolment({ occurrenceId: 'occ-2' })] })).toBe('ck_free_spot_enrolled');
    expect(code({ childEnrolments: [enrolment({ occurrenceId: 'occ-2', status: 'cancelled', cancelKind: 'family' })] })).toBeNull();
  });

  it('is closed for an unpublished event, a cancelled or begun occurrence', () => {
    expect(code({ event: event({ publishedAt: null }) })).toBe('ck_event_not_published');
    expect(code({ occurrence: occurrence({ cancelledAt: NOW }) })).toBe('ck_occurrence_cancelled');
    expect(code({}, '2027-03-10T10:00:00.000Z')).toBe('ck_occurrence_past');
  });
});

describe('an enrolment clears the child\'s queue places of the event and its group', () => {
  it('leaves other children and other events alone', () => {
    const subs = [subscription(), subscription({ id: 's2', eventId: 'ev-2', occurrenceId: 'occ-2' }), subscription({ id: 's3', eventId: 'ev-9' }), subscription({ id: 's4', childId: 'child-2' })];
    expect(subscriptionsClearedByEnrolment(subs, 'child-1', ['ev-1', 'ev-2']).map((s) => s.id)).toEqual(['sub-1', 's2']);
  });
});

describe('who is told of a free spot', () => {
  const queue = [subscription({ id: 'q3', childId: 'k3', createdAt: '2027-02-22T08:00:00.000Z' }), subscription({ id: 'q1', childId: 'k1', createdAt: '2027-02-20T08:00:00.000Z' }), subscription({ id: 'q2', childId: 'k2', createdAt: '2027-02-21T08:00:00.000Z' })];
  const active = new Set(['k1', 'k2', 'k3']);

  it('tells as many waiting families as seats are free, first come first', () => {
    expect(dueFreeSpotNotices(event(), occurrence(), [other(1)], queue, active, NOW).map((s) => s.id)).toEqual(['q1']);
    // A raised capacity frees two more seats.
    expect(dueFreeSpotNotices(event(), occurrence({ capacityOverride: 4 }), [other(1)], queue, active, NOW).map((s) => s.id)).toEqual(['q1', 'q2', 'q3']);
    expect(dueFreeSpotNotices(event(), occurrence(), full, queue, active, NOW)).toEqual([]);
  });

  it('holds a seat for a told family, then tells the next one', () => {
    const told = queue.map((s) => (s.id === 'q1' ? { ...s, notifiedAt: NOW } : s));
    expect(dueFreeSpotNotices(event(), occurrence(), [other(1)], told, active, NOW)).toEqual([]);
    const later = new Date(Date.parse(NOW) + FREE_SPOT_HOLD_HOURS * 3_600_000).toISOString();
    expect(dueFreeSpotNotices(event(), occurrence(), [other(1)], told, active, later).map((s) => s.id)).toEqual(['q2']);
  });

  it('tells nobody of an unpublished event or a begun occurrence, and skips children without an active guardian', () => {
    expect(dueFreeSpotNotices(event({ publishedAt: null }), occurrence(), [], queue, active, NOW)).toEqual([]);
    expect(dueFreeSpotNotices(event(), occurrence(), [], queue, active, '2027-03-10T10:00:00.000Z')).toEqual([]);
    expect(dueFreeSpotNotices(event(), occurrence(), [other(1)], queue, new Set(['k2', 'k3']), NOW).map((s) => s.id)).toEqual(['q2']);
  });

  it('knows which children have an active guardian', () => {
    const links = [{ childId: 'k1', guardianId: 'g1' }, { childId: 'k2', guardianId: 'g2' }];
    expect([...childrenWithActiveGuardian(links, [guardian({ guardianId: 'g1' }), guardian({ guardianId: 'g2', active: false })])]).toEqual(['k1']);
  });
});
