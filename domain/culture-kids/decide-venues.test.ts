import { describe, expect, it } from 'vitest';
import { decideCopyVenues, decideCreateVenue, decideUpdateVenue } from './decide-venues.ts';
import { cohort, ctx, venue, v } from './fixtures.test-support.ts';

const { id: _id, cohortId: _c, copiedFromVenueId: _f, ...fields } = venue();
const NEW = '6f1c2a9e-8d0b-4c55-9f1e-2b7d3c4a5e61';

describe('venues', () => {
  it('creates a venue in an existing cohort, and refuses an unknown cohort', () => {
    expect(decideCreateVenue({ cohort: cohort() }, { ...fields, venueId: NEW, cohortId: 'c-2023' })).toEqual({ ok: true, puts: [{ entity: 'ck_venue', version: 1, record: venue({ id: NEW }) }], deletes: [], notices: [] });
    expect(decideCreateVenue({ cohort: null }, { ...fields, venueId: NEW, cohortId: 'c-9' })).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('updates a venue at the version seen, keeping its cohort and origin', () => {
    const d = decideUpdateVenue({ venue: v(venue({ copiedFromVenueId: 'old' }), 3) }, { ...fields, venueId: 'venue-1', name: { fi: 'Uusi', sv: '', en: '' } }, ctx({ baseVersion: 3 }));
    expect(d).toMatchObject({ ok: true, puts: [{ version: 4, record: { name: { fi: 'Uusi' }, cohortId: 'c-2023', copiedFromVenueId: 'old' } }] });
    expect(decideUpdateVenue({ venue: v(venue(), 3) }, { ...fields, venueId: 'venue-1' }, ctx({ baseVersion: 2 }))).toMatchObject({ ok: false, code: 'stale_version' });
    expect(decideUpdateVenue({ venue: null }, { ...fields, venueId: 'x' }, ctx())).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('copies the previous cohort\'s venues once, with ids derived from the command', () => {
    const from = cohort({ id: 'c-2022', year: 2022 });
    const s = { from, to: cohort(), venues: [venue({ id: 'a', cohortId: 'c-2022' }), venue({ id: 'b', cohortId: 'c-2022' }), venue({ id: 'a2', cohortId: 'c-2023', copiedFromVenueId: 'a' })] };
    const d = decideCopyVenues(s, { fromCohortId: 'c-2022', toCohortId: 'c-2023' }, ctx());
    if (!d.ok) throw new Error(d.code);
    expect(d.puts.map((p) => [p.record.id, (p.record as { cohortId: string }).cohortId, (p.record as { copiedFromVenueId: string }).copiedFromVenueId])).toEqual([[`${ctx().commandId}:b`, 'c-2023', 'b']]);
    const nothing = { ...s, venues: [...s.venues, venue({ id: 'b2', copiedFromVenueId: 'b' })] };
    expect(decideCopyVenues(nothing, { fromCohortId: 'c-2022', toCohortId: 'c-2023' }, ctx())).toMatchObject({ ok: false, code: 'ck_venues_nothing_to_copy' });
    expect(decideCopyVenues({ ...s, from: null }, { fromCohortId: 'c-x', toCohortId: 'c-2023' }, ctx())).toMatchObject({ ok: false, code: 'not_found' });
  });
});
