import { describe, expect, it } from 'vitest';
import { isKiosk, kioskFeedScopes } from './feed-scopes.ts';

describe('kioskFeedScopes', () => {
  it('gives the service point of its grant and every booking unit', () => {
    expect(kioskFeedScopes([{ role: 'kiosk', servicePointId: 'sp-oodi' }], ['u1', 'u2'])).toEqual([
      'assist.desk:sp-oodi',
      'assist.public:sp-oodi',
      'bookings.cases:u1',
      'bookings.cases:u2',
      'bookings.resources:u1',
      'bookings.resources:u2',
      'kiosk.fleet:sp-oodi',
      'kiosk.public:sp-oodi',
    ]);
  });

  it('gives no service point for a kiosk grant without one, nor for another role\'s grant', () => {
    expect(kioskFeedScopes([{ role: 'kiosk' }, { role: 'assist_supervisor' }, { role: 'assist_helper', servicePointId: 'sp-malmi' }], [])).toEqual([]);
  });
});

describe('isKiosk', () => {
  it('holds for the role or a grant of it', () => {
    expect(isKiosk(['kiosk'], [])).toBe(true);
    expect(isKiosk([], [{ role: 'kiosk', servicePointId: 'sp-oodi' }])).toBe(true);
    expect(isKiosk(['assist_supervisor'], [{ role: 'booking_admin' }])).toBe(false);
  });
});
