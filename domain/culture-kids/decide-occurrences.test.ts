import { describe, expect, it } from 'vitest';
import { decideCancelOccurrence, decideCreateOccurrence, decideUpdateOccurrence, type UpdateOccurrenceState } from './decide-occurrences.ts';
import { ctx, enrolment, event, NOW, occurrence, other, subscription, v, venue } from './fixtures.test-support.ts';

const NEW = '6f1c2a9e-8d0b-4c55-9f1e-2b7d3c4a5e61';
const create = { occurrenceId: NEW, eventId: 'ev-1', venueId: 'venue-1', startsAt: '2027-03-12T10:00:00.000Z', capacityOverride: null, language: 'fi' as const };

describe('creating occurrences', () => {
  it('creates one at a venue of the cohort, in the event\'s year, in the future', () => {
    expect(decideCreateOccurrence({ event: event(), venue: venue(), siblings: [occurrence()] }, create, ctx())).toMatchObject({ ok: true, puts: [{ entity: 'ck_occurrence', version: 1, record: { id: NEW, cohortId: 'c-2023', cancelledAt: null } }] });
  });

  it('refuses another cohort\'s venue, a past time, another year and an unknown event', () => {
    expect(decideCreateOccurrence({ event: event(), venue: venue({ cohortId: 'c-2022' }), siblings: [] }, create, ctx())).toMatchObject({ code: 'ck_other_cohort' });
    expect(decideCreateOccurrence({ event: event(), venue: venue(), siblings: [] }, { ...create, startsAt: '2027-02-01T10:00:00.000Z' }, ctx())).toMatchObject({ code: 'ck_occurrence_past' });
    expect(decideCreateOccurrence({ event: event(), venue: venue(), siblings: [occurrence()] }, { ...create, startsAt: '2028-01-12T10:00:00.000Z' }, ctx())).toMatchObject({ code: 'ck_occurrence_year_mismatch' });
    expect(decideCreateOccurrence({ event: null, venue: venue(), siblings: [] }, create, ctx())).toMatchObject({ code: 'not_found' });
    expect(decideCreateOccurrence({ event: event(), venue: null, siblings: [] }, create, ctx())).toMatchObject({ code: 'not_found' });
  });
});

describe('the guarded update of a published occurrence', () => {
  const full = [enrolment(), other(1)];
  const state = (o: Partial<UpdateOccurrenceState> = {}): UpdateOccurrenceState => ({
    occurrence: v(occurrence(), 3),
    event: event(),
    venue: venue({ id: 'venue-2' }),
    siblings: [],
    enrolments: full,
    subscriptions: [v(subscription({ childId: 'child-q' }))],
    activeChildIds: new Set(['child-q']),
    ...o,
  });
  const change = { occurrenceId: 'occ-1', venueId: 'venue-1', startsAt: occurrence().startsAt, capacityOverride: null, language: 'fi' as const, noticeAcknowledged: false };

  it('refuses a new time with enrolments unless the notice is acknowledged, then tells the families', () => {
    const later = { ...change, startsAt: '2027-03-10T12:00:00.000Z' };
    expect(decideUpdateOccurrence(state(), later, ctx({ baseVersion: 3 }))).toMatchObject({ ok: false, code: 'ck_occurrence_change_needs_notice' });
    const d = decideUpdateOccurrence(state(), { ...later, noticeAcknowledged: true }, ctx({ baseVersion: 3 }));
    expect(d).toMatchObject({ ok: true, puts: [{ entity: 'ck_occurrence', version: 4, record: { startsAt: '2027-03-10T12:00:00.000Z' } }], notices: [{ kind: 'occurrence_changed', occurrenceId: 'occ-1' }] });
  });

  it('moves a published occurrence without enrolments freely, and tells nobody', () => {
    expect(decideUpdateOccurrence(state({ enrolments: [], subscriptions: [] }), { ...change, venueId: 'venue-2' }, ctx())).toMatchObject({ ok: true, notices: [] });
  });

  it('tells the free-spot queue when the capacity grows, and refuses a capacity below the seats taken', () => {
    const d = decideUpdateOccurrence(state(), { ...change, capacityOverride: 3 }, ctx());
    expect(d).toMatchObject({ ok: true, puts: [{ entity: 'ck_occurrence' }, { entity: 'ck_free_spot_subscription', record: { notifiedAt: NOW } }], notices: [{ kind: 'free_spot', subscriptionId: 'sub-1' }] });
    expect(decideUpdateOccurrence(state(), { ...change, capacityOverride: 1 }, ctx())).toMatchObject({ ok: false, code: 'ck_capacity_below_enrolled' });
  });

  it('refuses a begun, a cancelled and a stale occurrence', () => {
    expect(decideUpdateOccurrence(state({ occurrence: v(occurrence({ startsAt: '2027-02-01T10:00:00.000Z' })) }), change, ctx())).toMatchObject({ code: 'ck_occurrence_change_past' });
    expect(decideUpdateOccurrence(state({ occurrence: v(occurrence({ cancelledAt: NOW })) }), change, ctx())).toMatchObject({ code: 'ck_occurrence_cancelled' });
    expect(decideUpdateOccurrence(state(), change, ctx({ baseVersion: 2 }))).toMatchObject({ code: 'stale_version' });
  });
});

describe('cancelling an occurrence', () => {
  it('keeps the row, cancels its active enrolments as occurrence_cancelled, drops its queue, tells the families', () => {
    const d = decideCancelOccurrence({ occurrence: v(occurrence()), enrolments: [v(enrolment()), v(other(1, { status: 'cancelled', cancelKind: 'family', cancelledAt: NOW }))], subscriptions: [subscription()] }, { occurrenceId: 'occ-1', reason: 'Esiintyjä sairastui' }, ctx());
    expect(d).toMatchObject({
      ok: true,
      puts: [{ entity: 'ck_occurrence', record: { cancelledAt: NOW } }, { entity: 'ck_enrolment', version: 2, record: { id: 'enr-1', status: 'cancelled', cancelKind: 'occurrence_cancelled', cancelReason: 'Esiintyjä sairastui' } }],
      deletes: [{ entity: 'ck_free_spot_subscription', id: 'sub-1' }],
      notices: [{ kind: 'occurrence_cancelled', occurrenceId: 'occ-1' }],
    });
  });

  it('refuses one cancelled already, or begun', () => {
    expect(decideCancelOccurrence({ occurrence: v(occurrence({ cancelledAt: NOW })), enrolments: [], subscriptions: [] }, { occurrenceId: 'occ-1', reason: 'x' }, ctx())).toMatchObject({ code: 'ck_occurrence_cancelled' });
    expect(decideCancelOccurrence({ occurrence: v(occurrence({ startsAt: '2027-02-01T10:00:00.000Z' })), enrolments: [], subscriptions: [] }, { occurrenceId: 'occ-1', reason: 'x' }, ctx())).toMatchObject({ code: 'ck_occurrence_change_past' });
  });
});
