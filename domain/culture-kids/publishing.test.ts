import { describe, expect, it } from 'vitest';
import { cohort, enrolment, event, externalEvent, group, NOW, occurrence, other } from './fixtures.test-support.ts';
import { groupStatus, occurrenceChangeRefusal, publishEventRefusal, publishGroupRefusal } from './publishing.ts';

const draft = event({ publishedAt: null });

describe('publishing a single event', () => {
  it('publishes a complete draft once', () => {
    expect(publishEventRefusal(cohort(), draft, [occurrence()])).toBeNull();
    expect(publishEventRefusal(cohort(), event(), [occurrence()])?.code).toBe('ck_event_already_published');
  });

  it('refuses an event of a group, a cohort of groups only, and an internal event without occurrences', () => {
    expect(publishEventRefusal(cohort(), { ...draft, eventGroupId: 'grp-1' }, [occurrence()])?.code).toBe('ck_event_in_group');
    expect(publishEventRefusal(cohort({ singleEventsAllowed: false }), draft, [occurrence()])?.code).toBe('ck_single_events_disallowed');
    expect(publishEventRefusal(cohort(), draft, [occurrence({ cancelledAt: NOW })])?.code).toBe('ck_event_has_no_occurrences');
    expect(publishEventRefusal(cohort(), externalEvent({ publishedAt: null }), [])).toBeNull();
    expect(publishEventRefusal(cohort(), { ...draft, description: { fi: '', sv: 'x', en: 'x' } }, [occurrence()])?.code).toBe('ck_event_incomplete');
  });
});

describe('publishing a group', () => {
  const inGroup = (id: string, o = {}) => event({ id, eventGroupId: 'grp-1', publishedAt: null, ready: true, ...o });
  const occs = [occurrence({ eventId: 'a' }), occurrence({ id: 'o2', eventId: 'b' })];

  it('derives the group\'s status as the admin screen shows it', () => {
    expect(groupStatus(group({ publishedAt: null }), [])).toBe('empty');
    expect(groupStatus(group({ publishedAt: null }), [inGroup('a'), inGroup('b', { ready: false })])).toBe('not_ready');
    expect(groupStatus(group({ publishedAt: null }), [inGroup('a'), inGroup('b')])).toBe('ready_for_first_publish');
    expect(groupStatus(group(), [inGroup('a', { publishedAt: NOW }), inGroup('b')])).toBe('ready_for_republish');
    expect(groupStatus(group(), [inGroup('a', { publishedAt: NOW })])).toBe('all_published');
  });

  it('needs every unpublished event ready and complete, and something new to publish', () => {
    expect(publishGroupRefusal(group({ publishedAt: null }), [inGroup('a'), inGroup('b')], occs)).toBeNull();
    expect(publishGroupRefusal(group({ publishedAt: null }), [inGroup('a'), inGroup('b', { ready: false })], occs)?.code).toBe('ck_group_not_ready');
    expect(publishGroupRefusal(group({ publishedAt: null }), [inGroup('a'), inGroup('c')], occs)?.code).toBe('ck_event_has_no_occurrences');
    expect(publishGroupRefusal(group(), [inGroup('a', { publishedAt: NOW })], occs)?.code).toBe('ck_group_already_published');
    expect(publishGroupRefusal(group(), [], occs)?.code).toBe('ck_group_empty');
  });
});

describe('changing a published occurrence', () => {
  const taken = [enrolment(), other(1)];
  const change = (c: Parameters<typeof occurrenceChangeRefusal>[3], o = occurrence(), e = event()) => occurrenceChangeRefusal(e, o, taken, c, NOW)?.code ?? null;

  it('asks for the acknowledged notice before moving enrolled families to a new time or place', () => {
    expect(change({ startsAt: '2027-03-10T12:00:00.000Z', noticeAcknowledged: false })).toBe('ck_occurrence_change_needs_notice');
    expect(change({ venueId: 'venue-2', noticeAcknowledged: false })).toBe('ck_occurrence_change_needs_notice');
    expect(change({ venueId: 'venue-2', noticeAcknowledged: true })).toBeNull();
    expect(change({ venueId: 'venue-2', noticeAcknowledged: false }, occurrence(), event({ publishedAt: null }))).toBeNull();
  });

  it('never drops the capacity below the seats taken, and leaves a begun occurrence alone', () => {
    expect(change({ capacityOverride: 1, noticeAcknowledged: false })).toBe('ck_capacity_below_enrolled');
    expect(change({ capacityOverride: 2, noticeAcknowledged: false })).toBeNull();
    expect(change({ capacityOverride: 5, noticeAcknowledged: false }, occurrence({ startsAt: '2027-03-01T09:00:00.000Z' }))).toBe('ck_occurrence_change_past');
  });
});
