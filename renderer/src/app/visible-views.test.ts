import { describe, expect, it } from 'vitest';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { visibleViews } from './AppShell.tsx';

const user = (roles: StaffUser['roles']): StaffUser => ({ id: 'u', name: 'U', roles, grants: [] });

describe('the workspaces a user sees', () => {
  it('shows the bookings views exactly to users with a booking role, the queue first', () => {
    expect(visibleViews(user(['booking_handler']))).toEqual(['bookingQueue', 'bookingList', 'bookingCalendar', 'bookingMessages', 'conflicts']);
    expect(visibleViews(user(['berth_handler']))).toEqual(['applications', 'harbours', 'conflicts']);
    expect(visibleViews(user(['harbour_services']))).toEqual(['harbours']);
  });

  it('shows both workspaces to a user with berth and booking roles, and one conflict inbox', () => {
    expect(visibleViews(user(['berth_handler', 'booking_handler']))).toEqual(['applications', 'harbours', 'bookingQueue', 'bookingList', 'bookingCalendar', 'bookingMessages', 'conflicts']);
  });

  it('gives a booking viewer the views but no conflict inbox: a viewer sends no commands', () => {
    expect(visibleViews(user(['booking_viewer']))).toEqual(['bookingQueue', 'bookingList', 'bookingCalendar', 'bookingMessages']);
  });
});
