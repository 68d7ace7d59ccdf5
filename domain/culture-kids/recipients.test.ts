import { describe, expect, it } from 'vitest';
import type { Guardianship } from './entities.ts';
import { child, enrolment, guardian, NOW, occurrence, subscription } from './fixtures.test-support.ts';
import { invitedChildren, recipientQueryRefusal, selectRecipients, type RecipientFacts, type RecipientQuery } from './recipients.ts';

const link = (childId: string, guardianId: string): Guardianship => ({ id: `${childId}-${guardianId}`, childId, guardianId, cohortId: 'c-2023', relationship: 'parent' });
const occs = [occurrence(), occurrence({ id: 'occ-2', startsAt: '2027-04-10T10:00:00.000Z' }), occurrence({ id: 'occ-old', startsAt: '2027-02-10T10:00:00.000Z' })];

// k1: enrolled upcoming in occ-1; k2: attended occ-old; k3: queued on occ-2; k4: erased; k5: guardian without consent; k6: guardian deactivated.
const facts: RecipientFacts = {
  children: ['k1', 'k2', 'k3', 'k5', 'k6'].map((id) => child({ id })).concat(child({ id: 'k4', firstName: '', lastName: '', erasedAt: NOW })),
  guardians: [
    guardian({ id: 'g1@c', guardianId: 'g1' }),
    guardian({ id: 'g2@c', guardianId: 'g2' }),
    guardian({ id: 'g3@c', guardianId: 'g3' }),
    guardian({ id: 'g4@c', guardianId: 'g4' }),
    guardian({ id: 'g5@c', guardianId: 'g5', acceptsCommunication: false }),
    guardian({ id: 'g6@c', guardianId: 'g6', active: false }),
  ],
  guardianships: [link('k1', 'g1'), link('k2', 'g2'), link('k3', 'g3'), link('k4', 'g4'), link('k5', 'g5'), link('k6', 'g6')],
  enrolments: [
    enrolment({ id: 'e1', childId: 'k1' }),
    enrolment({ id: 'e2', childId: 'k2', occurrenceId: 'occ-old', status: 'attended' }),
    enrolment({ id: 'e5', childId: 'k5' }),
    enrolment({ id: 'e6', childId: 'k6' }),
    enrolment({ id: 'e4', childId: 'k4' }),
  ],
  occurrences: occs,
  subscriptions: [subscription({ childId: 'k3', occurrenceId: 'occ-2' })],
  invitedChildIds: new Set(['k1', 'k3', 'k5']),
};
const q = (selection: RecipientQuery['selection'], eventId: string | null = null, occurrenceIds: string[] = []): RecipientQuery => ({ selection, eventId, occurrenceIds });

describe('message recipients', () => {
  it('select each segment, leaving out erased children, deactivated guardians and guardians without consent', () => {
    expect(selectRecipients(q('all'), facts, NOW)).toEqual(['g1@c', 'g2@c', 'g3@c']);
    expect(selectRecipients(q('enrolled'), facts, NOW)).toEqual(['g1@c']);
    expect(selectRecipients(q('attended'), facts, NOW)).toEqual(['g2@c']);
    expect(selectRecipients(q('free_spot'), facts, NOW)).toEqual(['g3@c']);
    expect(selectRecipients(q('invited'), facts, NOW)).toEqual(['g1@c', 'g3@c']);
  });

  it('narrow to an event and its occurrences', () => {
    expect(selectRecipients(q('enrolled', 'ev-1', ['occ-2']), facts, NOW)).toEqual([]);
    expect(selectRecipients(q('enrolled', 'ev-1', ['occ-1']), facts, NOW)).toEqual(['g1@c']);
    expect(selectRecipients(q('free_spot', 'ev-2'), facts, NOW)).toEqual([]);
    // An enrolment whose occurrence has begun is no longer "enrolled".
    expect(selectRecipients(q('enrolled'), facts, '2027-03-10T10:00:00.000Z')).toEqual([]);
  });

  it('refuse "all" without its permission, a narrowed "all" or "invited", and occurrences of another event', () => {
    expect(recipientQueryRefusal(q('all'), false, occs)?.code).toBe('ck_message_all_not_permitted');
    expect(recipientQueryRefusal(q('all'), true, occs)).toBeNull();
    expect(recipientQueryRefusal(q('invited', 'ev-1'), true, occs)?.code).toBe('ck_message_selection_not_narrowable');
    expect(recipientQueryRefusal(q('enrolled', null, ['occ-1']), true, occs)?.code).toBe('ck_message_occurrence_mismatch');
    expect(recipientQueryRefusal(q('enrolled', 'ev-2', ['occ-1']), true, occs)?.code).toBe('ck_message_occurrence_mismatch');
    expect(recipientQueryRefusal(q('enrolled', 'ev-1', ['occ-1']), false, occs)).toBeNull();
  });

  it('invite children under the yearly limit who still miss an open event', () => {
    const kids = [child({ id: 'a' }), child({ id: 'b' }), child({ id: 'c' })];
    const enr = [enrolment({ id: '1', childId: 'b', eventId: 'x' }), enrolment({ id: '2', childId: 'b', eventId: 'y' }), enrolment({ id: '3', childId: 'c', eventId: 'open' })];
    expect([...invitedChildren(kids, enr, ['open'], 2, 2027)].sort()).toEqual(['a']);
    expect([...invitedChildren(kids, enr, ['open'], 3, 2027)].sort()).toEqual(['a', 'b']);
  });
});
