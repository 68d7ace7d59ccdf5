import { expect, test } from '@playwright/test';
import { signIn } from '../support/app-page.ts';
import { caught, children, helsinkiFields, newestCohort, openChild, openRegistry, program, showCkView, signInCultureKids, ticketIn } from '../support/culture-kids-app.ts';
import { stackPerFile } from '../support/stack-per-file.ts';

const stack = stackPerFile();
test.use({ viewport: { width: 1280, height: 720 } });

test('an administrator builds an event, publishes it, enrols a child for the family and checks the child in offline', async ({ browser, page }) => {
  await signInCultureKids(page, await stack().openApp('lotta'), 'lotta');
  const cohort = await newestCohort(page);
  const stamp = Date.now().toString(36);
  await openRegistry(page);

  // A venue, an event and an occurrence starting within the check-in window.
  await showCkView(page, 'ckProgram');
  await page.getByTestId('ck-new-venue').click();
  await page.getByTestId('ck-venue-name-fi').fill(`E2E-sali ${stamp}`);
  await page.getByTestId('ck-venue-address-fi').fill('Mannerheimintie 13, 00100 Helsinki');
  await page.getByTestId('ck-venue-save').click();
  await expect(page.getByTestId('ck-venue-list')).toContainText(`E2E-sali ${stamp}`);

  await page.getByTestId('ck-new-event').click();
  await page.getByTestId('ck-event-name-fi').fill(`E2E-konsertti ${stamp}`);
  await page.locator('#ck-event-description-fi').fill('Orkesteri soittaa lapsille tuttuja lauluja.');
  await page.getByTestId('ck-event-imageAltText-fi').fill('Orkesteri soittaa lapsille');
  await page.getByTestId('ck-event-capacity').fill('20');
  await page.getByTestId('ck-event-save').click();
  const event = page.getByTestId('ck-event').filter({ hasText: `E2E-konsertti ${stamp}` });
  await expect(event).toBeVisible();

  const start = helsinkiFields(30);
  await event.getByTestId('ck-new-occurrence').click();
  await page.getByTestId('ck-occurrence-day').fill(start.day);
  await page.getByTestId('ck-occurrence-clock').fill(start.clock);
  await page.getByTestId('ck-occurrence-venue').selectOption({ label: `E2E-sali ${stamp}` });
  await page.getByTestId('ck-occurrence-save').click();
  await expect(event.getByTestId('ck-occurrence-row')).toHaveCount(1);
  await expect(event.getByTestId('ck-pending')).toHaveCount(0, { timeout: 60_000 });

  // Publishing says how many families get the invitation, and the invitations reach the catcher.
  await event.getByTestId('ck-event-publish').click();
  await expect(page.getByTestId('ck-publish-count')).toBeVisible();
  await page.getByTestId('ck-publish-confirm').click();
  await expect(event).toHaveAttribute('data-published', 'true', { timeout: 60_000 });
  const reader = await browser.newPage();
  await signIn(reader, await stack().openApp('aino'), 'aino');
  await expect.poll(async () => (await caught(reader)).filter((m) => m.text.includes(`E2E-konsertti ${stamp}`)).length, { timeout: 60_000 }).toBeGreaterThan(0);

  // Enrol a child on the family's behalf, with a reason.
  const [child] = (await children(page, cohort.id, 5)).rows.filter((c) => !c.erased);
  if (!child) throw new Error('The demo cohort has no children.');
  await openRegistry(page);
  await openChild(page, child.id, child.lastName);
  await page.getByTestId('ck-child-enrol').click();
  const occurrence = (await program(page, cohort.id)).events.find((e) => e.event.name.fi === `E2E-konsertti ${stamp}`)?.occurrences[0];
  if (!occurrence) throw new Error('The new occurrence is not in the program.');
  await page.getByTestId('ck-enrol-occurrence').selectOption(occurrence.occurrence.id);
  await page.locator('#ck-enrol-reason').fill('Huoltaja soitti (e2e).');
  await page.getByTestId('ck-enrol-confirm').click();
  const history = page.getByTestId('ck-history-row').filter({ hasText: `E2E-konsertti ${stamp}` });
  await expect(history).toHaveAttribute('data-status', 'enrolled');
  await expect(history.getByTestId('ck-pending')).toHaveCount(0, { timeout: 60_000 });

  // The confirmation carries the signed ticket.
  let ticket: string | null = null;
  await expect
    .poll(
      async () => {
        const mail = (await caught(reader)).find((m) => m.text.includes(`E2E-konsertti ${stamp}`) && ticketIn(m.text));
        ticket = mail ? ticketIn(mail.text) : null;
        return ticket;
      },
      { timeout: 60_000 },
    )
    .not.toBeNull();

  // At the door with the network cut: the ticket is checked on the desk and the arrival queued.
  await showCkView(page, 'ckCheckIn');
  await page.getByTestId('ck-check-in-occurrence').selectOption(occurrence.occurrence.id);
  const link = stack().links.get('lotta')!;
  link.cut();
  await page.getByTestId('sync-now').click();
  await expect(page.getByTestId('offline-banner')).toBeVisible();
  // The window's banner is the one notice of it: the workspace adds no second alert under it.
  await expect(page.locator('main').getByRole('region', { name: 'Notification' })).toHaveCount(0);
  await expect(page.getByTestId('ck-check-in-offline')).toBeVisible();
  await page.getByTestId('ck-ticket-text').fill(ticket!);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ck-ticket-result')).toHaveAttribute('data-result', 'valid');
  const row = page.getByTestId('ck-attendee').filter({ hasText: child.lastName });
  await expect(row).toHaveAttribute('data-status', 'attended');
  await expect(row.getByTestId('ck-pending')).toBeVisible();
  // A forged ticket (one character of the signature changed) is refused with its reason.
  const forged = ticket!.slice(0, -2) + (ticket!.at(-2) === 'A' ? 'B' : 'A') + ticket!.at(-1);
  await page.getByTestId('ck-ticket-text').fill(forged);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ck-ticket-result')).toHaveAttribute('data-result', /^ck_ticket_/);

  // Back online: the arrival syncs.
  link.restore();
  await page.getByTestId('sync-now').click();
  await expect(page.getByTestId('offline-banner')).toHaveCount(0);
  await expect(row.getByTestId('ck-pending')).toHaveCount(0, { timeout: 60_000 });
  await expect(row).toHaveAttribute('data-status', 'attended');
  await reader.close();
});
