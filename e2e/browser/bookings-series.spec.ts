import { expect, test } from '@playwright/test';
import { addDays, isoWeekday } from '../../domain/wall-clock.ts';
import { WEEKDAYS } from '../../domain/bookings/series.ts';
import type { OccurrencePreview } from '../../domain/bookings/contract.ts';
import { invoke } from '../support/app-page.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { finnishClock, finnishDay, helsinkiDateOf, helsinkiDay, reservations, showCalendar, signInBookings, unitNamed } from '../support/bookings-app.ts';

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
  await expect(conflict).toContainText(existing.id);
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
