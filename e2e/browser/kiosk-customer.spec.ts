import { expect, test } from '@playwright/test';
import { chooseLanguage, openKiosk, showAttract, takeTicket } from '../support/kiosk-app.ts';
import { stackPerFile } from '../support/stack-per-file.ts';

const stack = stackPerFile();

test('a customer at the kiosk chooses Swedish, looks at the free spaces, takes a queue ticket and sends a space booking request', async ({ page }) => {
  await showAttract(page, await openKiosk(stack(), 'kiosk-customer'));
  await chooseLanguage(page, 'sv');
  await expect(page.getByTestId('kiosk-home').getByRole('heading', { level: 1 })).toHaveText('Vad vill du göra?');

  // At Oodi, Oodi's spaces come first; Caisa's and the other places' follow under a heading of their own.
  await page.getByTestId('kiosk-tile-today').click();
  const here = page.getByTestId('kiosk-spaces').getByRole('listitem');
  const elsewhere = page.getByTestId('kiosk-spaces-elsewhere').getByRole('listitem');
  await expect(here.filter({ hasText: 'Maijasalen' })).toHaveCount(1);
  await expect(here.filter({ hasNotText: 'Helsingfors centrumbibliotek Ode' })).toHaveCount(0);
  await expect(elsewhere.filter({ hasText: 'Logen' }).filter({ hasText: 'Caisa' })).toHaveCount(1);
  await expect(here.filter({ hasText: 'Caisa' })).toHaveCount(0);
  // Each list goes by its Swedish names as Swedish sorts them: the vocal booth (Laulukoppi, first in Finnish) is Sånghytt, last.
  await expect(here.first().locator('strong')).toHaveText('Maijasalen');
  await expect(here.last().locator('strong')).toHaveText('Sånghytt');
  await expect(elsewhere.filter({ hasText: 'Helsingfors centrumbibliotek Ode' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 3 })).toHaveText('På andra verksamhetsställen');
  await page.getByTestId('kiosk-back').click();

  // The ticket's number comes from the central and shows large once the push has settled.
  const number = await takeTicket(page);
  expect(number).toMatch(/^D\d+$/);
  await page.getByTestId('kiosk-ticket-done').click();

  await page.getByTestId('kiosk-tile-request').click();
  const form = page.getByTestId('kiosk-request-form');
  // Sent empty, the form names what is missing in Swedish (not the browser's own bubble).
  await page.getByTestId('kiosk-request-send').click();
  await expect(page.getByTestId('kiosk-missing')).toHaveText('Fyll i alla obligatoriska uppgifter.');
  // The request offers Oodi's spaces first too, the others' in a group of their own.
  await expect(form.getByTestId('kiosk-request-space').locator('label').filter({ hasNotText: 'Helsingfors centrumbibliotek Ode' })).toHaveCount(0);
  await expect(form.getByTestId('kiosk-request-space-elsewhere').locator('label').filter({ hasText: 'Logen' })).toHaveCount(1);
  // Caisa's box: a choice from the second group counts as the space.
  await form.getByTestId('kiosk-request-space-elsewhere').locator('label').filter({ hasText: 'Logen' }).locator('input[type=radio]').check();
  await form.getByTestId('kiosk-request-day').locator('input[type=radio]').first().check();
  await form.getByTestId('kiosk-request-start').locator('input[type=radio]').first().check();
  await form.getByTestId('kiosk-request-length').locator('input[type=radio]').first().check();
  // A customer touches a field first and types once the on-screen keyboard is there.
  await page.getByTestId('kiosk-request-persons').click();
  await expect(page.getByTestId('kiosk-keyboard')).toBeVisible();
  await page.getByTestId('kiosk-request-persons').fill('4');
  await expect(page.getByTestId('kiosk-request-persons')).toHaveValue('4');
  await page.getByTestId('kiosk-request-purpose').fill('Läxhjälp');
  // The name is typed on the on-screen keyboard, å ä ö included.
  await page.getByTestId('kiosk-request-name').click();
  for (const key of ['shift', 'Å', 's', 'a']) await page.getByTestId(`kiosk-key-${key}`).click();
  await expect(page.getByTestId('kiosk-request-name')).toHaveValue('Åsa');
  await page.getByTestId('kiosk-key-done').click();
  await expect(page.getByTestId('kiosk-keyboard')).toHaveCount(0);
  await page.getByTestId('kiosk-request-email').click();
  await expect(page.getByTestId('kiosk-keyboard')).toBeVisible();
  await page.getByTestId('kiosk-request-email').fill('asa@example.org');
  await expect(page.getByTestId('kiosk-request-email')).toHaveValue('asa@example.org');
  await page.getByTestId('kiosk-request-phone').fill('+358 40 123 4567');
  await page.getByTestId('kiosk-request-send').click();

  // The request leaves the screen at once; only its state follows, until the central accepts it.
  await expect(page.getByTestId('kiosk-request-form')).toHaveCount(0);
  await expect(page.getByTestId('kiosk-request-state')).toHaveAttribute('data-phase', 'applied', { timeout: 30_000 });
  await expect(page.getByText('Åsa')).toHaveCount(0);
  // The handler's messages to Åsa will be in Swedish, the language she chose at the kiosk.
  const [request] = await stack().queryCentral<{ language: string }>("SELECT data->>'reserveeLanguage' AS language FROM reservation WHERE data->>'reserveeEmail' = 'asa@example.org'");
  expect(request?.language).toBe('sv');
});

