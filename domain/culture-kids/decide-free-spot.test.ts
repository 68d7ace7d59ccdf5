import { describe, expect, it } from 'vitest';
import { decideSubscribeFreeSpot, decideUnsubscribeAll, decideUnsubscribeFreeSpot, type SubscribeState } from './decide-free-spot.ts';
import { child, ctx, enrolment, event, guardian, NOW, occurrence, other, subscription, v } from './fixtures.test-support.ts';

const SUB = '0b8a5a4e-4c1d-4f7e-9a53-0000000000dd';
const state = (o: Partial<SubscribeState> = {}): SubscribeState => ({
  child: child(),
  event: event(),
  occurrence: occurrence(),
  occurrenceEnrolments: [other(1), other(2)],
  childEnrolments: [],
  childSubscriptions: [],
  childHasActiveGuardian: true,
  ...o,
});
const subscribe = (o: Partial<SubscribeState> = {}) => decideSubscribeFreeSpot(state(o), { subscriptionId: SUB, childId: 'child-1', occurrenceId: 'occ-1' }, ctx());

describe('the free-spot queue on a family\'s behalf', () => {
  it('puts the child in the queue of a full occurrence', () => {
    expect(subscribe()).toEqual({
      ok: true,
      puts: [{ entity: 'ck_free_spot_subscription', version: 1, record: { id: SUB, cohortId: 'c-2023', childId: 'child-1', occurrenceId: 'occ-1', eventId: 'ev-1', createdAt: NOW, notifiedAt: null } }],
      deletes: [],
      notices: [],
    });
  });

  it('refuses an open occurrence, a second place, an enrolled child, a child no guardian can be told about, another cohort', () => {
    expect(subscribe({ occurrenceEnrolments: [other(1)] })).toMatchObject({ code: 'ck_free_spot_not_full' });
    expect(subscribe({ childSubscriptions: [subscription()] })).toMatchObject({ code: 'ck_free_spot_already_subscribed' });
    expect(subscribe({ childEnrolments: [enrolment({ occurrenceId: 'occ-2' })] })).toMatchObject({ code: 'ck_free_spot_enrolled' });
    expect(subscribe({ childHasActiveGuardian: false })).toMatchObject({ code: 'ck_child_erased' });
    expect(subscribe({ child: child({ cohortId: 'c-2022' }) })).toMatchObject({ code: 'ck_wrong_cohort' });
  });

  it('takes the child out of one queue, refusing when it is not in it', () => {
    expect(decideUnsubscribeFreeSpot({ childSubscriptions: [subscription()] }, { childId: 'child-1', occurrenceId: 'occ-1' })).toMatchObject({ ok: true, deletes: [{ entity: 'ck_free_spot_subscription', id: 'sub-1' }] });
    expect(decideUnsubscribeFreeSpot({ childSubscriptions: [subscription()] }, { childId: 'child-1', occurrenceId: 'occ-2' })).toMatchObject({ code: 'ck_free_spot_not_subscribed' });
  });

  it('"unsubscribe from all" empties every queue place and withdraws consent in every cohort', () => {
    const d = decideUnsubscribeAll(
      { guardianRows: [v(guardian(), 2), v(guardian({ id: 'g-1@c-2021', cohortId: 'c-2021', acceptsCommunication: false }))], subscriptions: [subscription(), subscription({ id: 'sub-2', childId: 'child-2' })] },
      { guardianId: 'g-1' },
    );
    expect(d).toMatchObject({ ok: true, deletes: [{ id: 'sub-1' }, { id: 'sub-2' }] });
    if (!d.ok) throw new Error();
    expect(d.puts).toEqual([{ entity: 'ck_guardian', version: 3, record: { ...guardian(), acceptsCommunication: false } }]);
    expect(decideUnsubscribeAll({ guardianRows: [], subscriptions: [] }, { guardianId: 'nobody' })).toMatchObject({ code: 'not_found' });
  });
});
