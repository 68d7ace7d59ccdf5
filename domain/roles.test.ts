import { describe, expect, it } from 'vitest';
import { can, canOnUnit, feedScopesFor, scopesFor, unitsWith } from './roles.ts';

describe('roles', () => {
  it('lets handlers and berth services process applications, nobody else', () => {
    expect(can(['berth_handler'], 'berths.cases.write')).toBe(true);
    expect(can(['berth_services'], 'berths.cases.write')).toBe(true);
    expect(can(['berth_supervisor'], 'berths.cases.write')).toBe(false);
    expect(can(['harbour_services'], 'berths.cases.write')).toBe(false);
    expect(can(['kiosk'], 'berths.cases.read')).toBe(false);
  });

  it('gives harbour services resources only and a kiosk nothing', () => {
    expect(scopesFor(['harbour_services'])).toEqual(['berths.resources']);
    expect(scopesFor(['berth_supervisor'])).toEqual(['berths.cases', 'berths.resources']);
    expect(scopesFor(['kiosk'])).toEqual([]);
  });
});

describe('booking roles on units and unit groups', () => {
  const groups = new Map([['g-libraries', ['u-toolo', 'u-oodi']]]);
  const handlerOfToolo = [{ role: 'booking_handler' as const, unitId: 'u-toolo' }];
  const handlerOfLibraries = [{ role: 'booking_handler' as const, unitGroupId: 'g-libraries' }];

  it('holds a role on its unit only', () => {
    expect(canOnUnit(handlerOfToolo, 'bookings.reservations.handle', 'u-toolo', groups)).toBe(true);
    expect(canOnUnit(handlerOfToolo, 'bookings.reservations.handle', 'u-oodi', groups)).toBe(false);
  });

  it('holds a role on a unit group on every member unit, and nowhere else', () => {
    expect(canOnUnit(handlerOfLibraries, 'bookings.reservations.handle', 'u-oodi', groups)).toBe(true);
    expect(canOnUnit(handlerOfLibraries, 'bookings.reservations.handle', 'u-caisa', groups)).toBe(false);
    expect(canOnUnit(handlerOfLibraries, 'bookings.reservations.handle', 'u-oodi', new Map())).toBe(false);
  });

  it('lets a viewer read and never handle; only an admin edits units', () => {
    const viewer = [{ role: 'booking_viewer' as const }];
    expect(canOnUnit(viewer, 'bookings.reservations.read', 'u-oodi', groups)).toBe(true);
    expect(canOnUnit(viewer, 'bookings.reservations.handle', 'u-oodi', groups)).toBe(false);
    expect(canOnUnit(handlerOfToolo, 'bookings.resources.write', 'u-toolo', groups)).toBe(false);
    expect(canOnUnit([{ role: 'booking_admin' }], 'bookings.resources.write', 'u-toolo', groups)).toBe(true);
  });

  it('gives a handler the partitions of their units only, and an unscoped admin every unit', () => {
    expect(feedScopesFor(['booking_handler'], handlerOfToolo, groups, ['u-oodi', 'u-toolo'])).toEqual([
      'bookings.cases:u-toolo',
      'bookings.reference',
      'bookings.resources:u-toolo',
    ]);
    expect(feedScopesFor(['booking_admin'], [{ role: 'booking_admin' }], groups, ['u-oodi', 'u-toolo'])).toEqual([
      'bookings.cases:u-oodi',
      'bookings.cases:u-toolo',
      'bookings.reference',
      'bookings.resources:u-oodi',
      'bookings.resources:u-toolo',
    ]);
  });

  it('keeps berth roles city-wide and out of the booking partitions', () => {
    expect(feedScopesFor(['berth_handler'], [], groups, ['u-oodi'])).toEqual(['berths.cases', 'berths.resources']);
    expect(unitsWith([{ role: 'berth_handler' }], 'bookings.reservations.read', groups)).toEqual([]);
  });
});