test('a customer who asks the vocal booth for more people than it takes is told so at the field and nothing is sent; a refusal the form could not foresee names its reason', async ({ page }) => {
  const name = 'kiosk-customer-limits';
  await showAttract(page, await openKiosk(stack(), name));
  await chooseLanguage(page, 'fi');
  await page.getByTestId('kiosk-tile-request').click();
  const form = page.getByTestId('kiosk-request-form');
  await form.getByTestId('kiosk-request-space').locator('label').filter({ hasText: 'Laulukoppi' }).locator('input[type=radio]').check();
  for (const group of ['day', 'start', 'length']) await form.getByTestId(`kiosk-request-${group}`).locator('input[type=radio]').first().check();
  // The booth takes two: four people are told so next to the field, in Finnish, as they are typed.
  const persons = page.getByTestId('kiosk-request-persons');
  await persons.fill('4');
  const tooMany = 'Tähän tilaan mahtuu enintään 2 henkeä. Kirjoita pienempi määrä tai valitse suurempi tila.';
  await expect(form.getByRole('alert')).toHaveText(tooMany);
  await expect(persons).toHaveAttribute('aria-invalid', 'true');
  await expect(persons).toHaveAccessibleDescription(`Enintään 2 henkeä. ${tooMany}`);
  await page.getByTestId('kiosk-request-purpose').fill('Laulutreenit');
  await page.getByTestId('kiosk-request-name').fill('Aada Asiakas');
  await page.getByTestId('kiosk-request-email').fill('aada@example.org');
  await page.getByTestId('kiosk-request-phone').fill('040 765 4321');
  // Sending keeps the form and its answers: the request does not go (the central's commands, below, show it never went).
  await page.getByTestId('kiosk-request-send').click();
  await expect(form.getByRole('alert')).toHaveText(tooMany);
  await expect(page.getByTestId('kiosk-request-name')).toHaveValue('Aada Asiakas');
  await expect(page.getByTestId('kiosk-request-state')).toHaveCount(0);

  // Two people go, while the kiosk is offline; meanwhile the booth is made a one-person booth at the central.
  const link = stack().links.get(name)!;
  link.cut();
  await persons.fill('2');
  await expect(form.getByRole('alert')).toHaveCount(0);
  await expect(persons).not.toHaveAttribute('aria-invalid');
  await page.getByTestId('kiosk-request-send').click();
  const state = page.getByTestId('kiosk-request-state');
  await expect(state).toHaveAttribute('data-phase', 'queued');
  const [booth] = await stack().queryCentral<{ id: string }>("SELECT id FROM reservation_unit WHERE data->'name'->>'fi' = 'Laulukoppi'");
  await stack().changeAtCentral<{ maxPersons: number | null }>('reservation_unit', booth!.id, (unit) => ({ ...unit, maxPersons: 1 }));
  link.restore();

  // The central refuses for the party's size, and the customer reads that reason, not "the time may be booked".
  await expect(state).toHaveAttribute('data-phase', 'refused', { timeout: 30_000 });
  await expect(state).toHaveAttribute('data-code', 'kiosk_party_size');
  await expect(state).toHaveText('Pyyntöä ei otettu vastaan: henkilömäärä ei sovi tähän tilaan. Tarkista, montako henkeä tilaan mahtuu, ja tee uusi pyyntö.');
  const sent = await stack().queryCentral<{ persons: number }>("SELECT (payload->>'numPersons')::int AS persons FROM commands WHERE type = 'bookings.requestReservation' AND payload->>'reservationUnitId' = $1", [booth!.id]);
  expect(sent).toEqual([{ persons: 2 }]);
});

