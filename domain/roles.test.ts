import { describe, expect, it } from 'vitest';
import { PERMISSIONS, can, canAtServicePoint, canOnCohort, canOnUnit, cohortsWith, feedScopesFor, scopesFor, servicePointsWith, unitsWith } from './roles.ts';

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
    expect(feedScopesFor(['booking_handler'], handlerOfToolo, groups, { unit: ['u-oodi', 'u-toolo'], cohort: ['c-2024'], service_point: [] })).toEqual([
      'bookings.cases:u-toolo',
      'bookings.reference',
      'bookings.resources:u-toolo',
    ]);
    expect(feedScopesFor(['booking_admin'], [{ role: 'booking_admin' }], groups, { unit: ['u-oodi', 'u-toolo'], cohort: ['c-2024'], service_point: [] })).toEqual([
      'bookings.cases:u-oodi',
      'bookings.cases:u-toolo',
      'bookings.reference',
      'bookings.resources:u-oodi',
      'bookings.resources:u-toolo',
    ]);
  });

  it('keeps berth roles city-wide and out of the booking partitions', () => {
    expect(feedScopesFor(['berth_handler'], [], groups, { unit: ['u-oodi'], cohort: ['c-2024'], service_point: [] })).toEqual(['berths.cases', 'berths.resources']);
    expect(unitsWith([{ role: 'berth_handler' }], 'bookings.reservations.read', groups)).toEqual([]);
  });
});

describe('Culture Kids roles on cohorts', () => {
  const adminOf2024 = [{ role: 'culture_kids_admin' as const, cohortId: 'c-2024' }];
  const all = { unit: ['u-oodi'], cohort: ['c-2023', 'c-2024'], service_point: ['sp-oodi'] };

  it('holds a role on its cohort only, and never through a unit grant', () => {
    expect(canOnCohort(adminOf2024, 'culture-kids.admin', 'c-2024')).toBe(true);
    expect(canOnCohort(adminOf2024, 'culture-kids.admin', 'c-2023')).toBe(false);
    expect(canOnCohort(adminOf2024, 'culture-kids.view_families', 'c-2024')).toBe(false);
    expect(canOnCohort([{ role: 'culture_kids_admin', unitId: 'c-2024' }], 'culture-kids.admin', 'c-2024')).toBe(false);
    expect(canOnUnit([{ role: 'booking_handler', cohortId: 'u-oodi' }], 'bookings.reservations.read', 'u-oodi', new Map())).toBe(false);
  });

  it('sends an admin without "view families" no registry partition, and an unscoped grant every cohort', () => {
    expect(feedScopesFor(['culture_kids_admin'], adminOf2024, new Map(), all)).toEqual(['culture-kids.participants:c-2024', 'culture-kids.program:c-2024']);
    const viewer = [...adminOf2024, { role: 'culture_kids_family_viewer' as const, cohortId: 'c-2024' }];
    expect(feedScopesFor(['culture_kids_admin', 'culture_kids_family_viewer'], viewer, new Map(), all)).toContain('culture-kids.registry:c-2024');
    expect(cohortsWith([{ role: 'culture_kids_admin' }], 'culture-kids.admin')).toBe('all');
    expect(feedScopesFor(['culture_kids_admin'], [{ role: 'culture_kids_admin' }], new Map(), all)).toEqual([
      'culture-kids.participants:c-2023',
      'culture-kids.participants:c-2024',
      'culture-kids.program:c-2023',
      'culture-kids.program:c-2024',
    ]);
  });
});

describe('Assistance roles on service points', () => {
  const all = { unit: ['u-oodi'], cohort: ['c-2024'], service_point: ['sp-itis', 'sp-oodi'] };
  const helperAtOodi = [{ role: 'assist_helper' as const, servicePointId: 'sp-oodi' }];

  it('holds a role at its service point only, and never through a unit or cohort grant', () => {
    expect(canAtServicePoint(helperAtOodi, 'assist.staff', 'sp-oodi')).toBe(true);
    expect(canAtServicePoint(helperAtOodi, 'assist.staff', 'sp-itis')).toBe(false);
    expect(canAtServicePoint([{ role: 'assist_helper', unitId: 'sp-oodi' }], 'assist.staff', 'sp-oodi')).toBe(false);
    expect(servicePointsWith([{ role: 'assist_supervisor' }], 'assist.staff')).toBe('all');
  });

  it('lets a volunteer log sessions but not see reports, and a kiosk only take tickets, book and ask for help', () => {
    expect(can(['assist_volunteer'], 'assist.staff')).toBe(true);
    expect(can(['assist_volunteer'], 'assist.reports')).toBe(false);
    expect(can(['assist_helper'], 'assist.reports')).toBe(true);
    expect(can(['kiosk'], 'assist.staff')).toBe(false);
    expect((Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]).filter((p) => can(['kiosk'], p)).sort()).toEqual([
      'assist.book',
      'assist.request_help',
      'assist.ticket',
      'bookings.request',
      'kiosk.terminal',
    ]);
  });

  it('sends a helper the partitions of their service point, and a kiosk no scope of its own', () => {
    expect(feedScopesFor(['assist_helper'], helperAtOodi, new Map(), all)).toEqual(['assist.desk:sp-oodi', 'assist.public:sp-oodi', 'kiosk.public:sp-oodi']);
    expect(feedScopesFor(['kiosk'], [{ role: 'kiosk', servicePointId: 'sp-oodi' }], new Map(), all)).toEqual([]);
  });
});
