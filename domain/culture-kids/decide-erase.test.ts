import { describe, expect, it } from 'vitest';
import { decideEraseChild, type EraseState } from './decide-erase.ts';
import { child, ctx, enrolment, guardian, NOW, subscription, v } from './fixtures.test-support.ts';

const state = (o: Partial<EraseState> = {}): EraseState => ({
  child: v(child(), 5),
  notes: v({ id: 'child-1', childId: 'child-1', cohortId: 'c-2023', notes: 'Likes drums' }, 2),
  enrolments: [v(enrolment({ id: 'up', occurrenceId: 'o-up' }), 1), v(enrolment({ id: 'past', occurrenceId: 'o-past', status: 'attended' }), 2)],
  subscriptions: [subscription()],
  guardianships: [{ id: 'l', childId: 'child-1', guardianId: 'g-1', cohortId: 'c-2023', relationship: 'parent' }],
  guardians: [v(guardian(), 7)],
  contacts: [v({ id: 'g-1@c-2023', guardianId: 'g-1', cohortId: 'c-2023', email: 'a@example.fi', phone: '040' }, 1)],
  siblings: [],
  startsAt: new Map([['o-up', '2027-04-01T10:00:00.000Z'], ['o-past', '2027-02-01T10:00:00.000Z']]),
  ...o,
});

describe('erasing a child (GDPR)', () => {
  it('anonymises in place with raised versions and leaves past enrolments as they were', () => {
    const d = decideEraseChild(state(), { childId: 'child-1', reason: 'GDPR request 2027-17' }, ctx());
    if (!d.ok) throw new Error(d.code);
    expect(d.puts.map((p) => [p.entity, p.record.id, p.version])).toEqual([
      ['ck_child', 'child-1', 6],
      ['ck_child_notes', 'child-1', 3],
      ['ck_enrolment', 'up', 2],
      ['ck_guardian', 'g-1@c-2023', 8],
      ['ck_guardian_contact', 'g-1@c-2023', 2],
    ]);
    expect(d.puts[0]!.record).toMatchObject({ firstName: '', erasedAt: NOW });
    expect(d.deletes).toEqual([{ entity: 'ck_free_spot_subscription', id: 'sub-1' }]);
  });

  it('refuses a child erased already', () => {
    expect(decideEraseChild(state({ child: v(child({ firstName: '', lastName: '', erasedAt: NOW })) }), { childId: 'child-1', reason: 'again' }, ctx())).toMatchObject({ code: 'ck_child_already_erased' });
    expect(decideEraseChild(state({ child: null }), { childId: 'child-1', reason: 'x' }, ctx())).toMatchObject({ code: 'not_found' });
  });
});
