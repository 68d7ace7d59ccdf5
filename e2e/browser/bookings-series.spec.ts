import { expect, test } from '@playwright/test';
import { addDays, fromWallClock, isoWeekday, toIsoInstant } from '../../domain/wall-clock.ts';
import { WEEKDAYS } from '../../domain/bookings/series.ts';
import type { OccurrencePreview } from '../../domain/bookings/contract.ts';
import { invoke } from '../support/app-page.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { finnishClock, finnishDay, helsinkiDateOf, helsinkiDay, reservationDetail, reservations, showCalendar, signInBookings, unitNamed } from '../support/bookings-app.ts';

const stack = stackPerFile();
const UNIT = 'Kallion kirjasto';
const ROOM = 'Kupolisali';
const NAME = 'Lukupiiri joka viikko (e2e)';

test('a weekly series whose preview shows a conflict: the conflicting date is skipped, every other occurrence shows in the week view, and the series ends from its last date', async ({ page }) => {
  await signInBookings(page, await stack().openApp('kaisa'), 'kaisa');
  const place = await unitNamed(page, UNIT, ROOM);
  const { reservationUnitId } = place;
  // A confirmed booking two weeks or more ahead: the series runs a week before it to a week after it, at its time.
  // The seeded bookings move with the calendar, and some repeat weekly: take one whose weeks around
  // leave a date to book, as the app's own preview tells.
  const candidates = await reservations(page, { reservationUnitIds: [reservationUnitId], states: ['CONFIRMED'], from: helsinkiDay(14), to: helsinkiDay(60) }, 100);
  let existing: (typeof candidates)[number] | undefined;
  for (const c of candidates) {
    const date = helsinkiDateOf(c.beginsAt);
    const preview = await invoke<OccurrencePreview[]>(page, 'bookings.previewSeries', {
      reservationUnitId,
      type: 'STAFF',
      beginDate: addDays(date, -7),
      endDate: addDays(date, 7),
      beginTime: finnishClock(c.beginsAt).replace('.', ':'),
      endTime: finnishClock(c.endsAt).replace('.', ':'),
      weekdays: [WEEKDAYS[isoWeekday(date) - 1]!],
      recurrenceInDays: 7,
      bufferBeforeMin: null,
      bufferAfterMin: null,
    });
    if (preview.some((o) => o.status !== 'conflict' && o.status !== 'skipped')) {
      existing = c;
      break;
    }
  }
  if (!existing) throw new Error(`No confirmed booking on ${ROOM} in the coming weeks with a free week beside it.`);
  const conflictDate = helsinkiDateOf(existing.beginsAt);
  const from = addDays(conflictDate, -7);
  const to = addDays(conflictDate, 7);
  const weekday = WEEKDAYS[isoWeekday(conflictDate) - 1]!;

  await showCalendar(page, 'week', place, from);
  await page.getByTestId('open-series-dialog').click();
  const dialog = page.getByTestId('series-dialog');
  await expect(dialog).toBeVisible();
  // The weekday of the start date comes chosen; the series wants the booking's weekday only.
  for (const d of WEEKDAYS) {
    const box = dialog.locator(`#series-day-${d}`);
    if ((await box.isChecked()) !== (d === weekday)) await dialog.locator(`label[for="series-day-${d}"]`).click();
  }
  await page.getByTestId('series-from').fill(finnishDay(from));
  await page.getByTestId('series-to').fill(finnishDay(to));
  await page.getByTestId('series-begin').fill(finnishClock(existing.beginsAt));
  await page.getByTestId('series-end').fill(finnishClock(existing.endsAt));
  await page.getByTestId('series-name').fill(NAME);
  await expect(page.getByTestId('series-confirm')).toBeDisabled();

  await page.getByTestId('series-preview').click();
  const rows = page.getByTestId('series-occurrence');
  // The end date is included: three weeks, three dates.
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toHaveAttribute('data-date', from);
  await expect(rows.nth(2)).toHaveAttribute('data-date', to);
  const conflict = dialog.locator(`[data-testid="series-occurrence"][data-date="${conflictDate}"]`);
  await expect(conflict).toHaveAttribute('data-status', 'conflict');
  // Named as a calendar names it (its name, else who holds it), not by its id.
  const why = conflict.locator(`[data-reservation-id="${existing.id}"]`).first();
  await expect(why).toContainText(`”${existing.name.trim() || existing.reserveeName}”`);
  await expect(why).not.toContainText(existing.id);
  // All or nothing: not while a conflict stands.
  await expect(page.getByTestId('series-confirm')).toBeDisabled();
  // The seeded bookings move with the calendar: the weeks around may hold another one, and the
  // reason counts them all.
  const conflicts = await dialog.locator('[data-testid="series-occurrence"][data-status="conflict"]').count();
  await expect(dialog.getByTestId('dialog-blocked')).toHaveText(
    conflicts === 1 ? 'Ohita päällekkäinen päivä (1) tai muuta sarjaa.' : `Ohita päällekkäiset päivät (${conflicts}) tai muuta sarjaa.`,
  );

  const skipped: string[] = [];
  for (const row of await rows.all()) {
    if ((await row.getAttribute('data-status')) !== 'conflict') continue;
    const date = (await row.getAttribute('data-date'))!;
    await dialog.locator(`label[for="series-skip-${date}"]`).click();
    skipped.push(date);
  }
  expect(skipped).toContain(conflictDate);
  const booked = [from, conflictDate, to].filter((d) => !skipped.includes(d));
  await expect(page.getByTestId('series-confirm')).toBeEnabled();
  await page.getByTestId('series-confirm').click();
  await expect(dialog).toBeHidden();

  // Every occurrence in its week's view, on its day's row; the skipped date has none.
  for (const date of [from, conflictDate, to]) {
    await showCalendar(page, 'week', place, date);
    const lane = page.locator(`[data-testid="week-calendar"] [role="row"][data-date="${date}"]`);
    const items = lane.locator('[data-testid="week-calendar-item"]').filter({ hasText: NAME });
    await expect(items).toHaveCount(booked.includes(date) ? 1 : 0);
  }

  // Ending the series from its last date cancels that occurrence only; the earlier ones stay.
  const last = booked.at(-1)!;
  await showCalendar(page, 'week', place, last);
  await page.locator(`[data-testid="week-calendar"] [role="row"][data-date="${last}"] [data-testid="week-calendar-item"]`).filter({ hasText: NAME }).click();
  const detail = page.getByTestId('reservation-detail');
  await expect(detail.getByTestId('reservation-series')).toBeVisible();
  await detail.getByTestId('end-series').click();
  const end = page.getByTestId('end-series-dialog');
  await page.getByTestId('end-series-from').fill(finnishDay(last));
  await page.getByTestId('end-series-confirm').click();
  await expect(end).toBeHidden();
  await expect(detail).toHaveAttribute('data-state', 'CANCELLED');
  const lastLane = page.locator(`[data-testid="week-calendar"] [role="row"][data-date="${last}"]`);
  await expect(lastLane.locator('[data-testid="week-calendar-item"]').filter({ hasText: NAME })).toHaveCount(0);
  if (booked.length > 1) {
    const first = booked[0]!;
    await showCalendar(page, 'week', place, first);
    const firstLane = page.locator(`[data-testid="week-calendar"] [role="row"][data-date="${first}"]`);
    await expect(firstLane.locator('[data-testid="week-calendar-item"]').filter({ hasText: NAME })).toHaveCount(1);
  }
});

