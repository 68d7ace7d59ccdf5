import { describe, expect, it } from 'vitest';
import { ENROLMENT_CHECK_ORDER, enrolmentRefusal, type EnrolmentFacts } from './enrolment-rules.ts';
import { child, cohort, enrolment, event, externalEvent, group, NOW, occurrence, other } from './fixtures.test-support.ts';

const facts = (o: Partial<EnrolmentFacts> = {}): EnrolmentFacts => ({
  child: child(),
  cohort: cohort(),
  event: event(),
  group: null,
  occurrence: occurrence(),
  childEnrolments: [],
  occurrenceEnrolments: [],
  freeCodes: 0,
  ...o,
});
const code = (o: Partial<EnrolmentFacts> = {}, now = NOW) => enrolmentRefusal(facts(o), now)?.code ?? null;

describe('enrolment checks', () => {
  it('let a child of the cohort into a published event with a free seat', () => {
    expect(code()).toBeNull();
  });

  it('run in this fixed order', () => {
    expect(ENROLMENT_CHECK_ORDER).toEqual([
      'ck_event_not_published',
      'ck_wrong_cohort',
      'ck_already_enrolled',
      'ck_group_already_taken',
      'ck_yearly_limit_reached',
      'ck_occurrence_full',
      'ck_occurrence_past',
      'ck_ticket_codes_run_out',
    ]);
  });

  it('refuse each failed check with its own code', () => {
    expect(code({ event: event({ publishedAt: null }) })).toBe('ck_event_not_published');
    expect(code({ event: event({ eventGroupId: 'grp-1' }), group: group({ publishedAt: null }) })).toBe('ck_event_not_published');
    expect(code({ child: child({ cohortId: 'c-2022' }) })).toBe('ck_wrong_cohort');
    expect(code({ childEnrolments: [enrolment({ id: 'e0', occurrenceId: 'occ-2' })] })).toBe('ck_already_enrolled');
    expect(code({ event: event({ eventGroupId: 'grp-1' }), group: group(), childEnrolments: [enrolment({ id: 'e0', eventId: 'ev-2', eventGroupId: 'grp-1' })] })).toBe('ck_group_already_taken');
    expect(code({ occurrenceEnrolments: [other(1), other(2)] })).toBe('ck_occurrence_full');
    expect(code({}, '2027-03-10T10:00:00.000Z')).toBe('ck_occurrence_past');
    expect(code({ event: externalEvent(), occurrence: null, freeCodes: 0 })).toBe('ck_ticket_codes_run_out');
    expect(code({ event: externalEvent(), occurrence: null, freeCodes: 1 })).toBeNull();
  });

  it('name the first failure when several fail, in the order above', () => {
    const everythingWrong = {
      event: event({ publishedAt: null, eventGroupId: 'grp-1' }),
      group: group(),
      child: child({ cohortId: 'c-2022' }),
      childEnrolments: [enrolment({ id: 'e0', occurrenceId: 'occ-2' }), enrolment({ id: 'e1', eventId: 'ev-9', eventGroupId: 'grp-1', occurrenceId: 'occ-9' })],
      occurrenceEnrolments: [other(1), other(2)],
    };
    const seen: string[] = [];
    let f: Partial<EnrolmentFacts> = everythingWrong;
    const fixes: Partial<EnrolmentFacts>[] = [
      { event: event({ eventGroupId: 'grp-1' }) },
      { child: child() },
      { childEnrolments: [enrolment({ id: 'e1', eventId: 'ev-9', eventGroupId: 'grp-1', occurrenceId: 'occ-9' }), enrolment({ id: 'e2', eventId: 'ev-8', occurrenceId: 'occ-8' })] },
      { childEnrolments: [enrolment({ id: 'e2', eventId: 'ev-8', occurrenceId: 'occ-8' }), enrolment({ id: 'e3', eventId: 'ev-7', occurrenceId: 'occ-7' })] },
      { childEnrolments: [] },
      { occurrenceEnrolments: [] },
    ];
    for (const fix of fixes) {
      seen.push(code(f, NOW)!);
      f = { ...f, ...fix };
    }
    seen.push(code(f, '2027-03-11T10:00:00.000Z')!);
    expect(seen).toEqual(ENROLMENT_CHECK_ORDER.slice(0, 7));
  });

  it('check the request before eligibility: an erased child, a foreign or cancelled occurrence', () => {
    expect(code({ child: child({ erasedAt: NOW, firstName: '', cohortId: 'x' }) })).toBe('ck_child_erased');
    expect(code({ occurrence: occurrence({ eventId: 'ev-2' }), event: event({ publishedAt: null }) })).toBe('ck_occurrence_mismatch');
    expect(code({ event: externalEvent(), occurrence: occurrence({ eventId: 'ev-ext' }) })).toBe('ck_occurrence_mismatch');
    expect(code({ occurrence: null })).toBe('ck_occurrence_mismatch');
    expect(code({ occurrence: occurrence({ cancelledAt: NOW }) })).toBe('ck_occurrence_cancelled');
  });

  it('count the yearly limit in the occurrence\'s Helsinki year, over seat-holding enrolments only', () => {
    const two = [enrolment({ id: 'a', eventId: 'ev-a', occurrenceId: 'o-a', status: 'attended' }), enrolment({ id: 'b', eventId: 'ev-b', occurrenceId: 'o-b', status: 'no_show' })];
    expect(code({ childEnrolments: two })).toBe('ck_yearly_limit_reached');
    expect(code({ childEnrolments: two, cohort: cohort({ enrolmentLimit: 3 }) })).toBeNull();
    // A cancellation frees the participation; one from last year does not count.
    expect(code({ childEnrolments: [two[0]!, enrolment({ id: 'b', eventId: 'ev-b', occurrenceId: 'o-b', status: 'cancelled', cancelKind: 'family' })] })).toBeNull();
    expect(code({ childEnrolments: [two[0]!, { ...two[1]!, countsForYear: 2026 }] })).toBeNull();
    // 00:30 on 1 January in Helsinki is still 31 December in UTC: it counts in the new year.
    const newYearsEve = occurrence({ startsAt: '2027-12-31T22:30:00.000Z' });
    expect(code({ occurrence: newYearsEve, childEnrolments: two.map((e) => ({ ...e, countsForYear: 2028 })) }, '2027-12-01T00:00:00.000Z')).toBe('ck_yearly_limit_reached');
  });

  it('count an external code in the year its event was published', () => {
    const ext = externalEvent({ publishedAt: '2026-12-31T23:30:00.000Z' }); // 1 Jan 2027 in Helsinki
    const two = [enrolment({ id: 'a', eventId: 'x', occurrenceId: 'o-a' }), enrolment({ id: 'b', eventId: 'y', occurrenceId: 'o-b' })];
    expect(code({ event: ext, occurrence: null, freeCodes: 5, childEnrolments: two })).toBe('ck_yearly_limit_reached');
    expect(code({ event: ext, occurrence: null, freeCodes: 5, childEnrolments: two.map((e) => ({ ...e, countsForYear: 2026 })) })).toBeNull();
  });

  it('use a capacity override, also 0, in place of the event\'s capacity', () => {
    expect(code({ occurrence: occurrence({ capacityOverride: 3 }), occurrenceEnrolments: [other(1), other(2)] })).toBeNull();
    expect(code({ occurrence: occurrence({ capacityOverride: 0 }) })).toBe('ck_occurrence_full');
    expect(code({ occurrenceEnrolments: [other(1), other(2, { status: 'cancelled', cancelKind: 'family' })] })).toBeNull();
  });

  it('seat a sibling in the family\'s seat on a family ticket, and a new family only where a seat is free', () => {
    const family = event({ ticketKind: 'family' });
    const full = [other(1), enrolment({ id: 'twin', childId: 'child-twin', familyId: 'fam-1' })];
    expect(code({ event: family, occurrenceEnrolments: full })).toBeNull();
    expect(code({ event: event(), occurrenceEnrolments: full })).toBe('ck_occurrence_full');
    expect(code({ event: family, child: child({ familyId: 'fam-9' }), occurrenceEnrolments: full })).toBe('ck_occurrence_full');
  });

  it('leave the enrolment a move replaces out of every count', () => {
    const old = enrolment({ id: 'moving', occurrenceId: 'occ-0' });
    const two = [old, enrolment({ id: 'b', eventId: 'ev-b', occurrenceId: 'o-b' })];
    expect(code({ childEnrolments: two })).toBe('ck_already_enrolled');
    expect(code({ childEnrolments: two, replacing: 'moving' })).toBeNull();
  });
});
