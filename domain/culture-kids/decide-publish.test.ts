import { describe, expect, it } from 'vitest';
import { decidePublishEvent, decidePublishGroup } from './decide-publish.ts';
import { cohort, ctx, event, group, NOW, occurrence, v } from './fixtures.test-support.ts';

describe('publishing', () => {
  it('publishes a single event and queues its invitation', () => {
    const d = decidePublishEvent({ cohort: cohort(), event: v(event({ publishedAt: null }), 4), occurrences: [occurrence()] }, { eventId: 'ev-1' }, ctx({ baseVersion: 4 }));
    expect(d).toEqual({ ok: true, puts: [{ entity: 'ck_event', version: 5, record: event({ publishedAt: NOW }) }], deletes: [], notices: [{ kind: 'event_published', eventId: 'ev-1', cohortId: 'c-2023' }] });
  });

  it('refuses a published event, a stale one and a missing one', () => {
    expect(decidePublishEvent({ cohort: cohort(), event: v(event()), occurrences: [occurrence()] }, { eventId: 'ev-1' }, ctx())).toMatchObject({ code: 'ck_event_already_published' });
    expect(decidePublishEvent({ cohort: cohort(), event: v(event({ publishedAt: null }), 4), occurrences: [] }, { eventId: 'ev-1' }, ctx({ baseVersion: 3 }))).toMatchObject({ code: 'stale_version' });
    expect(decidePublishEvent({ cohort: cohort(), event: null, occurrences: [] }, { eventId: 'ev-1' }, ctx())).toMatchObject({ code: 'not_found' });
  });

  it('publishes a group with its ready events, and republishes only the new ones', () => {
    const inGroup = (id: string, o = {}) => v(event({ id, eventGroupId: 'grp-1', publishedAt: null, ready: true, ...o }));
    const occs = [occurrence({ eventId: 'a' }), occurrence({ id: 'o2', eventId: 'b' })];
    const first = decidePublishGroup({ group: v(group({ publishedAt: null })), events: [inGroup('a'), inGroup('b')], occurrences: occs }, { eventGroupId: 'grp-1' }, ctx());
    expect(first).toMatchObject({ ok: true, notices: [{ kind: 'event_group_published', eventGroupId: 'grp-1' }] });
    if (!first.ok) throw new Error();
    expect(first.puts.map((p) => [p.entity, p.record.id, (p.record as { publishedAt: string }).publishedAt])).toEqual([['ck_event_group', 'grp-1', NOW], ['ck_event', 'a', NOW], ['ck_event', 'b', NOW]]);
    const again = decidePublishGroup({ group: v(group({ publishedAt: '2027-01-01T00:00:00.000Z' })), events: [inGroup('a', { publishedAt: '2027-01-01T00:00:00.000Z' }), inGroup('b')], occurrences: occs }, { eventGroupId: 'grp-1' }, ctx());
    if (!again.ok) throw new Error(again.code);
    expect(again.puts.map((p) => [p.record.id, (p.record as { publishedAt: string }).publishedAt])).toEqual([['grp-1', '2027-01-01T00:00:00.000Z'], ['b', NOW]]);
    expect(decidePublishGroup({ group: v(group({ publishedAt: null })), events: [inGroup('a', { ready: false })], occurrences: occs }, { eventGroupId: 'grp-1' }, ctx())).toMatchObject({ code: 'ck_group_not_ready' });
  });
});