test('a staff series rescheduled from its second date: the preview shows what moves and what stands in the way, the skipped date is cancelled, the moved occurrence keeps its booking', async ({ page }) => {
  await signInBookings(page, await stack().openApp('kaisa'), 'kaisa');
  const place = await unitNamed(page, UNIT, ROOM);
  const { reservationUnitId } = place;
  const NAME2 = 'Kuoroharjoitus (e2e-siirto)';
  // Three weeks far ahead, and an evening the app's own preview finds free for two hours: the
  // series takes the first hour, the reschedule the second.
  let found: { first: string; hour: number } | null = null;
  for (let days = 150; days < 240 && !found; days += 7) {
    const first = helsinkiDay(days);
    for (const hour of [19, 17, 15, 12, 9]) {
      const preview = await invoke<OccurrencePreview[]>(page, 'bookings.previewSeries', {
        reservationUnitId,
        type: 'STAFF',
        beginDate: first,
        endDate: addDays(first, 14),
        beginTime: `${hour}:00`,
        endTime: `${hour + 2}:00`,
        weekdays: [WEEKDAYS[isoWeekday(first) - 1]!],
        recurrenceInDays: 7,
        bufferBeforeMin: null,
        bufferAfterMin: null,
      });
      if (preview.every((o) => o.status === 'ok')) {
        found = { first, hour };
        break;
      }
    }
  }
  if (!found) throw new Error(`No free evening on ${ROOM} for three weeks in a row, 150–240 days ahead.`);
  const { first: d1, hour } = found;
  const [d2, d3] = [addDays(d1, 7), addDays(d1, 14)];

  // The series, made through the screen.
  await showCalendar(page, 'week', place, d1);
  await page.getByTestId('open-series-dialog').click();
  const create = page.getByTestId('series-dialog');
  await page.getByTestId('series-to').fill(finnishDay(d3));
  await page.getByTestId('series-begin').fill(`${hour}.00`);
  await page.getByTestId('series-end').fill(`${hour + 1}.00`);
  await page.getByTestId('series-name').fill(NAME2);
  await page.getByTestId('series-preview').click();
  await expect(create.getByTestId('series-occurrence')).toHaveCount(3);
  await page.getByTestId('series-confirm').click();
  await expect(create).toBeHidden();
  // Another handler's closed hour on the third date, at the time the series will move to.
  await invoke(page, 'bookings.createStaffReservation', {
    reservationUnitId,
    type: 'BLOCKED',
    beginsAt: toIsoInstant(fromWallClock(d3, (hour + 1) * 60 + 30)),
    endsAt: toIsoInstant(fromWallClock(d3, (hour + 2) * 60)),
    name: 'Huolto (e2e)',
    description: '',
    bufferBeforeMin: null,
    bufferAfterMin: null,
    reservee: null,
  });
  const ours = async () => (await reservations(page, { reservationUnitIds: [reservationUnitId], from: d1, to: addDays(d3, 1) }, 50)).filter((r) => r.name === NAME2 || r.name === 'Huolto (e2e)');
  await expect.poll(async () => (await ours()).filter((r) => !r.pending).length).toBe(4);
  const series = (await ours()).filter((r) => r.name === NAME2).sort((a, b) => a.beginsAt.localeCompare(b.beginsAt));
  const blocker = (await ours()).find((r) => r.name === 'Huolto (e2e)')!;

  // From the second occurrence's detail: an hour later from that date on.
  await showCalendar(page, 'week', place, d2);
  await page.locator(`[data-testid="week-calendar"] [role="row"][data-date="${d2}"] [data-testid="week-calendar-item"]`).filter({ hasText: NAME2 }).click();
  const detail = page.getByTestId('reservation-detail');
  await expect(detail).toHaveAttribute('data-reservation-id', series[1]!.id);
  await detail.getByTestId('reschedule-series').click();
  const dialog = page.getByTestId('reschedule-dialog');
  // The series' own pattern, from the occurrence on screen.
  await expect(page.getByTestId('reschedule-from')).toHaveValue(finnishDay(d2));
  await expect(page.getByTestId('reschedule-to')).toHaveValue(finnishDay(d3));
  await expect(page.getByTestId('reschedule-begin')).toHaveValue(`${hour}.00`);
  await expect(dialog.getByTestId('dialog-blocked')).toHaveText('Esikatsele sarja ennen tekemistä.');
  await page.getByTestId('reschedule-begin').fill(`${hour + 1}.00`);
  await page.getByTestId('reschedule-end').fill(`${hour + 2}.00`);
  await page.getByTestId('reschedule-preview').click();
  const rows = dialog.getByTestId('reschedule-occurrence');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toHaveAttribute('data-date', d2);
  await expect(rows.nth(0)).toHaveAttribute('data-status', 'ok');
  await expect(rows.nth(0)).toHaveAttribute('data-change', 'moved');
  await expect(rows.nth(1)).toHaveAttribute('data-status', 'conflict');
  await expect(rows.nth(1).locator(`[data-reservation-id="${blocker.id}"]`).first()).toContainText('”Huolto (e2e)”');
  await expect(page.getByTestId('reschedule-confirm')).toBeDisabled();
  await expect(dialog.getByTestId('dialog-blocked')).toHaveText('Ohita päällekkäinen päivä (1) tai muuta sarjaa.');
  await expectNoAxeViolations(page, 'reschedule dialog with a conflict');

  // Skipped: the third occurrence has no date in the new schedule, so it is cancelled.
  await dialog.locator(`label[for="reschedule-skip-${d3}"]`).click();
  await expect(rows.nth(1)).toHaveAttribute('data-status', 'skipped');
  await expect(dialog.getByTestId('reschedule-cancelled')).toContainText('Perutaan 1 varaus');
  await expect(dialog.getByTestId('reschedule-cancelled').locator('li')).toHaveAttribute('data-reservation-id', series[2]!.id);
  await page.locator('#reschedule-note').fill('Sali vapautuu tuntia myöhemmin (e2e).');
  await expect(page.getByTestId('reschedule-confirm')).toBeEnabled();
  await page.getByTestId('reschedule-confirm').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('live-region')).toHaveText('Toistuvan varaussarjan siirtäminen: keskuspalvelu vahvisti.');

  // The same booking at the new time, with the move in its history; the first stays, the third is cancelled.
  await expect.poll(async () => finnishClock((await reservationDetail(page, series[1]!.id)).reservation.beginsAt)).toBe(`${hour + 1}.00`);
  await expect(detail.getByTestId('reservation-history')).toContainText('Aika siirretty');
  await expect(detail.getByTestId('reservation-history')).toContainText('Sali vapautuu tuntia myöhemmin (e2e).');
  expect((await reservationDetail(page, series[0]!.id)).reservation.beginsAt).toBe(series[0]!.beginsAt);
  expect((await reservationDetail(page, series[2]!.id)).reservation.state).toBe('CANCELLED');
  const lane = page.locator(`[data-testid="week-calendar"] [role="row"][data-date="${d2}"]`);
  await expect(lane.locator('[data-testid="week-calendar-item"]').filter({ hasText: NAME2 })).toHaveCount(1);
});
