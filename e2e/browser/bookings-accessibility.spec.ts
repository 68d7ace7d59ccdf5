import { expect, test } from '@playwright/test';
import { stackPerFile } from '../support/stack-per-file.ts';
import { finnishDay, helsinkiDay, openRow, reservations, showBookingView, showCalendar, signInBookings, unitNamed } from '../support/bookings-app.ts';
import { expectNoAxeViolations } from '../support/axe.ts';

const stack = stackPerFile();

for (const lang of ['fi', 'sv'] as const) {
  test(`the bookings screens pass an axe WCAG 2.1 AA check in ${lang}`, async ({ page }) => {
    await signInBookings(page, await stack().openApp(`maria-${lang}`), 'maria');
    await page.getByTestId('language-switch').selectOption(lang);

    await showBookingView(page, 'bookingQueue');
    await expect(page.getByTestId('queue-grid')).toHaveAttribute('data-state', 'ready');
    const [request] = await reservations(page, { states: ['REQUIRES_HANDLING'], from: helsinkiDay() }, 1);
    if (!request) throw new Error('no requests in the queue');
    await openRow(page, 'queue-grid', request.id);
    await expectNoAxeViolations(page, 'queue with a request open');
    await page.getByTestId('reservation-approve').click();
    await expect(page.getByTestId('approve-dialog')).toBeVisible();
    await expectNoAxeViolations(page, 'approve dialog');
    await page.keyboard.press('Escape');
    await page.getByTestId('reservation-deny').click();
    await expect(page.getByTestId('deny-dialog')).toBeVisible();
    await expectNoAxeViolations(page, 'deny dialog');
    await page.keyboard.press('Escape');

    await showBookingView(page, 'bookingList');
    await expect(page.getByTestId('reservations-grid')).toHaveAttribute('data-state', 'ready');
    await page.getByTestId('bk-filter-states').selectOption('CONFIRMED');
    await page.getByTestId('bk-more-filters').click();
    await expect(page.getByTestId('filter-tags')).toBeVisible();
    await expectNoAxeViolations(page, 'reservation list with filters');

    const caisa = await unitNamed(page, 'Caisa', 'Takkahuone');
    await showCalendar(page, 'day', { unitId: caisa.unitId }, helsinkiDay(7));
    await expectNoAxeViolations(page, 'day calendar');
    await page.locator('[data-testid="day-calendar-slot"]').first().focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('staff-booking-dialog')).toBeVisible();
    // The slot's answer lands above the type choice and moves it: click once the dialog has settled.
    await expect(page.getByTestId('slot-answer')).toBeVisible();
    await page.locator('label[for="staff-type-BEHALF"]').click();
    await expect(page.getByTestId('staff-reservee')).toBeVisible();
    await expectNoAxeViolations(page, 'staff booking dialog');
    await page.keyboard.press('Escape');

    await showCalendar(page, 'week', caisa, helsinkiDay(7));
    await expectNoAxeViolations(page, 'week calendar');
    await page.getByTestId('open-series-dialog').click();
    await expect(page.getByTestId('series-dialog')).toBeVisible();
    await page.getByTestId('series-to').fill(finnishDay(helsinkiDay(28)));
    await page.getByTestId('series-preview').click();
    await expect(page.getByTestId('series-preview-table')).toBeVisible();
    await expectNoAxeViolations(page, 'series dialog with its preview');
    await page.keyboard.press('Escape');

    await showBookingView(page, 'bookingMessages');
    await expect(page.getByTestId('caught-messages')).toBeVisible();
    await expectNoAxeViolations(page, 'sent messages');
  });
}
