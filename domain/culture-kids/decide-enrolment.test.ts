import { describe, expect, it } from 'vitest';
import { decideCancelEnrolment, decideEnrol, decideMoveEnrolment, type CancelState, type EnrolState, type MoveState } from './decide-enrolment.ts';
import { CULTURE_KIDS_ENTITIES } from './entities.ts';
import { child, code, cohort, ctx, enrolment, event, externalEvent, NOW, occurrence, other, subscription, v } from './fixtures.test-support.ts';
import type { CultureKidsDecision } from './decide-result.ts';

const NEW = '0b8a5a4e-4c1d-4f7e-9a53-0000000000aa';
const enrolState = (o: Partial<EnrolState> = {}): EnrolState => ({
  child: child(),
  cohort: cohort(),
  event: event(),
  group: null,
  occurrence: occurrence(),
  occurrenceEnrolments: [other(1)],
  freeCodes: [],
  groupEventIds: ['ev-1'],
  childEnrolments: [],
  childSubscriptions: [],
  ...o,
});
const enrol = (o: Partial<EnrolState> = {}, now = NOW) => decideEnrol(enrolState(o), { enrolmentId: NEW, childId: 'child-1', eventId: 'ev-1', occurrenceId: 'occ-1', reason: 'The family phoned' }, ctx({ now }));

/** Every written row passes its sync schema: what a decider writes, the central can store. */
function valid(d: CultureKidsDecision) {
  if (!d.ok) throw new Error(`refused: ${d.code}`);
  for (const put of d.puts) expect(CULTURE_KIDS_ENTITIES[put.entity].schema.safeParse(put.record).error, put.entity).toBeUndefined();
  return d;
}

