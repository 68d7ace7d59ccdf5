import { describe, expect, it } from 'vitest';
import { erasurePlan } from './erasure.ts';
import { child, enrolment, event, guardian, NOW, occurrence, other, subscription } from './fixtures.test-support.ts';
import { occurrenceCounts } from './statistics.ts';

const past = occurrence({ startsAt: '2027-02-20T10:00:00.000Z' });
const enrolments = [
  enrolment({ status: 'attended' }),
  other(1, { status: 'no_show' }),
  other(2, { status: 'cancelled', cancelKind: 'family' }),
  other(3, { status: 'cancelled', cancelKind: 'moved', movedToEnrolmentId: 'x' }),
  other(4, { occurrenceId: 'occ-9' }),
];

describe('occurrence counts', () => {
  it('count attended, no-shows and cancellations apart, moves among them', () => {
    expect(occurrenceCounts(event({ capacityPerOccurrence: 5 }), past, enrolments, [subscription(), subscription({ id: 's2', occurrenceId: 'occ-9' })])).toEqual({
      capacity: 5,
      seatsTaken: 2,
      enrolled: 0,
      attended: 1,
      noShow: 1,
      cancelled: 2,
      moved: 1,
      queued: 1,
    });
  });

  it('stay the same after a child is erased', () => {
    const before = occurrenceCounts(event(), past, enrolments, []);
    const plan = erasurePlan(
      { child: child(), notes: null, enrolments, subscriptions: [], guardianships: [], guardians: [guardian()], contacts: [], siblings: [], startsAt: new Map([['occ-1', past.startsAt]]) },
      NOW,
      'staff-1',
    );
    const after = enrolments.map((e) => plan.enrolments.find((x) => x.id === e.id) ?? e);
    expect(occurrenceCounts(event(), past, after, [])).toEqual(before);
  });
});
