import { expect, test } from '@playwright/test';
import type { UnitSettings } from '../../domain/bookings/contract.ts';
import { invoke } from '../support/app-page.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { finnishDay, helsinkiDay, showCalendar, signInBookings, unitNamed } from '../support/bookings-app.ts';

const stack = stackPerFile();
const UNIT = 'Kallion kirjasto';
const ROOM = 'Kupolisali';

test('an admin adds a price that waits for its day: the price in force stays, a price today or a subsidy above the normal price is refused at its field, and the central confirms the list', async ({ page }) => {
  await signInBookings(page, await stack().openApp('paula'), 'paula');
  const place = await unitNamed(page, UNIT, ROOM);
  const before = await invoke<UnitSettings>(page, 'bookings.unitSettings', { reservationUnitId: place.reservationUnitId });
  await showCalendar(page, 'week', place, helsinkiDay());
  await page.getByTestId('open-prices-dialog').click();
  const dialog = page.getByTestId('prices-dialog');
  const rows = dialog.getByTestId('price-row');
  await expect(rows).toHaveCount(before.pricings.length);
  // The price in force has no remove button: what has begun stays.
  const inForce = before.pricings.filter((p) => p.begins <= before.today).at(-1)!;
  const begunRow = dialog.locator(`[data-testid="price-row"][data-begins="${inForce.begins}"]`);
  await expect(begunRow).toHaveAttribute('data-begun', 'true');
  await expect(begunRow.getByRole('button')).toHaveCount(0);
  await expect(page.getByTestId('prices-confirm')).toBeDisabled();
  await expect(dialog.getByTestId('dialog-blocked')).toHaveText('Lisää tai poista hinta ennen tallentamista.');

  // Today is too soon; a subsidy above the normal price is no subsidy. Each is told at its field.
  await page.locator('#price-begins').fill(finnishDay(helsinkiDay()));
  await page.locator('#price-highest').fill('45,50');
  await page.getByTestId('price-add').click();
  await expect(dialog.locator('#price-begins-error')).toHaveText('Uusi hinta alkaa aikaisintaan huomenna.');
  const day = helsinkiDay(60);
  await page.locator('#price-begins').fill(finnishDay(day));
  await page.locator('#price-lowest').fill('60');
  await page.getByTestId('price-add').click();
  await expect(dialog.locator('#price-lowest-error')).toHaveText('Tuettu hinta ei voi olla normaalihintaa suurempi.');
  await page.locator('#price-lowest').fill('12');
  await page.locator('#price-payment').selectOption('ONLINE_OR_INVOICE');
  await page.getByTestId('price-add').click();
  const added = dialog.locator(`[data-testid="price-row"][data-begins="${day}"]`);
  await expect(added).toHaveAttribute('data-begun', 'false');
  await expect(added).toContainText('45,50');
  await expect(added).toContainText('Verkkomaksu tai lasku');
  await expect(page.getByTestId('prices-confirm')).toBeEnabled();
  await expectNoAxeViolations(page, 'prices dialog with a new price');

  await page.getByTestId('prices-confirm').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('live-region')).toHaveText('Hintojen muuttaminen: keskuspalvelu vahvisti.');
  const after = await invoke<UnitSettings>(page, 'bookings.unitSettings', { reservationUnitId: place.reservationUnitId });
  expect(after.pending).toBe(false);
  expect(after.pricings.find((p) => p.begins === day)).toEqual({ begins: day, priceUnit: 'PER_HOUR', highestPriceCents: 4550, lowestPriceCents: 1200, vatPercent: 25.5, paymentType: 'ONLINE_OR_INVOICE' });
  expect(after.pricings.filter((p) => p.begins <= after.today)).toEqual(before.pricings.filter((p) => p.begins <= before.today));

  // The coming price can go again before its day; in Swedish the dialog says so too.
  await page.getByTestId('language-switch').selectOption('sv');
  await page.getByTestId('open-prices-dialog').click();
  await expect(dialog.getByRole('heading')).toContainText('Priser: Kupolsalen');
  await dialog.getByTestId(`price-remove-${day}`).click();
  await expect(dialog.locator(`[data-testid="price-row"][data-begins="${day}"]`)).toHaveCount(0);
  await expectNoAxeViolations(page, 'prices dialog in Swedish');
  await page.getByTestId('prices-confirm').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('live-region')).toHaveText('Ändring av priser: bekräftad av centraltjänsten.');
  await expect.poll(async () => (await invoke<UnitSettings>(page, 'bookings.unitSettings', { reservationUnitId: place.reservationUnitId })).pricings.some((p) => p.begins === day)).toBe(false);
});