describe('staff enrol a child on the family\'s behalf', () => {
  it('write an enrolment that keeps who did it and why, clear the child\'s queue places and send a confirmation', () => {
    const d = valid(enrol({ childSubscriptions: [subscription(), subscription({ id: 'elsewhere', eventId: 'ev-9' })] }));
    expect(d.puts).toEqual([
      expect.objectContaining({ entity: 'ck_enrolment', version: 1, record: expect.objectContaining({ id: NEW, status: 'enrolled', enrolledBy: 'staff', staffActorId: 'staff-1', staffReason: 'The family phoned', countsForYear: 2027, familyId: 'fam-1' }) }),
    ]);
    expect(d.deletes).toEqual([{ entity: 'ck_free_spot_subscription', id: 'sub-1' }]);
    expect(d.notices).toEqual([{ kind: 'enrolment_confirmed', enrolmentId: NEW }]);
  });

  it('refuse with the first failed check, the last seat taken being a conflict', () => {
    expect(enrol({ occurrenceEnrolments: [other(1), other(2)] })).toMatchObject({ ok: false, status: 'conflict', code: 'ck_occurrence_full' });
    expect(enrol({ event: event({ publishedAt: null }), occurrenceEnrolments: [other(1), other(2)] })).toMatchObject({ ok: false, status: 'rejected', code: 'ck_event_not_published' });
    expect(enrol({ child: null })).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('two administrators filling the last seat: the second decides on the first one\'s seat and is refused', () => {
    const first = valid(enrol());
    const seat = first.puts[0]!.record as ReturnType<typeof enrolment>;
    const second = decideEnrol(enrolState({ child: child({ id: 'child-3', familyId: 'fam-3' }), occurrenceEnrolments: [other(1), seat] }), { enrolmentId: '0b8a5a4e-4c1d-4f7e-9a53-0000000000bb', childId: 'child-3', eventId: 'ev-1', occurrenceId: 'occ-1', reason: 'Phoned too' }, ctx());
    expect(second).toMatchObject({ ok: false, status: 'conflict', code: 'ck_occurrence_full' });
  });

  it('hand out the first free code of an external event, and refuse when none is left', () => {
    const ext = externalEvent();
    const s = enrolState({ event: ext, occurrence: null, occurrenceEnrolments: [], freeCodes: [v(code(1), 3), v(code(2))], groupEventIds: ['ev-ext'] });
    const d = valid(decideEnrol(s, { enrolmentId: NEW, childId: 'child-1', eventId: 'ev-ext', occurrenceId: null, reason: 'Phoned' }, ctx()));
    expect(d.puts.map((p) => [p.entity, p.version])).toEqual([['ck_enrolment', 1], ['ck_ticket_code', 4]]);
    expect(d.puts[1]!.record).toMatchObject({ id: 'code-1', childId: 'child-1', assignedAt: NOW });
    expect(d.puts[0]!.record).toMatchObject({ ticketCodeId: 'code-1', occurrenceId: null, countsForYear: 2027 });
    expect(decideEnrol({ ...s, freeCodes: [] }, { enrolmentId: NEW, childId: 'child-1', eventId: 'ev-ext', occurrenceId: null, reason: 'Phoned' }, ctx())).toMatchObject({ ok: false, status: 'conflict', code: 'ck_ticket_codes_run_out' });
  });
});

describe('cancelling on the family\'s behalf', () => {
  const queue = [v(subscription({ id: 'q1', childId: 'k1' }), 2), v(subscription({ id: 'q2', childId: 'k2', createdAt: '2027-02-21T08:00:00.000Z' }))];
  const state = (o: Partial<CancelState> = {}): CancelState => ({
    enrolment: v(enrolment(), 3),
    freed: { event: event(), occurrence: occurrence(), occurrenceEnrolments: [enrolment(), other(1)], subscriptions: queue, activeChildIds: new Set(['k1', 'k2']) },
    ...o,
  });

  it('keeps the enrolment as cancelled with who and why, and tells the first waiting family', () => {
    const d = valid(decideCancelEnrolment(state(), { enrolmentId: 'enr-1', reason: 'Child is ill' }, ctx({ baseVersion: 3 })));
    expect(d.puts[0]).toMatchObject({ entity: 'ck_enrolment', version: 4, record: { status: 'cancelled', cancelKind: 'staff', cancelledBy: 'staff-1', cancelReason: 'Child is ill', cancelledAt: NOW } });
    expect(d.puts[1]).toMatchObject({ entity: 'ck_free_spot_subscription', version: 3, record: { id: 'q1', notifiedAt: NOW } });
    expect(d.notices).toEqual([{ kind: 'enrolment_cancelled', enrolmentId: 'enr-1' }, { kind: 'free_spot', subscriptionId: 'q1', occurrenceId: 'occ-1' }]);
  });

  it('is refused after the start, on a stale version, and for a cancelled enrolment', () => {
    expect(decideCancelEnrolment(state(), { enrolmentId: 'enr-1', reason: 'x' }, ctx({ now: '2027-03-10T10:00:00.000Z' }))).toMatchObject({ code: 'ck_enrolment_past' });
    expect(decideCancelEnrolment(state(), { enrolmentId: 'enr-1', reason: 'x' }, ctx({ baseVersion: 2 }))).toMatchObject({ status: 'conflict', code: 'stale_version' });
    expect(decideCancelEnrolment(state({ enrolment: v(enrolment({ status: 'cancelled', cancelKind: 'family' })) }), { enrolmentId: 'enr-1', reason: 'x' }, ctx())).toMatchObject({ code: 'ck_enrolment_not_active' });
  });
});

describe('moving an enrolment', () => {
  const NEXT = '0b8a5a4e-4c1d-4f7e-9a53-0000000000cc';
  const target = occurrence({ id: 'occ-2', startsAt: '2027-03-12T10:00:00.000Z' });
  const state = (o: Partial<MoveState['target']> = {}): MoveState => ({
    enrolment: v(enrolment(), 2),
    freed: { event: event(), occurrence: occurrence(), occurrenceEnrolments: [enrolment()], subscriptions: [], activeChildIds: new Set() },
    child: child(),
    childEnrolments: [enrolment(), enrolment({ id: 'other-event', eventId: 'ev-b', occurrenceId: 'o-b' })],
    childSubscriptions: [],
    target: { cohort: cohort(), event: event(), group: null, occurrence: target, occurrenceEnrolments: [other(1)], freeCodes: [], groupEventIds: ['ev-1'], ...o },
  });
  const move = (s: MoveState, to = 'occ-2') => decideMoveEnrolment(s, { enrolmentId: 'enr-1', newEnrolmentId: NEXT, toOccurrenceId: to, reason: 'Wrong day' }, ctx());

  it('cancels the old one as moved, pointing to the new one, even with the child at its yearly limit', () => {
    const d = valid(move(state()));
    expect(d.puts.map((p) => [p.entity, p.record.id, (p.record as { status?: string }).status])).toEqual([
      ['ck_enrolment', 'enr-1', 'cancelled'],
      ['ck_enrolment', NEXT, 'enrolled'],
    ]);
    expect(d.puts[0]!.record).toMatchObject({ cancelKind: 'moved', movedToEnrolmentId: NEXT });
    expect(d.notices[0]).toEqual({ kind: 'enrolment_moved', enrolmentId: NEXT });
  });

  it('is refused to the same occurrence, to a full one, and after the old one began', () => {
    expect(move(state(), 'occ-1')).toMatchObject({ code: 'ck_move_same_occurrence' });
    expect(move(state({ occurrenceEnrolments: [other(1), other(2)] }))).toMatchObject({ status: 'conflict', code: 'ck_occurrence_full' });
    expect(decideMoveEnrolment(state(), { enrolmentId: 'enr-1', newEnrolmentId: NEXT, toOccurrenceId: 'occ-2', reason: 'x' }, ctx({ now: '2027-03-10T10:30:00.000Z' }))).toMatchObject({ code: 'ck_enrolment_past' });
  });
});
