import { describe, expect, it } from 'vitest';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { visibleViews } from './AppShell.tsx';

const user = (roles: StaffUser['roles']): StaffUser => ({ id: 'u', name: 'U', roles, grants: [] });

describe('the workspaces a user sees', () => {
  it('shows the bookings views exactly to users with a booking role, the queue first', () => {
    expect(visibleViews(user(['booking_handler']))).toEqual(['bookingQueue', 'bookingList', 'bookingCalendar', 'bookingMessages', 'conflicts']);
    expect(visibleViews(user(['berth_handler']))).toEqual(['applications', 'customers', 'harbours', 'winterStorage', 'berthPayments', 'allocation', 'renewal', 'berthMessages', 'conflicts']);
    // The allocation proposal ends in sending offers: a supervisor, who may send none, is not offered it.
    expect(visibleViews(user(['berth_supervisor']))).toEqual(['applications', 'customers', 'harbours', 'winterStorage', 'berthPayments', 'conflicts']);
    // Harbour services edit harbours, piers and berths: a refused edit must be readable where it lands.
    expect(visibleViews(user(['harbour_services']))).toEqual(['harbours', 'conflicts']);
  });

  it('shows the conflict inbox to every role that may send a command, and to no read-only role but the berth supervisor', () => {
    for (const role of ['harbour_services', 'booking_reserver', 'booking_admin', 'culture_kids_admin', 'assist_volunteer', 'assist_supervisor'] as const) {
      expect(visibleViews(user([role])), role).toContain('conflicts');
    }
    for (const role of ['booking_viewer', 'culture_kids_family_viewer'] as const) expect(visibleViews(user([role])), role).not.toContain('conflicts');
  });

  it('shows winter storage to every role that reads berth cases, and not to harbour services, who read no customers', () => {
    expect(visibleViews(user(['berth_services']))).toContain('winterStorage');
    expect(visibleViews(user(['berth_handler']))).toContain('winterStorage');
    expect(visibleViews(user(['berth_supervisor']))).toContain('winterStorage');
    expect(visibleViews(user(['harbour_services']))).not.toContain('winterStorage');
    expect(visibleViews(user(['booking_handler']))).not.toContain('winterStorage');
  });

  it('shows both workspaces to a user with berth and booking roles, and one conflict inbox', () => {
    expect(visibleViews(user(['berth_handler', 'booking_handler']))).toEqual(['applications', 'customers', 'harbours', 'winterStorage', 'berthPayments', 'allocation', 'renewal', 'berthMessages', 'bookingQueue', 'bookingList', 'bookingCalendar', 'bookingMessages', 'conflicts']);
  });

  it('gives a booking viewer the views but no conflict inbox: a viewer sends no commands', () => {
    expect(visibleViews(user(['booking_viewer']))).toEqual(['bookingQueue', 'bookingList', 'bookingCalendar', 'bookingMessages']);
  });

  it('shows the Culture Kids views exactly to users with its roles, beside the other workspaces', () => {
    const all = ['ckRegistry', 'ckProgram', 'ckCheckIn', 'ckMessages', 'ckReports'];
    expect(visibleViews(user(['culture_kids_admin']))).toEqual([...all, 'conflicts']);
    expect(visibleViews(user(['culture_kids_admin', 'culture_kids_publisher', 'culture_kids_group_manager', 'culture_kids_messenger', 'culture_kids_family_viewer']))).toEqual([...all, 'conflicts']);
    expect(visibleViews(user(['culture_kids_family_viewer']))).toEqual(['ckRegistry']);
    expect(visibleViews(user(['culture_kids_messenger']))).toEqual([]);
    expect(visibleViews(user(['booking_handler', 'culture_kids_admin']))).toEqual(['bookingQueue', 'bookingList', 'bookingCalendar', 'bookingMessages', ...all, 'conflicts']);
  });

  it('shows the terminal fleet to supervisors with kiosk.fleet, and no staff view to a kiosk terminal', () => {
    expect(visibleViews(user(['assist_supervisor']))).toContain('kioskFleet');
    expect(visibleViews(user(['assist_helper']))).not.toContain('kioskFleet');
    expect(visibleViews(user(['kiosk']))).toEqual([]);
  });

  it('shows the Assistance views to its helpers, and its reports only to those who may read them', () => {
    expect(visibleViews(user(['assist_helper']))).toEqual(['asQueue', 'asSessions', 'asAppointments', 'asReports', 'conflicts']);
    expect(visibleViews(user(['assist_supervisor']))).toEqual(['asQueue', 'asSessions', 'asAppointments', 'asReports', 'kioskFleet', 'conflicts']);
    expect(visibleViews(user(['assist_volunteer']))).toEqual(['asQueue', 'asSessions', 'asAppointments', 'conflicts']);
    expect(visibleViews(user(['kiosk']))).not.toContain('asQueue');
  });
});
