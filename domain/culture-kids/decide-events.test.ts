import { describe, expect, it } from 'vitest';
import { CreateEventPayload } from './commands.ts';
import { decideCreateEvent, decideCreateEventGroup, decideSetEventReady, decideUpdateEvent, decideUpdateEventGroup } from './decide-events.ts';
import { cohort, ctx, enrolment, event, group, occurrence, other, v } from './fixtures.test-support.ts';

const NEW = '6f1c2a9e-8d0b-4c55-9f1e-2b7d3c4a5e61';
const { id: _e, cohortId: _ec, ready: _r, publishedAt: _p, ...eventFields } = event();
const { id: _g, cohortId: _gc, publishedAt: _gp, ...groupFields } = group();

describe('event groups', () => {
  it('creates an unpublished group and updates it at the version seen', () => {
    expect(decideCreateEventGroup({ cohort: cohort() }, { ...groupFields, eventGroupId: NEW, cohortId: 'c-2023' })).toMatchObject({ ok: true, puts: [{ entity: 'ck_event_group', version: 1, record: { id: NEW, publishedAt: null } }] });
    const published = v(group(), 2);
    expect(decideUpdateEventGroup({ group: published }, { ...groupFields, eventGroupId: 'grp-1', name: { fi: 'Syksy', sv: '', en: '' } }, ctx({ baseVersion: 2 }))).toMatchObject({ ok: true, puts: [{ version: 3, record: { name: { fi: 'Syksy' }, publishedAt: group().publishedAt } }] });
    expect(decideUpdateEventGroup({ group: published }, { ...groupFields, eventGroupId: 'grp-1' }, ctx({ baseVersion: 1 }))).toMatchObject({ code: 'stale_version' });
  });
});

describe('events', () => {
  it('creates an event unready and unpublished; the ticketing fields must fit together', () => {
    expect(decideCreateEvent({ cohort: cohort(), group: null }, { ...eventFields, eventId: NEW, cohortId: 'c-2023' })).toMatchObject({ ok: true, puts: [{ entity: 'ck_event', record: { id: NEW, ready: false, publishedAt: null } }] });
    expect(CreateEventPayload.safeParse({ ...eventFields, eventId: NEW, cohortId: 'c-2023', capacityPerOccurrence: null }).success).toBe(false);
  });

  it('refuses a group of another cohort, an unknown group, and a single event where groups are required', () => {
    const p = { ...eventFields, eventId: NEW, cohortId: 'c-2023' };
    expect(decideCreateEvent({ cohort: cohort(), group: group({ cohortId: 'c-2022' }) }, { ...p, eventGroupId: 'grp-1' })).toMatchObject({ ok: false, code: 'ck_other_cohort' });
    expect(decideCreateEvent({ cohort: cohort(), group: null }, { ...p, eventGroupId: 'grp-x' })).toMatchObject({ ok: false, code: 'not_found' });
    expect(decideCreateEvent({ cohort: cohort({ singleEventsAllowed: false }), group: null }, p)).toMatchObject({ ok: false, code: 'ck_single_events_disallowed' });
  });

  it('keeps a published event\'s group and ticketing, and never drops capacity below the seats taken', () => {
    const base = { cohort: cohort(), event: v(event(), 5), group: null, occurrences: [occurrence()], enrolments: [enrolment(), other(1)] };
    expect(decideUpdateEvent(base, { ...eventFields, eventId: 'ev-1', name: { fi: 'Uusi nimi', sv: '', en: '' } }, ctx({ baseVersion: 5 }))).toMatchObject({ ok: true, puts: [{ version: 6, record: { name: { fi: 'Uusi nimi' } } }] });
    expect(decideUpdateEvent({ ...base, group: group() }, { ...eventFields, eventId: 'ev-1', eventGroupId: 'grp-1' }, ctx())).toMatchObject({ ok: false, code: 'ck_event_published_locked' });
    expect(decideUpdateEvent(base, { ...eventFields, eventId: 'ev-1', capacityPerOccurrence: 1 }, ctx())).toMatchObject({ ok: false, code: 'ck_capacity_below_enrolled' });
    const unpublished = { ...base, event: v(event({ publishedAt: null }), 5), group: group() };
    expect(decideUpdateEvent(unpublished, { ...eventFields, eventId: 'ev-1', eventGroupId: 'grp-1' }, ctx())).toMatchObject({ ok: true });
  });

  it('marks an unpublished event ready, and refuses a published one', () => {
    expect(decideSetEventReady({ event: v(event({ publishedAt: null })) }, { eventId: 'ev-1', ready: true }, ctx())).toMatchObject({ ok: true, puts: [{ record: { ready: true }, version: 2 }] });
    expect(decideSetEventReady({ event: v(event()) }, { eventId: 'ev-1', ready: true }, ctx())).toMatchObject({ ok: false, code: 'ck_event_already_published' });
    expect(decideSetEventReady({ event: null }, { eventId: 'ev-x', ready: true }, ctx())).toMatchObject({ ok: false, code: 'not_found' });
  });
});