test('an admin changes a reservation unit’s booking rules: a length off the start grid and a closing window are told at their fields, and the central confirms the rest', async ({ page }) => {
  await signInBookings(page, await stack().openApp('paula'), 'paula');
  const place = await unitNamed(page, UNIT, ROOM);
  const before = (await invoke<UnitSettings>(page, 'bookings.unitSettings', { reservationUnitId: place.reservationUnitId })).rules;
  await showCalendar(page, 'week', place, helsinkiDay());
  await page.getByTestId('open-rules-dialog').click();
  const dialog = page.getByTestId('rules-dialog');
  await expect(page.locator('#rules-maxDurationMin')).toHaveValue(String(before.maxDurationMin));
  await expect(page.getByTestId('rules-confirm')).toBeDisabled();
  await expect(dialog.getByTestId('dialog-blocked')).toHaveText('Muuta jotakin sääntöä ennen tallentamista.');

  const longer = before.maxDurationMin + before.startIntervalMin;
  await page.locator('#rules-maxDurationMin').fill(String(longer + 1));
  await expect(dialog.locator('#rules-maxDurationMin-error')).toHaveText('Keston pitää olla aloitusvälin monikerta.');
  await page.locator('#rules-maxDurationMin').fill(String(longer));
  await page.locator('#rules-minDaysBefore').fill('400');
  await page.locator('#rules-maxDaysBefore').fill('30');
  await expect(dialog.locator('#rules-maxDaysBefore-error')).toContainText('Varausaika sulkeutuu ennen kuin se aukeaa');
  await expect(dialog.getByTestId('dialog-blocked')).toHaveText('Korjaa merkityt kentät.');
  await page.locator('#rules-minDaysBefore').fill(String(before.minDaysBefore));
  await page.locator('#rules-maxDaysBefore').fill('');
  await page.locator('#rules-maxReservationsPerUser').fill('3');
  await dialog.locator('label[for="rules-requiresHandling"]').click();
  await expectNoAxeViolations(page, 'booking rules dialog');
  await page.getByTestId('rules-confirm').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('live-region')).toHaveText('Varaussääntöjen muuttaminen: keskuspalvelu vahvisti.');
  const after = await invoke<UnitSettings>(page, 'bookings.unitSettings', { reservationUnitId: place.reservationUnitId });
  expect(after.pending).toBe(false);
  expect(after.rules).toEqual({ ...before, maxDurationMin: longer, maxDaysBefore: null, maxReservationsPerUser: 3, requiresHandling: !before.requiresHandling });
});

test('a handler sees neither prices nor rules: only an admin of the unit changes them', async ({ page }) => {
  await signInBookings(page, await stack().openApp('kaisa'), 'kaisa');
  const place = await unitNamed(page, UNIT, ROOM);
  await showCalendar(page, 'week', place, helsinkiDay());
  await expect(page.getByTestId('open-series-dialog')).toBeVisible();
  await expect(page.getByTestId('open-prices-dialog')).toHaveCount(0);
  await expect(page.getByTestId('open-rules-dialog')).toHaveCount(0);
  // Nor through the bridge: the core refuses the role before anything is queued.
  await expect(invoke(page, 'bookings.setPrices', { reservationUnitId: place.reservationUnitId, pricings: [] })).rejects.toThrow('Your role may not do this.');
});
