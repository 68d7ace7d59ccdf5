import { expect, test, type Page } from '@playwright/test';
import type { CalendarBlock } from '../../domain/bookings/contract.ts';
import { fromWallClock, toIsoInstant } from '../../domain/wall-clock.ts';
import { invoke } from '../support/app-page.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { dayCalendar, finnishClock, helsinkiDateOf, helsinkiDay, showCalendar, signInBookings, unitNamed } from '../support/bookings-app.ts';

const stack = stackPerFile();
const UNIT = 'Kallion kirjasto';
const ROOM = 'Kupolisali';

/** A day from a week on with a booking on the room, and a free hour on it (buffers included). */
async function dayWithBookingAndFreeHour(page: Page, unitId: string, roomId: string): Promise<{ date: string; booking: CalendarBlock; freeHour: number }> {
  for (let d = 7; d < 35; d++) {
    const date = helsinkiDay(d);
    const row = (await dayCalendar(page, unitId, date)).rows.find((r) => r.reservationUnit.id === roomId);
    // One that begins and ends on this day with an hour to spare before midnight: the dialog's times are this day's.
    const sameDay = (b: CalendarBlock) => helsinkiDateOf(b.beginsAt) === date && helsinkiDateOf(new Date(Date.parse(b.endsAt) + 60 * 60_000).toISOString()) === date;
    const candidates = row?.blocks.filter((b) => b.relation === 'self' && b.state === 'CONFIRMED' && sameDay(b)) ?? [];
    // The hour after it must be taken by its buffer (a booking with buffers, not one whose next hour is someone else's).
    let booking: CalendarBlock | undefined;
    for (const b of candidates) {
      const after = await invoke<{ free: boolean; blockers: { reservationId: string; cause: { kind: string } }[] }>(page, 'bookings.checkSlot', {
        reservationUnitId: roomId,
        beginsAt: b.endsAt,
        endsAt: new Date(Date.parse(b.endsAt) + 60 * 60_000).toISOString(),
        type: 'STAFF',
        bufferBeforeMin: null,
        bufferAfterMin: null,
      });
      if (after.blockers.some((x) => x.reservationId === b.reservationId && x.cause.kind === 'buffer')) {
        booking = b;
        break;
      }
    }
    if (!booking) continue;
    for (let hour = 9; hour <= 18; hour++) {
      const beginsAt = toIsoInstant(fromWallClock(date, hour * 60));
      const endsAt = toIsoInstant(fromWallClock(date, (hour + 1) * 60));
      const answer = await invoke<{ free: boolean }>(page, 'bookings.checkSlot', { reservationUnitId: roomId, beginsAt, endsAt, type: 'STAFF', bufferBeforeMin: null, bufferAfterMin: null });
      if (answer.free) return { date, booking, freeHour: hour };
    }
  }
  throw new Error(`No day in the next weeks with a booking and a free hour on ${ROOM}.`);
}

test('a handler books a free slot from the calendar with the keyboard and is told why a taken slot is taken', async ({ page }) => {
  await signInBookings(page, await stack().openApp('kaisa'), 'kaisa');
  const { unitId, reservationUnitId } = await unitNamed(page, UNIT, ROOM);
  const { date, booking, freeHour } = await dayWithBookingAndFreeHour(page, unitId, reservationUnitId);
  await showCalendar(page, 'day', { unitId }, date);

  // The existing booking is drawn on its room's row.
  const calendar = page.getByTestId('day-calendar');
  await expect(calendar.locator(`[data-testid="day-calendar-item"][data-item-id="${booking.reservationId}"]`)).toBeVisible();

  // Keyboard: focus the free hour's first half, Shift+→ takes the second half too, Enter opens the booking.
  const hh = String(freeHour).padStart(2, '0');
  await calendar.locator(`[data-testid="day-calendar-slot"][data-lane="${reservationUnitId}"][data-time="${hh}:00"]`).focus();
  await page.keyboard.press('Shift+ArrowRight');
  await expect(calendar.locator(`[data-testid="day-calendar-slot"][data-lane="${reservationUnitId}"][aria-selected="true"]`)).toHaveCount(2);
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('staff-booking-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('staff-begin')).toHaveValue(`${hh}.00`);
  await expect(page.getByTestId('staff-end')).toHaveValue(`${String(freeHour + 1).padStart(2, '0')}.00`);
  await expect(page.getByTestId('slot-answer')).toHaveAttribute('data-free', 'true');

  // The booking's own time: taken, and the dialog names the booking; nothing can be booked.
  await page.getByTestId('staff-begin').fill(finnishClock(booking.beginsAt));
  await page.getByTestId('staff-end').fill(finnishClock(booking.endsAt));
  const answer = page.getByTestId('slot-answer');
  await expect(answer).toHaveAttribute('data-free', 'false');
  const reason = page.getByTestId('slot-blockers').locator(`li[data-reservation-id="${booking.reservationId}"]`);
  await expect(reason.first()).toHaveAttribute('data-cause', 'time');
  await expect(reason.first()).toContainText(booking.label);
  await expect(page.getByTestId('staff-booking-confirm')).toBeDisabled();
  await expect(dialog.getByTestId('dialog-blocked')).toHaveText('Aika on varattu. Valitse toinen aika.');

  // Right after it, inside its cleaning buffer: taken because of the buffer, and it says so.
  const after = new Date(Date.parse(booking.endsAt) + 60 * 60_000).toISOString();
  await page.getByTestId('staff-begin').fill(finnishClock(booking.endsAt));
  await page.getByTestId('staff-end').fill(finnishClock(after));
  await expect(answer).toHaveAttribute('data-free', 'false');
  await expect(reason.first()).toHaveAttribute('data-cause', 'buffer');
  await expect(reason.first()).toContainText('minuutin tauko');

  // Back on the free hour, with a name: booked, and the calendar shows it.
  await page.getByTestId('staff-begin').fill(`${hh}.00`);
  await page.getByTestId('staff-end').fill(`${String(freeHour + 1).padStart(2, '0')}.00`);
  await expect(answer).toHaveAttribute('data-free', 'true');
  await page.getByTestId('staff-name').fill('Henkilökunnan kokous (e2e)');
  await page.getByTestId('staff-booking-confirm').click();
  await expect(dialog).toBeHidden();
  const made = calendar.locator('[data-testid="day-calendar-item"]').filter({ hasText: 'Henkilökunnan kokous (e2e)' });
  await expect(made).toBeVisible();
  await expect(made).toHaveAttribute('data-tone', 'internal');
  // Confirmed by the central: no longer drawn as waiting.
  await expect(made).not.toHaveClass(/cal__item--pending/, { timeout: 60_000 });
});
