import { describe, expect, it } from 'vitest';
import { Venue } from './entities.ts';
import { copyVenues } from './venues.ts';

const blank = { fi: '', sv: '', en: '' };
const venue: Venue = { id: 'v-2024-oodi', cohortId: 'c-2024', name: { fi: 'Oodi', sv: 'Ode', en: 'Oodi' }, address: blank, description: blank, accessibilityInfo: blank, arrivalInstructions: blank, additionalInfo: blank, wcAndFacilities: blank, wwwUrl: 'https://oodihelsinki.fi', copiedFromVenueId: null };

describe('copying venues to a new cohort', () => {
  it('copies every practical detail under a new id, remembering the source', () => {
    const [copy] = copyVenues([venue], 'c-2025', (v) => `${v.id}-copy`);
    expect(copy).toEqual({ ...venue, id: 'v-2024-oodi-copy', cohortId: 'c-2025', copiedFromVenueId: 'v-2024-oodi' });
    expect(Venue.safeParse(copy).success).toBe(true);
  });

  it('does not copy a cohort\'s venues onto itself', () => {
    expect(copyVenues([venue], 'c-2024', (v) => v.id)).toEqual([]);
  });
});