test('a customer whose e-mail address or phone number the request would be refused for is told so at the field and nothing is sent until both are right', async ({ page }) => {
  await showAttract(page, await openKiosk(stack(), 'kiosk-customer-contact'));
  await chooseLanguage(page, 'fi');
  await page.getByTestId('kiosk-tile-request').click();
  const form = page.getByTestId('kiosk-request-form');
  await form.getByTestId('kiosk-request-space').locator('label').filter({ hasText: 'Laulukoppi' }).locator('input[type=radio]').check();
  for (const group of ['day', 'start', 'length']) await form.getByTestId(`kiosk-request-${group}`).locator('input[type=radio]').first().check();
  await page.getByTestId('kiosk-request-persons').fill('1');
  await page.getByTestId('kiosk-request-purpose').fill('Lauluharjoitus');
  await page.getByTestId('kiosk-request-name').fill('Eero Esimerkki');
  const email = page.getByTestId('kiosk-request-email');
  const phone = page.getByTestId('kiosk-request-phone');
  await email.click();
  await expect(page.getByTestId('kiosk-keyboard')).toBeVisible();
  await email.fill('eero@example');
  // Half typed is no mistake yet: nothing is said before a send is tried.
  await phone.fill('1');
  await expect(form.getByRole('alert')).toHaveCount(0);

  // Sending holds the request back: each field says what to fix, in Finnish, and the first wrong one comes into view.
  await page.getByTestId('kiosk-request-send').click();
  const emailText = 'Tarkista sähköpostiosoite. Kirjoita se kokonaan, esimerkiksi nimi@esimerkki.fi.';
  const phoneText = 'Tarkista puhelinnumero. Kirjoita se kokonaan numeroina, esimerkiksi 040 123 4567.';
  await expect(form.getByRole('alert')).toHaveText([emailText, phoneText]);
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription(emailText);
  await expect(phone).toHaveAccessibleDescription(phoneText);
  await expect(email).toBeInViewport();
  await expect(page.getByTestId('kiosk-request-state')).toHaveCount(0);

  // From then on a field's message goes as soon as the answer is right.
  await email.fill('eero@example.org');
  await expect(form.getByRole('alert')).toHaveText([phoneText]);
  await expect(email).not.toHaveAttribute('aria-invalid');
  await phone.fill('040 123 4567');
  await expect(form.getByRole('alert')).toHaveCount(0);
  await page.getByTestId('kiosk-request-send').click();
  await expect(page.getByTestId('kiosk-request-state')).toHaveAttribute('data-phase', 'applied', { timeout: 30_000 });

  // The central got the corrected request only: the held-back one never left the kiosk (its outbox goes in order).
  const sent = await stack().queryCentral<{ email: string; phone: string }>(
    "SELECT payload->'reservee'->>'email' AS email, payload->'reservee'->>'phone' AS phone FROM commands WHERE type = 'bookings.requestReservation' AND payload->'reservee'->>'name' = 'Eero Esimerkki'",
  );
  expect(sent).toEqual([{ email: 'eero@example.org', phone: '040 123 4567' }]);
});
