import { describe, expect, it } from 'vitest';
import { Child, Enrolment, Guardian, GuardianContact } from './entities.ts';
import { childIsDueForRetention, childRetentionEnds, erasurePlan, guardianIsDueForRetention, type ErasureFacts } from './erasure.ts';
import { child, enrolment, guardian, NOW, subscription } from './fixtures.test-support.ts';

const facts = (o: Partial<ErasureFacts> = {}): ErasureFacts => ({
  child: child(),
  notes: { id: 'child-1', childId: 'child-1', cohortId: 'c-2023', notes: 'Allergic to nuts' },
  enrolments: [
    enrolment({ id: 'past', occurrenceId: 'o-past', status: 'attended' }),
    enrolment({ id: 'next', occurrenceId: 'o-next', enrolledBy: 'staff', staffActorId: 's', staffReason: 'Mother Sari phoned' }),
    enrolment({ id: 'gone', occurrenceId: 'o-gone', status: 'cancelled', cancelKind: 'family', cancelReason: null }),
  ],
  subscriptions: [subscription(), subscription({ id: 'other-child', childId: 'child-2' })],
  guardianships: [{ id: 'l1', childId: 'child-1', guardianId: 'g-1', cohortId: 'c-2023', relationship: 'parent' }],
  guardians: [guardian()],
  contacts: [{ id: 'g-1@c-2023', guardianId: 'g-1', cohortId: 'c-2023', email: 'sari@example.fi', phone: '+358401234567' }],
  siblings: [],
  startsAt: new Map([['o-past', '2027-02-01T10:00:00.000Z'], ['o-next', '2027-04-01T10:00:00.000Z'], ['o-gone', '2027-04-02T10:00:00.000Z']]),
  ...o,
});

describe('erasing a child', () => {
  const plan = erasurePlan(facts(), NOW, 'staff-1');

  it('clears the name and notes, keeps cohort, birth year, postal code and family key', () => {
    expect(plan.child).toMatchObject({ firstName: '', lastName: '', erasedAt: NOW, birthYear: 2023, postalCode: '00530', cohortId: 'c-2023', familyId: 'fam-1' });
    expect(Child.safeParse(plan.child).success).toBe(true);
    expect(plan.notes?.notes).toBe('');
  });

  it('keeps every enrolment\'s status for statistics, cancelling only the upcoming one and replacing typed reasons', () => {
    const statuses = (list: readonly Enrolment[]) => Object.fromEntries(list.map((e) => [e.id, e.status]));
    expect(statuses(plan.enrolments)).toEqual({ next: 'cancelled' });
    expect(plan.enrolments[0]).toMatchObject({ cancelKind: 'erasure', cancelledBy: 'staff-1', staffReason: '–' });
    for (const e of plan.enrolments) expect(Enrolment.safeParse(e).success).toBe(true);
    // The counts: one attended, one cancelled by the family, one cancelled by erasure; none lost.
    const after = facts().enrolments.map((e) => plan.enrolments.find((x) => x.id === e.id) ?? e);
    expect(after.map((e) => e.status).sort()).toEqual(['attended', 'cancelled', 'cancelled']);
  });

  it('takes the child out of every queue, and anonymises a guardian with no other child', () => {
    expect(plan.removedSubscriptions.map((s) => s.id)).toEqual(['sub-1']);
    expect(plan.guardians).toHaveLength(1);
    expect(plan.guardians[0]).toMatchObject({ firstName: '', lastName: '', active: false, acceptsCommunication: false, erasedAt: NOW });
    expect(Guardian.safeParse(plan.guardians[0]).success).toBe(true);
    expect(plan.contacts).toEqual([{ id: 'g-1@c-2023', guardianId: 'g-1', cohortId: 'c-2023', email: '', phone: '' }]);
    expect(GuardianContact.safeParse(plan.contacts[0]).success).toBe(true);
  });

  it('keeps a guardian who still has a child in the registry', () => {
    const twin = child({ id: 'child-2' });
    const withTwin = erasurePlan(
      facts({ siblings: [twin], guardianships: [...facts().guardianships, { id: 'l2', childId: 'child-2', guardianId: 'g-1', cohortId: 'c-2023', relationship: 'parent' }] }),
      NOW,
      'staff-1',
    );
    expect(withTwin.guardians).toEqual([]);
    expect(withTwin.contacts).toEqual([]);
  });
});

describe('retention', () => {
  it('erases a child after the year it turns 7 and one more year', () => {
    expect(childRetentionEnds(2020)).toBe('2029-01-01');
    expect(childIsDueForRetention(child({ birthYear: 2020 }), '2028-12-31')).toBe(false);
    expect(childIsDueForRetention(child({ birthYear: 2020 }), '2029-01-01')).toBe(true);
    expect(childIsDueForRetention(child({ birthYear: 2020, erasedAt: NOW }), '2030-01-01')).toBe(false);
  });

  it('erases a deactivated guardian a year after deactivation, never an active one', () => {
    const off = guardian({ active: false, deactivatedAt: '2026-03-15T10:00:00.000Z' });
    expect(guardianIsDueForRetention(off, '2027-03-14')).toBe(false);
    expect(guardianIsDueForRetention(off, '2027-03-15')).toBe(true);
    expect(guardianIsDueForRetention(guardian(), '2040-01-01')).toBe(false);
    // Deactivated at 00:30 in Helsinki on 16 March (15 March in UTC): the year runs from the 16th.
    const late = guardian({ active: false, deactivatedAt: '2026-03-15T22:30:00.000Z' });
    expect(guardianIsDueForRetention(late, '2027-03-15')).toBe(false);
    expect(guardianIsDueForRetention(late, '2027-03-16')).toBe(true);
  });
});
